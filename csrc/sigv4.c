/* sigv4.c: AWS Signature Version 4 as the SDKs apply it to non-S3 services.
 *
 * Stages over one context: parse the URL -> canonical URI -> canonical headers ->
 * canonical query -> canonical request -> string to sign -> signing key -> signature.
 * The clock is an input; nothing here does I/O. */
#define _POSIX_C_SOURCE 200809L
#include "sigv4.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#define ALGORITHM "AWS4-HMAC-SHA256"
#define HASH_LEN 32
#define BLOCK_LEN 64

/* Derived signing keys, looked up by the exact inputs; the copy of the secret is wiped on reuse. */
struct sigv4_key_entry {
    int used;
    unsigned char secret[128];
    size_t secret_n;
    char date[8];
    char region[64];
    size_t region_n;
    char service[64];
    size_t service_n;
    unsigned char key[HASH_LEN];
    EVP_MD_CTX *inner, *outer;  /* SHA-256 states after the key's ipad / opad block */
};

typedef struct scratch_header {
    size_t name_off, name_n;   /* lower-cased name in ctx->names */
    sigv4_str value;
    size_t order;
    int source;
} scratch_header;

typedef struct qpair { size_t k_off, k_n, v_off, v_n; } qpair;

typedef struct url_parts {
    sigv4_str origin;          /* scheme://authority, as given */
    sigv4_str host;            /* authority without a default port */
    sigv4_str path, query;
} url_parts;

static int fail(sigv4_error *err, const char *kind, const char *message, long header)
{
    err->kind = kind;
    err->message = message;
    err->header = header;
    return -1;
}

static int oom(sigv4_error *err) { return fail(err, "memory", "out of memory", -1); }

/* ---- buffers (buf.c) ---- */

static int buf_putc(sigv4_buf *b, char c) { return buf_put(b, &c, 1); }
static int buf_puts(sigv4_buf *b, const char *s) { return buf_put(b, s, strlen(s)); }
static int buf_putstr(sigv4_buf *b, sigv4_str s) { return buf_put(b, s.p, s.n); }

/* ---- character classes and encoding ---- */

static int is_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.' || c == '_' || c == '~';
}

/* RFC 7230 tchar: letters, digits and !#$%&'*+-.^_`|~ */
static int is_tchar(unsigned char c)
{
    static const unsigned char tchar[128] = {
        ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1,
        ['-'] = 1, ['.'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
    };
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           (c < 128 && tchar[c]);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void sigv4_hex(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = '\0';
}

/* Percent-encodes every byte but the unreserved ones (and '/' when keep_slash). */
static int uri_encode(sigv4_buf *b, const char *s, size_t n, int keep_slash)
{
    static const char digits[] = "0123456789ABCDEF";
    size_t i;
    if (buf_reserve(b, 3 * n))
        return -1;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_unreserved(c) || (keep_slash && c == '/')) {
            b->p[b->n++] = (char)c;
        } else {
            b->p[b->n++] = '%';
            b->p[b->n++] = digits[c >> 4];
            b->p[b->n++] = digits[c & 15];
        }
    }
    return 0;
}

/* Decodes %XX escapes into tmp (a stray '%' stays literal), then encodes strictly into out. */
static int query_component(sigv4_buf *out, sigv4_buf *tmp, const char *s, size_t n)
{
    size_t i;
    buf_clear(tmp);
    if (buf_reserve(tmp, n))
        return -1;
    for (i = 0; i < n; i++) {
        int hi, lo;
        if (s[i] == '%' && i + 2 < n && (hi = hexval((unsigned char)s[i + 1])) >= 0 &&
            (lo = hexval((unsigned char)s[i + 2])) >= 0) {
            tmp->p[tmp->n++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            tmp->p[tmp->n++] = s[i];
        }
    }
    return uri_encode(out, tmp->p, tmp->n, 0);
}

/* ---- digests ---- */

static int digest(sigv4_ctx *ctx, const void *a, size_t an, const void *b, size_t bn,
                  unsigned char out[HASH_LEN])
{
    EVP_MD_CTX *mdctx = ctx->mdctx;
    unsigned int len = 0;
    if (EVP_DigestInit_ex(mdctx, ctx->md, NULL) != 1 ||
        EVP_DigestUpdate(mdctx, a, an) != 1 ||
        (bn && EVP_DigestUpdate(mdctx, b, bn) != 1) ||
        EVP_DigestFinal_ex(mdctx, out, &len) != 1 || len != HASH_LEN)
        return -1;
    return 0;
}

/* HMAC-SHA256 (RFC 2104); every intermediate holding key material is wiped. */
static int hmac(sigv4_ctx *ctx, const void *key, size_t key_n, const void *msg, size_t msg_n,
                unsigned char out[HASH_LEN])
{
    unsigned char k[BLOCK_LEN], pad[BLOCK_LEN], inner[HASH_LEN];
    int rc = -1;
    size_t i;
    memset(k, 0, sizeof k);
    if (key_n > BLOCK_LEN) {
        if (digest(ctx, key, key_n, NULL, 0, k))
            goto done;
    } else {
        memcpy(k, key, key_n);
    }
    for (i = 0; i < BLOCK_LEN; i++)
        pad[i] = k[i] ^ 0x36;
    if (digest(ctx, pad, BLOCK_LEN, msg, msg_n, inner))
        goto done;
    for (i = 0; i < BLOCK_LEN; i++)
        pad[i] = k[i] ^ 0x5c;
    if (digest(ctx, pad, BLOCK_LEN, inner, HASH_LEN, out))
        goto done;
    rc = 0;
done:
    OPENSSL_cleanse(k, sizeof k);
    OPENSSL_cleanse(pad, sizeof pad);
    OPENSSL_cleanse(inner, sizeof inner);
    return rc;
}

static int derive_key(sigv4_ctx *ctx, const sigv4_input *in, const char *date,
                      unsigned char key[HASH_LEN])
{
    unsigned char k1[HASH_LEN], k2[HASH_LEN];
    sigv4_buf seed = {0};
    int rc = -1;
    seed.secret = 1;
    if (buf_put(&seed, "AWS4", 4) || buf_putstr(&seed, in->secret_access_key))
        goto done;
    if (hmac(ctx, seed.p, seed.n, date, 8, k1) ||
        hmac(ctx, k1, HASH_LEN, in->region.p, in->region.n, k2) ||
        hmac(ctx, k2, HASH_LEN, in->service.p, in->service.n, k1) ||
        hmac(ctx, k1, HASH_LEN, "aws4_request", 12, key))
        goto done;
    rc = 0;
done:
    buf_free(&seed, 1);
    OPENSSL_cleanse(k1, sizeof k1);
    OPENSSL_cleanse(k2, sizeof k2);
    return rc;
}

/* Prepares e's HMAC states: the key's ipad and opad blocks are absorbed once, not per signature. */
static int key_states(sigv4_ctx *ctx, struct sigv4_key_entry *e)
{
    unsigned char pad[BLOCK_LEN];
    size_t i;
    int rc = 0;
    for (i = 0; i < BLOCK_LEN; i++)
        pad[i] = (i < HASH_LEN ? e->key[i] : 0) ^ 0x36;
    if (EVP_DigestInit_ex(e->inner, ctx->md, NULL) != 1 || EVP_DigestUpdate(e->inner, pad, BLOCK_LEN) != 1)
        rc = -1;
    for (i = 0; i < BLOCK_LEN; i++)
        pad[i] = (i < HASH_LEN ? e->key[i] : 0) ^ 0x5c;
    if (EVP_DigestInit_ex(e->outer, ctx->md, NULL) != 1 || EVP_DigestUpdate(e->outer, pad, BLOCK_LEN) != 1)
        rc = -1;
    OPENSSL_cleanse(pad, sizeof pad);
    return rc;
}

/* HMAC-SHA256 of msg under a cached key, from its prepared states. */
static int keyed_hmac(sigv4_ctx *ctx, const struct sigv4_key_entry *e, const void *msg, size_t n,
                      unsigned char out[HASH_LEN])
{
    unsigned char inner[HASH_LEN];
    unsigned int len;
    int rc = -1;
    if (EVP_MD_CTX_copy_ex(ctx->mdctx, e->inner) == 1 && EVP_DigestUpdate(ctx->mdctx, msg, n) == 1 &&
        EVP_DigestFinal_ex(ctx->mdctx, inner, &len) == 1 &&
        EVP_MD_CTX_copy_ex(ctx->mdctx, e->outer) == 1 &&
        EVP_DigestUpdate(ctx->mdctx, inner, HASH_LEN) == 1 &&
        EVP_DigestFinal_ex(ctx->mdctx, out, &len) == 1)
        rc = 0;
    OPENSSL_cleanse(inner, sizeof inner);
    return rc;
}

/* The four HMACs depend only on (secret, date, region, service): derive once, sign many.
 * Returns the signature of the string to sign in out. */
static int sign_string(sigv4_ctx *ctx, const sigv4_input *in, const char *date,
                       const sigv4_buf *sts, unsigned char out[HASH_LEN])
{
    struct sigv4_key_entry *e;
    unsigned char key[HASH_LEN];
    unsigned i;
    int rc;
    for (i = 0; i < SIGV4_KEY_CACHE; i++) {
        e = &ctx->keys[i];
        if (e->used && e->secret_n == in->secret_access_key.n && memcmp(e->date, date, 8) == 0 &&
            e->region_n == in->region.n && e->service_n == in->service.n &&
            memcmp(e->region, in->region.p, e->region_n) == 0 &&
            memcmp(e->service, in->service.p, e->service_n) == 0 &&
            CRYPTO_memcmp(e->secret, in->secret_access_key.p, e->secret_n) == 0)
            return keyed_hmac(ctx, e, sts->p, sts->n, out);
    }
    if (derive_key(ctx, in, date, key))
        return -1;
    if (in->secret_access_key.n > sizeof e->secret || in->region.n > sizeof e->region ||
        in->service.n > sizeof e->service) {
        /* too long to cache; still correct */
        rc = hmac(ctx, key, HASH_LEN, sts->p, sts->n, out);
        OPENSSL_cleanse(key, sizeof key);
        return rc;
    }
    e = &ctx->keys[ctx->next_key];
    ctx->next_key = (ctx->next_key + 1) % SIGV4_KEY_CACHE;
    e->used = 0;
    OPENSSL_cleanse(e->secret, sizeof e->secret);
    memcpy(e->secret, in->secret_access_key.p, in->secret_access_key.n);
    e->secret_n = in->secret_access_key.n;
    memcpy(e->date, date, 8);
    memcpy(e->region, in->region.p, in->region.n);
    e->region_n = in->region.n;
    memcpy(e->service, in->service.p, in->service.n);
    e->service_n = in->service.n;
    memcpy(e->key, key, HASH_LEN);
    OPENSSL_cleanse(key, sizeof key);
    if (key_states(ctx, e))
        return -1;
    e->used = 1;
    return keyed_hmac(ctx, e, sts->p, sts->n, out);
}

/* ---- input checks ---- */

static int has_ctl(sigv4_str s)
{
    size_t i;
    for (i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (c < 0x20 || c == 0x7f)
            return 1;
    }
    return 0;
}

static int has_crlf(sigv4_str s)
{
    return s.n && (memchr(s.p, '\r', s.n) || memchr(s.p, '\n', s.n) || memchr(s.p, '\0', s.n));
}

/* Region and service go into the credential scope: keep them to [A-Za-z0-9._-]. */
static int is_scope_word(sigv4_str s)
{
    size_t i;
    if (!s.n)
        return 0;
    for (i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (!(is_unreserved(c) && c != '~'))
            return 0;
    }
    return 1;
}

static int check_input(const sigv4_input *in, sigv4_error *err)
{
    size_t i;
    if (!in->method.n)
        return fail(err, "validation", "method: must be a non-empty HTTP method", -1);
    for (i = 0; i < in->method.n; i++)
        if (!is_tchar((unsigned char)in->method.p[i]))
            return fail(err, "validation", "method: must be an HTTP token such as GET or POST", -1);
    if (!is_scope_word(in->region))
        return fail(err, "validation", "region: must be non-empty and use only letters, digits, '-', '.' and '_'", -1);
    if (!is_scope_word(in->service))
        return fail(err, "validation", "service: must be non-empty and use only letters, digits, '-', '.' and '_'", -1);
    if (!in->access_key_id.n)
        return fail(err, "credentials", "credentials.access_key_id: missing or empty", -1);
    for (i = 0; i < in->access_key_id.n; i++) {
        unsigned char c = (unsigned char)in->access_key_id.p[i];
        if (c <= 0x20 || c >= 0x7f || c == '/' || c == ',' || c == '=' || c == ';')
            return fail(err, "credentials", "credentials.access_key_id: must be printable ASCII without spaces, '/', ',', ';' or '='", -1);
    }
    if (!in->secret_access_key.n)
        return fail(err, "credentials", "credentials.secret_access_key: missing or empty", -1);
    if (in->session_token.p && (!in->session_token.n || has_ctl(in->session_token)))
        return fail(err, "credentials", "credentials.session_token: must be non-empty and free of control characters", -1);
    if (in->time < 0 || in->time > INT64_C(253402300799))
        return fail(err, "validation", "time: must be unix seconds between 1970 and 9999", -1);
    if ((in->flags & SIGV4_PRESIGN) && (in->expires < 1 || in->expires > 604800))
        return fail(err, "validation", "expires: must be between 1 and 604800 seconds", -1);
    return 0;
}

/* scheme://authority[/path][?query][#fragment]; the path and query stay as given (wire form). */
static int parse_url(sigv4_str url, url_parts *u, sigv4_error *err)
{
    const char *p = url.p, *end = url.p + url.n, *auth, *auth_end, *port = NULL, *q;
    int https;
    if (has_ctl(url))
        return fail(err, "validation", "url: must not contain control characters (CR, LF, NUL ...)", -1);
    if (url.n >= 8 && strncasecmp(p, "https://", 8) == 0) {
        https = 1;
        auth = p + 8;
    } else if (url.n >= 7 && strncasecmp(p, "http://", 7) == 0) {
        https = 0;
        auth = p + 7;
    } else {
        return fail(err, "validation", "url: must start with http:// or https://", -1);
    }
    for (auth_end = auth; auth_end < end && *auth_end != '/' && *auth_end != '?' && *auth_end != '#'; auth_end++) {
        if (*auth_end == '@' || *auth_end == ' ' || *auth_end == '\\')
            return fail(err, "validation", "url: the host must not contain '@', '\\' or spaces", -1);
        if (*auth_end == ':')
            port = auth_end;
        else if (*auth_end == ']')
            port = NULL;  /* the colons so far were inside an IPv6 literal */
    }
    if (auth_end == auth || (port && port == auth))
        return fail(err, "validation", "url: has no host", -1);
    u->origin.p = p;
    u->origin.n = (size_t)(auth_end - p);
    u->host.p = auth;
    u->host.n = (size_t)(auth_end - auth);
    if (port) {
        size_t digits = (size_t)(auth_end - port - 1);
        for (q = port + 1; q < auth_end; q++)
            if (*q < '0' || *q > '9')
                return fail(err, "validation", "url: the port must be a number", -1);
        if (digits == 0 || digits > 5)
            return fail(err, "validation", "url: the port must be a number from 1 to 65535", -1);
        if ((https && digits == 3 && memcmp(port + 1, "443", 3) == 0) ||
            (!https && digits == 2 && memcmp(port + 1, "80", 2) == 0))
            u->host.n = (size_t)(port - auth);
    }
    p = auth_end;
    u->path.p = p;
    while (p < end && *p != '?' && *p != '#')
        p++;
    u->path.n = (size_t)(p - u->path.p);
    u->query.p = p;
    u->query.n = 0;
    if (p < end && *p == '?') {
        u->query.p = ++p;
        while (p < end && *p != '#')
            p++;
        u->query.n = (size_t)(p - u->query.p);
    }
    return 0;
}

/* ---- canonical URI ---- */

/* Removes '.' and empty segments and resolves '..', keeping a trailing '/' the input had. */
static int normalize_path(sigv4_buf *out, sigv4_str path)
{
    const char *p = path.p, *end = path.p + path.n;
    out->n = 0;
    while (p < end) {
        const char *seg;
        size_t n;
        while (p < end && *p == '/')
            p++;
        seg = p;
        while (p < end && *p != '/')
            p++;
        n = (size_t)(p - seg);
        if (n == 0 || (n == 1 && seg[0] == '.'))
            continue;
        if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out->n > 0 && out->p[out->n - 1] != '/')
                out->n--;
            if (out->n > 0)
                out->n--;
            continue;
        }
        if (buf_putc(out, '/') || buf_put(out, seg, n))
            return -1;
    }
    if (out->n == 0)
        return buf_putc(out, '/');
    if (path.n && path.p[path.n - 1] == '/')
        return buf_putc(out, '/');
    return 0;
}

static int canonical_uri(sigv4_ctx *ctx, const sigv4_input *in, sigv4_str path)
{
    sigv4_str p = path;
    if (!p.n) {
        p.p = "/";
        p.n = 1;
    }
    if (!(in->flags & SIGV4_NO_NORMALIZE)) {
        if (normalize_path(&ctx->path, p))
            return -1;
        p.p = ctx->path.p;
        p.n = ctx->path.n;
    }
    /* The wire path is already encoded once; non-S3 services sign it encoded again. */
    return uri_encode(&ctx->canonical_request, p.p, p.n, 1);
}

/* ---- canonical headers ---- */

#define NAME(lit) {lit, sizeof(lit) - 1}
static int is_unsigned_header(const char *name, size_t n)
{
    static const struct { const char *s; size_t n; } names[] = {
        NAME("authorization"), NAME("connection"), NAME("expect"), NAME("keep-alive"),
        NAME("proxy-authenticate"), NAME("proxy-authorization"), NAME("te"), NAME("trailer"),
        NAME("transfer-encoding"), NAME("upgrade"), NAME("user-agent"), NAME("x-amzn-trace-id"),
    };
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].n == n && memcmp(names[i].s, name, n) == 0)
            return 1;
    return 0;
}
#undef NAME

static int name_is_n(const sigv4_ctx *ctx, const scratch_header *h, const char *lower, size_t n)
{
    return h->name_n == n && memcmp(ctx->names.p + h->name_off, lower, n) == 0;
}
#define name_is(ctx, h, lit) name_is_n(ctx, h, lit, sizeof(lit) - 1)

static int cmp_header(const scratch_header *x, const scratch_header *y, const char *names)
{
    size_t n = x->name_n < y->name_n ? x->name_n : y->name_n;
    int c = memcmp(names + x->name_off, names + y->name_off, n);
    if (c)
        return c;
    if (x->name_n != y->name_n)
        return x->name_n < y->name_n ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Insertion sort: a request has a handful of headers, and this keeps equal names in order. */
static void sort_headers(scratch_header *h, size_t n, const char *names)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        scratch_header t = h[i];
        for (j = i; j > 0 && cmp_header(&h[j - 1], &t, names) > 0; j--)
            h[j] = h[j - 1];
        h[j] = t;
    }
}

static int add_header(sigv4_ctx *ctx, const char *name, size_t name_n, sigv4_str value, int source)
{
    scratch_header *h;
    size_t i;
    if (buf_reserve(&ctx->hdrs, sizeof *h))
        return -1;
    h = (scratch_header *)(void *)(ctx->hdrs.p + ctx->hdrs.n);
    h->name_off = ctx->names.n;
    h->name_n = name_n;
    h->value = value;
    h->order = ctx->hdrs.n / sizeof *h;
    h->source = source;
    if (buf_reserve(&ctx->names, name_n))
        return -1;
    for (i = 0; i < name_n; i++) {
        char c = name[i];
        ctx->names.p[ctx->names.n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    ctx->hdrs.n += sizeof *h;
    return 0;
}

/* Trims the value and collapses inner runs of spaces and tabs to one space. */
static int put_trimmed(sigv4_buf *b, sigv4_str v)
{
    size_t i;
    int pending = 0, any = 0, clean = 1;
    if (buf_reserve(b, v.n))
        return -1;
    /* Most values need nothing: no tab, no edge space, no double space. */
    for (i = 0; i < v.n && clean; i++)
        clean = v.p[i] != '\t' && (v.p[i] != ' ' || (i > 0 && i + 1 < v.n && v.p[i + 1] != ' '));
    if (clean) {
        if (v.n)
            memcpy(b->p + b->n, v.p, v.n);
        b->n += v.n;
        return 0;
    }
    for (i = 0; i < v.n; i++) {
        char c = v.p[i];
        if (c == ' ' || c == '\t') {
            pending = any;
            continue;
        }
        if (pending)
            b->p[b->n++] = ' ';
        b->p[b->n++] = c;
        pending = 0;
        any = 1;
    }
    return 0;
}

static int collect_headers(sigv4_ctx *ctx, const sigv4_input *in, const url_parts *u,
                           sigv4_error *err)
{
    int presign = (in->flags & SIGV4_PRESIGN) != 0;
    int has_token = in->session_token.p != NULL;
    int has_host = 0;
    size_t i, n_kept;
    scratch_header *h;

    ctx->hdrs.n = 0;
    ctx->names.n = 0;
    for (i = 0; i < in->n_headers; i++) {
        const sigv4_header *src = &in->headers[i];
        size_t j;
        if (!src->name.n)
            return fail(err, "validation", "headers: a header name is empty", (long)i);
        for (j = 0; j < src->name.n; j++)
            if (!is_tchar((unsigned char)src->name.p[j]))
                return fail(err, "validation", "headers: a header name may hold only HTTP token characters (no spaces, colons, CR or LF)", (long)i);
        if (has_crlf(src->value))
            return fail(err, "validation", "headers: a header value must not contain CR, LF or NUL", (long)i);
        if (add_header(ctx, src->name.p, src->name.n, src->value, src->source))
            return oom(err);
    }

    /* Drop what is never signed and what the signer itself sets. */
    h = (scratch_header *)(void *)ctx->hdrs.p;
    n_kept = 0;
    for (i = 0; i < ctx->hdrs.n / sizeof *h; i++) {
        const char *name = ctx->names.p + h[i].name_off;
        if (is_unsigned_header(name, h[i].name_n) || name_is(ctx, &h[i], "x-amz-date") ||
            (has_token && name_is(ctx, &h[i], "x-amz-security-token")) ||
            ((in->flags & SIGV4_CONTENT_SHA256) && name_is(ctx, &h[i], "x-amz-content-sha256")))
            continue;
        if (name_is(ctx, &h[i], "host"))
            has_host = 1;
        h[n_kept++] = h[i];
    }
    ctx->hdrs.n = n_kept * sizeof *h;

    if (!has_host && add_header(ctx, "host", 4, u->host, -1))
        return oom(err);
    if (!presign) {
        sigv4_str date = {ctx->amz_date, 16};
        if (add_header(ctx, "x-amz-date", 10, date, -1))
            return oom(err);
        if (has_token && !(in->flags & SIGV4_OMIT_TOKEN) &&
            add_header(ctx, "x-amz-security-token", 20, in->session_token, -1))
            return oom(err);
        if (in->flags & SIGV4_CONTENT_SHA256) {
            sigv4_str hash = {ctx->payload_hash, 64};
            if (add_header(ctx, "x-amz-content-sha256", 20, hash, -1))
                return oom(err);
        }
    }

    h = (scratch_header *)(void *)ctx->hdrs.p;
    n_kept = ctx->hdrs.n / sizeof *h;
    sort_headers(h, n_kept, ctx->names.p);

    buf_clear(&ctx->hdrtext);
    ctx->signed_headers.n = 0;
    for (i = 0; i < n_kept; i++) {
        const char *name = ctx->names.p + h[i].name_off;
        int same = i > 0 && h[i - 1].name_n == h[i].name_n &&
                   memcmp(ctx->names.p + h[i - 1].name_off, name, h[i].name_n) == 0;
        if (same && h[i - 1].source != h[i].source)
            return fail(err, "validation", "headers: the same name is given twice in different letter case; give it once with a list of values", (long)h[i].order);
        if (same) {
            if (buf_putc(&ctx->hdrtext, ',') || put_trimmed(&ctx->hdrtext, h[i].value))
                return oom(err);
            continue;
        }
        if ((i > 0 && (buf_putc(&ctx->hdrtext, '\n') || buf_putc(&ctx->signed_headers, ';'))) ||
            buf_put(&ctx->hdrtext, name, h[i].name_n) || buf_putc(&ctx->hdrtext, ':') ||
            put_trimmed(&ctx->hdrtext, h[i].value) ||
            buf_put(&ctx->signed_headers, name, h[i].name_n))
            return oom(err);
    }
    if (n_kept && buf_putc(&ctx->hdrtext, '\n'))
        return oom(err);
    return 0;
}

/* ---- canonical query ---- */

static int add_pair(sigv4_ctx *ctx, sigv4_buf *tmp, const char *k, size_t kn, const char *v,
                    size_t vn, int decode)
{
    qpair pr;
    pr.k_off = ctx->qtext.n;
    if (decode ? query_component(&ctx->qtext, tmp, k, kn) : uri_encode(&ctx->qtext, k, kn, 0))
        return -1;
    pr.k_n = ctx->qtext.n - pr.k_off;
    pr.v_off = ctx->qtext.n;
    if (decode ? query_component(&ctx->qtext, tmp, v, vn) : uri_encode(&ctx->qtext, v, vn, 0))
        return -1;
    pr.v_n = ctx->qtext.n - pr.v_off;
    return buf_put(&ctx->qpairs, &pr, sizeof pr);
}

static int cmp_bytes(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c)
        return c;
    return an < bn ? -1 : an > bn;
}

static int cmp_pair(const qpair *x, const qpair *y, const char *text)
{
    int c = cmp_bytes(text + x->k_off, x->k_n, text + y->k_off, y->k_n);
    return c ? c : cmp_bytes(text + x->v_off, x->v_n, text + y->v_off, y->v_n);
}

static int canonical_query(sigv4_ctx *ctx, const sigv4_input *in, const url_parts *u,
                           const char *scope)
{
    const char *p = u->query.p, *end = u->query.p + u->query.n;
    sigv4_buf *tmp = &ctx->decoded;
    qpair *pr;
    size_t i, j, n;

    buf_clear(&ctx->qtext);
    ctx->qpairs.n = 0;
    while (p < end) {
        const char *item = p, *eq;
        while (p < end && *p != '&')
            p++;
        eq = memchr(item, '=', (size_t)(p - item));
        if (p > item &&
            (eq ? add_pair(ctx, tmp, item, (size_t)(eq - item), eq + 1, (size_t)(p - eq - 1), 1)
                : add_pair(ctx, tmp, item, (size_t)(p - item), "", 0, 1)))
            return -1;
        if (p < end)
            p++;
    }
    if (in->flags & SIGV4_PRESIGN) {
        char expires[24];
        sigv4_buf cred = {0};
        int rc;
        snprintf(expires, sizeof expires, "%ld", in->expires);
        if (buf_putstr(&cred, in->access_key_id) || buf_putc(&cred, '/') || buf_puts(&cred, scope)) {
            buf_free(&cred, 0);
            return -1;
        }
        rc = add_pair(ctx, tmp, "X-Amz-Algorithm", 15, ALGORITHM, strlen(ALGORITHM), 0) ||
             add_pair(ctx, tmp, "X-Amz-Credential", 16, cred.p, cred.n, 0) ||
             add_pair(ctx, tmp, "X-Amz-Date", 10, ctx->amz_date, 16, 0) ||
             add_pair(ctx, tmp, "X-Amz-Expires", 13, expires, strlen(expires), 0) ||
             add_pair(ctx, tmp, "X-Amz-SignedHeaders", 19, ctx->signed_headers.p, ctx->signed_headers.n, 0) ||
             (in->session_token.p && !(in->flags & SIGV4_OMIT_TOKEN) &&
              add_pair(ctx, tmp, "X-Amz-Security-Token", 20, in->session_token.p, in->session_token.n, 0));
        buf_free(&cred, 0);
        if (rc)
            return -1;
    }

    pr = (qpair *)(void *)ctx->qpairs.p;
    n = ctx->qpairs.n / sizeof *pr;
    for (i = 1; i < n; i++) {
        qpair t = pr[i];
        for (j = i; j > 0 && cmp_pair(&pr[j - 1], &t, ctx->qtext.p) > 0; j--)
            pr[j] = pr[j - 1];
        pr[j] = t;
    }
    buf_clear(&ctx->query);
    for (i = 0; i < n; i++) {
        if ((i && buf_putc(&ctx->query, '&')) ||
            buf_put(&ctx->query, ctx->qtext.p + pr[i].k_off, pr[i].k_n) ||
            buf_putc(&ctx->query, '=') ||
            buf_put(&ctx->query, ctx->qtext.p + pr[i].v_off, pr[i].v_n))
            return -1;
    }
    return 0;
}

/* ---- the whole signature ---- */

int sigv4_ctx_init(sigv4_ctx *ctx)
{
    unsigned i;
    memset(ctx, 0, sizeof *ctx);
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    ctx->md = EVP_MD_fetch(NULL, "SHA256", NULL);  /* fetched once: implicit fetches cost per call */
#else
    ctx->md = (void *)EVP_sha256();
#endif
    ctx->mdctx = EVP_MD_CTX_new();
    ctx->keys = calloc(SIGV4_KEY_CACHE, sizeof *ctx->keys);
    if (!ctx->md || !ctx->mdctx || !ctx->keys)
        goto fail;
    /* what may hold the session token, the signature or a presigned URL */
    ctx->hdrtext.secret = ctx->qtext.secret = ctx->decoded.secret = ctx->query.secret = 1;
    ctx->canonical_request.secret = ctx->authorization.secret = ctx->presigned_url.secret = 1;
    for (i = 0; i < SIGV4_KEY_CACHE; i++) {
        ctx->keys[i].inner = EVP_MD_CTX_new();
        ctx->keys[i].outer = EVP_MD_CTX_new();
        if (!ctx->keys[i].inner || !ctx->keys[i].outer)
            goto fail;
    }
    return 0;
fail:
    sigv4_ctx_free(ctx);
    return -1;
}

void sigv4_ctx_free(sigv4_ctx *ctx)
{
    if (ctx->keys) {
        unsigned i;
        for (i = 0; i < SIGV4_KEY_CACHE; i++) {
            EVP_MD_CTX_free(ctx->keys[i].inner);  /* the provider wipes its SHA-256 state */
            EVP_MD_CTX_free(ctx->keys[i].outer);
        }
        OPENSSL_cleanse(ctx->keys, SIGV4_KEY_CACHE * sizeof *ctx->keys);
        free(ctx->keys);
        ctx->keys = NULL;
    }
    if (ctx->mdctx)
        EVP_MD_CTX_free(ctx->mdctx);
    ctx->mdctx = NULL;
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    if (ctx->md)
        EVP_MD_free(ctx->md);
#endif
    ctx->md = NULL;
    buf_free(&ctx->hdrs, 0);
    buf_free(&ctx->qpairs, 0);
    buf_free(&ctx->names, 0);
    buf_free(&ctx->path, 0);
    buf_free(&ctx->hdrtext, 1);   /* may hold a session token */
    buf_free(&ctx->qtext, 1);
    buf_free(&ctx->decoded, 1);
    buf_free(&ctx->signed_headers, 0);
    buf_free(&ctx->query, 1);
    buf_free(&ctx->canonical_request, 1);
    buf_free(&ctx->string_to_sign, 0);
    buf_free(&ctx->authorization, 1);
    buf_free(&ctx->presigned_url, 1);
    OPENSSL_cleanse(ctx->signature, sizeof ctx->signature);
}

/* X-Amz-Date for t; calls within one second reuse the last one. */
static void format_date(sigv4_ctx *ctx, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (ctx->amz_date[0] && ctx->date_time == t)
        return;
    gmtime_r(&tt, &tm);
    strftime(ctx->amz_date, sizeof ctx->amz_date, "%Y%m%dT%H%M%SZ", &tm);
    ctx->date_time = t;
}

/* date/region/service/aws4_request; the caller checked the lengths fit. */
static void format_scope(char *out, const char *date, const sigv4_input *in)
{
    memcpy(out, date, 8);
    out[8] = '/';
    out += 9;
    memcpy(out, in->region.p, in->region.n);
    out += in->region.n;
    *out++ = '/';
    memcpy(out, in->service.p, in->service.n);
    out += in->service.n;
    memcpy(out, "/aws4_request", 14);
}

int sigv4_sign(sigv4_ctx *ctx, const sigv4_input *in, sigv4_error *err)
{
    unsigned char hash[HASH_LEN];
    char scope[200], hex[65];
    url_parts u;
    sigv4_buf *cr = &ctx->canonical_request;
    int presign = (in->flags & SIGV4_PRESIGN) != 0;
    int rc = -1;

    if (check_input(in, err) || parse_url(in->url, &u, err))
        return -1;
    if (in->region.n + in->service.n > 150)
        return fail(err, "validation", "region and service: too long", -1);
    format_date(ctx, in->time);
    format_scope(scope, ctx->amz_date, in);

    if (digest(ctx, in->body.p ? in->body.p : "", in->body.n, NULL, 0, hash))
        return fail(err, "memory", "SHA-256 failed", -1);
    sigv4_hex(hash, HASH_LEN, ctx->payload_hash);

    if (collect_headers(ctx, in, &u, err))
        return -1;

    buf_clear(cr);
    if (buf_putstr(cr, in->method) || buf_putc(cr, '\n') || canonical_uri(ctx, in, u.path) ||
        buf_putc(cr, '\n') || canonical_query(ctx, in, &u, scope) ||
        buf_put(cr, ctx->query.p, ctx->query.n) || buf_putc(cr, '\n') ||
        buf_put(cr, ctx->hdrtext.p, ctx->hdrtext.n) || buf_putc(cr, '\n') ||
        buf_put(cr, ctx->signed_headers.p, ctx->signed_headers.n) || buf_putc(cr, '\n') ||
        buf_put(cr, ctx->payload_hash, 64))
        return oom(err);

    if (digest(ctx, cr->p, cr->n, NULL, 0, hash))
        return fail(err, "memory", "SHA-256 failed", -1);
    sigv4_hex(hash, HASH_LEN, hex);
    ctx->string_to_sign.n = 0;
    if (buf_puts(&ctx->string_to_sign, ALGORITHM "\n") ||
        buf_put(&ctx->string_to_sign, ctx->amz_date, 16) || buf_putc(&ctx->string_to_sign, '\n') ||
        buf_puts(&ctx->string_to_sign, scope) || buf_putc(&ctx->string_to_sign, '\n') ||
        buf_put(&ctx->string_to_sign, hex, 64))
        return oom(err);

    if (sign_string(ctx, in, ctx->amz_date, &ctx->string_to_sign, hash)) {
        fail(err, "memory", "HMAC-SHA256 failed", -1);
        goto done;
    }
    sigv4_hex(hash, HASH_LEN, ctx->signature);

    if (presign) {
        sigv4_buf *url = &ctx->presigned_url;
        buf_clear(url);
        if (buf_putstr(url, u.origin) || buf_put(url, u.path.p, u.path.n) ||
            (!u.path.n && buf_putc(url, '/')) || buf_putc(url, '?') ||
            buf_put(url, ctx->query.p, ctx->query.n))
            goto oom;
        if (in->session_token.p && (in->flags & SIGV4_OMIT_TOKEN) &&
            (buf_puts(url, "&X-Amz-Security-Token=") ||
             uri_encode(url, in->session_token.p, in->session_token.n, 0)))
            goto oom;
        if (buf_puts(url, "&X-Amz-Signature=") || buf_put(url, ctx->signature, 64))
            goto oom;
    } else {
        sigv4_buf *a = &ctx->authorization;
        buf_clear(a);
        if (buf_puts(a, ALGORITHM " Credential=") || buf_putstr(a, in->access_key_id) ||
            buf_putc(a, '/') || buf_puts(a, scope) || buf_puts(a, ", SignedHeaders=") ||
            buf_put(a, ctx->signed_headers.p, ctx->signed_headers.n) ||
            buf_puts(a, ", Signature=") || buf_put(a, ctx->signature, 64))
            goto oom;
    }
    rc = 0;
    goto done;
oom:
    oom(err);
done:
    OPENSSL_cleanse(hash, sizeof hash);
    return rc;
}

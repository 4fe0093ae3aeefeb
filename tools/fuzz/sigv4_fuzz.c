/* sigv4_fuzz.c: libFuzzer target for csrc/sigv4.c.
 * The input is split on 0xFF into: flags byte, method, url, region, service, access key,
 * secret, token, body, then name:value headers. Any input must sign or fail cleanly. */
#include <stdlib.h>
#include <string.h>

#include "../../csrc/sigv4.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static sigv4_ctx ctx;
static int ready;

static int next_field(const unsigned char **p, const unsigned char *end, sigv4_str *out)
{
    const unsigned char *start = *p, *sep;
    if (start > end)
        return 0;
    sep = memchr(start, 0xFF, (size_t)(end - start));
    if (!sep)
        sep = end;
    out->p = (const char *)start;
    out->n = (size_t)(sep - start);
    *p = sep + 1;
    return 1;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const unsigned char *p = data, *end = data + size;
    sigv4_header headers[16];
    sigv4_input in;
    sigv4_error err;
    sigv4_str f;
    size_t i;

    if (!ready) {
        if (sigv4_ctx_init(&ctx))
            abort();
        ready = 1;
    }
    if (size < 1)
        return 0;
    memset(&in, 0, sizeof in);
    in.flags = data[0] & 15;
    in.time = 1440938160 + (int64_t)(data[0] >> 4) * 86400;  /* vary the date: exercises the key cache */
    in.expires = 3600;
    p++;
    next_field(&p, end, &in.method);
    next_field(&p, end, &in.url);
    next_field(&p, end, &in.region);
    next_field(&p, end, &in.service);
    next_field(&p, end, &in.access_key_id);
    next_field(&p, end, &in.secret_access_key);
    if (next_field(&p, end, &in.session_token) && in.session_token.n == 0)
        in.session_token.p = NULL;
    next_field(&p, end, &in.body);
    for (i = 0; i < 16 && next_field(&p, end, &f); i++) {
        const char *colon = memchr(f.p, ':', f.n);
        size_t name_n = colon ? (size_t)(colon - f.p) : f.n;
        headers[i].name.p = f.p;
        headers[i].name.n = name_n;
        headers[i].value.p = colon ? colon + 1 : "";
        headers[i].value.n = colon ? f.n - name_n - 1 : 0;
        headers[i].source = (int)(i % 5);
    }
    in.headers = headers;
    in.n_headers = i;

    if (sigv4_sign(&ctx, &in, &err) == 0) {
        const sigv4_buf *out = (in.flags & SIGV4_PRESIGN) ? &ctx.presigned_url : &ctx.authorization;
        if (strlen(ctx.signature) != 64)
            abort();
        /* Nothing signed may smuggle a line break into a header or request line. */
        if (memchr(out->p, '\n', out->n) || memchr(out->p, '\r', out->n))
            abort();
    } else if (!err.kind || !err.message) {
        abort();
    }
    return 0;
}

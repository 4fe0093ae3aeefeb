/* lsigv4.c: the Lua face of sigv4.c. A signer userdata owns the scratch buffers and the
 * derived-key cache, so a Lua error mid-call can never leak them. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "compat.h"
#include "lsigv4.h"
#include "lutil.h"
#include "sigv4.h"

#define SIGNER_MT "awsjobs.signer"

typedef struct signer {
    int ready;
    sigv4_ctx ctx;
    sigv4_header *in;          /* the request's headers, flattened; grows as needed */
    size_t in_cap;
} signer;

static signer *check_signer(lua_State *L)
{
    signer *s = luaL_checkudata(L, 1, SIGNER_MT);
    if (!s->ready)
        luaL_error(L, "attempt to use a closed signer");
    return s;
}

static int signer_close(lua_State *L)
{
    signer *s = luaL_checkudata(L, 1, SIGNER_MT);
    if (s->ready)
        sigv4_ctx_free(&s->ctx);
    s->ready = 0;
    free(s->in);
    s->in = NULL;
    s->in_cap = 0;
    return 0;
}

static int signer_new(lua_State *L)
{
    signer *s = lua_newuserdata(L, sizeof *s);
    memset(s, 0, sizeof *s);
    luaL_getmetatable(L, SIGNER_MT);
    lua_setmetatable(L, -2);
    if (sigv4_ctx_init(&s->ctx))
        return luaL_error(L, "awsjobs: cannot initialise SHA-256 (OpenSSL)");
    s->ready = 1;
    return 1;
}

/* nil, kind, message: the Lua side turns it into an error object. */
static int sign_error(lua_State *L, const char *kind, const char *message)
{
    lua_pushnil(L);
    lua_pushstring(L, kind);
    lua_pushstring(L, message);
    return 3;
}

/* The field names signer_sign reads, kept as upvalues: lua_getfield would intern its
 * C string (a strcmp) on every call, and this is the hot path. */
enum field {
    F_METHOD = 1, F_URL, F_BODY, F_HEADERS, F_REGION, F_SERVICE, F_CREDENTIALS, F_ACCESS_KEY_ID,
    F_SECRET_ACCESS_KEY, F_SESSION_TOKEN, F_TIME, F_EXPIRES, F_NORMALIZE_PATH, F_CONTENT_SHA256,
    F_OMIT_SESSION_TOKEN,
    /* and the names it writes */
    F_X_AMZ_DATE, F_X_AMZ_SECURITY_TOKEN, F_X_AMZ_CONTENT_SHA256, F_AUTHORIZATION,
    F_CANONICAL_REQUEST, F_STRING_TO_SIGN, F_SIGNATURE, F_COUNT = F_SIGNATURE
};
static const char *const field_names[] = {
    NULL, "method", "url", "body", "headers", "region", "service", "credentials", "access_key_id",
    "secret_access_key", "session_token", "time", "expires", "normalize_path", "content_sha256",
    "omit_session_token", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256",
    "Authorization", "canonical_request", "string_to_sign", "signature"
};

static void get_field(lua_State *L, int t, enum field k)
{
    lua_pushvalue(L, lua_upvalueindex(k));
    lua_gettable(L, t < 0 ? t - 1 : t);
}

/* Sets t[k] = s for the new table at the top of the stack. */
static void set_field(lua_State *L, enum field k, const char *s, size_t n)
{
    lua_pushvalue(L, lua_upvalueindex(k));
    lua_pushlstring(L, s, n);
    lua_rawset(L, -3);
}

/* Reads t[k] as an optional string: 1 if present, 0 if nil, -1 if of another type. */
static int field_string(lua_State *L, int t, enum field k, sigv4_str *out)
{
    int type;
    get_field(L, t, k);
    type = lua_type(L, -1);
    out->p = NULL;
    out->n = 0;
    if (type == LUA_TSTRING)
        out->p = lua_tolstring(L, -1, &out->n);
    lua_pop(L, 1);  /* the table still holds the string */
    return type == LUA_TSTRING ? 1 : type == LUA_TNIL ? 0 : -1;
}

static int field_flag(lua_State *L, int t, enum field k, int dflt)
{
    int v = dflt;
    get_field(L, t, k);
    if (!lua_isnil(L, -1))
        v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

static int push_header(signer *s, size_t *n, const char *name, size_t name_n, const char *v,
                       size_t v_n, int source)
{
    if (*n == s->in_cap) {
        size_t cap = s->in_cap ? 2 * s->in_cap : 16;
        sigv4_header *p = realloc(s->in, cap * sizeof *p);
        if (!p)
            return -1;
        s->in = p;
        s->in_cap = cap;
    }
    s->in[*n].name.p = name;
    s->in[*n].name.n = name_n;
    s->in[*n].value.p = v;
    s->in[*n].value.n = v_n;
    s->in[*n].source = source;
    (*n)++;
    return 0;
}

/* Flattens the headers table (name -> string or list of strings) into s->in.
 * Returns NULL or a static message. */
static const char *read_headers(lua_State *L, int t, signer *s, size_t *n)
{
    int source = 0;
    *n = 0;
    if (lua_isnil(L, t))
        return NULL;
    if (!lua_istable(L, t))
        return "request.headers: must be a table of name = value";
    lua_pushnil(L);
    while (lua_next(L, t)) {
        size_t name_n, v_n;
        const char *name, *v;
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 2);
            return "request.headers: header names must be strings";
        }
        name = lua_tolstring(L, -2, &name_n);
        if (lua_type(L, -1) == LUA_TSTRING) {
            v = lua_tolstring(L, -1, &v_n);
            if (push_header(s, n, name, name_n, v, v_n, source)) {
                lua_pop(L, 2);
                return "out of memory";
            }
        } else if (lua_istable(L, -1)) {
            size_t i, len = lua_rawlen(L, -1);
            for (i = 1; i <= len; i++) {
                lua_rawgeti(L, -1, (int)i);
                if (lua_type(L, -1) != LUA_TSTRING) {
                    lua_pop(L, 3);
                    return "request.headers: a header value must be a string or a list of strings";
                }
                v = lua_tolstring(L, -1, &v_n);
                lua_pop(L, 1);  /* the list still holds it */
                if (push_header(s, n, name, name_n, v, v_n, source)) {
                    lua_pop(L, 2);
                    return "out of memory";
                }
            }
        } else {
            lua_pop(L, 2);
            return "request.headers: a header value must be a string or a list of strings";
        }
        source++;
        lua_pop(L, 1);
    }
    return NULL;
}

/* A header name quoted for an error message, with anything unprintable escaped. */
static void push_quoted_name(lua_State *L, sigv4_str name)
{
    luaL_Buffer b;
    size_t i, n = name.n > 64 ? 64 : name.n;
    luaL_buffinit(L, &b);
    luaL_addchar(&b, '\'');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name.p[i];
        if (c < 0x20 || c >= 0x7f || c == '\'' || c == '\\') {
            char esc[5];
            static const char digits[] = "0123456789ABCDEF";
            esc[0] = '\\'; esc[1] = 'x'; esc[2] = digits[c >> 4]; esc[3] = digits[c & 15]; esc[4] = 0;
            luaL_addstring(&b, esc);
        } else {
            luaL_addchar(&b, (char)c);
        }
    }
    if (n < name.n)
        luaL_addstring(&b, "...");
    luaL_addchar(&b, '\'');
    luaL_pushresult(&b);
}

static int is_named(const char *name, size_t n, const char *lower)
{
    return strlen(lower) == n && strncasecmp(name, lower, n) == 0;
}

/* The request's headers, less those the signer replaces, plus the signing headers: in a new
 * table, or (in_place) in the request's own headers table, which must then exist. */
static void push_signed_headers(lua_State *L, int t, const sigv4_ctx *ctx, const sigv4_input *in,
                                int in_place)
{
    int has_token = in->session_token.p != NULL;
    int content = (in->flags & SIGV4_CONTENT_SHA256) != 0;
    if (in_place)
        lua_pushvalue(L, t);
    else
        lua_createtable(L, 0, 8);
    if (lua_istable(L, t)) {
        lua_pushnil(L);
        while (lua_next(L, t)) {
            size_t n;
            const char *name = lua_tolstring(L, -2, &n);
            if (is_named(name, n, "x-amz-date") || is_named(name, n, "authorization") ||
                (has_token && is_named(name, n, "x-amz-security-token")) ||
                (content && is_named(name, n, "x-amz-content-sha256"))) {
                lua_pop(L, 1);
                if (in_place) {  /* clearing a field while traversing is allowed */
                    lua_pushvalue(L, -1);
                    lua_pushnil(L);
                    lua_rawset(L, t);
                }
                continue;
            }
            if (in_place) {
                lua_pop(L, 1);
                continue;
            }
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, -4);
        }
    }
    set_field(L, F_X_AMZ_DATE, ctx->amz_date, 16);
    if (has_token)
        set_field(L, F_X_AMZ_SECURITY_TOKEN, in->session_token.p, in->session_token.n);
    if (content)
        set_field(L, F_X_AMZ_CONTENT_SHA256, ctx->payload_hash, 64);
    set_field(L, F_AUTHORIZATION, ctx->authorization.p, ctx->authorization.n);
}

static void push_info(lua_State *L, const sigv4_ctx *ctx)
{
    lua_createtable(L, 0, 3);
    set_field(L, F_CANONICAL_REQUEST, ctx->canonical_request.p, ctx->canonical_request.n);
    set_field(L, F_STRING_TO_SIGN, ctx->string_to_sign.p, ctx->string_to_sign.n);
    set_field(L, F_SIGNATURE, ctx->signature, 64);
}

/* signer:sign(request, options, want_info, presign, in_place)
 *   -> headers [, info]        (header signing; in_place: the signing headers are written into
 *                               request.headers itself, which is returned)
 *   -> url [, info]            (presign)
 *   -> nil, kind, message      (bad input) */
static int signer_sign(lua_State *L)
{
    signer *s = check_signer(L);
    int want_info = lua_toboolean(L, 4), presign = lua_toboolean(L, 5), in_place = lua_toboolean(L, 6);
    const int req = 2, opts = 3, creds = 7, headers = 8;
    sigv4_input in;
    sigv4_error err;
    const char *msg;
    size_t n_headers;
    int rc;

    luaL_checktype(L, req, LUA_TTABLE);
    luaL_checktype(L, opts, LUA_TTABLE);
    lua_settop(L, 6);
    get_field(L, opts, F_CREDENTIALS);   /* index 7 */
    get_field(L, req, F_HEADERS);        /* index 8 */
    memset(&in, 0, sizeof in);

    if (field_string(L, req, F_METHOD, &in.method) != 1)
        return sign_error(L, "validation", "request.method: must be a string such as \"POST\"");
    if (field_string(L, req, F_URL, &in.url) != 1)
        return sign_error(L, "validation", "request.url: must be a string");
    if (field_string(L, req, F_BODY, &in.body) < 0)
        return sign_error(L, "validation", "request.body: must be a string or nil");
    if (field_string(L, opts, F_REGION, &in.region) != 1)
        return sign_error(L, "validation", "options.region: must be a string such as \"us-east-1\"");
    if (field_string(L, opts, F_SERVICE, &in.service) != 1)
        return sign_error(L, "validation", "options.service: must be a string such as \"ecs\"");
    if (!lua_istable(L, creds))
        return sign_error(L, "credentials", "options.credentials: missing (a table with access_key_id and secret_access_key)");
    if (field_string(L, creds, F_ACCESS_KEY_ID, &in.access_key_id) != 1)
        return sign_error(L, "credentials", "credentials.access_key_id: missing or not a string");
    if (field_string(L, creds, F_SECRET_ACCESS_KEY, &in.secret_access_key) != 1)
        return sign_error(L, "credentials", "credentials.secret_access_key: missing or not a string");
    if (field_string(L, creds, F_SESSION_TOKEN, &in.session_token) < 0)
        return sign_error(L, "credentials", "credentials.session_token: must be a string or nil");

    get_field(L, opts, F_TIME);
    if (lua_isnil(L, -1))
        in.time = (int64_t)time(NULL);  /* only when the caller gave no time */
    else if (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) == lua_tonumber(L, -1))
        in.time = lua_tonumber(L, -1) < -1.0 ? -1 : lua_tonumber(L, -1) > 1e13 ? (int64_t)1e13
                                                                               : (int64_t)lua_tonumber(L, -1);
    else
        return sign_error(L, "validation", "options.time: must be unix seconds (a number)");
    get_field(L, opts, F_EXPIRES);
    if (lua_isnil(L, -1))
        in.expires = 3600;
    else if (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) >= 0 && lua_tonumber(L, -1) <= 1e9)
        in.expires = (long)lua_tonumber(L, -1);
    else
        return sign_error(L, "validation", "options.expires: must be a number of seconds");
    lua_pop(L, 2);

    if (!field_flag(L, opts, F_NORMALIZE_PATH, 1))
        in.flags |= SIGV4_NO_NORMALIZE;
    if (field_flag(L, opts, F_CONTENT_SHA256, 0))
        in.flags |= SIGV4_CONTENT_SHA256;
    if (field_flag(L, opts, F_OMIT_SESSION_TOKEN, 0))
        in.flags |= SIGV4_OMIT_TOKEN;
    if (presign)
        in.flags |= SIGV4_PRESIGN;

    if ((msg = read_headers(L, headers, s, &n_headers)) != NULL)
        return sign_error(L, strcmp(msg, "out of memory") ? "validation" : "memory", msg);
    in.headers = s->in;
    in.n_headers = n_headers;

    rc = sigv4_sign(&s->ctx, &in, &err);
    if (rc) {
        lua_pushnil(L);
        lua_pushstring(L, err.kind);
        if (err.header >= 0 && (size_t)err.header < n_headers) {
            lua_pushstring(L, "request.headers[");
            push_quoted_name(L, s->in[err.header].name);
            lua_pushstring(L, "]: ");
            lua_pushstring(L, strchr(err.message, ':') ? strchr(err.message, ':') + 2 : err.message);
            lua_concat(L, 4);
        } else {
            lua_pushstring(L, err.message);
        }
        return 3;
    }
    if (presign)
        lua_pushlstring(L, s->ctx.presigned_url.p, s->ctx.presigned_url.n);
    else
        push_signed_headers(L, headers, &s->ctx, &in, in_place && lua_istable(L, headers));
    if (!want_info)
        return 1;
    push_info(L, &s->ctx);
    return 2;
}

int lsigv4_open(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {NULL, NULL}
    };
    int i;
    lutil_class(L, SIGNER_MT, methods, signer_close);
    for (i = 1; i <= F_COUNT; i++)
        lua_pushstring(L, field_names[i]);
    lua_pushcclosure(L, signer_sign, F_COUNT);
    lua_setfield(L, -2, "sign");
    lua_pop(L, 1);
    lua_pushcfunction(L, signer_new);
    lua_setfield(L, -2, "signer");
    return 0;
}

/* sigv4.h: AWS Signature Version 4, pure computation (no Lua, no I/O, no clock). */
#ifndef AWSJOBS_SIGV4_H
#define AWSJOBS_SIGV4_H

/* Internal to core.so whatever the build flags (LuaRocks' builtin build sets none). */
#pragma GCC visibility push(hidden)

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SIGV4_KEY_CACHE 4

enum sigv4_flags {
    SIGV4_NO_NORMALIZE = 1,    /* keep dot segments and empty segments (S3 style) */
    SIGV4_CONTENT_SHA256 = 2,  /* add and sign an x-amz-content-sha256 header */
    SIGV4_OMIT_TOKEN = 4,      /* add the session token after signing, unsigned */
    SIGV4_PRESIGN = 8          /* sign the query string instead of adding Authorization */
};

typedef struct sigv4_str { const char *p; size_t n; } sigv4_str;

typedef struct sigv4_header {
    sigv4_str name, value;
    int source;                /* the caller's entry it came from: one name from two entries is ambiguous */
} sigv4_header;

typedef struct sigv4_input {
    sigv4_str method, url, body, region, service;
    sigv4_str access_key_id, secret_access_key, session_token;  /* session_token.p == NULL: none */
    const sigv4_header *headers;
    size_t n_headers;
    int64_t time;              /* unix seconds, always given by the caller */
    long expires;              /* X-Amz-Expires, with SIGV4_PRESIGN */
    unsigned flags;
} sigv4_input;

typedef buf sigv4_buf;

/* kind is "validation", "credentials" or "memory"; message names the parameter and the rule.
 * Both are static strings. header is the index of the offending input header, or -1. */
typedef struct sigv4_error { const char *kind, *message; long header; } sigv4_error;

struct sigv4_key_entry;

/* One signer: scratch buffers reused across calls and the derived-key cache. Not thread-safe. */
typedef struct sigv4_ctx {
    void *md, *mdctx;          /* EVP_MD *, EVP_MD_CTX *, opaque here */
    struct sigv4_key_entry *keys;
    unsigned next_key;
    sigv4_buf hdrs, qpairs;    /* arrays of private structs */
    sigv4_buf names, path, hdrtext, qtext, decoded, signed_headers, query,
              canonical_request, string_to_sign, authorization, presigned_url;
    /* results of the last successful sigv4_sign */
    char amz_date[17], signature[65], payload_hash[65];
    int64_t date_time;         /* the time amz_date was formatted for */
} sigv4_ctx;

int sigv4_ctx_init(sigv4_ctx *ctx);          /* 0 on success */
void sigv4_ctx_free(sigv4_ctx *ctx);         /* idempotent; wipes key material */

/* Signs in. Returns 0 with the results in ctx: canonical_request, string_to_sign,
 * signature, amz_date, and authorization (header signing) or presigned_url (SIGV4_PRESIGN).
 * Returns -1 with err filled otherwise. */
int sigv4_sign(sigv4_ctx *ctx, const sigv4_input *in, sigv4_error *err);

void sigv4_hex(const unsigned char *in, size_t n, char *out);

#pragma GCC visibility pop
#endif

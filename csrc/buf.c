/* buf.c: a growable byte buffer (doubling), with a wipe for secrets on growth and free. */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

/* A new block with the old contents; a secret buffer's old block is wiped before it goes. */
static char *grow(buf *b, size_t cap)
{
    char *p;
    if (!b->secret)
        return realloc(b->p, cap);
    p = malloc(cap);
    if (!p)
        return NULL;
    if (b->p) {
        memcpy(p, b->p, b->n);
        OPENSSL_cleanse(b->p, b->cap);
        free(b->p);
    }
    return p;
}

int buf_reserve(buf *b, size_t extra)
{
    size_t need = b->n + extra, cap;
    char *p;
    if (need <= b->cap)
        return 0;
    if (need < b->n)
        return -1;  /* overflow */
    cap = b->cap ? b->cap : 256;
    while (cap < need) {
        if (cap > (size_t)-1 / 2)
            return -1;
        cap *= 2;
    }
    p = grow(b, cap);
    if (!p)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

int buf_put(buf *b, const void *s, size_t n)
{
    if (n == 0)
        return 0;
    if (buf_reserve(b, n))
        return -1;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

void buf_clear(buf *b)
{
    if (b->secret && b->p && b->n)
        OPENSSL_cleanse(b->p, b->n);
    b->n = 0;
}

void buf_free(buf *b, int wipe)
{
    if (b->p && (wipe || b->secret))
        OPENSSL_cleanse(b->p, b->cap);
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

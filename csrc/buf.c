/* buf.c: a growable byte buffer (doubling), with an optional wipe for secrets on free. */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

int buf_reserve(buf *b, size_t extra)
{
    size_t need = b->n + extra, cap;
    char *p;
    if (need <= b->cap)
        return 0;
    if (need < b->n)
        return -1;  /* overflow */
    cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    p = realloc(b->p, cap);
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

void buf_free(buf *b, int wipe)
{
    if (b->p && wipe)
        OPENSSL_cleanse(b->p, b->cap);
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

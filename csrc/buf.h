/* buf.h: the growable byte buffer every part of the C core uses. */
#ifndef AWSJOBS_BUF_H
#define AWSJOBS_BUF_H

#include <stddef.h>

#pragma GCC visibility push(hidden)

/* secret: the bytes may be key material, a credentials response or an Authorization line.
 * Such a buffer never leaves an unwiped copy behind: growing copies and wipes the old block
 * (no realloc), and buf_free and buf_clear wipe. */
typedef struct buf { char *p; size_t n, cap; int secret; } buf;

int buf_reserve(buf *b, size_t extra);           /* room for extra more bytes; 0 or -1 */
int buf_put(buf *b, const void *s, size_t n);    /* appends; 0 or -1 (out of memory) */
void buf_clear(buf *b);                          /* empties it (wiping the bytes if secret) */
void buf_free(buf *b, int wipe);                 /* frees (wiping first if asked or secret); reusable after */

#pragma GCC visibility pop
#endif

/* http_conn.h: what the conn (lhttp.c) and the multi handle (lmulti.c) share: the
 * connection object behind core.http(). Private to the C core. */
#ifndef AWSJOBS_HTTP_CONN_H
#define AWSJOBS_HTTP_CONN_H

#include <curl/curl.h>

#include "buf.h"
#include "compat.h"

#pragma GCC visibility push(hidden)

#define HTTP_MT "awsjobs.http"

struct http_multi;

typedef struct http_conn {
    CURL *curl;
    /* The request's header list: its nodes and their "Name: value" text are the conn's own
     * and reused by every request (curl_slist_append would cost two mallocs a line). */
    struct curl_slist *nodes;
    size_t nodes_cap;
    buf lines;                    /* the lines, NUL after each */
    buf body, head;               /* the response, reused across requests */
    CURLcode result;              /* how the last transfer a multi ran ended */
    struct http_multi *busy;      /* the multi running this conn's transfer, or NULL */
    size_t max_response;
    /* The attempt's head so far (interim answers included), against the limits on_header
     * keeps, and the Content-Length of the answer being read (-1 while none). */
    size_t head_bytes, head_lines;
    curl_off_t content_length;
    const char *refused;          /* why a callback stopped the transfer, or NULL */
    char errbuf[CURL_ERROR_SIZE];
} http_conn;

int lhttp_global_init(void);                    /* curl_global_init once; 0 or -1 */
void lmulti_stop(struct http_multi *m);         /* joins the multi's thread (idempotent) */
int lmulti_open(lua_State *L);                  /* registers core.multi() */

#pragma GCC visibility pop
#endif

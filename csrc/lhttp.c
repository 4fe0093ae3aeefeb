/* lhttp.c: a blocking HTTP/1.1 client over one libcurl easy handle, for Lua.
 *
 * core.http() makes a connection object; conn:request(method, url, headers, body, opts)
 * returns status, headers, body or nil, kind, message. The handle is reused across
 * calls, so libcurl keeps connections alive. It knows nothing about AWS. */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "buf.h"
#include "compat.h"
#include "http_conn.h"
#include "lhttp.h"
#include "lutil.h"

#define DEFAULT_MAX_RESPONSE (64L * 1024 * 1024)
/* The head of an answer (status line and header lines of every answer of the attempt,
 * 1xx included) is bounded as on the cosocket transport (transport/cosocket.lua). */
#define MAX_HEAD_BYTES (64 * 1024)
#define MAX_HEAD_LINES 200
#define OFF_T_MAX CURL_OFF_T_C(0x7fffffffffffffff)  /* curl_off_t is 64-bit */

/* Stops the transfer from a callback (libcurl then ends it with CURLE_WRITE_ERROR);
 * push_result reports why. */
static size_t refuse(http_conn *c, const char *why)
{
    c->refused = why;
    return 0;
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    http_conn *c = ud;
    size_t len = size * n;
    /* CURLOPT_MAXFILESIZE_LARGE refuses a Content-Length over the limit up front; this
     * catches chunked bodies and bodies without a length */
    if (len > c->max_response - c->body.n)
        return refuse(c, "response larger than max_response");
    return buf_put(&c->body, p, len) ? refuse(c, "out of memory") : len;
}

/* 1 when the line is a Content-Length header whose value is not a plain decimal number
 * or differs from an earlier one in the same answer (libcurl reads "0x10" as 0 and lets
 * the last of two lengths win). */
static int bad_length(http_conn *c, const char *p, size_t len)
{
    static const char name[] = "content-length:";
    const size_t name_n = sizeof name - 1;
    const char *v, *e;
    curl_off_t n = 0;
    if (len < name_n || strncasecmp(p, name, name_n) != 0)
        return 0;
    v = p + name_n;
    e = p + len;
    while (v < e && (*v == ' ' || *v == '\t'))
        v++;
    while (e > v && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    if (v == e)
        return 1;
    for (; v < e; v++) {
        if (*v < '0' || *v > '9' || n > (OFF_T_MAX - 9) / 10)
            return 1;
        n = n * 10 + (*v - '0');
    }
    if (c->content_length >= 0 && c->content_length != n)
        return 1;
    c->content_length = n;
    return 0;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    http_conn *c = ud;
    size_t len = size * n;
    if (++c->head_lines > MAX_HEAD_LINES)
        return refuse(c, "more than 200 header lines");
    c->head_bytes += len;
    if (c->head_bytes > MAX_HEAD_BYTES)
        return refuse(c, "response head larger than 65536 bytes");
    /* A new status line (after a 100 Continue, say) starts the header block again. */
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        buf_clear(&c->head);
        c->content_length = -1;
    } else if (bad_length(c, p, len)) {
        return refuse(c, "invalid or conflicting Content-Length");
    }
    return buf_put(&c->head, p, len) ? refuse(c, "out of memory") : len;
}

/* Empties the response and request buffers, wiping them: an answer may carry credentials
 * (STS, IMDS, container) and the header lines the Authorization value. */
static void wipe_transfer(http_conn *c)
{
    if (c->curl)
        curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    buf_clear(&c->lines);
    buf_clear(&c->body);
    buf_clear(&c->head);
}

static void conn_free(http_conn *c)
{
    /* Only when a Lua state closes mid-map: stop the thread still driving this handle. */
    if (c->busy)
        lmulti_stop(c->busy);
    if (c->curl)
        curl_easy_cleanup(c->curl);
    c->curl = NULL;
    free(c->nodes);
    c->nodes = NULL;
    c->nodes_cap = 0;
    buf_free(&c->body, 1);
    buf_free(&c->head, 1);
    buf_free(&c->lines, 1);  /* held the last request's Authorization line */
}

static int conn_close(lua_State *L)
{
    conn_free(luaL_checkudata(L, 1, HTTP_MT));
    return 0;
}

static double opt_number(lua_State *L, int t, const char *k, double dflt)
{
    double v = dflt;
    lua_getfield(L, t, k);
    if (lua_type(L, -1) == LUA_TNUMBER)
        v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    return v;
}

static const char *opt_string(lua_State *L, int t, const char *k)
{
    const char *v;
    lua_getfield(L, t, k);
    v = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);  /* opts still holds it */
    return v;
}

/* Seconds to libcurl's milliseconds: at least 1, since 0 means "no timeout" to libcurl
 * (the client refuses under 1 ms; this is the core's own floor), at most INT_MAX. */
static long timeout_ms(double seconds)
{
    double ms = seconds * 1000;
    if (!(ms >= 1))  /* also NaN */
        return 1;
    return ms > (double)INT_MAX ? (long)INT_MAX : (long)ms;
}

/* A byte limit from a Lua number: NaN or under 1 refuses every body (fail closed). */
static size_t byte_limit(double v)
{
    if (!(v >= 1))
        return 1;
    return v >= (double)SIZE_MAX ? SIZE_MAX : (size_t)v;
}

static int global_ready;

int lhttp_global_init(void)
{
    if (!global_ready) {  /* one-time library init */
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            return -1;
        global_ready = 1;
    }
    return 0;
}

/* core.http(opts): opts = {timeout, connect_timeout (seconds), ca_file, max_response (bytes),
 * verify (TLS peer and host checks, default true)}, fixed for the connection's life. */
static int conn_new(lua_State *L)
{
    http_conn *c;
    const char *ca_file;
    double timeout, connect_timeout;
    int verify = 1;
    lua_settop(L, 1);
    if (!lua_istable(L, 1)) {
        lua_newtable(L);
        lua_replace(L, 1);
    }
    timeout = opt_number(L, 1, "timeout", 60);
    connect_timeout = opt_number(L, 1, "connect_timeout", 10);
    ca_file = opt_string(L, 1, "ca_file");
    lua_getfield(L, 1, "verify");
    if (lua_type(L, -1) == LUA_TBOOLEAN)
        verify = lua_toboolean(L, -1);
    lua_pop(L, 1);
    c = lua_newuserdata(L, sizeof *c);
    memset(c, 0, sizeof *c);
    luaL_getmetatable(L, HTTP_MT);
    lua_setmetatable(L, -2);
    if (lhttp_global_init())
        return luaL_error(L, "awsjobs: curl_global_init failed");
    c->curl = curl_easy_init();
    if (!c->curl)
        return luaL_error(L, "awsjobs: curl_easy_init failed");
    /* What every request shares. */
    curl_easy_setopt(c->curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, c->errbuf);
    curl_easy_setopt(c->curl, CURLOPT_USERAGENT, "awsjobs/0.2.0");
    curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, c);
    curl_easy_setopt(c->curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c->curl, CURLOPT_HEADERDATA, c);
    curl_easy_setopt(c->curl, CURLOPT_PRIVATE, (char *)c);
    curl_easy_setopt(c->curl, CURLOPT_TIMEOUT_MS, timeout_ms(timeout));
    curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms(connect_timeout));
    /* "." and ".." segments go as given, as botocore sends them: removing them would send
     * the request to another resource (IoT jobId ".." in /things/t/jobs/../cancel) */
    curl_easy_setopt(c->curl, CURLOPT_PATH_AS_IS, 1L);
    curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (ca_file)
        curl_easy_setopt(c->curl, CURLOPT_CAINFO, ca_file);  /* libcurl keeps its own copy */
    c->max_response = byte_limit(opt_number(L, 1, "max_response", (double)DEFAULT_MAX_RESPONSE));
    if ((double)c->max_response < (double)OFF_T_MAX)
        curl_easy_setopt(c->curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)c->max_response);
    /* what these hold may be a credentials answer or an Authorization line */
    c->body.secret = c->head.secret = c->lines.secret = 1;
    return 1;
}

static int fail(lua_State *L, const char *kind, const char *message)
{
    lua_pushnil(L);
    lua_pushstring(L, kind);
    lua_pushstring(L, message);
    return 3;
}

/* Appends one "Name: value" line (with its NUL) to c->lines. */
static int put_line(http_conn *c, const char *name, size_t name_n, const char *v, size_t v_n)
{
    /* "Name;" is how libcurl sends a header with an empty value */
    return buf_put(&c->lines, name, name_n) || buf_put(&c->lines, v_n ? ": " : ";", v_n ? 2 : 1) ||
           buf_put(&c->lines, v, v_n) || buf_put(&c->lines, "", 1);
}

/* Writes the lines of the headers table into c->lines; list values become one line each.
 * Assembled in C, not as Lua strings: this runs on every request. */
static const char *build_lines(lua_State *L, int t, http_conn *c, int *has_type)
{
    *has_type = 0;
    if (lua_isnil(L, t))
        return NULL;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        size_t i, len = 1, name_n, v_n;
        int list = lua_istable(L, -1);
        const char *name, *v;
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 2);
            return "header names must be strings";
        }
        name = lua_tolstring(L, -2, &name_n);
        if (name_n == 12 && strcasecmp(name, "content-type") == 0)
            *has_type = 1;
        if (list)
            len = lua_rawlen(L, -1);
        for (i = 1; i <= len; i++) {
            if (list)
                lua_rawgeti(L, -1, (int)i);
            else
                lua_pushvalue(L, -1);
            if (lua_type(L, -1) != LUA_TSTRING) {
                lua_pop(L, 3);
                return "header values must be strings";
            }
            v = lua_tolstring(L, -1, &v_n);
            lua_pop(L, 1);  /* the table still holds it */
            if (strlen(name) != name_n || strpbrk(name, "\r\n:") || strlen(v) != v_n || strpbrk(v, "\r\n")) {
                lua_pop(L, 2);
                return "header names and values must not contain CR, LF or NUL";
            }
            if (put_line(c, name, name_n, v, v_n)) {
                lua_pop(L, 2);
                return "out of memory";
            }
        }
        lua_pop(L, 1);
    }
    return NULL;
}

/* Links c->nodes over the NUL-separated lines: the list CURLOPT_HTTPHEADER takes. Done after
 * all lines are written, since writing may move the buffer. NULL only when out of memory. */
static struct curl_slist *link_lines(http_conn *c)
{
    size_t count = 0, i, at;
    for (at = 0; at < c->lines.n; at++)
        count += c->lines.p[at] == 0;
    if (count > c->nodes_cap) {
        struct curl_slist *grown = realloc(c->nodes, count * sizeof *grown);
        if (!grown)
            return NULL;
        c->nodes = grown;
        c->nodes_cap = count;
    }
    for (i = 0, at = 0; i < count; i++) {
        c->nodes[i].data = c->lines.p + at;
        c->nodes[i].next = i + 1 < count ? &c->nodes[i + 1] : NULL;
        at += strlen(c->lines.p + at) + 1;
    }
    return c->nodes;
}

/* Sets the handle up for conn:request / conn:start, from (method, url, headers, body) at
 * stack index 2..5. Returns 0, or the number of values it pushed for an error. */
static int prepare(lua_State *L, http_conn *c)
{
    const char *method = luaL_checkstring(L, 2);
    const char *url = luaL_checkstring(L, 3);
    size_t body_n = 0;
    const char *body = luaL_optlstring(L, 5, NULL, &body_n);
    const char *msg;
    int has_type;
    struct curl_slist *headers;
    CURL *h = c->curl;

    if (!h)
        return luaL_error(L, "attempt to use a closed connection");
    if (c->busy)
        return luaL_error(L, "attempt to use a connection whose transfer a multi is running");
    /* Until the new list is linked the old one may point into moved memory. */
    wipe_transfer(c);
    if ((msg = build_lines(L, 4, c, &has_type)) != NULL) {
        wipe_transfer(c);
        return fail(L, "validation", msg);
    }
    /* No "Expect: 100-continue" round trip; no form content type libcurl would invent. */
    if (buf_put(&c->lines, "Expect:", sizeof "Expect:") ||
        (!has_type && buf_put(&c->lines, "Content-Type:", sizeof "Content-Type:")) || !(headers = link_lines(c))) {
        wipe_transfer(c);
        return fail(L, "memory", "out of memory");
    }

    /* The fixed options were set when the handle was made; set only what a request changes
     * (a curl_easy_reset and a full set per call costs more than the rest of the call). */
    c->head_bytes = c->head_lines = 0;
    c->content_length = -1;
    c->refused = NULL;
    c->errbuf[0] = 0;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, (char *)NULL);
    if (strcmp(method, "GET") == 0 && !body) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else if (strcmp(method, "HEAD") == 0) {
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    } else {
        /* No copy: the caller keeps the Lua string alive for the transfer (the stack for
         * conn:request, the multi handle's table for conn:start). */
        curl_easy_setopt(h, CURLOPT_NOBODY, 0L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_n);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body ? body : "");
        if (strcmp(method, "POST") != 0)
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    }
    return 0;
}

/* status, raw header block, body | nil, kind, message for a finished transfer; then the
 * transfer's buffers are wiped (so conn:result gives the answer once). */
static int push_result(lua_State *L, http_conn *c, CURLcode rc)
{
    long status = 0;
    if (rc != CURLE_OK) {
        lua_pushnil(L);
        lua_pushstring(L, rc == CURLE_OPERATION_TIMEDOUT ? "timeout" : "network");
        if (rc == CURLE_FILESIZE_EXCEEDED ||
            (c->refused && strcmp(c->refused, "response larger than max_response") == 0)) {
            char msg[96];
            snprintf(msg, sizeof msg, "response larger than max_response (%zu bytes)", c->max_response);
            lua_pushstring(L, msg);
        } else if (c->refused) {
            lua_pushstring(L, c->refused);
        } else {
            lua_pushfstring(L, "%s (curl %d: %s)", c->errbuf[0] ? c->errbuf : curl_easy_strerror(rc),
                            (int)rc, curl_easy_strerror(rc));
        }
    } else {
        curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
        lua_pushinteger(L, (lua_Integer)status);
        /* The raw block: most successful calls never look at a header, so parse on demand. */
        lua_pushlstring(L, c->head.p ? c->head.p : "", c->head.n);
        lua_pushlstring(L, c->body.p ? c->body.p : "", c->body.n);
    }
    wipe_transfer(c);
    return 3;
}

/* conn:request(method, url, headers, body) -> status, raw header block, body
 *                                          | nil, kind, message */
static int conn_request(lua_State *L)
{
    http_conn *c = luaL_checkudata(L, 1, HTTP_MT);
    int n;
    lua_settop(L, 5);
    if ((n = prepare(L, c)) != 0)
        return n;
    return push_result(L, c, curl_easy_perform(c->curl));
}

/* conn:start(method, url, headers, body) -> true | nil, kind, message: ready for a multi. */
static int conn_start(lua_State *L)
{
    http_conn *c = luaL_checkudata(L, 1, HTTP_MT);
    int n;
    lua_settop(L, 5);
    if ((n = prepare(L, c)) != 0)
        return n;
    lua_pushboolean(L, 1);
    return 1;
}

/* conn:result() -> what conn:request would have returned, once a multi finished it. */
static int conn_result(lua_State *L)
{
    http_conn *c = luaL_checkudata(L, 1, HTTP_MT);
    if (c->busy)
        return luaL_error(L, "attempt to use a connection whose transfer a multi is running");
    return push_result(L, c, c->result);
}

int lhttp_open(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"request", conn_request},
        {"start", conn_start},
        {"result", conn_result},
        {NULL, NULL}
    };
    lutil_class(L, HTTP_MT, methods, conn_close);
    lua_pop(L, 1);
    lua_pushcfunction(L, conn_new);
    lua_setfield(L, -2, "http");
    lmulti_open(L);
    return 0;
}

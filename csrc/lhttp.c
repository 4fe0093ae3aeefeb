/* lhttp.c: a blocking HTTP/1.1 client over one libcurl easy handle, for Lua.
 *
 * core.http() makes a connection object; conn:request(method, url, headers, body, opts)
 * returns status, headers, body or nil, kind, message. The handle is reused across
 * calls, so libcurl keeps connections alive. It knows nothing about AWS. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
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

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    http_conn *c = ud;
    size_t len = size * n;
    if (c->body.n + len > c->max_response) {
        c->too_large = 1;
        return 0;  /* makes libcurl stop with CURLE_WRITE_ERROR */
    }
    return buf_put(&c->body, p, len) ? 0 : len;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    http_conn *c = ud;
    size_t len = size * n;
    /* A new status line (after a 100 Continue, say) starts the header block again. */
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0)
        c->head.n = 0;
    if (c->head.n + len > 1024 * 1024)
        return 0;
    return buf_put(&c->head, p, len) ? 0 : len;
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
    buf_free(&c->body, 0);
    buf_free(&c->head, 0);
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
    curl_easy_setopt(c->curl, CURLOPT_USERAGENT, "awsjobs/0.1.0");
    curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, c);
    curl_easy_setopt(c->curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c->curl, CURLOPT_HEADERDATA, c);
    curl_easy_setopt(c->curl, CURLOPT_PRIVATE, (char *)c);
    curl_easy_setopt(c->curl, CURLOPT_TIMEOUT_MS, (long)(timeout * 1000));
    curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT_MS, (long)(connect_timeout * 1000));
    curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (ca_file)
        curl_easy_setopt(c->curl, CURLOPT_CAINFO, ca_file);  /* libcurl keeps its own copy */
    c->max_response = (size_t)opt_number(L, 1, "max_response", (double)DEFAULT_MAX_RESPONSE);
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

/* Splits a raw header block into a table of lower-cased names; repeats join with ", ". */
static void push_header_table(lua_State *L, const char *p, size_t n)
{
    const char *end = p + n;
    lua_newtable(L);
    while (p && p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p)), *colon, *v, *ve;
        if (!eol)
            eol = end;
        colon = memchr(p, ':', (size_t)(eol - p));
        if (colon && memcmp(p, "HTTP/", 5) != 0) {
            luaL_Buffer b;
            const char *q;
            v = colon + 1;
            ve = eol;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t'))
                ve--;
            luaL_buffinit(L, &b);
            for (q = p; q < colon; q++)
                luaL_addchar(&b, (char)tolower((unsigned char)*q));
            luaL_pushresult(&b);
            lua_pushvalue(L, -1);
            lua_rawget(L, -3);
            if (lua_isstring(L, -1)) {
                lua_pushliteral(L, ", ");
                lua_pushlstring(L, v, (size_t)(ve - v));
                lua_concat(L, 3);
            } else {
                lua_pop(L, 1);
                lua_pushlstring(L, v, (size_t)(ve - v));
            }
            lua_rawset(L, -3);
        }
        p = eol + 1;
    }
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
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    c->lines.n = 0;
    if ((msg = build_lines(L, 4, c, &has_type)) != NULL)
        return fail(L, "validation", msg);
    /* No "Expect: 100-continue" round trip; no form content type libcurl would invent. */
    if (buf_put(&c->lines, "Expect:", sizeof "Expect:") ||
        (!has_type && buf_put(&c->lines, "Content-Type:", sizeof "Content-Type:")) || !(headers = link_lines(c)))
        return fail(L, "memory", "out of memory");

    /* The fixed options were set when the handle was made; set only what a request changes
     * (a curl_easy_reset and a full set per call costs more than the rest of the call). */
    c->body.n = c->head.n = 0;
    c->too_large = 0;
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

/* status, raw header block, body | nil, kind, message for a finished transfer. */
static int push_result(lua_State *L, http_conn *c, CURLcode rc)
{
    long status = 0;
    if (rc != CURLE_OK) {
        lua_pushnil(L);
        if (c->too_large) {
            lua_pushstring(L, "network");
            lua_pushfstring(L, "response larger than max_response (%d bytes)", (int)c->max_response);
            return 3;
        }
        lua_pushstring(L, rc == CURLE_OPERATION_TIMEDOUT ? "timeout" : "network");
        lua_pushfstring(L, "%s (curl %d: %s)", c->errbuf[0] ? c->errbuf : curl_easy_strerror(rc),
                        (int)rc, curl_easy_strerror(rc));
        return 3;
    }
    curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
    lua_pushinteger(L, (lua_Integer)status);
    /* The raw block: most successful calls never look at a header, so parse on demand. */
    lua_pushlstring(L, c->head.p ? c->head.p : "", c->head.n);
    lua_pushlstring(L, c->body.p ? c->body.p : "", c->body.n);
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

/* core.parse_headers(raw) -> {lower-cased name = value} */
static int l_parse_headers(lua_State *L)
{
    size_t n;
    const char *raw = luaL_checklstring(L, 1, &n);
    push_header_table(L, raw, n);
    return 1;
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
    lua_pushcfunction(L, l_parse_headers);
    lua_setfield(L, -2, "parse_headers");
    return 0;
}

/* lmulti.c: many transfers at once. core.multi() drives a libcurl multi handle on a thread
 * of its own, so that sending, receiving and HTTP framing run beside the Lua work of the
 * calls around them (building, signing, decoding) instead of between it.
 *
 * Lua hands the thread prepared conns (multi:add) and takes back finished ones
 * (multi:wait). The thread touches curl handles and the conns' C buffers only, never the
 * Lua state; a conn belongs to the thread from add until wait hands it back. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "compat.h"
#include "http_conn.h"
#include "lutil.h"

#define MULTI_MT "awsjobs.http_multi"

typedef struct conn_list {
    http_conn **p;
    size_t n, cap;
} conn_list;

typedef struct http_multi {
    CURLM *multi;
    int ref;              /* registry: a table holding each running conn and its body alive */
    int running;          /* added and not yet handed back by wait */
    pthread_t thread;
    int thread_running;
    int sync_ready;       /* lock and done_cond are initialised */
    /* Shared with the thread, under lock. Room for every running conn is reserved in each
     * list by add, so the thread never allocates. */
    pthread_mutex_t lock;
    pthread_cond_t done_cond;
    conn_list incoming;   /* added, not yet given to curl */
    conn_list finished;   /* done, not yet handed back */
    conn_list taken;      /* wait's copy of finished, read outside the lock */
    int stop;
} http_multi;

static int reserve(conn_list *l, size_t want)
{
    http_conn **grown;
    size_t cap;
    if (want <= l->cap)
        return 0;
    cap = l->cap ? l->cap * 2 : 32;
    while (cap < want)
        cap *= 2;
    grown = realloc(l->p, cap * sizeof *grown);
    if (!grown)
        return -1;
    l->p = grown;
    l->cap = cap;
    return 0;
}

/* Moves curl's finished transfers to m->finished. Under lock. */
static int collect(http_multi *m)
{
    CURLMsg *msg;
    int queued, any = 0;
    while ((msg = curl_multi_info_read(m->multi, &queued)) != NULL) {
        http_conn *c = NULL;
        if (msg->msg != CURLMSG_DONE)
            continue;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&c);
        c->result = msg->data.result;
        curl_multi_remove_handle(m->multi, msg->easy_handle);
        m->finished.p[m->finished.n++] = c;
        any = 1;
    }
    return any;
}

static void *run(void *arg)
{
    http_multi *m = arg;
    int still;
    pthread_mutex_lock(&m->lock);
    while (!m->stop) {
        size_t i;
        int done = 0;
        for (i = 0; i < m->incoming.n; i++) {
            http_conn *c = m->incoming.p[i];
            if (curl_multi_add_handle(m->multi, c->curl) != CURLM_OK) {
                c->result = CURLE_FAILED_INIT;
                m->finished.p[m->finished.n++] = c;
                done = 1;
            }
        }
        m->incoming.n = 0;
        pthread_mutex_unlock(&m->lock);
        curl_multi_perform(m->multi, &still);
        pthread_mutex_lock(&m->lock);
        done |= collect(m);
        if (done)
            pthread_cond_signal(&m->done_cond);
        if (m->stop || m->incoming.n > 0)
            continue;
        pthread_mutex_unlock(&m->lock);
        /* add and close wake this early (curl_multi_wakeup) */
        curl_multi_poll(m->multi, NULL, 0, 1000, NULL);
        pthread_mutex_lock(&m->lock);
    }
    pthread_mutex_unlock(&m->lock);
    return NULL;
}

void lmulti_stop(http_multi *m)
{
    if (!m->thread_running)
        return;
    pthread_mutex_lock(&m->lock);
    m->stop = 1;
    pthread_mutex_unlock(&m->lock);
    curl_multi_wakeup(m->multi);
    pthread_join(m->thread, NULL);
    m->thread_running = 0;
}

static http_multi *check_multi(lua_State *L)
{
    http_multi *m = luaL_checkudata(L, 1, MULTI_MT);
    if (!m->multi)
        luaL_error(L, "attempt to use a closed multi handle");
    return m;
}

static int multi_close(lua_State *L)
{
    http_multi *m = luaL_checkudata(L, 1, MULTI_MT);
    lmulti_stop(m);
    if (m->multi) {
        /* detach what is still running; the table lets us find each conn */
        lua_rawgeti(L, LUA_REGISTRYINDEX, m->ref);
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_islightuserdata(L, -2)) {
                http_conn *c = lua_touserdata(L, -2);
                if (c->curl)
                    curl_multi_remove_handle(m->multi, c->curl);  /* not added yet: a no-op */
                c->busy = NULL;
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        curl_multi_cleanup(m->multi);
        m->multi = NULL;
        luaL_unref(L, LUA_REGISTRYINDEX, m->ref);
        m->ref = LUA_NOREF;
    }
    if (m->sync_ready) {
        pthread_mutex_destroy(&m->lock);
        pthread_cond_destroy(&m->done_cond);
        m->sync_ready = 0;
    }
    free(m->incoming.p);
    free(m->finished.p);
    free(m->taken.p);
    memset(&m->incoming, 0, sizeof m->incoming);
    memset(&m->finished, 0, sizeof m->finished);
    memset(&m->taken, 0, sizeof m->taken);
    return 0;
}

/* core.multi() */
static int multi_new(lua_State *L)
{
    pthread_condattr_t attr;
    http_multi *m = lua_newuserdata(L, sizeof *m);
    memset(m, 0, sizeof *m);
    m->ref = LUA_NOREF;
    luaL_getmetatable(L, MULTI_MT);
    lua_setmetatable(L, -2);
    if (lhttp_global_init())
        return luaL_error(L, "awsjobs: curl_global_init failed");
    m->multi = curl_multi_init();
    if (!m->multi)
        return luaL_error(L, "awsjobs: curl_multi_init failed");
    lua_newtable(L);
    m->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    /* wait's timeout is measured on the monotonic clock */
    if (pthread_condattr_init(&attr))
        return luaL_error(L, "awsjobs: pthread_condattr_init failed");
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (pthread_mutex_init(&m->lock, NULL)) {
        pthread_condattr_destroy(&attr);
        return luaL_error(L, "awsjobs: pthread_mutex_init failed");
    }
    if (pthread_cond_init(&m->done_cond, &attr)) {
        pthread_condattr_destroy(&attr);
        pthread_mutex_destroy(&m->lock);
        return luaL_error(L, "awsjobs: pthread_cond_init failed");
    }
    pthread_condattr_destroy(&attr);
    m->sync_ready = 1;
    if (pthread_create(&m->thread, NULL, run, m))
        return luaL_error(L, "awsjobs: could not start the multi handle's thread");
    m->thread_running = 1;
    return 1;
}

/* multi:add(conn, body): starts a transfer conn:start prepared; body is kept alive. */
static int multi_add(lua_State *L)
{
    http_multi *m = check_multi(L);
    http_conn *c = luaL_checkudata(L, 2, HTTP_MT);
    size_t want = (size_t)m->running + 1;
    int ok;
    if (!c->curl)
        return luaL_error(L, "attempt to use a closed connection");
    if (c->busy)
        return luaL_error(L, "attempt to add a connection a multi is already running");
    lua_rawgeti(L, LUA_REGISTRYINDEX, m->ref);
    lua_pushlightuserdata(L, c);
    lua_pushvalue(L, 2);
    lua_rawset(L, -3);          /* pointer -> conn */
    lua_pushvalue(L, 2);
    if (lua_isnoneornil(L, 3))
        lua_pushboolean(L, 1);
    else
        lua_pushvalue(L, 3);
    lua_rawset(L, -3);          /* conn -> body */
    lua_pop(L, 1);
    pthread_mutex_lock(&m->lock);
    ok = reserve(&m->incoming, want) == 0 && reserve(&m->finished, want) == 0 &&
         reserve(&m->taken, want) == 0;
    if (ok) {
        m->incoming.p[m->incoming.n++] = c;
        c->busy = m;
        m->running++;
    }
    pthread_mutex_unlock(&m->lock);
    if (!ok)
        return luaL_error(L, "awsjobs: out of memory");
    curl_multi_wakeup(m->multi);
    return 0;
}

/* multi:wait(seconds, list) -> n: puts the conns whose transfers finished in list[1..n]
 * (conn:result() has each outcome), waiting up to seconds for one when none has. The caller
 * passes the same list each time: nothing is allocated per wait. */
static int multi_wait(lua_State *L)
{
    http_multi *m = check_multi(L);
    double seconds = luaL_optnumber(L, 2, 1.0);
    size_t i, n;
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
    pthread_mutex_lock(&m->lock);
    if (m->finished.n == 0 && seconds > 0 && m->running > 0) {
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_sec += (time_t)seconds;
        until.tv_nsec += (long)((seconds - (double)(time_t)seconds) * 1e9);
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        while (m->finished.n == 0)
            if (pthread_cond_timedwait(&m->done_cond, &m->lock, &until) == ETIMEDOUT)
                break;
    }
    n = m->finished.n;
    memcpy(m->taken.p, m->finished.p, n * sizeof *m->taken.p);
    m->finished.n = 0;
    pthread_mutex_unlock(&m->lock);
    lua_rawgeti(L, LUA_REGISTRYINDEX, m->ref);
    for (i = 0; i < n; i++) {
        http_conn *c = m->taken.p[i];
        c->busy = NULL;
        m->running--;
        lua_pushlightuserdata(L, c);
        lua_rawget(L, -2);                       /* the conn */
        lua_pushvalue(L, -1);
        lua_rawseti(L, 3, (int)i + 1);
        lua_pushnil(L);
        lua_rawset(L, -3);                       /* conn -> body: released */
        lua_pushlightuserdata(L, c);
        lua_pushnil(L);
        lua_rawset(L, -3);
    }
    lua_pushinteger(L, (lua_Integer)n);
    return 1;
}

static int multi_count(lua_State *L)
{
    lua_pushinteger(L, check_multi(L)->running);
    return 1;
}

int lmulti_open(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"add", multi_add},
        {"wait", multi_wait},
        {"count", multi_count},
        {NULL, NULL}
    };
    lutil_class(L, MULTI_MT, methods, multi_close);
    lua_pop(L, 1);
    lua_pushcfunction(L, multi_new);
    lua_setfield(L, -2, "multi");
    return 0;
}

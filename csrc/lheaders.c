/* lheaders.c: the response header parser, core.parse_headers(raw) -> {lower-cased name = value}.
 *
 * raw is a status line and header block as a server sent it (the transports hand it back
 * unparsed; most calls never read a header). Repeated names join with ", " in the order they
 * came, in linear time: each value is kept in a list and each list joined once at the end
 * (joining as they come would copy the growing value every time: quadratic in the repeats). */
#include <string.h>

#include "compat.h"
#include "lheaders.h"

/* Pushes the name lower-cased. */
static void push_lower(lua_State *L, const char *p, size_t n)
{
    char small[128];
    size_t i;
    if (n <= sizeof small) {
        for (i = 0; i < n; i++)
            small[i] = (p[i] >= 'A' && p[i] <= 'Z') ? (char)(p[i] + 32) : p[i];
        lua_pushlstring(L, small, n);
    } else {
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (i = 0; i < n; i++)
            luaL_addchar(&b, (p[i] >= 'A' && p[i] <= 'Z') ? (char)(p[i] + 32) : p[i]);
        luaL_pushresult(&b);
    }
}

/* res[name] = value, or the value appended to lists[name] when the name repeats. The name is
 * at the top of the stack and is popped. */
static void add_value(lua_State *L, int res, int lists, const char *v, size_t vn)
{
    lua_pushvalue(L, -1);
    lua_rawget(L, lists);
    if (lua_istable(L, -1)) {                 /* a third (or later) value */
        lua_pushlstring(L, v, vn);
        lua_rawseti(L, -2, (int)lua_rawlen(L, -2) + 1);
        lua_pop(L, 2);
        return;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_rawget(L, res);
    if (lua_isnil(L, -1)) {                   /* the first value */
        lua_pop(L, 1);
        lua_pushlstring(L, v, vn);
        lua_rawset(L, res);
        return;
    }
    lua_createtable(L, 4, 0);                 /* the second: a list of both */
    lua_insert(L, -2);
    lua_rawseti(L, -2, 1);
    lua_pushlstring(L, v, vn);
    lua_rawseti(L, -2, 2);
    lua_rawset(L, lists);
}

/* Each list in lists becomes one value in res, joined with ", ". */
static void join_lists(lua_State *L, int res, int lists)
{
    lua_pushnil(L);
    while (lua_next(L, lists)) {
        int list = lua_gettop(L);  /* absolute: the buffer may keep a slot of its own above it */
        size_t i, n = lua_rawlen(L, list);
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (i = 1; i <= n; i++) {
            if (i > 1)
                luaL_addlstring(&b, ", ", 2);
            lua_rawgeti(L, list, (int)i);
            luaL_addvalue(&b);
        }
        luaL_pushresult(&b);
        lua_pushvalue(L, -3);
        lua_insert(L, -2);
        lua_rawset(L, res);
        lua_pop(L, 1);
    }
}

void lheaders_push(lua_State *L, const char *p, size_t n)
{
    const char *end = p + n;
    int res, lists;
    lua_newtable(L);
    res = lua_gettop(L);
    lua_newtable(L);
    lists = res + 1;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p)), *colon, *v, *ve;
        size_t line_n;
        if (!eol)
            eol = end;
        line_n = (size_t)(eol - p);
        colon = memchr(p, ':', line_n);
        /* the status line (and a 1xx's before it) is not a header, even with a colon in it */
        if (colon && !(line_n >= 5 && memcmp(p, "HTTP/", 5) == 0)) {
            v = colon + 1;
            ve = eol;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t'))
                ve--;
            push_lower(L, p, (size_t)(colon - p));
            add_value(L, res, lists, v, (size_t)(ve - v));
        }
        if (eol == end)
            break;
        p = eol + 1;
    }
    join_lists(L, res, lists);
    lua_pop(L, 1);  /* lists */
}

/* core.parse_headers(raw) -> {lower-cased name = value} */
static int l_parse_headers(lua_State *L)
{
    size_t n;
    const char *raw = luaL_checklstring(L, 1, &n);
    lheaders_push(L, raw, n);
    return 1;
}

int lheaders_open(lua_State *L)
{
    lua_pushcfunction(L, l_parse_headers);
    lua_setfield(L, -2, "parse_headers");
    return 0;
}

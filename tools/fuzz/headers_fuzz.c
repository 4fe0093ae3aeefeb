/* headers_fuzz.c: libFuzzer target for the response header parser (csrc/lheaders.c) inside
 * a real Lua state: any bytes must give a table, with the Lua stack balanced, whose names
 * have no upper-case letter or line feed, and whose values neither start with a space or a
 * tab nor hold a line feed. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "../../csrc/lheaders.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;

static int bad_name(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z') || p[i] == '\n')
            return 1;
    return 0;
}

/* A value is trimmed, so it never starts with a space or tab (a joined one may end with
 * ", " when the last repeat was empty). */
static int bad_value(const char *p, size_t n)
{
    if (n && (p[0] == ' ' || p[0] == '\t'))
        return 1;
    return memchr(p, '\n', n) != NULL;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    int top;
    /* the bytes in a block of their own, so that any read past them is seen by ASan */
    char *copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    if (!L)
        L = luaL_newstate();
    top = lua_gettop(L);
    lheaders_push(L, copy, size);
    if (lua_gettop(L) != top + 1 || !lua_istable(L, -1))
        abort();
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        size_t kn, vn;
        const char *k, *v;
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            abort();
        k = lua_tolstring(L, -2, &kn);
        v = lua_tolstring(L, -1, &vn);
        if (bad_name(k, kn) || bad_value(v, vn))
            abort();
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    free(copy);
    lua_gc(L, LUA_GCSTEP, 0);
    return 0;
}

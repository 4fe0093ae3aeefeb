/* base64_fuzz.c: libFuzzer target for core.base64_decode / base64_encode (csrc/lutil.c)
 * inside a real Lua state. Any input decodes to bytes or to nil plus a message, never
 * raises; bytes decoded from a text encode back to that text (padded); and the input taken
 * as bytes survives encode then decode. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "../../csrc/lutil.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;

/* fn(s) with one string, its results left on the stack (2 of them) */
static void call(const char *fn, const char *s, size_t n)
{
    lua_getglobal(L, fn);
    lua_pushlstring(L, s, n);
    if (lua_pcall(L, 1, 2, 0) != LUA_OK)
        abort();  /* bad input is nil, message; only a non-string may raise */
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    int top;
    size_t n, m, unpadded = size;
    const char *s, *t;
    if (!L) {
        L = luaL_newstate();
        lua_newtable(L);
        lutil_open(L);
        lua_getfield(L, -1, "base64_decode");
        lua_setglobal(L, "decode");
        lua_getfield(L, -1, "base64_encode");
        lua_setglobal(L, "encode");
        lua_pop(L, 1);
    }
    top = lua_gettop(L);

    call("decode", (const char *)data, size);
    if (lua_isstring(L, -2)) {
        s = lua_tolstring(L, -2, &n);
        call("encode", s, n);
        t = lua_tolstring(L, -2, &m);
        while (unpadded > 0 && data[unpadded - 1] == '=')
            unpadded--;
        /* the canonical text is the input, with its padding made whole */
        if (!t || m < unpadded || memcmp(t, data, unpadded) != 0 || m % 4 != 0 || m - unpadded > 2 ||
            (size > unpadded && size != m) || strspn(t + unpadded, "=") != m - unpadded)
            abort();
    } else if (!lua_isnil(L, -2) || !lua_isstring(L, -1)) {
        abort();
    }
    lua_settop(L, top);

    call("encode", (const char *)data, size);
    t = lua_tolstring(L, -2, &m);
    call("decode", t, m);
    s = lua_tolstring(L, -2, &n);
    if (!s || n != size || memcmp(s, data, size) != 0)
        abort();
    lua_settop(L, top);
    lua_gc(L, LUA_GCSTEP, 0);
    return 0;
}

/* json_fuzz.c: libFuzzer target for csrc/ljson.c inside a real Lua state: any input must
 * decode to a value or to nil plus a message, with the Lua stack balanced, both plainly and
 * with a decode plan (cyclic, with list, map and float entries). */
#include <stdlib.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "../../csrc/ljson.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    int top;
    if (!L) {
        L = luaL_newstate();
        lua_newtable(L);
        ljson_open(L);
        lua_getfield(L, -1, "json_decode");
        lua_setglobal(L, "json_decode");
        lua_pop(L, 1);
        /* plan = {a = true, f = "f", l = {["[]"] = plan}, m = {["{}"] = {x = "f"}}} */
        lua_newtable(L);
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "a");
        lua_pushliteral(L, "f");
        lua_setfield(L, -2, "f");
        lua_newtable(L);
        lua_pushvalue(L, -2);
        lua_setfield(L, -2, "[]");
        lua_setfield(L, -2, "l");
        lua_newtable(L);
        lua_newtable(L);
        lua_pushliteral(L, "f");
        lua_setfield(L, -2, "x");
        lua_setfield(L, -2, "{}");
        lua_setfield(L, -2, "m");
        lua_setglobal(L, "plan");
    }
    top = lua_gettop(L);
    lua_getglobal(L, "json_decode");
    lua_pushlstring(L, (const char *)data, size);
    if (lua_pcall(L, 1, 2, 0) != LUA_OK)
        abort();  /* it must return nil, message rather than raise */
    if (lua_isnil(L, -2) && !lua_isstring(L, -1))
        abort();
    lua_settop(L, top);
    lua_getglobal(L, "json_decode");
    lua_pushlstring(L, (const char *)data, size);
    lua_getglobal(L, "plan");
    if (lua_pcall(L, 2, 2, 0) != LUA_OK)
        abort();
    if (lua_isnil(L, -2) && !lua_isstring(L, -1))
        abort();
    lua_settop(L, top);
    lua_gc(L, LUA_GCSTEP, 0);
    return 0;
}

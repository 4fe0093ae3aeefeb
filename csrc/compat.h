/* compat.h: the few Lua C API differences between Lua 5.4 and LuaJIT 2.1 (5.1 API). */
#ifndef AWSJOBS_COMPAT_H
#define AWSJOBS_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502
#define luaL_newlib(L, l) (lua_newtable(L), luaL_register(L, NULL, l))
#define lua_rawlen(L, i) lua_objlen(L, i)
static inline void compat_setfuncs(lua_State *L, const luaL_Reg *l) { luaL_register(L, NULL, l); }
#define luaL_setfuncs(L, l, nup) compat_setfuncs(L, l)
#endif

/* Only luaopen_* leaves the shared object; everything else is hidden by -fvisibility=hidden. */
#define AWSJOBS_EXPORT __attribute__((visibility("default")))

#endif

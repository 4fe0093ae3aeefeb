/* compat.h: the few Lua C API differences between Lua 5.4 and LuaJIT 2.1 (5.1 API). */
#ifndef AWSJOBS_COMPAT_H
#define AWSJOBS_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502   /* LuaJIT 2.1 speaks the Lua 5.1 API, with a few 5.2 additions */
#define lua_rawlen(L, i) lua_objlen(L, i)
#ifndef luaL_newlib           /* OpenResty's LuaJIT has luaL_setfuncs and luaL_newlib */
#define luaL_newlib(L, l) (lua_newtable(L), luaL_register(L, NULL, l))
#define luaL_setfuncs(L, l, nup) luaL_register(L, NULL, l)  /* used without upvalues only */
#endif
#endif

/* Only luaopen_* leaves the shared object; everything else is hidden by -fvisibility=hidden. */
#define AWSJOBS_EXPORT __attribute__((visibility("default")))

#endif

/* lutil.h: registers the small helpers (random bytes, base64, sleep, clock) in the module table. */
#ifndef AWSJOBS_LUTIL_H
#define AWSJOBS_LUTIL_H
#pragma GCC visibility push(hidden)
#include <lua.h>
#include <lauxlib.h>
int lutil_open(lua_State *L);

/* Makes (once) the metatable `name` for a userdata class: methods as __index, close as
 * __gc and __close (one idempotent function for all three). Leaves the __index table on
 * the stack for the caller to add to, and pop. */
void lutil_class(lua_State *L, const char *name, const luaL_Reg *methods, lua_CFunction close);
#pragma GCC visibility pop
#endif

/* lsigv4.h: registers core.signer() in the module table on top of the stack. */
#ifndef AWSJOBS_LSIGV4_H
#define AWSJOBS_LSIGV4_H

/* Internal to core.so whatever the build flags (LuaRocks' builtin build sets none). */
#pragma GCC visibility push(hidden)
#include <lua.h>
int lsigv4_open(lua_State *L);
#pragma GCC visibility pop
#endif

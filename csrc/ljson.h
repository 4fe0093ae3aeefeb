/* ljson.h: registers core.json_decode and core.null in the module table on top of the stack. */
#ifndef AWSJOBS_LJSON_H
#define AWSJOBS_LJSON_H
#pragma GCC visibility push(hidden)
#include <lua.h>
int ljson_open(lua_State *L);
#pragma GCC visibility pop
#endif

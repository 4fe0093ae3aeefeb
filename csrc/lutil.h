/* lutil.h: registers the small helpers (random bytes, base64, sleep, clock) in the module table. */
#ifndef AWSJOBS_LUTIL_H
#define AWSJOBS_LUTIL_H
#pragma GCC visibility push(hidden)
#include <lua.h>
int lutil_open(lua_State *L);
#pragma GCC visibility pop
#endif

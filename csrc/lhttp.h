/* lhttp.h: registers core.http() (libcurl transport) in the module table on top of the stack. */
#ifndef AWSJOBS_LHTTP_H
#define AWSJOBS_LHTTP_H
#pragma GCC visibility push(hidden)
#include <lua.h>
int lhttp_open(lua_State *L);
#pragma GCC visibility pop
#endif

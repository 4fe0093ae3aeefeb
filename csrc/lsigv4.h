/* lsigv4.h: registers core.signer() in the module table on top of the stack. */
#ifndef AWSJOBS_LSIGV4_H
#define AWSJOBS_LSIGV4_H
#include <lua.h>
int lsigv4_open(lua_State *L);
#endif

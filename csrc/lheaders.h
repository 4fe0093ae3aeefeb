/* lheaders.h: the response header parser (core.parse_headers). */
#ifndef AWSJOBS_LHEADERS_H
#define AWSJOBS_LHEADERS_H
#pragma GCC visibility push(hidden)
#include <stddef.h>
#include <lua.h>
#include <lauxlib.h>
void lheaders_push(lua_State *L, const char *raw, size_t n);  /* pushes the table */
int lheaders_open(lua_State *L);                               /* registers core.parse_headers */
#pragma GCC visibility pop
#endif

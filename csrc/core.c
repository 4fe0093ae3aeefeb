/* core.c: luaopen_awsjobs_core, the one exported symbol; each C part registers itself. */
#include "compat.h"
#include "lheaders.h"
#include "lhttp.h"
#include "ljson.h"
#include "lsigv4.h"
#include "lutil.h"

AWSJOBS_EXPORT int luaopen_awsjobs_core(lua_State *L);

int luaopen_awsjobs_core(lua_State *L)
{
    lua_newtable(L);
    lsigv4_open(L);
    lhttp_open(L);
    lheaders_open(L);
    ljson_open(L);
    lutil_open(L);
    lua_pushliteral(L, "0.2.0");
    lua_setfield(L, -2, "version");
    return 1;
}

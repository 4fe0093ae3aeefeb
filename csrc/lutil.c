/* lutil.c: helpers that need C: cryptographic random bytes (idempotency tokens), base64
 * (blobs), sleeping (retry backoff) and a monotonic clock (deadlines). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "compat.h"
#include "lutil.h"

/* core.random_bytes(n) -> string of n bytes from OpenSSL's CSPRNG */
static int l_random_bytes(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, 1);
    unsigned char p[4096];
    luaL_argcheck(L, n >= 0 && n <= 4096, 1, "must be between 0 and 4096");
    if (n > 0 && RAND_bytes(p, (int)n) != 1)
        return luaL_error(L, "awsjobs: RAND_bytes failed");
    lua_pushlstring(L, (const char *)p, (size_t)n);
    OPENSSL_cleanse(p, (size_t)n);
    return 1;
}

/* Scratch memory the garbage collector owns, so an error cannot leak it. */
static char *scratch(lua_State *L, size_t n)
{
    return lua_newuserdata(L, n ? n : 1);
}

/* core.base64_encode(s) */
static int l_base64_encode(lua_State *L)
{
    size_t n;
    const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
    char *p;
    int len;
    luaL_argcheck(L, n <= 0x3fffffff, 1, "too long");
    p = scratch(L, 4 * ((n + 2) / 3) + 1);
    len = EVP_EncodeBlock((unsigned char *)p, s, (int)n);
    lua_pushlstring(L, p, (size_t)len);
    return 1;
}

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* core.base64_decode(s) -> bytes | nil, message. Strict: standard alphabet, '=' padding
 * optional but, when present, to a whole number of 4-character groups; no other character,
 * no stray last character, no set bits past the last byte (only one encoding of each byte
 * string is accepted, as encode gives it). */
static int l_base64_decode(lua_State *L)
{
    size_t n, i, out_n = 0, pad = 0;
    const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
    char *out;
    unsigned acc = 0;
    int bits = 0;
    while (n > 0 && s[n - 1] == '=' && pad < 3) {
        n--;
        pad++;
    }
    /* Check first: no buffer is open on the way out with an error. */
    for (i = 0; i < n; i++)
        if (b64_value(s[i]) < 0)
            goto invalid;
    if (n % 4 == 1 || (pad && ((n + pad) % 4 != 0 || pad > 2)))
        goto invalid;
    if (n % 4 && (b64_value(s[n - 1]) & (n % 4 == 2 ? 0x0F : 0x03)))
        goto invalid;  /* bits of a byte that is not there */
    out = scratch(L, n * 3 / 4 + 3);
    for (i = 0; i < n; i++) {
        int v = b64_value(s[i]);
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[out_n++] = (char)((acc >> bits) & 0xFF);
        }
    }
    lua_pushlstring(L, out, out_n);
    return 1;
invalid:
    lua_pushnil(L);
    lua_pushliteral(L, "not valid base64");
    return 2;
}

/* core.sha1_hex(s): the name of an SSO token cache file is the SHA-1 of its key. */
static int l_sha1_hex(lua_State *L)
{
    size_t n, i;
    const char *s = luaL_checklstring(L, 1, &n);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    char hex[2 * EVP_MAX_MD_SIZE + 1];
    static const char digits[] = "0123456789abcdef";
    if (EVP_Digest(s, n, md, &len, EVP_sha1(), NULL) != 1)
        return luaL_error(L, "awsjobs: SHA-1 failed");
    for (i = 0; i < len; i++) {
        hex[2 * i] = digits[md[i] >> 4];
        hex[2 * i + 1] = digits[md[i] & 15];
    }
    lua_pushlstring(L, hex, 2 * len);
    return 1;
}

/* core.sleep(seconds) */
static int l_sleep(lua_State *L)
{
    double s = luaL_checknumber(L, 1);
    struct timespec ts;
    if (!(s > 0))
        return 0;
    if (s > 86400)
        s = 86400;
    ts.tv_sec = (time_t)s;
    ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0)
        ;
    return 0;
}

/* core.file_mtime(path) -> seconds since the epoch of the file's last modification (with
 * the nanoseconds as a fraction), or nil, message when it cannot be stat'ed. The shared
 * config files are re-read only when this changes. */
static int l_file_mtime(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    struct stat st;
    if (stat(path, &st) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, strerror(errno));
        return 2;
    }
    lua_pushnumber(L, (lua_Number)st.st_mtim.tv_sec + (lua_Number)st.st_mtim.tv_nsec / 1e9);
    return 1;
}

/* core.monotonic() -> seconds on a clock that does not jump */
static int l_monotonic(lua_State *L)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec / 1e9);
    return 1;
}

void lutil_class(lua_State *L, const char *name, const luaL_Reg *methods, lua_CFunction close)
{
    if (luaL_newmetatable(L, name)) {
        lua_newtable(L);
        luaL_setfuncs(L, methods, 0);
        lua_pushcfunction(L, close);
        lua_setfield(L, -2, "close");
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, "__index");
        lua_pushcfunction(L, close);
        lua_setfield(L, -3, "__gc");
        lua_pushcfunction(L, close);
        lua_setfield(L, -3, "__close");
    } else {
        lua_getfield(L, -1, "__index");
    }
    lua_remove(L, -2);
}

int lutil_open(lua_State *L)
{
    static const luaL_Reg funcs[] = {
        {"random_bytes", l_random_bytes},
        {"base64_encode", l_base64_encode},
        {"base64_decode", l_base64_decode},
        {"sha1_hex", l_sha1_hex},
        {"sleep", l_sleep},
        {"monotonic", l_monotonic},
        {"file_mtime", l_file_mtime},
        {NULL, NULL}
    };
    luaL_setfuncs(L, funcs, 0);
    return 0;
}

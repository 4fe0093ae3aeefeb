/* ljson.c: the JSON reader for AWS responses, core.json_decode(text) -> value | nil, message.
 *
 * Why not lua-cjson's decoder: it turns every number into a float (so a 64-bit id or a
 * version number past 2^53 loses digits) and keeps nulls as values. Here integers that fit
 * stay integers, object members whose value is null are left out (AWS means "absent"), and a
 * null inside an array becomes a light userdata NULL, the same value as cjson.null. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "compat.h"
#include "ljson.h"

#define MAX_DEPTH 512

/* Scratch space for strings with escapes, owned by a userdata (an upvalue of json_decode)
 * so that an error raised mid-read cannot leak it. Not a luaL_Buffer: in Lua 5.4.4 its box is
 * a to-be-closed slot, and closing one through lua_settop on the error path can leave the C
 * function writing to a freed stack. */
typedef struct reader {
    lua_State *L;
    const char *p, *end;
    const char *error;
    buf *buf;          /* the string being read, when it has escapes */
} reader;

static int put(reader *r, const char *s, size_t n)
{
    return buf_put(r->buf, s, n);
}

static void skip_space(reader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static int fail(reader *r, const char *message)
{
    if (!r->error)
        r->error = message;
    return -1;
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static int put_utf8(reader *r, unsigned cp)
{
    char u[4];
    if (cp < 0x80) {
        u[0] = (char)cp;
        return put(r, u, 1);
    }
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        return put(r, u, 2);
    }
    if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        return put(r, u, 3);
    }
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    return put(r, u, 4);
}

/* The bytes that end the plain run of a string: the closing quote, an escape, a control
 * character. One table lookup per byte instead of three comparisons. */
static const unsigned char STRING_STOP[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1,
};

/* Pushes the string starting after the opening quote. */
static int read_string(reader *r)
{
    const char *start = r->p, *q = r->p, *end = r->end;
    /* Most strings have no escapes: push them straight from the input. */
    while (q < end && !STRING_STOP[(unsigned char)*q])
        q++;
    if (q < r->end && *q == '"') {
        lua_pushlstring(r->L, start, (size_t)(q - start));
        r->p = q + 1;
        return 0;
    }
    buf_clear(r->buf);  /* it may have held a secret from a credentials response */
    if (put(r, start, (size_t)(q - start)))
        return fail(r, "out of memory");
    r->p = q;
    while (r->p < r->end) {
        char c = *r->p++, e;
        if (c == '"') {
            lua_pushlstring(r->L, r->buf->p ? r->buf->p : "", r->buf->n);
            return 0;
        }
        if ((unsigned char)c < 0x20)
            return fail(r, "control character in a string");
        if (c != '\\') {
            if (put(r, &c, 1))
                return fail(r, "out of memory");
            continue;
        }
        if (r->p >= r->end)
            break;
        c = *r->p++;
        switch (c) {
        case '"': case '\\': case '/': e = c; break;
        case 'b': e = '\b'; break;
        case 'f': e = '\f'; break;
        case 'n': e = '\n'; break;
        case 'r': e = '\r'; break;
        case 't': e = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (r->end - r->p < 4 || hex4(r->p, &cp))
                return fail(r, "bad \\u escape");
            r->p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && r->end - r->p >= 6 && r->p[0] == '\\' &&
                r->p[1] == 'u' && hex4(r->p + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                r->p += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;  /* a lone surrogate: the replacement character */
            }
            if (put_utf8(r, cp))
                return fail(r, "out of memory");
            continue;
        }
        default:
            return fail(r, "bad escape in a string");
        }
        if (put(r, &e, 1))
            return fail(r, "out of memory");
    }
    return fail(r, "unterminated string");
}

static int read_number(reader *r)
{
    const char *start = r->p, *q = r->p;
    int is_float = 0;
    if (q < r->end && *q == '-')
        q++;
    if (q >= r->end || *q < '0' || *q > '9')
        return fail(r, "bad number");
    while (q < r->end && *q >= '0' && *q <= '9')
        q++;
    if (q < r->end && *q == '.') {
        is_float = 1;
        q++;
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    if (q < r->end && (*q == 'e' || *q == 'E')) {
        is_float = 1;
        q++;
        if (q < r->end && (*q == '+' || *q == '-'))
            q++;
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    if (!is_float && q - start < 19) {  /* fewer than 19 digits always fit in 64 bits */
        int64_t v = 0;
        const char *d = start + (*start == '-');
        for (; d < q; d++)
            v = v * 10 + (*d - '0');
        lua_pushinteger(r->L, (lua_Integer)(*start == '-' ? -v : v));
    } else {
        char tmp[64];
        size_t n = (size_t)(q - start);
        char *end;
        double v;
        if (n >= sizeof tmp)
            return fail(r, "number too long");
        memcpy(tmp, start, n);
        tmp[n] = 0;
        errno = 0;
        if (!is_float) {
            long long ll = strtoll(tmp, &end, 10);
            if (errno == 0) {
                lua_pushinteger(r->L, (lua_Integer)ll);
                r->p = q;
                return 0;
            }
        }
        v = strtod(tmp, &end);
        lua_pushnumber(r->L, (lua_Number)v);
    }
    r->p = q;
    return 0;
}

static int read_value(reader *r, int depth, int plan);

/* A decode plan (see core.json_decode) at a stack index, or 0 for none. */
static int plan_child(lua_State *L, int plan, const char *key)
{
    lua_pushstring(L, key);
    lua_rawget(L, plan);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return 0;
    }
    return lua_gettop(L);
}

/* Members (key, value) or elements wait on the stack in batches and go into a table sized for
 * them: filling an unsized table one key at a time rehashes it at every power of two, and
 * that was most of what decoding cost. A batch bounds the stack a huge container needs. */
#define BATCH 32

/* Moves the `pending` entries above the table (or above `base`, before the table exists)
 * into it; the table is then the top of the stack. */
static void flush(lua_State *L, int base, int *t, int pending, int object, lua_Integer *n)
{
    int i, width = object ? 2 : 1;
    if (!*t) {
        lua_createtable(L, object ? 0 : pending, object ? pending : 0);
        lua_insert(L, base + 1);
        *t = base + 1;
    }
    for (i = 0; i < pending; i++) {
        int at = *t + 1 + i * width;
        lua_pushvalue(L, at);
        if (object) {
            lua_pushvalue(L, at + 1);
            lua_rawset(L, *t);
        } else {
            lua_rawseti(L, *t, ++*n);
        }
    }
    lua_settop(L, *t);
}

static int read_container(reader *r, int depth, int object, int plan)
{
    lua_State *L = r->L;
    lua_Integer n = 0;
    int each = 0;       /* the plan of every element or map value */
    int members = 0;    /* a structure's plan: its members' plans by wire name */
    int base, t = 0, pending = 0;
    if (depth > MAX_DEPTH)
        return fail(r, "nested too deeply");
    /* a batch, the table, a key, a member's plan, a value, the element plan */
    if (!lua_checkstack(L, 2 * BATCH + 8))
        return fail(r, "nested too deeply");
    if (plan && lua_istable(L, plan)) {
        each = plan_child(L, plan, object ? "{}" : "[]");
        if (object && !each)
            members = plan;
    }
    base = lua_gettop(L);
    skip_space(r);
    if (r->p < r->end && *r->p == (object ? '}' : ']')) {
        r->p++;
        goto done;
    }
    for (;;) {
        skip_space(r);
        if (object) {
            int child = each, drop = 0;
            if (r->p >= r->end || *r->p != '"')
                return fail(r, "expected a member name");
            r->p++;
            if (read_string(r))
                return -1;
            skip_space(r);
            if (r->p >= r->end || *r->p != ':')
                return fail(r, "expected ':'");
            r->p++;
            if (members) {
                lua_pushvalue(L, -1);
                lua_rawget(L, members);
                if (lua_isnil(L, -1))
                    drop = 1;          /* a member the model does not have */
                if (lua_istable(L, -1) || lua_isstring(L, -1))
                    child = lua_gettop(L);
                else
                    lua_pop(L, 1);
            }
            if (read_value(r, depth + 1, child))
                return -1;
            if (child && child != each)
                lua_remove(L, child);
            if (drop || (lua_islightuserdata(L, -1) && lua_touserdata(L, -1) == NULL))
                lua_pop(L, 2);  /* unknown, or "name": null (an absent member) */
            else
                pending++;
        } else {
            if (read_value(r, depth + 1, each))
                return -1;
            pending++;
        }
        if (pending == BATCH) {
            flush(L, base, &t, pending, object, &n);
            pending = 0;
        }
        skip_space(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == (object ? '}' : ']')) {
            r->p++;
            goto done;
        }
        return fail(r, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
done:
    flush(L, base, &t, pending, object, &n);
    if (each)
        lua_remove(L, each);
    return 0;
}

/* A float member's plan is "f": AWS writes NaN and the infinities as strings. */
static void special_float(lua_State *L, int plan)
{
    const char *s;
    if (!plan || lua_type(L, plan) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
        return;
    s = lua_tostring(L, -1);
    if (strcmp(s, "NaN") == 0 || strcmp(s, "Infinity") == 0 || strcmp(s, "-Infinity") == 0) {
        double zero = 0.0;
        double v = s[0] == 'N' ? zero / zero : s[0] == '-' ? -1.0 / zero : 1.0 / zero;
        lua_pop(L, 1);
        lua_pushnumber(L, (lua_Number)v);
    }
}

static int read_value(reader *r, int depth, int plan)
{
    skip_space(r);
    if (r->p >= r->end)
        return fail(r, "unexpected end");
    switch (*r->p) {
    case '{': r->p++; return read_container(r, depth, 1, plan);
    case '[': r->p++; return read_container(r, depth, 0, plan);
    case '"':
        r->p++;
        if (read_string(r))
            return -1;
        special_float(r->L, plan);
        return 0;
    case 't':
        if (r->end - r->p >= 4 && memcmp(r->p, "true", 4) == 0) {
            r->p += 4;
            lua_pushboolean(r->L, 1);
            return 0;
        }
        break;
    case 'f':
        if (r->end - r->p >= 5 && memcmp(r->p, "false", 5) == 0) {
            r->p += 5;
            lua_pushboolean(r->L, 0);
            return 0;
        }
        break;
    case 'n':
        if (r->end - r->p >= 4 && memcmp(r->p, "null", 4) == 0) {
            r->p += 4;
            lua_pushlightuserdata(r->L, NULL);
            return 0;
        }
        break;
    default:
        return read_number(r);
    }
    return fail(r, "unexpected token");
}

/* core.json_decode(text [, plan]) -> value | nil, message
 * plan, when given, says what a response of a shape keeps: a table mapping a structure's
 * wire names to their plans (members it lacks are dropped), {["[]"] = plan} for a list,
 * {["{}"] = plan} for a map, "f" for a float (NaN and infinities arrive as strings), true
 * for a value kept as read. */
static int l_json_decode(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    reader r;
    int top, plan;
    lua_settop(L, 2);
    plan = lua_istable(L, 2) ? 2 : 0;
    top = 2;
    r.buf = lua_touserdata(L, lua_upvalueindex(1));
    r.L = L;
    r.p = s;
    r.end = s + n;
    r.error = NULL;
    if (read_value(&r, 0, plan) == 0) {
        skip_space(&r);
        buf_clear(r.buf);
        if (r.p == r.end)
            return 1;
        fail(&r, "trailing characters");
    }
    buf_clear(r.buf);
    lua_settop(L, top);
    lua_pushnil(L);
    lua_pushfstring(L, "invalid JSON at byte %d: %s", (int)(r.p - s) + 1, r.error);
    return 2;
}

static int scratch_gc(lua_State *L)
{
    buf_free(lua_touserdata(L, 1), 0);
    return 0;
}

int ljson_open(lua_State *L)
{
    buf *b = lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    b->secret = 1;  /* credentials responses are JSON: wiped after each decode and when freed */
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, scratch_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    lua_pushcclosure(L, l_json_decode, 1);
    lua_setfield(L, -2, "json_decode");
    lua_pushlightuserdata(L, NULL);
    lua_setfield(L, -2, "null");
    return 0;
}

-- compat: the few Lua 5.3+ features awsjobs uses, also for LuaJIT 2.1 (OpenResty), which
-- speaks Lua 5.1: integer checks, floor division, UTF-8 helpers, unpack.
local M = {}

local floor, huge = math.floor, math.huge

M.unpack = table.unpack or unpack  -- luacheck: ignore unpack

-- LuaJIT's table.clear (empties a table and keeps its size, for tables used again), or a loop.
M.table_clear = (function()
  local ok, f = pcall(require, "table.clear")
  if ok then return f end
  return function(t) for k in pairs(t) do t[k] = nil end end
end)()

-- LuaJIT's table.new(narray, nhash) (a table made at the size it will have), or {}.
M.table_new = (function()
  local ok, f = pcall(require, "table.new")
  if ok then return f end
  return function() return {} end
end)()

-- An integral number as an integer (5.3+), or nil.
M.tointeger = math.tointeger or function(v)
  if type(v) == "number" and v == floor(v) and v > -huge and v < huge then return v end
  return nil
end

-- Whether v is an integer (5.3+: of integer subtype; LuaJIT: a number with no fraction).
if math.type then
  M.is_integer = function(v) return math.type(v) == "integer" end
else
  M.is_integer = function(v) return type(v) == "number" and v == floor(v) and v > -huge and v < huge end
end

-- Floor division of integers (exact for the magnitudes the calendar code uses).
function M.idiv(a, b) return floor(a / b) end

-- utf8.len: the number of characters, or nil when s is not valid UTF-8.
M.utf8_len = (utf8 and utf8.len) or function(s)
  local n, i, len = 0, 1, #s
  while i <= len do
    local c = s:byte(i)
    local extra = c < 0x80 and 0 or (c >= 0xC2 and c <= 0xDF) and 1 or (c >= 0xE0 and c <= 0xEF) and 2
      or (c >= 0xF0 and c <= 0xF4) and 3 or nil
    if not extra or i + extra > len then return nil end
    for j = i + 1, i + extra do
      local cc = s:byte(j)
      if cc < 0x80 or cc > 0xBF then return nil end
    end
    i, n = i + extra + 1, n + 1
  end
  return n
end

-- utf8.char for one code point.
M.utf8_char = (utf8 and utf8.char) or function(cp)
  local char = string.char
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then return char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40) end
  if cp < 0x10000 then
    return char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
  end
  return char(0xF0 + floor(cp / 0x40000), 0x80 + floor(cp / 0x1000) % 0x40,
    0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

return M

-- headers: response header tables, lower-cased names to values. The transports hand back
-- the raw block of a response, parsed on first use: most successful calls read no header.
local core = require "awsjobs.core"

local M = {}

local RAW = {}  -- the key of the unparsed block in a lazy table

local function parsed(t)
  local raw = rawget(t, RAW)
  if raw then
    t[RAW] = nil
    for k, v in pairs(core.parse_headers(raw)) do rawset(t, k, v) end
  end
  return t
end

local lazy_mt = { __index = function(t, k) return rawget(parsed(t), k) end }

-- lazy(raw) -> a table that parses raw when first indexed
function M.lazy(raw)
  return setmetatable({ [RAW] = raw }, lazy_mt)
end

-- all(t) -> t with every header in it, ready for pairs() (LuaJIT has no __pairs)
function M.all(t)
  if getmetatable(t) == lazy_mt then parsed(t) end
  return t
end

return M

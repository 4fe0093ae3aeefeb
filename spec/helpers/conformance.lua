-- Where the conformance vectors live, and small readers for their files.
local lfs = require "lfs"

local M = {}

local function exists(path) return lfs.attributes(path, "mode") ~= nil end

-- The vectors travel in the repository (tools/vendor_conformance.py copies them from
-- ../shared/conformance); AWSJOBS_CONFORMANCE points the specs at another copy.
function M.root()
  local dir = os.getenv("AWSJOBS_CONFORMANCE") or "spec/fixtures/conformance"
  assert(exists(dir), "conformance data not found at " .. dir .. " (set AWSJOBS_CONFORMANCE)")
  return dir
end

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("a")
  f:close()
  return data
end

function M.exists(path) return exists(path) end

-- Sorted names of the entries of a directory (no dot entries).
function M.list(dir)
  local names = {}
  for name in lfs.dir(dir) do
    if name:sub(1, 1) ~= "." then names[#names + 1] = name end
  end
  table.sort(names)
  return names
end

function M.is_dir(path) return lfs.attributes(path, "mode") == "directory" end

-- Days since 1970-01-01 of a civil date (proleptic Gregorian), so no time zone is involved.
-- (math.floor rather than //, so the helper also runs on LuaJIT)
local function days_from_civil(y, m, d)
  local floor = math.floor
  y = m <= 2 and y - 1 or y
  local era = floor((y >= 0 and y or y - 399) / 400)
  local yoe = y - era * 400
  local doy = floor((153 * (m + (m > 2 and -3 or 9)) + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

-- "2015-08-30T12:36:00Z" or "20150830T123600Z" -> unix seconds
function M.epoch(stamp)
  local y, mo, d, h, mi, s = stamp:match("^(%d%d%d%d)%-?(%d%d)%-?(%d%d)T(%d%d):?(%d%d):?(%d%d)Z$")
  assert(y, "bad timestamp " .. stamp)
  return days_from_civil(tonumber(y), tonumber(mo), tonumber(d)) * 86400
    + tonumber(h) * 3600 + tonumber(mi) * 60 + tonumber(s)
end

-- Parses the suites' HTTP/1.1 text. Header lines are split at the first ':'; a line that
-- starts with whitespace continues the previous header (obs-fold, replaced by one space as
-- RFC 7230 says), so the signer still sees and collapses the inner whitespace.
-- Returns {method, target, headers = {{name, value}...}, body}.
function M.parse_http(text)
  local head, body = text:match("^(.-)\n\n(.*)$")
  if not head then head, body = text:gsub("\n$", ""), "" end
  local lines = {}
  for line in (head .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  local first = table.remove(lines, 1)
  local method, target = first:match("^(%S+) (.*) HTTP/1%.1$")
  local headers = {}
  for _, line in ipairs(lines) do
    if line:match("^%s") and #headers > 0 then
      local h = headers[#headers]
      h[2] = h[2] .. " " .. line
    else
      local name, value = line:match("^([^:]+):(.*)$")
      headers[#headers + 1] = { name, value }
    end
  end
  return { method = method, target = target, headers = headers, body = body }
end

-- {{name, value}...} -> {name = value or {values}}, repeated names as lists in order.
function M.header_table(list)
  local t = {}
  for _, h in ipairs(list) do
    local name, value = h[1], h[2]
    if t[name] == nil then
      t[name] = value
    elseif type(t[name]) == "table" then
      table.insert(t[name], value)
    else
      t[name] = { t[name], value }
    end
  end
  return t
end

-- A multiset of "lowercased-name:value" strings, for comparing signed requests.
function M.header_multiset(t)
  local out = {}
  for name, value in pairs(t) do
    local values = type(value) == "table" and value or { value }
    for _, v in ipairs(values) do out[#out + 1] = name:lower() .. ":" .. v end
  end
  table.sort(out)
  return out
end

local function unescape(s)
  return (s:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

-- Query string -> sorted list of decoded "key=value" items (raw and escaped forms compare equal).
function M.query_set(query)
  local out = {}
  for item in query:gmatch("[^&]+") do out[#out + 1] = unescape(item) end
  table.sort(out)
  return out
end

return M

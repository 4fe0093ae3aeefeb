-- A small JSON reader for tests that keeps what lua-cjson 2.1.0 loses: whether a value
-- was an array or an object (so [] and {} differ), and which numbers were integers
-- (numbers are {tag = "number", value =, integer =}).
-- Arrays come back as {tag = "array", ...}, objects as {tag = "object", fields = {...}}.
local M = {}

local function fail(s, i, what) error(("JSON: %s at byte %d of %q"):format(what, i, s:sub(1, 80)), 0) end

local function skip(s, i)
  return s:find("[^ \t\r\n]", i) or #s + 1
end

local parse_value

local ESCAPES = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

local function parse_string(s, i)
  local buf, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == "" then fail(s, j, "unterminated string") end
    if c == '"' then return table.concat(buf), j + 1 end
    if c == "\\" then
      local e = s:sub(j + 1, j + 1)
      if e == "u" then
        local cp = tonumber(s:sub(j + 2, j + 5), 16)
        j = j + 6
        if cp >= 0xD800 and cp <= 0xDBFF and s:sub(j, j + 1) == "\\u" then
          local lo = tonumber(s:sub(j + 2, j + 5), 16)
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
          j = j + 6
        end
        buf[#buf + 1] = utf8.char(cp)
      else
        buf[#buf + 1] = ESCAPES[e] or fail(s, j, "bad escape")
        j = j + 2
      end
    else
      buf[#buf + 1] = c
      j = j + 1
    end
  end
end

function parse_value(s, i)
  i = skip(s, i)
  local c = s:sub(i, i)
  if c == "{" then
    local obj = { tag = "object", fields = {} }
    i = skip(s, i + 1)
    if s:sub(i, i) == "}" then return obj, i + 1 end
    while true do
      local key
      key, i = parse_string(s, skip(s, i))
      i = skip(s, i)
      if s:sub(i, i) ~= ":" then fail(s, i, "expected ':'") end
      obj.fields[key], i = parse_value(s, i + 1)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "}" then return obj, i + 1 end
      if d ~= "," then fail(s, i, "expected ','") end
      i = i + 1
    end
  elseif c == "[" then
    local arr = { tag = "array" }
    i = skip(s, i + 1)
    if s:sub(i, i) == "]" then return arr, i + 1 end
    while true do
      arr[#arr + 1], i = parse_value(s, i)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "]" then return arr, i + 1 end
      if d ~= "," then fail(s, i, "expected ','") end
      i = i + 1
    end
  elseif c == '"' then
    return parse_string(s, i)
  elseif s:sub(i, i + 3) == "true" then return true, i + 4
  elseif s:sub(i, i + 4) == "false" then return false, i + 5
  elseif s:sub(i, i + 3) == "null" then return M.null, i + 4
  end
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
  if not num or num == "" then fail(s, i, "unexpected character") end
  -- numbers keep their form: 2 and 2.0 are different JSON texts (an integer member
  -- written as 2.0 is a bug), which tonumber alone would hide on LuaJIT
  return { tag = "number", value = tonumber(num), integer = not num:find("[.eE]") }, i + #num
end

M.null = setmetatable({}, { __tostring = function() return "null" end })

function M.parse(s)
  local v, i = parse_value(s, 1)
  if skip(s, i) <= #s then fail(s, i, "trailing data") end
  return v
end

-- to_lua(node, null) -> plain Lua values, null as the given sentinel. Integer-form numbers
-- stay integers (lua-cjson 2.1.0 reads every number as a float on Lua 5.4).
local tointeger = math.tointeger or function(v) return v end
function M.to_lua(node, null)
  if node == M.null then return null end
  if type(node) ~= "table" then return node end
  if node.tag == "number" then
    return node.integer and (tointeger(node.value) or node.value) or node.value
  end
  local out = {}
  if node.tag == "object" then
    for k, v in pairs(node.fields) do out[k] = M.to_lua(v, null) end
  else
    for i = 1, #node do out[i] = M.to_lua(node[i], null) end
  end
  return out
end

-- Structural equality; numbers by value and form (1 ~= 1.0, 1.5 == 1.50).
function M.equal(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then
    return a == b
  end
  if a.tag ~= b.tag then return false end
  if a.tag == "number" then return a.value == b.value and a.integer == b.integer end
  if a.tag == "object" then
    for k, v in pairs(a.fields) do if not M.equal(v, b.fields[k]) then return false end end
    for k in pairs(b.fields) do if a.fields[k] == nil then return false end end
    return true
  end
  if #a ~= #b then return false end
  for i = 1, #a do if not M.equal(a[i], b[i]) then return false end end
  return a == b or a.tag == "array" or a == M.null
end

return M

-- jmespath: JMESPath for the AWS waiter and paginator definitions and the command line's
-- --query: identifiers, sub-expressions (a.b), indexes and slices (a[0], a[1:3]),
-- projections (a[], a[*], a.*), filters (a[?expr]), comparisons (== != < <= > >=), && || !,
-- pipes (a | b), multiselect lists and hashes ([a, b], {x: a, y: b}), parentheses, literals
-- (`json`, 'raw'), expression references (&a) and the common functions (length, contains,
-- keys, values, sort, sort_by, join, max, min, ...).
-- compile(expr) -> function(data) -> value; search(expr, data) caches compiled expressions.
-- Lists and objects it builds carry array_mt / object_mt, so an empty one keeps its kind.
local compat = require "awsjobs.compat"
local json_decode = require("awsjobs.core").json_decode
local null = require("awsjobs.core").null

local M = {}

M.array_mt = { __name = "jmespath.array" }
M.object_mt = { __name = "jmespath.object" }
local ARRAY, OBJECT = M.array_mt, M.object_mt

-- ---- lexer ----

local function lex(src)
  local toks, i, n = {}, 1, #src
  local function push(t, v) toks[#toks + 1] = { t = t, v = v } end
  while i <= n do
    local c = src:sub(i, i)
    local two = src:sub(i, i + 1)
    if c:match("%s") then
      i = i + 1
    elseif c:match("[%a_]") then
      local id = src:match("^[%w_]+", i)
      push("id", id)
      i = i + #id
    elseif c:match("%d") or (c == "-" and src:sub(i + 1, i + 1):match("%d")) then
      local num = src:match("^%-?%d+", i)
      push("num", tonumber(num))
      i = i + #num
    elseif c == '"' then
      local j = i + 1
      while j <= n and src:sub(j, j) ~= '"' do j = j + (src:sub(j, j) == "\\" and 2 or 1) end
      push("id", json_decode(src:sub(i, j)))
      i = j + 1
    elseif c == "'" then
      local j = i + 1
      while j <= n and src:sub(j, j) ~= "'" do j = j + (src:sub(j, j) == "\\" and 2 or 1) end
      if j > n then error("jmespath: unterminated raw string in " .. src) end
      push("lit", (src:sub(i + 1, j - 1):gsub("\\'", "'")))
      i = j + 1
    elseif c == "`" then
      local j = src:find("`", i + 1, true) or error("jmespath: unterminated literal in " .. src)
      local v = json_decode(src:sub(i + 1, j - 1))
      if v == nil then v = src:sub(i + 1, j - 1) end  -- an unquoted string literal
      push("lit", v)
      i = j + 1
    elseif two == "==" or two == "!=" or two == "<=" or two == ">=" or two == "&&" or two == "||"
        or two == "[]" or two == "[?" then
      push(two)
      i = i + 2
    else
      push(c)
      i = i + 1
    end
  end
  push("eof")
  return toks
end

-- ---- values ----

local function is_array(v)
  if type(v) ~= "table" then return false end
  local mt = getmetatable(v)
  if mt == ARRAY then return true end
  if mt == OBJECT then return false end
  return #v > 0 or next(v) == nil
end
M.is_array = is_array

local function is_object(v)
  return type(v) == "table" and v ~= null and not is_array(v)
end

local function array(t) return setmetatable(t or {}, ARRAY) end

local function truthy(v)
  if v == nil or v == false or v == null then return false end
  if type(v) == "string" then return v ~= "" end
  if type(v) == "table" then return next(v) ~= nil end
  return true
end

function M.equal(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not M.equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local FUNCTIONS = {
  length = function(v)
    if type(v) == "string" then return compat.utf8_len(v) or #v end
    if type(v) == "table" then
      local n = 0
      for _ in pairs(v) do n = n + 1 end
      return n
    end
    return nil
  end,
  contains = function(hay, needle)
    if type(hay) == "string" then return type(needle) == "string" and hay:find(needle, 1, true) ~= nil end
    if type(hay) == "table" then
      for _, v in ipairs(hay) do if M.equal(v, needle) then return true end end
    end
    return false
  end,
  to_string = function(v) return type(v) == "string" and v or tostring(v) end,
  to_number = function(v) return tonumber(v) end,
}

local function keys_of(v)
  local out = array()
  if is_object(v) then
    for k in pairs(v) do out[#out + 1] = k end
    table.sort(out)
  end
  return out
end

local function sorted(list, key)
  if not is_array(list) then return nil end
  local out = array()
  for i, x in ipairs(list) do out[i] = { x = x, k = key and key(x) or x, i = i } end
  table.sort(out, function(a, b)
    if type(a.k) == type(b.k) and (type(a.k) == "number" or type(a.k) == "string") and a.k ~= b.k then
      return a.k < b.k
    end
    return a.i < b.i  -- stable, and mixed types keep their order
  end)
  for i, e in ipairs(out) do out[i] = e.x end
  return out
end

local function extreme(list, key, less)
  if not is_array(list) then return nil end
  local best, best_k
  for _, x in ipairs(list) do
    local k = key and key(x) or x
    if (type(k) == "number" or type(k) == "string") and (best_k == nil or less(k, best_k)) then best, best_k = x, k end
  end
  return best
end

local function lt(a, b) return type(a) == type(b) and a < b end
local function gt(a, b) return type(a) == type(b) and a > b end

FUNCTIONS.keys = keys_of
FUNCTIONS.values = function(v)
  local out = array()
  for _, k in ipairs(keys_of(v)) do out[#out + 1] = v[k] end
  return out
end
FUNCTIONS.sort = function(l) return sorted(l) end
FUNCTIONS.sort_by = function(l, key) return sorted(l, key) end
FUNCTIONS.max = function(l) return extreme(l, nil, gt) end
FUNCTIONS.min = function(l) return extreme(l, nil, lt) end
FUNCTIONS.max_by = function(l, key) local x = extreme(l, key, gt) return x and key(x) and x end
FUNCTIONS.min_by = function(l, key) local x = extreme(l, key, lt) return x and key(x) and x end
FUNCTIONS.reverse = function(v)
  if type(v) == "string" then return v:reverse() end
  if not is_array(v) then return nil end
  local out = array()
  for i = #v, 1, -1 do out[#out + 1] = v[i] end
  return out
end
FUNCTIONS.join = function(sep, l)
  if type(sep) ~= "string" or not is_array(l) then return nil end
  local parts = {}
  for i, x in ipairs(l) do parts[i] = tostring(x) end
  return table.concat(parts, sep)
end
FUNCTIONS.starts_with = function(s, p) return type(s) == "string" and type(p) == "string" and s:sub(1, #p) == p end
FUNCTIONS.ends_with = function(s, p)
  return type(s) == "string" and type(p) == "string" and (p == "" or s:sub(-#p) == p)
end
FUNCTIONS.not_null = function(...)
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if v ~= nil and v ~= null then return v end
  end
  return nil
end
FUNCTIONS.sum = function(l)
  if not is_array(l) then return nil end
  local s = 0
  for _, x in ipairs(l) do s = s + (tonumber(x) or 0) end
  return s
end
FUNCTIONS.avg = function(l)
  if not is_array(l) or #l == 0 then return nil end
  return FUNCTIONS.sum(l) / #l
end
FUNCTIONS.abs = function(v) return type(v) == "number" and math.abs(v) or nil end
FUNCTIONS.floor = function(v) return type(v) == "number" and math.floor(v) or nil end
FUNCTIONS.ceil = function(v) return type(v) == "number" and math.ceil(v) or nil end
FUNCTIONS.type = function(v)
  if v == nil or v == null then return "null" end
  if type(v) == "table" then return is_array(v) and "array" or "object" end
  return type(v)
end
FUNCTIONS.map = function(f, l)
  if not is_array(l) then return nil end
  local out = array()
  for i, x in ipairs(l) do local r = f(x) if r == nil then r = null end out[i] = r end
  return out
end
FUNCTIONS.merge = function(...)
  local out = setmetatable({}, OBJECT)
  for i = 1, select("#", ...) do
    local o = select(i, ...)
    if is_object(o) then for k, v in pairs(o) do out[k] = v end end
  end
  return out
end

-- ---- parser: Pratt style, producing closures ----

local BP = { ["|"] = 1, ["||"] = 2, ["&&"] = 3, ["=="] = 5, ["!="] = 5, ["<"] = 5, ["<="] = 5, [">"] = 5,
  [">="] = 5, ["."] = 40, ["["] = 55, ["[]"] = 9, ["[?"] = 9 }
local PROJECTION_STOP = 10  -- tokens binding looser than this end a projection's right side

local Parser = {}
Parser.__index = Parser

function Parser:peek() return self.toks[self.i].t end
function Parser:next()
  local tok = self.toks[self.i]
  self.i = self.i + 1
  return tok
end
function Parser:expect(t)
  local tok = self:next()
  if tok.t ~= t then error(("jmespath: expected %s, found %s in %s"):format(t, tok.t, self.src)) end
  return tok
end

local function identity(v) return v end

-- rhs applied to each element of an array, keeping the results that are not nil.
local function each(elements, rhs)
  local out = array()
  for _, x in ipairs(elements) do
    local r = rhs(x)
    if r ~= nil then out[#out + 1] = r end
  end
  return out
end

-- The values of an object, for a * projection.
local function values_of(v)
  if type(v) ~= "table" or is_array(v) then return nil end
  local t = array()
  for _, k in ipairs(keys_of(v)) do t[#t + 1] = v[k] end
  return t
end

local function field(name)
  return function(v)
    if type(v) ~= "table" or is_array(v) then return nil end
    local x = v[name]
    if x == null then return nil end
    return x
  end
end

local function project(left, right)
  return function(data)
    local list = left(data)
    if not is_array(list) then return nil end
    return each(list, right)
  end
end

-- The right side of a projection: what follows a[], a[*], a[?...] or a.*
function Parser:projection_rhs()
  local t = self:peek()
  if (BP[t] or 0) < PROJECTION_STOP and t ~= "[" and t ~= "." and t ~= "[]" and t ~= "[?" then
    return identity
  end
  if t == "." then
    self:next()
    return self:dot_rhs(PROJECTION_STOP)
  end
  return self:expression(PROJECTION_STOP)
end

-- What follows a '.': a name or * goes on with whatever binds tighter than rbp (a[].b.c
-- projects b.c), as jmespath's parse_dot does; a multiselect stands alone.
function Parser:dot_rhs(rbp)
  local t = self:peek()
  if t == "id" or t == "*" then
    local tok = self:next()
    local left = t == "id" and field(tok.v) or project(values_of, self:projection_rhs())
    while (BP[self:peek()] or 0) > rbp do
      left = self:led(self:next(), left)
    end
    return left
  elseif t == "[" then
    self:next()
    return self:multi_list()
  elseif t == "{" then
    self:next()
    return self:multi_hash()
  end
  error("jmespath: unexpected " .. t .. " after '.' in " .. self.src)
end

-- [a, b] after its "[": a list of each expression's value (nil when the input is null)
function Parser:multi_list()
  local items = {}
  repeat
    items[#items + 1] = self:expression(0)
  until self:peek() ~= "," or not self:next()
  self:expect("]")
  return function(v)
    if v == nil or v == null then return nil end
    local out = array()
    for i, e in ipairs(items) do
      local r = e(v)
      if r == nil then r = null end
      out[i] = r
    end
    return out
  end
end

-- {k: a, ...} after its "{"
function Parser:multi_hash()
  local keys, items = {}, {}
  repeat
    local k = self:next()
    if k.t ~= "id" then error("jmespath: expected a key in {...} in " .. self.src) end
    self:expect(":")
    keys[#keys + 1] = k.v
    items[#items + 1] = self:expression(0)
  until self:peek() ~= "," or not self:next()
  self:expect("}")
  return function(v)
    if v == nil or v == null then return nil end
    local out = setmetatable({}, OBJECT)
    for i, e in ipairs(items) do
      local r = e(v)
      if r == nil then r = null end
      out[keys[i]] = r
    end
    return out
  end
end

-- After "[" and a first number or ":": an index, or a slice start:stop:step (a projection).
function Parser:index_or_slice(left)
  local parts, n = { nil, nil, nil }, 1
  while self:peek() ~= "]" do
    local t = self:next()
    if t.t == ":" then
      n = n + 1
      if n > 3 then error("jmespath: too many ':' in a slice in " .. self.src) end
    elseif t.t == "num" then
      parts[n] = t.v
    else
      error("jmespath: unexpected " .. t.t .. " in an index in " .. self.src)
    end
  end
  self:expect("]")
  if n == 1 then
    local idx = parts[1] or error("jmespath: empty index in " .. self.src)
    return function(v)
      local l = left(v)
      if not is_array(l) then return nil end
      return l[idx >= 0 and idx + 1 or #l + idx + 1]
    end
  end
  local start, stop, step = parts[1], parts[2], parts[3] or 1
  if step == 0 then error("jmespath: slice step 0 in " .. self.src) end
  local sliced = function(v)
    local l = left(v)
    if not is_array(l) then return nil end
    local len = #l
    local function clamp(x, default)
      if x == nil then return default end
      if x < 0 then x = x + len end
      if step > 0 then return math.max(0, math.min(x, len)) end
      return math.max(-1, math.min(x, len - 1))
    end
    local s = clamp(start, step > 0 and 0 or len - 1)
    local e = clamp(stop, step > 0 and len or -1)
    local out = array()
    local i = s
    while (step > 0 and i < e) or (step < 0 and i > e) do
      out[#out + 1] = l[i + 1]
      i = i + step
    end
    return out
  end
  return project(sliced, self:projection_rhs())
end

function Parser:nud(tok)
  local t = tok.t
  if t == "id" then
    if self:peek() == "(" then
      self:next()
      local fn = FUNCTIONS[tok.v] or error("jmespath: unknown function " .. tok.v)
      local args, refs = {}, {}
      while self:peek() ~= ")" do
        if self:peek() == "&" then
          self:next()
          refs[#args + 1] = true
        end
        args[#args + 1] = self:expression(0)
        if self:peek() == "," then self:next() end
      end
      self:expect(")")
      return function(v)
        local vals = {}
        for i, a in ipairs(args) do
          if refs[i] then vals[i] = a else vals[i] = a(v) end
        end
        return fn(compat.unpack(vals, 1, #args))
      end
    end
    return field(tok.v)
  elseif t == "lit" then
    local value = tok.v
    return function() return value end
  elseif t == "num" then
    error("jmespath: a bare number needs backticks in " .. self.src)
  elseif t == "@" then
    return identity
  elseif t == "!" then
    local e = self:expression(7)
    return function(v) return not truthy(e(v)) end
  elseif t == "(" then
    local e = self:expression(0)
    self:expect(")")
    return e
  elseif t == "*" then
    return project(values_of, self:projection_rhs())
  elseif t == "[" then
    local nt = self:peek()
    if nt == "num" or nt == ":" or nt == "*" then return self:led(tok, identity) end
    return self:multi_list()
  elseif t == "{" then
    return self:multi_hash()
  elseif t == "[]" or t == "[?" then
    return self:led(tok, identity)
  end
  error("jmespath: unexpected " .. t .. " in " .. self.src)
end

local COMPARE = {
  ["=="] = function(a, b) return M.equal(a, b) end,
  ["!="] = function(a, b) return not M.equal(a, b) end,
  ["<"] = function(a, b) return type(a) == "number" and type(b) == "number" and a < b end,
  ["<="] = function(a, b) return type(a) == "number" and type(b) == "number" and a <= b end,
  [">"] = function(a, b) return type(a) == "number" and type(b) == "number" and a > b end,
  [">="] = function(a, b) return type(a) == "number" and type(b) == "number" and a >= b end,
}

function Parser:led(tok, left)
  local t = tok.t
  if t == "." then
    local rhs = self:dot_rhs(BP["."])
    return function(v)
      local l = left(v)
      if l == nil then return nil end
      return rhs(l)
    end
  elseif t == "[" then
    if self:peek() == "*" then
      self:next()
      self:expect("]")
      return project(left, self:projection_rhs())
    end
    return self:index_or_slice(left)
  elseif t == "|" then
    local right = self:expression(BP[t])
    return function(v)
      local l = left(v)
      if l == nil then return nil end
      return right(l)
    end
  elseif t == "[]" then
    local flat = function(v)
      local l = left(v)
      if not is_array(l) then return nil end
      local out = array()
      for _, x in ipairs(l) do
        -- a plain empty table may be an empty object: only a marked one flattens away
        if is_array(x) and (#x > 0 or getmetatable(x) == ARRAY) then
          for _, y in ipairs(x) do out[#out + 1] = y end
        else
          out[#out + 1] = x
        end
      end
      return out
    end
    return project(flat, self:projection_rhs())
  elseif t == "[?" then
    local cond = self:expression(0)
    self:expect("]")
    local filtered = function(v)
      local l = left(v)
      if not is_array(l) then return nil end
      local keep = array()
      for _, x in ipairs(l) do
        if truthy(cond(x)) then keep[#keep + 1] = x end
      end
      return keep
    end
    return project(filtered, self:projection_rhs())
  elseif t == "&&" then
    local right = self:expression(BP[t])
    return function(v)
      local l = left(v)
      if not truthy(l) then return l end
      return right(v)
    end
  elseif t == "||" then
    local right = self:expression(BP[t])
    return function(v)
      local l = left(v)
      if truthy(l) then return l end
      return right(v)
    end
  elseif COMPARE[t] then
    local right, cmp = self:expression(BP[t]), COMPARE[t]
    return function(v) return cmp(left(v), right(v)) end
  end
  error("jmespath: unexpected " .. t .. " in " .. self.src)
end

function Parser:expression(rbp)
  local left = self:nud(self:next())
  while (BP[self:peek()] or 0) > rbp do
    left = self:led(self:next(), left)
  end
  return left
end

function M.compile(src)
  local p = setmetatable({ toks = lex(src), i = 1, src = src }, Parser)
  local f = p:expression(0)
  if p:peek() ~= "eof" then error("jmespath: unexpected " .. p:peek() .. " in " .. src) end
  return f
end

local cache = {}

-- search(expr, data) -> value (nil when the path does not exist)
function M.search(expr, data)
  local f = cache[expr]
  if not f then
    f = M.compile(expr)
    cache[expr] = f
  end
  return f(data)
end

return M

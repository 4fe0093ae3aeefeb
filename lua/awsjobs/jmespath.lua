-- jmespath: the part of JMESPath the AWS waiter and paginator definitions use:
-- identifiers, sub-expressions (a.b), indexes (a[0]), projections (a[], a[*], a.*),
-- filters (a[?expr]), comparisons (== != < <= > >=), && || !, parentheses, literals
-- (`json`, 'raw'), and the functions length, contains, to_string, to_number.
-- compile(expr) -> function(data) -> value; search(expr, data) caches compiled expressions.
local compat = require "awsjobs.compat"
local json_decode = require("awsjobs.core").json_decode
local null = require("awsjobs.core").null

local M = {}

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
      local j = src:find("'", i + 1, true) or error("jmespath: unterminated raw string in " .. src)
      push("lit", src:sub(i + 1, j - 1))
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
  return type(v) == "table" and (#v > 0 or next(v) == nil)
end

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

-- ---- parser: Pratt style, producing closures ----

local BP = { ["||"] = 2, ["&&"] = 3, ["=="] = 5, ["!="] = 5, ["<"] = 5, ["<="] = 5, [">"] = 5,
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
  local out = {}
  for _, x in ipairs(elements) do
    local r = rhs(x)
    if r ~= nil then out[#out + 1] = r end
  end
  return out
end

-- The values of an object, for a * projection.
local function values_of(v)
  if type(v) ~= "table" or is_array(v) then return nil end
  local t = {}
  for _, x in pairs(v) do t[#t + 1] = x end
  return t
end

local function field(name)
  return function(v) return type(v) == "table" and not is_array(v) and v[name] or nil end
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
    return self:dot_rhs()
  end
  return self:expression(PROJECTION_STOP)
end

function Parser:dot_rhs()
  local t = self:peek()
  if t == "id" then
    return field(self:next().v)
  elseif t == "*" then
    self:next()
    return project(values_of, self:projection_rhs())
  end
  error("jmespath: unexpected " .. t .. " after '.' in " .. self.src)
end

function Parser:nud(tok)
  local t = tok.t
  if t == "id" then
    if self:peek() == "(" then
      self:next()
      local fn = FUNCTIONS[tok.v] or error("jmespath: unknown function " .. tok.v)
      local args = {}
      while self:peek() ~= ")" do
        args[#args + 1] = self:expression(0)
        if self:peek() == "," then self:next() end
      end
      self:expect(")")
      return function(v)
        local vals = {}
        for i, a in ipairs(args) do vals[i] = a(v) end
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
  elseif t == "[]" or t == "[" or t == "[?" then
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
    local rhs = self:dot_rhs()
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
    local idx = self:expect("num").v
    self:expect("]")
    return function(v)
      local l = left(v)
      if not is_array(l) then return nil end
      return l[idx >= 0 and idx + 1 or #l + idx + 1]
    end
  elseif t == "[]" then
    local flat = function(v)
      local l = left(v)
      if not is_array(l) then return nil end
      local out = {}
      for _, x in ipairs(l) do
        if is_array(x) and type(x) == "table" and #x > 0 then
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
      local keep = {}
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

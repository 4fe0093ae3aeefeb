-- endpoint_rules.engine: evaluates an endpoint rule set (the data of endpoint_rules/<service>.lua,
-- written by tools/gen_endpoints.py) as botocore's EndpointProvider does: parameters with their
-- defaults, rules tried in order, conditions that may assign a name for the rest of their rule,
-- and the rule set's standard functions (the ones every AWS rule set calls are here; the others
-- are in endpoint_rules/library.lua, loaded on first use). Runs once per client, not per request.
local find, sub = string.find, string.sub
local concat, tonumber, tostring, type, pcall, error = table.concat, tonumber, tostring, type, pcall, error
local next, pairs, rawget, setmetatable = next, pairs, rawget, setmetatable

local M = {}

-- A failure of the rule set itself (a type error in a call, no rule matched): raised as a
-- table {rule_error = message} (library.lua raises the same) so evaluate() can tell it from a
-- bug, and returned as nil, message.
local function fail(message) error({ rule_error = message }, 0) end

-- The partitions (endpoint_rules/partitions.lua): set by the caller, or required on first use.
M.partitions = nil


-- The standard library (botocore's RuleSetStandardLibrary semantics); a name not here is
-- looked up in library.lua, once.
local F = setmetatable({}, { __index = function(t, name)
  for k, f in pairs(require "awsjobs.endpoint_rules.library") do
    if rawget(t, k) == nil then t[k] = f end
  end
  setmetatable(t, nil)
  return rawget(t, name)
end })

F.isSet = function(v) return v ~= nil end

-- As Python's `not`: the empty string, 0 and an empty table are false too.
F["not"] = function(v)
  return v == nil or v == false or v == "" or v == 0 or (type(v) == "table" and next(v) == nil)
end

-- getAttr(value, "a.b[0]"): a dotted path; an index [n] (0-based) ends it.
F.getAttr = function(v, path)
  local pos = 1
  while pos <= #path do
    local dot = find(path, ".", pos, true) or #path + 1
    local part = sub(path, pos, dot - 1)
    local s, _, name, index = find(part, "([%w_]*)%[(%d+)%]")
    if s then
      if name ~= "" then
        if type(v) ~= "table" then fail("getAttr: " .. path .. " does not apply to a " .. type(v)) end
        v = v[name]
      end
      index = tonumber(index)
      if type(v) ~= "table" or index >= #v then return nil end
      return v[index + 1]
    end
    if type(v) ~= "table" then fail("getAttr: " .. path .. " does not apply to a " .. type(v)) end
    v = v[part]
    if v == nil then fail("getAttr: no " .. part .. " in " .. path) end  -- botocore raises here too
    pos = dot + 1
  end
  return v
end

F.stringEquals = function(a, b)
  if type(a) ~= "string" or type(b) ~= "string" then
    fail(("Both values must be strings, not %s and %s."):format(type(a), type(b)))
  end
  return a == b
end

F.booleanEquals = function(a, b)
  if type(a) ~= "boolean" or type(b) ~= "boolean" then
    fail(("Both arguments must be bools, not %s and %s."):format(type(a), type(b)))
  end
  return a == b
end

F["aws.partition"] = function(region)
  local partitions = M.partitions
  if not partitions then
    partitions = require "awsjobs.endpoint_rules.partitions"
    M.partitions = partitions
  end
  if region ~= nil then
    for i = 1, #partitions do
      local p = partitions[i]
      local regions = p.regions
      for j = 1, #regions do
        if regions[j] == region then return p.outputs end
      end
      local patterns = p.patterns
      for j = 1, #patterns do
        if find(region, patterns[j]) then return p.outputs end
      end
    end
  end
  return partitions[1].outputs
end

M.functions = F

local value

local function lookup(name, scope)
  local v, pos = scope, 1
  while v ~= nil and pos <= #name + 1 do  -- "PartitionResult#dnsSuffix": one table level a '#'
    local hash = find(name, "#", pos, true) or #name + 1
    if type(v) ~= "table" then v = nil break end
    v, pos = v[sub(name, pos, hash - 1)], hash + 1
  end
  if v == nil then fail("template {" .. name .. "}: no such value") end
  if type(v) == "boolean" then return v and "True" or "False" end  -- as Python formats them
  return tostring(v)
end

-- "{Region}" and "{PartitionResult#dnsSuffix}" filled from scope; "{{" and "}}" are braces
-- (a string without any {Name} is a literal, braces and all).
local function template(s, scope)
  if not find(s, "{[%a#]+}") then return s end
  local out, n, pos, len = {}, 0, 1, #s
  while pos <= len do
    local at = find(s, "[{}]", pos) or len + 1
    if at > pos then
      n = n + 1
      out[n] = sub(s, pos, at - 1)
    end
    if at > len then break end
    local c = sub(s, at, at)
    n = n + 1
    if sub(s, at + 1, at + 1) == c then
      out[n], pos = c, at + 2
    elseif c == "}" then
      fail("template " .. s .. ": single '}'")
    else
      local close = find(s, "}", at + 1, true)
      if not close then fail("template " .. s .. ": '{' without '}'") end
      out[n], pos = lookup(sub(s, at + 1, close - 1), scope), close + 1
    end
  end
  return concat(out)
end

local function call(c, scope)
  local f = F[c.fn]
  if not f then fail("unknown rule set function " .. tostring(c.fn)) end
  return f(value(c[1], scope), value(c[2], scope), value(c[3], scope), value(c[4], scope))
end

-- An argument: a reference, a call, a template string or a literal.
value = function(v, scope)
  local t = type(v)
  if t == "table" then
    local ref = v.ref
    if ref ~= nil then return scope[ref] end
    return call(v, scope)
  elseif t == "string" and find(v, "{", 1, true) then
    return template(v, scope)
  end
  return v
end

-- Endpoint properties: tables copied with their template strings filled (no refs or calls).
local function properties(v, scope)
  local t = type(v)
  if t == "string" then return find(v, "{", 1, true) and template(v, scope) or v end
  if t ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do out[k] = properties(x, scope) end
  return out
end

local function endpoint_of(e, scope)
  local url = value(e.url, scope)
  if type(url) ~= "string" then fail("the endpoint rule gave no URL") end
  local headers = {}
  for name, values in pairs(e.headers or {}) do
    local list = {}
    for i = 1, #values do list[i] = value(values[i], scope) end
    headers[name] = list
  end
  return { url = url, properties = properties(e.properties or {}, scope), headers = headers }
end

-- Evaluates one rule: an endpoint table, or nil when its conditions do not hold (or, for a
-- tree, none of its rules matched). Names a condition assigns live until the rule is done:
-- they are removed again, as botocore gives each rule a copy of the scope.
local function rule_of(r, scope)
  local conditions = r.conditions
  local assigned, n, ok = nil, 0, true
  if conditions then
    for i = 1, #conditions do
      local c = conditions[i]
      local v = call(c, scope)
      local name = c.assign
      if name then
        if scope[name] ~= nil then
          fail("Assignment " .. name .. " already exists in scoped variables and cannot be overwritten")
        end
        scope[name] = v
        n = n + 1
        assigned = assigned or {}
        assigned[n] = name
      end
      if v == nil or v == false then
        ok = false
        break
      end
    end
  end
  local result
  if ok then
    local kind = r.type
    if kind == "endpoint" then
      result = endpoint_of(r.endpoint, scope)
    elseif kind == "error" then
      fail(tostring(value(r.error, scope)))
    elseif kind == "tree" then
      local rules = r.rules
      for i = 1, #rules do
        result = rule_of(rules[i], scope)
        if result then break end
      end
    else
      fail("unknown rule type " .. tostring(kind))
    end
  end
  for i = 1, n do scope[assigned[i]] = nil end
  return result
end

local TYPES = { string = "string", boolean = "boolean", stringArray = "table", stringarray = "table" }

-- The parameters the rules see: given ones checked for type, defaults for the unset ones.
local function scope_of(rule_set, params, builtins)
  local scope = {}
  for name, def in pairs(rule_set.parameters) do
    local v = params[name]
    if v == nil and def.builtIn and builtins then v = builtins[def.builtIn] end
    if v == nil then
      v = def.default
      if v == nil and def.required then fail("Cannot find value for required parameter " .. name) end
    elseif type(v) ~= TYPES[def.type] then
      fail(("Value (%s) is the wrong type. Must be %s."):format(name, tostring(def.type)))
    end
    scope[name] = v
  end
  return scope
end

-- evaluate(rule_set, params, builtins) -> {url, properties, headers} | nil, message
-- params: by parameter name ({Region = "us-east-1", UseFIPS = true}); builtins: by builtIn
-- name ({["AWS::Region"] = ...}), used for parameters not in params.
function M.evaluate(rule_set, params, builtins)
  local ok, result = pcall(function()
    local scope = scope_of(rule_set, params or {}, builtins)
    local rules = rule_set.rules
    for i = 1, #rules do
      local e = rule_of(rules[i], scope)
      if e then return e end
    end
    fail("no endpoint rule matched these parameters")
  end)
  if ok then return result end
  if type(result) == "table" and result.rule_error then return nil, result.rule_error end
  error(result, 0)
end

return M

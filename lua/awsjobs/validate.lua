-- validate: checks an operation's input against the model before anything is sent:
-- member names (with a spelling hint), required members, types, lengths, enums, list and
-- map sizes, number ranges. Messages name the parameter path and the rule, never a value.
local compat = require "awsjobs.compat"
local errors = require "awsjobs.errors"
local timestamp = require "awsjobs.timestamp"

local M = {}

local MAX_PROBLEMS = 20
local concat = table.concat
local null = require("cjson").null

local function distance(a, b)
  local la, lb = #a, #b
  if math.abs(la - lb) > 3 then return 99 end
  local prev, cur = {}, {}
  for j = 0, lb do prev[j] = j end
  for i = 1, la do
    cur[0] = i
    for j = 1, lb do
      local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev, cur = cur, prev
  end
  return prev[lb]
end

-- The member the caller probably meant: same letters in another case, else a near spelling.
local function suggest(name, members)
  local lower, best, best_d = name:lower(), nil, 3
  for m in pairs(members) do
    if m:lower() == lower then return m end
    local d = distance(lower, m:lower())
    if d < best_d then best, best_d = m, d end
  end
  return best
end
M.suggest = suggest

-- Where a value sits in the input, kept as a trail of keys (a member name, a list index, or
-- {map key}) and turned into text such as "overrides.containerOverrides[1].name" only when
-- there is a problem to report: valid input, the common case, builds no strings.
local function path_text(trail, depth)
  local out = {}
  for d = 1, depth do
    local k = trail[d]
    if type(k) == "number" then
      out[d] = "[" .. k .. "]"
    elseif type(k) == "table" then
      out[d] = ("[%q]"):format(k[1]) .. (k.key and " (key)" or "")
    else
      out[d] = (d > 1 and "." or "") .. k
    end
  end
  return concat(out)
end

local function where(trail, depth)
  return depth == 0 and "input" or path_text(trail, depth)
end

local function is_list(t)
  local n = #t
  local count = 0
  for k in pairs(t) do
    if not compat.is_integer(k) or k < 1 or k > n then return false end
    count = count + 1
  end
  return count == n
end

local check

local function check_range(value, shape, trail, depth, problems, what)
  if shape.min and value < shape.min then
    problems[#problems + 1] = ("%s: %s must be at least %s"):format(path_text(trail, depth), what, shape.min)
  end
  if shape.max and value > shape.max then
    problems[#problems + 1] = ("%s: %s must be at most %s"):format(path_text(trail, depth), what, shape.max)
  end
end

local function enum_text(values)
  if #values > 12 then
    return table.concat(values, ", ", 1, 12) .. ", ... (" .. #values .. " values)"
  end
  return table.concat(values, ", ")
end

local CHECKS = {}

function CHECKS.structure(value, shape, shapes, trail, depth, problems)
  if type(value) ~= "table" then
    problems[#problems + 1] = where(trail, depth) .. ": must be a table (structure)"
    return
  end
  if shape.document then return end
  local members = shape.members or {}
  local set = 0
  local inner = depth + 1
  for name, v in pairs(value) do
    local m = type(name) == "string" and members[name]
    trail[inner] = tostring(name)
    if not m then
      local here = path_text(trail, inner)
      local hint = type(name) == "string" and suggest(name, members)
      if hint then
        trail[inner] = hint
        hint = " (did you mean " .. path_text(trail, inner) .. "?)"
      end
      problems[#problems + 1] = here .. ": unknown parameter" .. (hint or "")
    elseif v ~= null then
      set = set + 1
      check(v, shapes[m.shape], shapes, trail, inner, problems)
    end
  end
  for _, name in ipairs(shape.required or {}) do
    if value[name] == nil or value[name] == null then
      trail[inner] = name
      problems[#problems + 1] = path_text(trail, inner) .. ": required parameter missing"
    end
  end
  if shape.union and set ~= 1 then
    problems[#problems + 1] = where(trail, depth) .. ": exactly one member must be set (union)"
  end
end

function CHECKS.list(value, shape, shapes, trail, depth, problems)
  if type(value) ~= "table" or not is_list(value) then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be a list (a table with keys 1..n)"
    return
  end
  check_range(#value, shape, trail, depth, problems, "the number of items")
  local ms = shapes[shape.member.shape]
  local inner = depth + 1
  for i = 1, #value do
    trail[inner] = i
    check(value[i], ms, shapes, trail, inner, problems)
  end
end

function CHECKS.map(value, shape, shapes, trail, depth, problems)
  if type(value) ~= "table" then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be a table (map)"
    return
  end
  local n = 0
  local ks, vs = shapes[shape.key.shape], shapes[shape.value.shape]
  local inner = depth + 1
  for k, v in pairs(value) do
    n = n + 1
    if type(k) ~= "string" then
      problems[#problems + 1] = path_text(trail, depth) .. ": map keys must be strings"
    else
      trail[inner] = { k, key = true }
      check(k, ks, shapes, trail, inner, problems)
      trail[inner] = { k }
      check(v, vs, shapes, trail, inner, problems)
    end
  end
  check_range(n, shape, trail, depth, problems, "the number of entries")
end

function CHECKS.string(value, shape, _, trail, depth, problems)
  if type(value) ~= "string" then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be a string, not a " .. type(value)
    return
  end
  local len = compat.utf8_len(value)
  if not len then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be valid UTF-8"
    return
  end
  check_range(len, shape, trail, depth, problems, "length")
  if shape.enum then
    for _, e in ipairs(shape.enum) do if e == value then return end end
    problems[#problems + 1] = path_text(trail, depth) .. ": must be one of " .. enum_text(shape.enum)
  end
end

local function check_integer(value, shape, _, trail, depth, problems)
  if compat.tointeger(value) == nil then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be an integer"
    return
  end
  check_range(value, shape, trail, depth, problems, "value")
end
CHECKS.integer = check_integer
CHECKS.long = check_integer

local SPECIAL_FLOATS = { NaN = true, Infinity = true, ["-Infinity"] = true }
local function check_float(value, shape, _, trail, depth, problems)
  if type(value) ~= "number" and not SPECIAL_FLOATS[value] then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be a number"
    return
  end
  if type(value) == "number" then check_range(value, shape, trail, depth, problems, "value") end
end
CHECKS.float = check_float
CHECKS.double = check_float

function CHECKS.boolean(value, _, _, trail, depth, problems)
  if type(value) ~= "boolean" then problems[#problems + 1] = path_text(trail, depth) .. ": must be true or false" end
end

function CHECKS.timestamp(value, _, _, trail, depth, problems)
  if not timestamp.parse(value) then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be unix seconds or an ISO 8601 / HTTP date string"
  end
end

function CHECKS.blob(value, shape, _, trail, depth, problems)
  if type(value) ~= "string" then
    problems[#problems + 1] = path_text(trail, depth) .. ": must be a string of bytes"
    return
  end
  check_range(#value, shape, trail, depth, problems, "length in bytes")
end

function check(value, shape, shapes, trail, depth, problems)
  if #problems >= MAX_PROBLEMS then return end
  local f = CHECKS[shape.type]
  if f then f(value, shape, shapes, trail, depth, problems) end
end

-- Spare trails and problem lists, taken and given back (never shared while in use): valid
-- input, the common case, then makes no table. A list with problems goes into the error.
local spare_trails, spare_problems = {}, {}
local SPARE = 8
local clear = compat.table_clear

local function take(spare)
  local n = #spare
  local t = spare[n]
  if not t then return {} end
  spare[n] = nil
  return t
end

local function give(spare, t)
  if #spare < SPARE and #t <= 32 then
    clear(t)
    spare[#spare + 1] = t
  end
end

-- input(model, op, params) -> true | nil, err (kind "validation")
function M.input(model, op, params)
  local shape = op.input and model.shapes[op.input]
  local problems = take(spare_problems)
  if not shape then
    if params ~= nil and next(params) ~= nil then
      problems[1] = op.name .. " takes no parameters"
    end
  else
    local trail = take(spare_trails)
    check(params, shape, model.shapes, trail, 0, problems)
    give(spare_trails, trail)  -- (it holds the keys of where the walk went: emptied)
  end
  if #problems == 0 then
    give(spare_problems, problems)
    return true
  end
  return nil, errors.new {
    kind = "validation", operation = op.name, problems = problems,
    message = "invalid parameters: " .. table.concat(problems, "; "),
  }
end

return M

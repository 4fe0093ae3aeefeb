-- validate: checks an operation's input against the model before anything is sent:
-- member names (with a spelling hint), required members, types, lengths, enums, list and
-- map sizes, number ranges. Messages name the parameter path and the rule, never a value.
local compat = require "awsjobs.compat"
local errors = require "awsjobs.errors"
local timestamp = require "awsjobs.timestamp"

local M = {}

local MAX_PROBLEMS = 20
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

local function join(path, name)
  if path == "" then return name end
  return path .. "." .. name
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

local function check_range(value, shape, path, problems, what)
  if shape.min and value < shape.min then
    problems[#problems + 1] = ("%s: %s must be at least %s"):format(path, what, shape.min)
  end
  if shape.max and value > shape.max then
    problems[#problems + 1] = ("%s: %s must be at most %s"):format(path, what, shape.max)
  end
end

local function enum_text(values)
  if #values > 12 then
    return table.concat(values, ", ", 1, 12) .. ", ... (" .. #values .. " values)"
  end
  return table.concat(values, ", ")
end

local CHECKS = {}

function CHECKS.structure(value, shape, shapes, path, problems)
  if type(value) ~= "table" then
    problems[#problems + 1] = (path == "" and "input" or path) .. ": must be a table (structure)"
    return
  end
  if shape.document then return end
  local members = shape.members or {}
  local set = 0
  for name, v in pairs(value) do
    local m = type(name) == "string" and members[name]
    if not m then
      local hint = type(name) == "string" and suggest(name, members)
      problems[#problems + 1] = ("%s: unknown parameter%s"):format(join(path, tostring(name)),
        hint and (" (did you mean " .. join(path, hint) .. "?)") or "")
    elseif v ~= null then
      set = set + 1
      check(v, shapes[m.shape], shapes, join(path, name), problems)
    end
  end
  for _, name in ipairs(shape.required or {}) do
    if value[name] == nil or value[name] == null then
      problems[#problems + 1] = join(path, name) .. ": required parameter missing"
    end
  end
  if shape.union and set ~= 1 then
    problems[#problems + 1] = (path == "" and "input" or path) .. ": exactly one member must be set (union)"
  end
end

function CHECKS.list(value, shape, shapes, path, problems)
  if type(value) ~= "table" or not is_list(value) then
    problems[#problems + 1] = path .. ": must be a list (a table with keys 1..n)"
    return
  end
  check_range(#value, shape, path, problems, "the number of items")
  local ms = shapes[shape.member.shape]
  for i = 1, #value do check(value[i], ms, shapes, path .. "[" .. i .. "]", problems) end
end

function CHECKS.map(value, shape, shapes, path, problems)
  if type(value) ~= "table" then
    problems[#problems + 1] = path .. ": must be a table (map)"
    return
  end
  local n = 0
  local ks, vs = shapes[shape.key.shape], shapes[shape.value.shape]
  for k, v in pairs(value) do
    n = n + 1
    if type(k) ~= "string" then
      problems[#problems + 1] = path .. ": map keys must be strings"
    else
      local kpath = ("%s[%q]"):format(path, k)
      check(k, ks, shapes, kpath .. " (key)", problems)
      check(v, vs, shapes, kpath, problems)
    end
  end
  check_range(n, shape, path, problems, "the number of entries")
end

function CHECKS.string(value, shape, _, path, problems)
  if type(value) ~= "string" then
    problems[#problems + 1] = path .. ": must be a string, not a " .. type(value)
    return
  end
  local len = compat.utf8_len(value)
  if not len then
    problems[#problems + 1] = path .. ": must be valid UTF-8"
    return
  end
  check_range(len, shape, path, problems, "length")
  if shape.enum then
    for _, e in ipairs(shape.enum) do if e == value then return end end
    problems[#problems + 1] = path .. ": must be one of " .. enum_text(shape.enum)
  end
end

local function check_integer(value, shape, _, path, problems)
  if compat.tointeger(value) == nil then
    problems[#problems + 1] = path .. ": must be an integer"
    return
  end
  check_range(value, shape, path, problems, "value")
end
CHECKS.integer = check_integer
CHECKS.long = check_integer

local SPECIAL_FLOATS = { NaN = true, Infinity = true, ["-Infinity"] = true }
local function check_float(value, shape, _, path, problems)
  if type(value) ~= "number" and not SPECIAL_FLOATS[value] then
    problems[#problems + 1] = path .. ": must be a number"
    return
  end
  if type(value) == "number" then check_range(value, shape, path, problems, "value") end
end
CHECKS.float = check_float
CHECKS.double = check_float

function CHECKS.boolean(value, _, _, path, problems)
  if type(value) ~= "boolean" then problems[#problems + 1] = path .. ": must be true or false" end
end

function CHECKS.timestamp(value, _, _, path, problems)
  if not timestamp.parse(value) then
    problems[#problems + 1] = path .. ": must be unix seconds or an ISO 8601 / HTTP date string"
  end
end

function CHECKS.blob(value, shape, _, path, problems)
  if type(value) ~= "string" then
    problems[#problems + 1] = path .. ": must be a string of bytes"
    return
  end
  check_range(#value, shape, path, problems, "length in bytes")
end

function check(value, shape, shapes, path, problems)
  if #problems >= MAX_PROBLEMS then return end
  local f = CHECKS[shape.type]
  if f then f(value, shape, shapes, path, problems) end
end

-- input(model, op, params) -> true | nil, err (kind "validation")
function M.input(model, op, params)
  local shape = op.input and model.shapes[op.input]
  local problems = {}
  if not shape then
    if params ~= nil and next(params) ~= nil then
      problems[1] = op.name .. " takes no parameters"
    end
  else
    check(params, shape, model.shapes, "", problems)
  end
  if #problems == 0 then return true end
  return nil, errors.new {
    kind = "validation", operation = op.name, problems = problems,
    message = "invalid parameters: " .. table.concat(problems, "; "),
  }
end

return M

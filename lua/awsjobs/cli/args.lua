-- cli/args: an operation's command-line options -> its parameter table, by the input shape.
-- Scalars take one word; lists take several words (or one JSON list); structures and maps
-- take JSON or shorthand (a=1,b=[x,y]); booleans are --flag / --no-flag; any value may be
-- file://path (its text) or, for blobs, fileb://path (its bytes). --cli-input-json gives
-- the parameters as one JSON document, the options overriding its members.
local compat = require "awsjobs.compat"
local core = require "awsjobs.core"
local names = require "awsjobs.cli.names"
local shorthand = require "awsjobs.cli.shorthand"
local timestamp = require "awsjobs.timestamp"

local M = {}

local null = core.null

local function read_file(path, binary)
  local f, err = io.open(path, binary and "rb" or "r")
  if not f then return nil, "Unable to load paramfile " .. path .. ": " .. tostring(err) end
  local text = f:read("a")
  f:close()
  return text
end

-- file:// and fileb:// values
local function load(word)
  local path = word:match("^file://(.+)$")
  if path then return read_file(path, false) end
  path = word:match("^fileb://(.+)$")
  if path then return read_file(path, true), true end
  return word
end

local function decode_json(text, what)
  local ok, v = pcall(core.json_decode, text)
  if not ok or v == nil then return nil, ("Error parsing parameter '%s': Invalid JSON: %s"):format(what, text) end
  return v
end

-- Converts a decoded JSON (or shorthand) value to the Lua value of shape: numbers from
-- strings, booleans from "true"/"false", timestamps parsed, blobs from base64.
local convert
function convert(v, shape, shapes, what)
  if v == null then return nil end
  local t = shape.type
  if t == "structure" then
    if type(v) ~= "table" or shape.document then return v end
    local out = {}
    for k, x in pairs(v) do
      local m = shape.members and shape.members[k]
      if m then
        local cv, err = convert(x, shapes[m.shape], shapes, what .. "." .. k)
        if err then return nil, err end
        out[k] = cv
      else
        out[k] = x  -- validation names it, with the members it could be
      end
    end
    return out
  elseif t == "list" then
    if type(v) ~= "table" then v = { v } end
    local out = {}
    for i, x in ipairs(v) do
      local cv, err = convert(x, shapes[shape.member.shape], shapes, what)
      if err then return nil, err end
      out[i] = cv
    end
    return out
  elseif t == "map" then
    if type(v) ~= "table" then return v end
    local out = {}
    for k, x in pairs(v) do
      local cv, err = convert(x, shapes[shape.value.shape], shapes, what)
      if err then return nil, err end
      out[k] = cv
    end
    return out
  elseif t == "integer" or t == "long" then
    local n = compat.tointeger(tonumber(v))
    if n == nil then return nil, ("invalid literal for int() with base 10: '%s'"):format(tostring(v)) end
    return n
  elseif t == "float" or t == "double" then
    local n = tonumber(v)
    if n == nil then return nil, ("could not convert string to float: '%s'"):format(tostring(v)) end
    return n
  elseif t == "boolean" then
    if v == true or v == "true" or v == "True" then return true end
    if v == false or v == "false" or v == "False" then return false end
    return nil, ("Invalid value for boolean parameter %s: %s"):format(what, tostring(v))
  elseif t == "timestamp" then
    local ts = timestamp.parse(v)
    if not ts then return nil, ("Unable to parse timestamp %s: %s"):format(what, tostring(v)) end
    return ts
  elseif t == "blob" then
    if type(v) ~= "string" then return v end
    local raw = core.base64_decode(v)
    if raw == nil then return nil, ("Invalid base64 for %s: %s"):format(what, v) end
    return raw
  end
  if type(v) == "number" then return tostring(v) end
  return v
end
M.convert = convert

-- One option's words -> value
local function value_of(words, shape, shapes, what)
  local t = shape.type
  if t == "list" then
    local member = shapes[shape.member.shape]
    if #words == 1 and words[1]:match("^%s*%[") then
      local text, err = load(words[1])
      if not text then return nil, err end
      local v, jerr = decode_json(text, what)
      if v == nil then return nil, jerr end
      return convert(v, shape, shapes, what)
    end
    local out = {}
    for i, w in ipairs(words) do
      local cv, err = value_of({ w }, member, shapes, what)
      if err then return nil, err end
      out[i] = cv
    end
    return out
  end
  if #words ~= 1 then return nil, ("argument %s: expected one argument"):format(what) end
  local text, binary = load(words[1])
  if not text then return nil, binary end
  if t == "blob" then
    if binary then return text end
    return convert(text, shape, shapes, what)
  end
  if t == "structure" or t == "map" then
    local v, err
    if text:match("^%s*[{%[]") or shape.document then
      v, err = decode_json(text, what)
    else
      v, err = shorthand.parse(text)
      if err then err = ("Error parsing parameter '%s': %s"):format(what, err) end
    end
    if v == nil then return nil, err end
    return convert(v, shape, shapes, what)
  end
  return convert(text, shape, shapes, what)
end

-- options(service, command, input_shape, shapes) -> {["task-definition"] = {member =, shape =, negative =}}
function M.options(service, command, shape, shapes)
  local opts = {}
  for member, m in pairs(shape and shape.members or {}) do
    local ms = shapes[m.shape]
    local spec = { member = member, shape = ms }
    opts[names.option(service, command, member)] = spec
    if ms.type == "boolean" then
      opts[names.negative_option(service, command, member)] = { member = member, shape = ms, negative = true }
    end
  end
  return opts
end

-- split(argv, from) -> list of {name =, words = {...}} for every --option, or nil, message
function M.split(argv, from)
  local list, cur = {}, nil
  for i = from, #argv do
    local a = argv[i]
    local name = a:match("^%-%-(.+)$")
    if name then
      cur = { name = name, words = {} }
      list[#list + 1] = cur
    elseif cur then
      cur.words[#cur.words + 1] = a
    else
      return nil, "Unknown options: " .. a
    end
  end
  return list
end

-- parse(service, command, op, model, items, extra) -> params, used_extras | nil, message
-- items from split(); extra: {[name] = "flag" | "value" | "list"} options of the command itself.
function M.parse(service, command, op, model, items, extra)
  local shapes = model.shapes
  local shape = op.input and shapes[op.input]
  local opts = M.options(service, command, shape, shapes)
  local params, extras, unknown, given = {}, {}, {}, {}
  local input_json
  for _, it in ipairs(items) do
    local o = opts[it.name]
    if it.name == "cli-input-json" then
      if #it.words ~= 1 then return nil, "argument --cli-input-json: expected one argument" end
      input_json = it.words[1]
    elseif extra and extra[it.name] then
      local kind = extra[it.name]
      if kind == "flag" then
        if #it.words > 0 then unknown[#unknown + 1] = it.words[1] end
        extras[it.name] = true
      elseif kind == "list" then
        if #it.words == 0 then return nil, ("argument --%s: expected at least one argument"):format(it.name) end
        extras[it.name] = it.words
      else
        if #it.words ~= 1 then return nil, ("argument --%s: expected one argument"):format(it.name) end
        extras[it.name] = it.words[1]
      end
    elseif o and o.shape.type == "boolean" then
      if #it.words > 0 then
        for _, w in ipairs(it.words) do unknown[#unknown + 1] = w end
      end
      params[o.member] = not o.negative
      given[o.member] = true
    elseif o then
      if #it.words == 0 then
        return nil, ("argument --%s: expected %s argument"):format(it.name,
          o.shape.type == "list" and "at least one" or "one")
      end
      local v, err = value_of(it.words, o.shape, shapes, "--" .. it.name)
      if err then return nil, err end
      params[o.member] = v
      given[o.member] = true
    else
      unknown[#unknown + 1] = "--" .. it.name
      for _, w in ipairs(it.words) do unknown[#unknown + 1] = w end
    end
  end
  if #unknown > 0 then return nil, "Unknown options: " .. table.concat(unknown, ", ") end
  if input_json then
    local text, err = load(input_json)
    if not text then return nil, err end
    local doc, jerr = decode_json(text, "--cli-input-json")
    if type(doc) ~= "table" then return nil, jerr or "--cli-input-json: expected a JSON object" end
    local base, cerr = convert(doc, shape or { type = "structure", members = {} }, shapes, "--cli-input-json")
    if cerr then return nil, cerr end
    for k, v in pairs(params) do base[k] = v end
    params = base
  else
    local missing = {}  -- an idempotency token is filled in for the caller
    for _, r in ipairs(shape and shape.required or {}) do
      if params[r] == nil and not shape.members[r].idempotencyToken then
        missing[#missing + 1] = "--" .. names.option(service, command, r)
      end
    end
    if #missing > 0 then
      table.sort(missing)
      return nil, "the following arguments are required: " .. table.concat(missing, ", ")
    end
  end
  return params, extras, given
end

return M

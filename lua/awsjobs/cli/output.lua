-- cli/output: a response as the AWS CLI prints it. display() walks the operation's output
-- shape (only modeled members, timestamps as ISO 8601 in local time like the CLI's default
-- cli_timestamp_format, blobs as base64, lists and structures marked so an empty one prints
-- as [] or {}); json() indents by 4 as Python's json.dumps; text() follows the CLI's text format.
local core = require "awsjobs.core"
local jmespath = require "awsjobs.jmespath"

local M = {}

local ARRAY, OBJECT = jmespath.array_mt, jmespath.object_mt
local null = core.null
local floor, format, concat = math.floor, string.format, table.concat

local function is_array(v)
  local mt = getmetatable(v)
  if mt == ARRAY then return true end
  if mt == OBJECT then return false end
  return #v > 0 or next(v) == nil
end

-- ISO 8601 with the local offset, as Python's datetime.isoformat() prints it.
function M.timestamp(t)
  local secs = floor(t)
  local micro = floor((t - secs) * 1e6 + 0.5)
  if micro >= 1000000 then secs, micro = secs + 1, 0 end
  local offset = os.time(os.date("*t", secs)) - os.time(os.date("!*t", secs))
  local lt = os.date("*t", secs)
  if lt.isdst then offset = offset + 3600 end
  local sign = offset < 0 and "-" or "+"
  offset = math.abs(offset)
  local s = os.date("%Y-%m-%dT%H:%M:%S", secs)
  if micro > 0 then s = s .. format(".%06d", micro) end
  return s .. format("%s%02d:%02d", sign, floor(offset / 3600), floor((offset % 3600) / 60))
end

local function untyped(v)
  if type(v) ~= "table" or v == null then return v end
  local out = setmetatable({}, is_array(v) and ARRAY or OBJECT)
  for k, x in pairs(v) do out[k] = untyped(x) end
  return out
end

local display

-- display(value, shape_name, shapes) -> the CLI's view of a response value
function display(v, shape, shapes)
  if v == nil or v == null then return nil end
  if type(shape) == "string" then shape = shapes[shape] end
  if not shape then return untyped(v) end
  local t = shape.type
  if t == "structure" then
    if shape.document or type(v) ~= "table" then return untyped(v) end
    local out = setmetatable({}, OBJECT)
    for name, m in pairs(shape.members or {}) do
      out[name] = display(v[name], m.shape, shapes)
    end
    return out
  elseif t == "list" then
    local out = setmetatable({}, ARRAY)
    for i, x in ipairs(v) do out[i] = display(x, shape.member.shape, shapes) end
    return out
  elseif t == "map" then
    local out = setmetatable({}, OBJECT)
    for k, x in pairs(v) do out[k] = display(x, shape.value.shape, shapes) end
    return out
  elseif t == "timestamp" then
    return type(v) == "number" and M.timestamp(v) or v
  elseif t == "blob" then
    return type(v) == "string" and core.base64_encode(v) or v
  elseif t == "float" or t == "double" then
    return type(v) == "number" and v + 0.0 or v
  end
  return untyped(v)
end
M.display = display

-- ---- JSON, as json.dumps(indent=4, ensure_ascii=False) ----

local ESC = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
  ["\b"] = "\\b", ["\f"] = "\\f" }

local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return ESC[c] or (c:byte() < 32 and format("\\u%04x", c:byte())) or c
  end) .. '"'
end
M.quote = quote

-- Python's repr of a float: the shortest decimal that reads back, with ".0" on whole numbers.
local function number(v)
  if math.type and math.type(v) == "integer" then return format("%d", v) end
  if not math.type and v == floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then return format("%d", v) end  -- Lua 5.1
  if v ~= v then return "NaN" end
  if v == math.huge then return "Infinity" end
  if v == -math.huge then return "-Infinity" end
  local s
  for p = 1, 17 do
    s = format("%." .. p .. "g", v)
    if tonumber(s) == v then break end
  end
  if not s:find("[.eEn]") then s = s .. ".0" end
  return s
end
M.number = number

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

local function encode(buf, v, indent)
  local t = type(v)
  if v == nil or v == null then
    buf[#buf + 1] = "null"
  elseif t == "string" then
    buf[#buf + 1] = quote(v)
  elseif t == "number" then
    buf[#buf + 1] = number(v)
  elseif t == "boolean" then
    buf[#buf + 1] = tostring(v)
  elseif t == "table" then
    local inner = indent .. "    "
    if is_array(v) then
      if #v == 0 then buf[#buf + 1] = "[]" return end
      buf[#buf + 1] = "[\n"
      for i = 1, #v do
        buf[#buf + 1] = inner
        encode(buf, v[i], inner)
        buf[#buf + 1] = i < #v and ",\n" or "\n"
      end
      buf[#buf + 1] = indent .. "]"
    else
      local keys = sorted_keys(v)
      if #keys == 0 then buf[#buf + 1] = "{}" return end
      buf[#buf + 1] = "{\n"
      for i, k in ipairs(keys) do
        buf[#buf + 1] = inner .. quote(tostring(k)) .. ": "
        encode(buf, v[k], inner)
        buf[#buf + 1] = i < #keys and ",\n" or "\n"
      end
      buf[#buf + 1] = indent .. "}"
    end
  else
    buf[#buf + 1] = quote(tostring(v))
  end
end

function M.json(v)
  local buf = {}
  encode(buf, v, "")
  return concat(buf) .. "\n"
end

-- ---- text, as the CLI's --output text ----

local function is_container(v) return type(v) == "table" and v ~= null end

local function str(v)
  if v == nil or v == null then return "None" end
  if v == true then return "True" end
  if v == false then return "False" end
  if type(v) == "number" then return number(v) end
  return tostring(v)
end

local format_text

local function scalar_list(out, elements, id)
  if id then
    for _, x in ipairs(elements) do out[#out + 1] = id:upper() .. "\t" .. str(x) end
  else
    local parts = {}
    for i, x in ipairs(elements) do parts[i] = str(x) end
    out[#out + 1] = concat(parts, "\t")
  end
end

local function format_dict(out, item, id, scalar_keys)
  local scalars, nested = {}, {}
  if scalar_keys then
    for _, k in ipairs(scalar_keys) do scalars[#scalars + 1] = str(item[k]) end
    local skip = {}
    for _, k in ipairs(scalar_keys) do skip[k] = true end
    for _, k in ipairs(sorted_keys(item)) do
      if not skip[k] then nested[#nested + 1] = k end
    end
  else
    for _, k in ipairs(sorted_keys(item)) do
      if is_container(item[k]) then nested[#nested + 1] = k else scalars[#scalars + 1] = str(item[k]) end
    end
  end
  if #scalars > 0 then
    if id then table.insert(scalars, 1, id:upper()) end
    out[#out + 1] = concat(scalars, "\t")
  end
  for _, k in ipairs(nested) do format_text(out, item[k], k) end
end

local function format_list(out, item, id)
  if #item == 0 then return end
  local dicts, lists = false, false
  for _, x in ipairs(item) do
    if is_container(x) then
      if is_array(x) then lists = true else dicts = true end
    end
  end
  if dicts then
    local seen = {}
    for _, x in ipairs(item) do
      if is_container(x) and not is_array(x) then
        for k, v in pairs(x) do if not is_container(v) then seen[k] = true end end
      end
    end
    local keys = sorted_keys(seen)
    for _, x in ipairs(item) do format_text(out, x, id, keys) end
  elseif lists then
    local scalars, nested = {}, {}
    for _, x in ipairs(item) do
      if is_container(x) then nested[#nested + 1] = x else scalars[#scalars + 1] = x end
    end
    if #scalars > 0 then scalar_list(out, scalars, id) end
    for _, x in ipairs(nested) do format_text(out, x, id) end
  else
    scalar_list(out, item, id)
  end
end

function format_text(out, item, id, scalar_keys)
  if is_container(item) then
    if is_array(item) then format_list(out, item, id) else format_dict(out, item, id, scalar_keys) end
  else
    out[#out + 1] = str(item)
  end
end

function M.text(v)
  local out = {}
  format_text(out, v)
  if #out == 0 then return "" end
  return concat(out, "\n") .. "\n"
end

-- The document the CLI prints for a result, or "" when it prints nothing (an empty
-- response without --query).
function M.render(v, fmt, queried)
  if not queried and type(v) == "table" and next(v) == nil then return "" end
  if fmt == "text" then return M.text(v) end
  return M.json(v)
end

return M

-- protocol/shape_json: JSON bodies written and read by the model's shapes, as both
-- awsJson1_1 and restJson1 carry them. Lists are always arrays and structures and maps
-- always objects (so an empty list is [] and an empty map {}), timestamps default to
-- epoch seconds, blobs are base64, and NaN / Infinity travel as strings.
local cjson = require "cjson"
local compat = require "awsjobs.compat"
local core = require "awsjobs.core"
local timestamp = require "awsjobs.timestamp"

local M = {}

local json = cjson.new()
json.decode_invalid_numbers(false)
M.null = json.null   -- the same light userdata as core.null
M.json_decode = core.json_decode

local type, pairs, ipairs, tostring = type, pairs, ipairs, tostring
local concat, format, huge = table.concat, string.format, math.huge
local tointeger, mtype, floor = compat.tointeger, math.type, math.floor  -- math.type: nil on LuaJIT
local encode_string = json.encode
local b64encode, b64decode = core.base64_encode, core.base64_decode
local json_decode = core.json_decode
local null = json.null

local SPECIAL_FLOATS = { NaN = 0 / 0, Infinity = huge, ["-Infinity"] = -huge }
M.SPECIAL_FLOATS = SPECIAL_FLOATS

-- The shortest decimal that reads back as the same double.
local function number_text(v)
  if v ~= v then return '"NaN"' end
  if v == huge then return '"Infinity"' end
  if v == -huge then return '"-Infinity"' end
  if mtype and mtype(v) == "integer" then return format("%d", v) end
  if v == floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then return format("%.1f", v) end
  local s = format("%.15g", v)
  if tonumber(s) ~= v then s = format("%.17g", v) end
  return s
end
M.number_text = number_text

-- A document has no shape to say float or integer; without Lua 5.3's integer subtype
-- (LuaJIT, 5.1) a whole number is taken to be the integer the caller meant.
local function document_number_text(v)
  if not mtype and v == floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then return format("%d", v) end
  return number_text(v)
end

local encode_value

-- Lua value -> JSON text for a document (untyped) member.
local function encode_document(buf, v)
  local t = type(v)
  if t == "table" then
    if v == null then buf[#buf + 1] = "null" return end
    if #v > 0 or (json.array_mt ~= nil and getmetatable(v) == json.array_mt) then
      buf[#buf + 1] = "["
      for i, x in ipairs(v) do
        if i > 1 then buf[#buf + 1] = "," end
        encode_document(buf, x)
      end
      buf[#buf + 1] = "]"
    else
      buf[#buf + 1] = "{"
      local first = true
      for k, x in pairs(v) do
        if not first then buf[#buf + 1] = "," end
        first = false
        buf[#buf + 1] = encode_string(tostring(k))
        buf[#buf + 1] = ":"
        encode_document(buf, x)
      end
      buf[#buf + 1] = "}"
    end
  elseif t == "string" then
    buf[#buf + 1] = encode_string(v)
  elseif t == "number" then
    buf[#buf + 1] = document_number_text(v)
  elseif t == "boolean" then
    buf[#buf + 1] = v and "true" or "false"
  else
    buf[#buf + 1] = "null"
  end
end

-- Writes the members of a structure value; include(member) filters (restJson1 keeps
-- the body members only at the top level).
local function encode_structure(buf, value, shape, shapes, include)
  local members = shape.members or {}
  buf[#buf + 1] = "{"
  local first = true
  for name, v in pairs(value) do
    local m = members[name]
    if m and v ~= null and (not include or include(m)) then
      local key = m._json_key  -- the quoted wire name and its colon, made once per member
      if not key then
        key = encode_string(m.locationName or name) .. ":"
        m._json_key = key
      end
      buf[#buf + 1] = first and key or ("," .. key)
      first = false
      encode_value(buf, v, shapes[m.shape], shapes, m)
    end
  end
  buf[#buf + 1] = "}"
end

function encode_value(buf, v, shape, shapes, member)
  local t = shape.type
  if t == "structure" then
    if shape.document then encode_document(buf, v) return end
    encode_structure(buf, v, shape, shapes)
  elseif t == "list" then
    local m = shape.member
    local ms = shapes[m.shape]
    buf[#buf + 1] = "["
    for i = 1, #v do
      if i > 1 then buf[#buf + 1] = "," end
      local x = v[i]
      if x == null then buf[#buf + 1] = "null" else encode_value(buf, x, ms, shapes, m) end
    end
    buf[#buf + 1] = "]"
  elseif t == "map" then
    local vm = shape.value
    local vs = shapes[vm.shape]
    buf[#buf + 1] = "{"
    local first = true
    for k, x in pairs(v) do
      if not first then buf[#buf + 1] = "," end
      first = false
      buf[#buf + 1] = encode_string(k)
      buf[#buf + 1] = ":"
      if x == null then buf[#buf + 1] = "null" else encode_value(buf, x, vs, shapes, vm) end
    end
    buf[#buf + 1] = "}"
  elseif t == "string" then
    buf[#buf + 1] = encode_string(v)
  elseif t == "integer" or t == "long" then
    buf[#buf + 1] = format("%d", tointeger(v) or floor(v))
  elseif t == "float" or t == "double" then
    if type(v) == "string" then v = SPECIAL_FLOATS[v] or tonumber(v) end
    buf[#buf + 1] = number_text(v)
  elseif t == "boolean" then
    buf[#buf + 1] = v and "true" or "false"
  elseif t == "timestamp" then
    local fmt = (member and member.timestampFormat) or shape.timestampFormat or "unixTimestamp"
    local secs = timestamp.parse(v)
    if fmt == "unixTimestamp" then
      buf[#buf + 1] = timestamp.epoch_string(secs)
    else
      buf[#buf + 1] = encode_string(timestamp.format(secs, fmt))
    end
  elseif t == "blob" then
    buf[#buf + 1] = encode_string(b64encode(v))
  else
    encode_document(buf, v)
  end
end

-- encode(value, shape, shapes) -> JSON text
function M.encode(value, shape, shapes, member)
  local buf = {}
  encode_value(buf, value, shape, shapes, member)
  return concat(buf)
end

-- Spare piece lists for encode_body, emptied after each use: one fewer table per request.
-- Taken and given back (never shared), so a body encoded while another waits is safe.
local spare_bufs = {}
local SPARE_BUFS, SPARE_BUF_PIECES = 8, 256  -- how many are kept, and only lists this short
local clear = compat.table_clear

-- encode_body(params, shape, shapes, include) -> JSON object text of a structure's members
function M.encode_body(params, shape, shapes, include)
  local n = #spare_bufs
  local buf = spare_bufs[n]
  if buf then spare_bufs[n] = nil else buf = {} end
  encode_structure(buf, params, shape, shapes, include)
  local text = concat(buf)
  if #buf <= SPARE_BUF_PIECES and #spare_bufs < SPARE_BUFS then
    clear(buf)
    spare_bufs[#spare_bufs + 1] = buf
  end
  return text
end

function M.encode_document(v)
  local buf = {}
  encode_document(buf, v)
  return concat(buf)
end

-- Shapes whose decoded JSON value is already the Lua value (core.json_decode keeps
-- integers as integers).
local AS_IS = { string = true, boolean = true, integer = true, long = true }

-- Per structure shape, once: wire key -> true for a member whose value is used as read under
-- its own name (the common case, one lookup), else {name =, shape =, as_is =}.
local function wire_plan(shape, shapes)
  local plan = shape._wire
  if not plan then
    plan = {}
    for name, m in pairs(shape.members or {}) do
      if not m.location then
        local ms = shapes[m.shape]
        local wire = m.locationName or name
        local as_is = AS_IS[ms.type] or false
        plan[wire] = (as_is and wire == name) or { name = name, shape = ms, as_is = as_is }
      end
    end
    shape._wire = plan
  end
  return plan
end

local decode_value

-- The decoders convert the fresh lua-cjson tree in place, rather than copying it: a response
-- is decoded once, and fewer new tables is most of the cost of decoding.
local function decode_structure(v, shape, shapes)
  if shape.document then return v end
  if type(v) ~= "table" then return nil end
  local plan = wire_plan(shape, shapes)
  local renamed, unknown
  for key, x in pairs(v) do
    local e = plan[key]
    if e == true then
      if x == null then v[key] = nil end  -- (core.json_decode already leaves null members out)
    elseif e and x ~= null then
      if not e.as_is then x = decode_value(x, e.shape, shapes) end
      local name = e.name
      if name == key then
        if not e.as_is then v[key] = x end  -- assigning an existing field while traversing is allowed
      else
        v[key] = nil
        renamed = renamed or {}
        renamed[name] = x
      end
    else
      v[key] = nil  -- unknown members and nulls are dropped
      if not e and shape.union and key ~= "__type" then unknown = key end
    end
  end
  if renamed then
    for name, x in pairs(renamed) do v[name] = x end
  end
  if unknown then v.SDK_UNKNOWN_MEMBER = { name = unknown } end  -- a member newer than this model
  return v
end

function decode_value(v, shape, shapes)
  local t = shape.type
  if t == "structure" then
    return decode_structure(v, shape, shapes)
  elseif t == "list" then
    if type(v) ~= "table" then return nil end
    local ms = shapes[shape.member.shape]
    if not AS_IS[ms.type] then
      for i = 1, #v do
        local x = v[i]
        if x ~= null then v[i] = decode_value(x, ms, shapes) end
      end
    end
    return v
  elseif t == "map" then
    if type(v) ~= "table" then return nil end
    local vs = shapes[shape.value.shape]
    local as_is = AS_IS[vs.type]
    for k, x in pairs(v) do
      if x == null then
        v[k] = nil
      elseif not as_is then
        v[k] = decode_value(x, vs, shapes)
      end
    end
    return v
  elseif t == "integer" or t == "long" then
    return tointeger(v) or v
  elseif t == "float" or t == "double" then
    if type(v) == "string" then return SPECIAL_FLOATS[v] or tonumber(v) end
    return v
  elseif t == "timestamp" then
    return timestamp.parse(v)
  elseif t == "blob" then
    return type(v) == "string" and b64decode(v) or nil
  end
  return v
end

-- The reader's plan for a shape (see core.json_decode): it drops members the model lacks and
-- turns NaN / Infinity strings into floats while it reads, so most outputs need no walk
-- afterwards. Built once per shape; recursive shapes give cyclic plans, which is fine.
local function reader_plan(shape, shapes)
  local plan = shape._plan
  if plan ~= nil then return plan end
  local t = shape.type
  if t == "structure" and not shape.document and not shape.union then
    plan = {}
    shape._plan = plan
    for name, m in pairs(shape.members or {}) do
      if not m.location then plan[m.locationName or name] = reader_plan(shapes[m.shape], shapes) end
    end
    return plan
  elseif t == "list" or t == "map" then
    local inner = reader_plan(shapes[(t == "list" and shape.member or shape.value).shape], shapes)
    plan = inner == true and true or { [t == "list" and "[]" or "{}"] = inner }
  elseif t == "float" or t == "double" then
    plan = "f"
  else
    plan = true
  end
  shape._plan = plan
  return plan
end

-- Whether a decoded value of this shape still needs decode_value: blobs, timestamps in a
-- string format, renamed members and unions do; the reader's plan did the rest.
local function needs_walk(shape, shapes)
  local cached = shape._needs_walk
  if cached ~= nil then return cached end
  shape._needs_walk = false  -- a recursive shape is settled by its other members
  local t, needs = shape.type, false
  if t == "blob" then
    needs = true
  elseif t == "timestamp" then
    needs = shape.timestampFormat ~= nil and shape.timestampFormat ~= "unixTimestamp"
  elseif t == "list" then
    needs = needs_walk(shapes[shape.member.shape], shapes)
  elseif t == "map" then
    needs = needs_walk(shapes[shape.value.shape], shapes)
  elseif t == "structure" and not shape.document then
    needs = shape.union or false
    for name, m in pairs(shape.members or {}) do
      if needs then break end
      needs = (m.locationName ~= nil and m.locationName ~= name)
        or (m.timestampFormat ~= nil and m.timestampFormat ~= "unixTimestamp")
        or needs_walk(shapes[m.shape], shapes)
    end
  end
  shape._needs_walk = needs
  return needs
end

-- decode(json_value, shape, shapes) -> Lua value by the shape
M.decode = decode_value

-- decode_text(body, shape, shapes) -> value | nil, message
function M.decode_text(body, shape, shapes)
  if body == nil or not body:find("%S") then return {} end
  local plan = shape and reader_plan(shape, shapes)
  local v, msg = json_decode(body, type(plan) == "table" and plan or nil)
  if v == nil then return nil, "response body is not valid JSON (" .. msg .. ")" end
  if not shape then return {} end
  if type(v) == "table" and not needs_walk(shape, shapes) then return v end
  return decode_value(v, shape, shapes) or {}
end

return M

-- protocol/rest_json: restJson1 (Batch, IoT). Members go where the model binds them: URI
-- labels, query string, headers, or the JSON (or raw payload) body.
local core = require "awsjobs.core"
local common = require "awsjobs.protocol.common"
local compat = require "awsjobs.compat"
local headers_of = require("awsjobs.headers").all
local shape_json = require "awsjobs.protocol.shape_json"
local timestamp = require "awsjobs.timestamp"

local M = {}

local concat, format, pairs, tostring, type = table.concat, string.format, pairs, tostring, type
local null = shape_json.null

-- Members sorted by name, once per shape: a stable order for query strings.
local function ordered_members(shape)
  local order = shape._order
  if not order then
    order = {}
    for name in pairs(shape.members or {}) do order[#order + 1] = name end
    table.sort(order)
    shape._order = order
  end
  return order
end

-- Percent-encodes all but the unreserved characters (and '/' for greedy labels).
local function escape(s, keep_slash)
  local pattern = keep_slash and "[^%w%-%._~/]" or "[^%w%-%._~]"
  return (s:gsub(pattern, function(c) return format("%%%02X", c:byte()) end))
end
M.escape = escape

-- A scalar as text for a label, query value or header.
local function scalar_text(v, shape, member, default_ts)
  local t = shape.type
  if t == "timestamp" then
    local fmt = (member and member.timestampFormat) or shape.timestampFormat or default_ts
    return timestamp.format(timestamp.parse(v), fmt)
  elseif t == "boolean" then
    return v and "true" or "false"
  elseif t == "float" or t == "double" then
    if type(v) == "string" then return v end
    local s = shape_json.number_text(v)
    return (s:gsub('"', ""))
  elseif t == "integer" or t == "long" then
    return format("%d", compat.tointeger(v) or math.floor(v))
  elseif t == "blob" then
    return core.base64_encode(v)
  end
  return tostring(v)
end

-- A header list item: strings with commas or quotes are quoted.
local function header_item(v, shape, member)
  local s = scalar_text(v, shape, member, "rfc822")
  if shape.type == "string" and s:find('[,"]') then
    s = '"' .. s:gsub('[\\"]', "\\%0") .. '"'
  end
  return s
end

local function header_text(v, shape, member, shapes)
  if shape.type == "list" then
    local ms = shapes[shape.member.shape]
    local items = {}
    for i = 1, #v do items[i] = header_item(v[i], ms, shape.member) end
    return concat(items, ", ")
  end
  if member and member.jsonvalue then
    -- A string is already the JSON text; anything else is encoded first.
    return core.base64_encode(type(v) == "string" and v or shape_json.encode_document(v))
  end
  return scalar_text(v, shape, member, "rfc822")
end

local function body_member(m) return m.location == nil end

-- build(model, op, params) -> {method, path, query, headers, body, host_prefix}
function M.build(model, op, params)
  local shapes = model.shapes
  local shape = op.input and shapes[op.input] or { type = "structure", members = {} }
  local members = shape.members or {}
  local path_tpl, const_query = op.http.requestUri:match("^([^?]*)%??(.*)$")
  local headers, query, explicit = {}, {}, {}

  local path = path_tpl:gsub("{([^}]+)}", function(label)
    local greedy = label:sub(-1) == "+"
    local name = greedy and label:sub(1, -2) or label
    for mname, m in pairs(members) do
      if m.location == "uri" and (m.locationName or mname) == name then
        local v = params[mname]
        if v == nil then return "" end
        return escape(scalar_text(v, shapes[m.shape], m, "iso8601"), greedy)
      end
    end
    return ""
  end)

  if const_query ~= "" then query[1] = const_query end
  -- Named query members first: they win over a query map's entries with the same key.
  local maps = {}
  for _, name in ipairs(ordered_members(shape)) do
    local m, v = members[name], params[name]
    if v ~= nil and v ~= null then
      local ms = shapes[m.shape]
      if m.location == "querystring" then
        if ms.type == "map" then
          maps[#maps + 1] = { v, ms }
        elseif ms.type == "list" then
          local key = escape(m.locationName or name)
          explicit[m.locationName or name] = true
          for i = 1, #v do
            query[#query + 1] = key .. "=" .. escape(scalar_text(v[i], shapes[ms.member.shape], ms.member, "iso8601"))
          end
        else
          explicit[m.locationName or name] = true
          query[#query + 1] = escape(m.locationName or name) .. "=" .. escape(scalar_text(v, ms, m, "iso8601"))
        end
      elseif m.location == "header" then
        headers[m.locationName or name] = header_text(v, ms, m, shapes)
      elseif m.location == "headers" then
        local prefix = m.locationName or ""
        for k, x in pairs(v) do headers[prefix .. k] = tostring(x) end
      end
    end
  end
  for _, pair in ipairs(maps) do
    local v, ms = pair[1], pair[2]
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    local vshape = shapes[ms.value.shape]
    for _, k in ipairs(keys) do
      if not explicit[k] then
        local x = v[k]
        if vshape.type == "list" then
          for i = 1, #x do query[#query + 1] = escape(k) .. "=" .. escape(tostring(x[i])) end
        else
          query[#query + 1] = escape(k) .. "=" .. escape(tostring(x))
        end
      end
    end
  end

  local body = ""
  local payload = shape.payload
  if payload then
    local pm = members[payload]
    local ps = shapes[pm.shape]
    local v = params[payload]
    if ps.type == "blob" or ps.type == "string" then
      body = v or ""
      if headers["Content-Type"] == nil and (v ~= nil or ps.type == "blob") then
        headers["Content-Type"] = ps.type == "blob" and "application/octet-stream" or "text/plain"
      end
    elseif v ~= nil and v ~= null then
      body = shape_json.encode(v, ps, shapes, pm)
    elseif not ps.union then
      body = "{}"   -- an unset union payload sends nothing at all
    end
  else
    local has_body_member, has_body_value = false, false
    for name, m in pairs(members) do
      if not m.location then
        has_body_member = true
        local v = params[name]
        if v ~= nil and v ~= null then has_body_value = true end
      end
    end
    if has_body_value then
      body = shape_json.encode_body(params, shape, shapes, body_member)
    elseif has_body_member then
      body = "{}"
    end
  end
  if body ~= "" then
    if headers["Content-Type"] == nil then headers["Content-Type"] = "application/json" end
    headers["Content-Length"] = tostring(#body)
  end

  return {
    method = op.http.method,
    path = path,
    query = #query > 0 and concat(query, "&") or nil,
    headers = headers,
    body = body,
    host_prefix = common.host_prefix(op, params, shape),
  }
end

-- Splits a header list; HTTP dates hold a comma of their own.
local function split_list(value, item_type)
  local items, i, n = {}, 1, #value
  while i <= n do
    while value:sub(i, i) == " " do i = i + 1 end
    if value:sub(i, i) == '"' then
      local j, buf = i + 1, {}
      while j <= n and value:sub(j, j) ~= '"' do
        if value:sub(j, j) == "\\" then j = j + 1 end
        buf[#buf + 1] = value:sub(j, j)
        j = j + 1
      end
      items[#items + 1] = concat(buf)
      i = (value:find(",", j, true) or n) + 1
    else
      local j = value:find(",", i, true) or n + 1
      if item_type == "timestamp" and value:sub(i, j - 1):match("^%a%a%a$") then
        j = value:find(",", j + 1, true) or n + 1
      end
      items[#items + 1] = (value:sub(i, j - 1):gsub("%s+$", ""))
      i = j + 1
    end
  end
  return items
end

local function header_value(v, shape, member, shapes)
  local t = shape.type
  if t == "list" then
    local ms = shapes[shape.member.shape]
    local out = {}
    for i, item in ipairs(split_list(v, ms.type)) do out[i] = header_value(item, ms, shape.member, shapes) end
    return out
  elseif t == "integer" or t == "long" then
    return compat.tointeger(tonumber(v)) or tonumber(v)
  elseif t == "float" or t == "double" then
    return shape_json.SPECIAL_FLOATS[v] or tonumber(v)
  elseif t == "boolean" then
    return v == "true"
  elseif t == "timestamp" then
    return timestamp.parse(v)
  elseif t == "blob" then
    return core.base64_decode(v)
  elseif member and member.jsonvalue then
    return core.base64_decode(v)  -- the JSON text, as the member is a string
  end
  return v
end

-- Members bound to headers and the status code, into out.
local function bound_members(out, shape, shapes, status, headers)
  for name, m in pairs(shape.members or {}) do
    local ms = shapes[m.shape]
    if m.location == "header" then
      local v = headers[(m.locationName or name):lower()]
      if v ~= nil then out[name] = header_value(v, ms, m, shapes) end
    elseif m.location == "headers" then
      local prefix = (m.locationName or ""):lower()
      local map
      for k, v in pairs(headers_of(headers)) do
        if k:sub(1, #prefix) == prefix then
          map = map or {}
          map[k:sub(#prefix + 1)] = v
        end
      end
      out[name] = map
    elseif m.location == "statusCode" then
      out[name] = status
    end
  end
  return out
end

local function decode_output(model, shape, status, headers, body)
  local shapes = model.shapes
  local out
  local payload = shape.payload
  if payload then
    out = {}
    local pm = shape.members[payload]
    local ps = shapes[pm.shape]
    if ps.type == "blob" or ps.type == "string" then
      if body ~= "" then out[payload] = body end
    elseif body:match("%S") then
      local v, msg = shape_json.decode_text(body, ps, shapes)
      if not v then return nil, msg end
      out[payload] = v
    end
  else
    local v, msg = shape_json.decode_text(body, shape, shapes)
    if not v then return nil, msg end
    out = v
  end
  return bound_members(out, shape, shapes, status, headers)
end

-- parse(model, op, status, headers, body) -> result | nil, err
function M.parse(model, op, status, headers, body)
  if status >= 200 and status < 300 then
    local shape = op.output and model.shapes[op.output]
    if not shape then return {} end
    local result, msg = decode_output(model, shape, status, headers, body)
    if not result then return nil, common.parse_error(op, status, headers, msg) end
    return result
  end
  return nil, common.service_error(model, op, status, headers, body, function(obj, shape)
    local out = shape_json.decode(obj, shape, model.shapes) or {}
    return bound_members(out, shape, model.shapes, status, headers)
  end)
end

return M

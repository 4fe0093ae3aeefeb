-- Every operation of the four models: a valid input is built from the operation's input
-- shape (required members, values within the model's limits), prepared, and the request
-- checked against the protocol's rules, worked out here from the model independently of
-- the serialisers: method, path with encoded labels, query, target header, headers, body.
local awsjobs = require "awsjobs"
local cjson = require "cjson"

local CREDS = { access_key_id = "AKIDEXAMPLE", secret_access_key = "secret" }

-- A string of n characters with a space and a slash in it, so labels must be encoded.
local function text(n)
  local base = "v a/l"
  local s = base:rep(math.ceil(n / #base)):sub(1, n)
  return s
end

local sample

local function sample_structure(shape, shapes, depth)
  local out = {}
  if shape.union then
    local name = next(shape.members)
    out[name] = sample(shapes[shape.members[name].shape], shapes, depth + 1)
    return out
  end
  for _, name in ipairs(shape.required or {}) do
    out[name] = sample(shapes[shape.members[name].shape], shapes, depth + 1)
  end
  return out
end

function sample(shape, shapes, depth)
  local t = shape.type
  if depth > 12 then error("input too deep for a sample") end
  if t == "structure" then
    if shape.document then return {} end
    return sample_structure(shape, shapes, depth)
  elseif t == "list" then
    local list = {}
    for i = 1, math.max(shape.min or 1, 1) do list[i] = sample(shapes[shape.member.shape], shapes, depth + 1) end
    return list
  elseif t == "map" then
    local k = sample(shapes[shape.key.shape], shapes, depth + 1)
    return { [k] = sample(shapes[shape.value.shape], shapes, depth + 1) }
  elseif t == "string" then
    if shape.enum then return shape.enum[1] end
    local n = math.max(shape.min or 1, 1)
    if shape.max and n > shape.max then n = shape.max end
    return text(math.max(n, math.min(5, shape.max or 5)))
  elseif t == "integer" or t == "long" then
    return math.tointeger(shape.min or 1) or 1
  elseif t == "float" or t == "double" then
    return shape.min or 1.5
  elseif t == "boolean" then
    return true
  elseif t == "timestamp" then
    return 1700000000
  elseif t == "blob" then
    return ("b"):rep(math.max(shape.min or 3, 1))
  end
  error("no sample for type " .. tostring(t))
end

local function escape(s, keep_slash)
  return (s:gsub(keep_slash and "[^%w%-%._~/]" or "[^%w%-%._~]",
    function(c) return ("%%%02X"):format(c:byte()) end))
end

-- A scalar as it goes in a label or query string; timestamps there are ISO 8601.
local function scalar(v, shape)
  if shape and shape.type == "timestamp" then
    local fmt = shape.timestampFormat
    if fmt == "unixTimestamp" then return tostring(v) end
    return os.date("!%Y-%m-%dT%H:%M:%SZ", v)
  end
  if type(v) == "boolean" then return v and "true" or "false" end
  return tostring(v)
end

-- The path and query a restJson1 request must have, from the model alone.
local function expected_path(op, shape, params, shapes)
  local tpl = op.http.requestUri:match("^([^?]*)")
  return (tpl:gsub("{([^}]+)}", function(label)
    local greedy = label:sub(-1) == "+"
    local name = greedy and label:sub(1, -2) or label
    for mname, m in pairs(shape and shape.members or {}) do
      if m.location == "uri" and (m.locationName or mname) == name then
        return escape(scalar(params[mname], shapes[m.shape]), greedy)
      end
    end
    error("no member for label " .. label)
  end))
end

local function check(client, op_name)
  local model = client.model
  local op = model.operations[op_name]
  local shape = op.input and model.shapes[op.input]
  local params = shape and sample_structure(shape, model.shapes, 0) or {}
  local req, err = client:prepare(op_name, params)
  assert(req, err and tostring(err))
  assert.is_string(req.headers.Authorization)
  local path, query = req.url:match("^https://[^/]+([^?]*)%??(.*)$")

  if model.metadata.protocol == "json" then
    assert.are.equal("POST", req.method)
    assert.are.equal("/", path)
    assert.are.equal(model.metadata.targetPrefix .. "." .. op_name, req.headers["X-Amz-Target"])
    assert.are.equal("application/x-amz-json-1.1", req.headers["Content-Type"])
    local body = cjson.decode(req.body)
    for name in pairs(params) do
      assert.is_not_nil(body[shape.members[name].locationName or name], op_name .. " body member " .. name)
    end
    return
  end

  assert.are.equal(op.http.method, req.method)
  assert.are.equal(expected_path(op, shape, params, model.shapes), path)
  local body_members = 0
  for name, m in pairs(shape and shape.members or {}) do
    local v = params[name]
    if v ~= nil then
      local wire = m.locationName or name
      if m.location == "querystring" and type(v) ~= "table" then
        local item = escape(wire) .. "=" .. escape(scalar(v, model.shapes[m.shape]))
        assert.truthy(("&" .. query .. "&"):find("&" .. item .. "&", 1, true),
          op_name .. " query member " .. name)
      elseif m.location == "header" and type(v) ~= "table" then
        assert.is_string(req.headers[wire], op_name .. " header " .. wire)
      elseif not m.location then
        body_members = body_members + 1
      end
    end
  end
  if shape and shape.payload then
    assert.is_string(req.body)
  elseif body_members > 0 then
    local body = cjson.decode(req.body)
    for name, m in pairs(shape.members) do
      if params[name] ~= nil and not m.location then
        assert.is_not_nil(body[m.locationName or name], op_name .. " body member " .. name)
      end
    end
    assert.are.equal("application/json", req.headers["Content-Type"])
  end
end

local total = 0
for _, service in ipairs { "ecs", "batch", "iot", "sagemaker" } do
  describe("every " .. service .. " operation", function()
    local client = assert(awsjobs.client(service, { region = "us-east-1", credentials = CREDS }))
    local names = {}
    for name in pairs(client.model.operations) do names[#names + 1] = name end
    table.sort(names)
    total = total + #names
    for _, name in ipairs(names) do
      it(name, function() check(client, name) end)
    end
  end)
end

describe("operation count", function()
  it("covers the 790 operations of the four models", function()
    assert.are.equal(790, total)
  end)
end)

-- protocol/json: awsJson1_1 (ECS, SageMaker). POST /, the operation in X-Amz-Target, the
-- whole input as a JSON object, the whole output likewise.
local common = require "awsjobs.protocol.common"
local compat = require "awsjobs.compat"
local shape_json = require "awsjobs.protocol.shape_json"

local M = {}

-- the request's header table is made with room for the signing and SDK headers added to
-- it later, rather than grown (a new hash part) as they come
local new_table, clear = compat.table_new, compat.table_clear

-- Request tables (with their header tables) of finished calls, emptied, for the next
-- build: see M.release. Taken and given back, never shared while in use.
local spare = {}
local SPARE = 16

-- build(model, op, params) -> {method, path, query, headers, body, host_prefix}
function M.build(model, op, params)
  local meta = model.metadata
  local shape = op.input and model.shapes[op.input]
  local body = shape and shape_json.encode_body(params, shape, model.shapes) or "{}"
  local target = op._target  -- both header values are fixed per operation: made once
  if not target then
    target = meta.targetPrefix .. "." .. op.name
    op._target, op._content_type = target, "application/x-amz-json-" .. (meta.jsonVersion or "1.0")
  end
  local n = #spare
  local req = spare[n]
  local headers
  if req then
    spare[n] = nil
    headers = req.headers
  else
    req, headers = new_table(0, 8), new_table(0, 8)
  end
  headers["Content-Type"], headers["X-Amz-Target"] = op._content_type, target
  headers["Content-Length"] = tostring(#body)
  req.method, req.path, req.headers, req.body = "POST", "/", headers, body
  req.host_prefix = common.host_prefix(op, params, shape)
  return req
end

-- release(req): the caller (the client, once a call is over) no longer uses req nor its
-- headers: both are emptied and kept for a later build.
function M.release(req)
  local headers = req.headers
  if #spare < SPARE and type(headers) == "table" then
    clear(headers)
    clear(req)
    req.headers = headers
    spare[#spare + 1] = req
  end
end

local function decode_members(obj, shape, shapes)
  return shape_json.decode(obj, shape, shapes) or {}
end

local function service_error(model, op, status, headers, body)
  return common.service_error(model, op, status, headers, body, function(obj, shape)
    return decode_members(obj, shape, model.shapes)
  end)
end

-- parse(model, op, status, headers, body) -> result | nil, err
-- No closure here (see common.host_prefix): the success path stays compiled under LuaJIT.
function M.parse(model, op, status, headers, body)
  if status >= 200 and status < 300 then
    local shape = op.output and model.shapes[op.output]
    local result, msg = shape_json.decode_text(body, shape, model.shapes)
    if not result then return nil, common.parse_error(op, status, headers, msg) end
    return result
  end
  return nil, service_error(model, op, status, headers, body)
end

return M

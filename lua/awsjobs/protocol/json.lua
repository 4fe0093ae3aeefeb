-- protocol/json: awsJson1_1 (ECS, SageMaker). POST /, the operation in X-Amz-Target, the
-- whole input as a JSON object, the whole output likewise.
local common = require "awsjobs.protocol.common"
local shape_json = require "awsjobs.protocol.shape_json"

local M = {}

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
  return {
    method = "POST",
    path = "/",
    headers = {
      ["Content-Type"] = op._content_type,
      ["X-Amz-Target"] = target,
      ["Content-Length"] = tostring(#body),
    },
    body = body,
    host_prefix = common.host_prefix(op, params, shape),
  }
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

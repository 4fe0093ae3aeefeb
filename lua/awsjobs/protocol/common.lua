-- protocol/common: what awsJson1_1 and restJson1 share: error decoding, idempotency
-- tokens, host prefixes.
local errors = require "awsjobs.errors"
local shape_json = require "awsjobs.protocol.shape_json"

local M = {}

-- "aws.protocoltests.restjson#FooError:http://internal.amazon.com/" -> "FooError"
function M.sanitize_code(code)
  if type(code) ~= "string" then return nil end
  code = code:gsub("^.*#", ""):gsub(":.*$", "")
  return code
end

local function request_id(headers)
  return headers["x-amzn-requestid"] or headers["x-amz-request-id"]
end
M.request_id = request_id

-- The modeled error shape for a code: the operation's errors first (by shape name or the
-- error trait's code), then any exception shape of the service by that name.
local function error_shape(model, op, code)
  for _, name in ipairs(op.errors or {}) do
    local shape = model.shapes[name]
    if name == code or (shape and shape.error and shape.error.code == code) then return shape end
  end
  local shape = model.shapes[code]
  if shape and shape.exception then return shape end
  return nil
end

-- A response that could not be read as its protocol says.
function M.parse_error(op, status, headers, message)
  return errors.new { kind = "parse", message = message, status = status, operation = op.name,
                      request_id = request_id(headers) }
end

-- service_error(model, op, status, headers, body, decode_members) -> err
-- decode_members(obj, shape) fills the modeled members (restJson1 adds header-bound ones).
function M.service_error(model, op, status, headers, body, decode_members)
  local obj = {}
  if body and body:find("%S") then
    local v = shape_json.json_decode(body)
    if type(v) == "table" then obj = v end
  end
  local code = M.sanitize_code(headers["x-amzn-errortype"]) or M.sanitize_code(obj.__type)
    or M.sanitize_code(obj.code) or M.sanitize_code(obj.Code)
  local message = obj.message or obj.Message or obj.errorMessage
  if message == shape_json.null then message = nil end
  if not code then
    code = status == 404 and "NotFound" or status == 403 and "AccessDenied"
      or status >= 500 and "InternalServerError" or "UnknownError"
    if not message and body and #body > 0 and #body < 200 and not body:find("<", 1, true) then
      message = body
    end
  end
  local shape = code and error_shape(model, op, code)
  local data
  if shape then data = decode_members(obj, shape) end
  return errors.new {
    kind = "service", code = code, message = message or ("HTTP " .. status),
    status = status, request_id = request_id(headers), operation = op.name, data = data,
  }
end

-- Fills absent idempotency-token members (top level, as the models use them) with
-- token(); returns a new params table when it fills any, else params.
function M.fill_idempotency_tokens(params, shape, token)
  if not shape or not shape.members then return params end
  local out
  for name, m in pairs(shape.members) do
    if m.idempotencyToken and params[name] == nil then
      if not out then
        out = {}
        for k, v in pairs(params) do out[k] = v end
      end
      out[name] = token()
    end
  end
  return out or params
end

local function fill_host_labels(prefix, params, shape)
  return (prefix:gsub("{([^}]+)}", function(label)
    for name, m in pairs(shape and shape.members or {}) do
      if m.hostLabel and name == label then return tostring(params[name] or "") end
    end
    return ""
  end))
end

-- "{label}." host prefixes filled from hostLabel members; nil when the operation has none.
-- The closure lives in fill_host_labels: a function that makes one gets UCLO on its every
-- return, which LuaJIT cannot compile, so the common path (no prefix) would abort its trace.
function M.host_prefix(op, params, shape)
  local prefix = op.endpoint and op.endpoint.hostPrefix
  if not prefix then return nil end
  return fill_host_labels(prefix, params, shape)
end

return M

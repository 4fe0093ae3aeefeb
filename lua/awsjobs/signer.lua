-- signer: AWS Signature Version 4 through the C core (csrc/sigv4.c).
-- One signer userdata per Lua state holds the derived-key cache and scratch buffers.
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"

local M = {}

local shared = core.signer()

local function check_args(fname, request, options)
  if type(request) ~= "table" then
    error("awsjobs." .. fname .. ": request must be a table {method=, url=, headers=, body=}", 3)
  end
  if type(options) ~= "table" then
    error("awsjobs." .. fname .. ": options must be a table {region=, service=, credentials=}", 3)
  end
end

-- sign(request, options) -> headers, info | nil, err
-- request = {method =, url = (wire form), headers = {name = value or {values}}, body =}
-- options = {region =, service =, credentials = {access_key_id =, secret_access_key =,
--            session_token =}, time =, normalize_path =, content_sha256 =, omit_session_token =}
function M.sign(request, options)
  check_args("sign", request, options)
  local headers, info, message = shared:sign(request, options, true, false)
  if not headers then return nil, errors.new { kind = info, message = message } end
  return headers, info
end

-- presign(request, options) -> url, info | nil, err: query-string signing; options.expires
-- (seconds, default 3600) becomes X-Amz-Expires.
function M.presign(request, options)
  check_args("presign", request, options)
  local url, info, message = shared:sign(request, options, true, true)
  if not url then return nil, errors.new { kind = info, message = message } end
  return url, info
end

-- The engine's lean path: no info table, and the signing headers go into request.headers
-- itself (a table the engine built for this call), replacing those of an earlier attempt.
function M.sign_in_place(request, options)
  local headers, kind, message = shared:sign(request, options, false, false, true)
  if not headers then return nil, errors.new { kind = kind, message = message } end
  return headers
end

return M

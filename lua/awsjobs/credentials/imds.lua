-- credentials.imds: the EC2 instance role, from the instance metadata service, as botocore's
-- IMDSFetcher asks it. AWS_EC2_METADATA_SERVICE_ENDPOINT moves it, AWS_EC2_METADATA_DISABLED=true
-- turns it off. Each request waits metadata_service_timeout seconds (default 1, so that a
-- machine outside EC2 is not held up) and is tried metadata_service_num_attempts times
-- (default 1); both from the environment or the profile (config.setting).
-- IMDSv2 first: a session token from PUT /latest/api/token. When that request is refused
-- (403, 404, 405), or gets no usable answer in its attempts, the metadata is read without a
-- token (IMDSv1), unless ec2_metadata_v1_disabled / AWS_EC2_METADATA_V1_DISABLED is true.
-- A 400 to the token request is an error, as in botocore.
local config = require "awsjobs.config"
local http = require "awsjobs.credentials.http"

local M = { name = "instance metadata" }

M.DEFAULT_ENDPOINT = "http://169.254.169.254"
local PATH = "/latest/meta-data/iam/security-credentials/"
local FALLBACK = { [403] = true, [404] = true, [405] = true }

-- The session token | false (fall back to IMDSv1) | nil, message
local function session_token(base, s)
  for _ = 1, s.attempts do
    local status, _, body = http.request("PUT", base .. "/latest/api/token",
      { ["X-aws-ec2-metadata-token-ttl-seconds"] = "21600" }, "", s.timeout)
    if status == 200 and body ~= "" then return body end
    if FALLBACK[status] then return false end
    if status == 400 then return nil, "the IMDSv2 token request answered HTTP 400" end
    -- no answer (a timeout, a refused connection) or another status: try again
  end
  return false
end

-- GET path, tried s.attempts times while the answer is not a 200 with a body.
local function get(base, path, token, s)
  local headers = token and { ["X-aws-ec2-metadata-token"] = token } or {}
  local status
  for _ = 1, s.attempts do
    local st, _, b = http.request("GET", base .. path, headers, nil, s.timeout)
    status = st
    if st == 200 and b ~= "" then return b end
  end
  return nil, status
end

-- The metadata settings of the profile: {timeout, attempts, v1_disabled} | nil, message
local function metadata_settings(ctx)
  local s = {}
  for key, name in pairs { timeout = "metadata_service_timeout", attempts = "metadata_service_num_attempts",
                           v1_disabled = "ec2_metadata_v1_disabled" } do
    local value, err = config.setting(name, { profile = ctx.profile_name }, ctx.getenv)
    if value == nil then return nil, err.message end
    s[key] = value
  end
  return s
end

function M.fetch(ctx)
  if (ctx.getenv("AWS_EC2_METADATA_DISABLED") or ""):lower() == "true" then
    return nil, "disabled by AWS_EC2_METADATA_DISABLED"
  end
  local s, bad = metadata_settings(ctx)
  if not s then
    ctx.stop = true
    return nil, bad
  end
  local base = (ctx.getenv("AWS_EC2_METADATA_SERVICE_ENDPOINT") or M.DEFAULT_ENDPOINT):gsub("/+$", "")
  local token, terr = session_token(base, s)
  if token == nil then return nil, terr end
  if not token and s.v1_disabled then
    return nil, "no IMDSv2 session token from " .. base .. ", and IMDSv1 is disabled (ec2_metadata_v1_disabled)"
  end
  local role, status = get(base, PATH, token or nil, s)
  if not role then
    if status == nil then return nil, "no instance metadata service at " .. base end
    return nil, ("no instance role (HTTP %s)"):format(tostring(status))
  end
  role = role:match("^%s*([^\r\n]+)")
  if not role then return nil, "the instance has no role" end
  local body
  body, status = get(base, PATH .. role, token or nil, s)
  if not body then
    return nil, ("the instance role's credentials answered HTTP %s"):format(tostring(status))
  end
  return http.credentials_document(body, "the instance metadata service")
end

return M

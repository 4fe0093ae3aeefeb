-- credentials.imds: the EC2 instance role, from the instance metadata service with IMDSv2
-- session tokens. AWS_EC2_METADATA_SERVICE_ENDPOINT moves it, AWS_EC2_METADATA_DISABLED=true
-- turns it off. Timeouts are short so that a machine outside EC2 is not held up.
local http = require "awsjobs.credentials.http"

local M = { name = "instance metadata" }

M.DEFAULT_ENDPOINT = "http://169.254.169.254"
local TIMEOUT = 1
local PATH = "/latest/meta-data/iam/security-credentials/"

function M.fetch(ctx)
  if (ctx.getenv("AWS_EC2_METADATA_DISABLED") or ""):lower() == "true" then
    return nil, "disabled by AWS_EC2_METADATA_DISABLED"
  end
  local base = (ctx.getenv("AWS_EC2_METADATA_SERVICE_ENDPOINT") or M.DEFAULT_ENDPOINT):gsub("/+$", "")
  local status, _, token = http.request("PUT", base .. "/latest/api/token",
    { ["X-aws-ec2-metadata-token-ttl-seconds"] = "21600" }, "", TIMEOUT)
  if not status then return nil, "no instance metadata service at " .. base end
  if status ~= 200 or token == "" then return nil, ("IMDSv2 token request answered HTTP %d"):format(status) end
  local auth = { ["X-aws-ec2-metadata-token"] = token }
  local role
  status, _, role = http.request("GET", base .. PATH, auth, nil, TIMEOUT)
  if status ~= 200 then return nil, ("no instance role (HTTP %s)"):format(tostring(status)) end
  role = role:match("^%s*([^\r\n]+)")
  if not role then return nil, "the instance has no role" end
  local body
  status, _, body = http.request("GET", base .. PATH .. role, auth, nil, TIMEOUT)
  if status ~= 200 then return nil, ("the instance role's credentials answered HTTP %s"):format(tostring(status)) end
  return http.credentials_document(body, "the instance metadata service")
end

return M

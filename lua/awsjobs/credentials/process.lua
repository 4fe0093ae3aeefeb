-- credentials.process: the profile's credential_process, a command that prints the
-- credentials as JSON ({"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken",
-- "Expiration"}). Its output never goes into an error message.
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local timestamp = require "awsjobs.timestamp"

local M = { name = "credential_process" }

function M.fetch(ctx)
  local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
  local cmd = p.credential_process
  if not cmd then return nil, nil end
  ctx.stop = true
  local pipe = io.popen(cmd, "r")
  if not pipe then return nil, "cannot run the credential_process command" end
  local out = pipe:read("a")
  local ok, how, code = pipe:close()
  if not ok then return nil, ("the credential_process command failed (%s %s)"):format(how, tostring(code)) end
  local doc = core.json_decode(out)
  if type(doc) ~= "table" then return nil, "the credential_process output is not JSON" end
  if doc.Version ~= 1 then return nil, "the credential_process output needs \"Version\": 1" end
  if type(doc.AccessKeyId) ~= "string" or type(doc.SecretAccessKey) ~= "string" then
    return nil, "the credential_process output lacks AccessKeyId or SecretAccessKey"
  end
  return { access_key_id = doc.AccessKeyId, secret_access_key = doc.SecretAccessKey,
           session_token = doc.SessionToken, expiration = doc.Expiration and timestamp.parse(doc.Expiration) }
end

return M

-- credentials.credentials_file: the profile's static keys in the shared credentials file
-- (AWS_SHARED_CREDENTIALS_FILE, default ~/.aws/credentials). The session token is
-- aws_security_token (the legacy name, read first as botocore does) or aws_session_token.
local config = require "awsjobs.config"

local M = { name = "shared credentials file" }

local function text(v)
  return type(v) == "string" and v ~= "" and v or nil
end

function M.keys(section)
  if section and text(section.aws_access_key_id) and text(section.aws_secret_access_key) then
    local token = section.aws_security_token
    if token == nil then token = section.aws_session_token end
    return { access_key_id = section.aws_access_key_id, secret_access_key = section.aws_secret_access_key,
             session_token = text(token) }
  end
end

function M.fetch(ctx)
  local section, err = config.credentials_profile(ctx.profile_name, ctx.getenv)
  if err then
    ctx.stop = true
    return nil, err
  end
  local creds = M.keys(section)
  if creds then return creds end
  return nil, ("no keys for profile %q in %s"):format(ctx.profile_name, config.credentials_file(ctx.getenv))
end

return M

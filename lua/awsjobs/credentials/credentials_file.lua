-- credentials.credentials_file: the profile's static keys in the shared credentials file
-- (AWS_SHARED_CREDENTIALS_FILE, default ~/.aws/credentials).
local config = require "awsjobs.config"

local M = { name = "shared credentials file" }

function M.keys(section)
  if section and section.aws_access_key_id and section.aws_secret_access_key then
    return { access_key_id = section.aws_access_key_id, secret_access_key = section.aws_secret_access_key,
             session_token = section.aws_session_token }
  end
end

function M.fetch(ctx)
  local creds = M.keys(config.credentials_profile(ctx.profile_name, ctx.getenv))
  if creds then return creds end
  return nil, ("no keys for profile %q in %s"):format(ctx.profile_name, config.credentials_file(ctx.getenv))
end

return M

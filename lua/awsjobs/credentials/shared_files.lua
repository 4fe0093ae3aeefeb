-- credentials.shared_files: static keys of the profile in the shared credentials file, then
-- in the config file.
local config = require "awsjobs.config"

local M = { name = "shared files" }

local function from_section(s)
  if s and s.aws_access_key_id and s.aws_secret_access_key then
    return { access_key_id = s.aws_access_key_id, secret_access_key = s.aws_secret_access_key,
             session_token = s.aws_session_token }
  end
end

function M.fetch(ctx)
  local name = config.profile_name(ctx.opts, ctx.getenv)
  local creds = from_section(config.credentials_profile(name, ctx.getenv))
    or from_section(config.config_profile(name, ctx.getenv))
  if creds then return creds end
  return nil, ("profile %q has no keys in %s or %s"):format(name,
    config.credentials_file(ctx.getenv), config.config_file(ctx.getenv))
end

return M

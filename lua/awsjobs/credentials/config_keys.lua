-- credentials.config_keys: static keys written in the profile of the config file
-- (AWS_CONFIG_FILE, default ~/.aws/config).
local config = require "awsjobs.config"
local credentials_file = require "awsjobs.credentials.credentials_file"

local M = { name = "config file" }

function M.fetch(ctx)
  local section, err = config.config_profile(ctx.profile_name, ctx.getenv)
  if err then
    ctx.stop = true
    return nil, err
  end
  local creds = credentials_file.keys(section)
  if creds then return creds end
  return nil, ("no keys for profile %q in %s"):format(ctx.profile_name, config.config_file(ctx.getenv))
end

return M

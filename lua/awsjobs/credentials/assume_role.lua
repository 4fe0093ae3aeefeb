-- credentials.assume_role: a profile with role_arn, whose source is another profile
-- (source_profile) or the environment, EC2 instance metadata or an ECS container
-- (credential_source); the role's temporary credentials come from STS AssumeRole.
local config = require "awsjobs.config"
local sts = require "awsjobs.sts"

local M = { name = "assume role" }

local SOURCES = {
  Environment = "awsjobs.credentials.env",
  Ec2InstanceMetadata = "awsjobs.credentials.imds",
  EcsContainer = "awsjobs.credentials.container",
}

local function source_credentials(ctx, p)
  if p.source_profile and p.credential_source then
    return nil, "profile " .. ctx.profile_name .. " sets both source_profile and credential_source"
  end
  if p.credential_source then
    local module = SOURCES[p.credential_source]
    if not module then return nil, "unknown credential_source " .. p.credential_source end
    local sub = setmetatable({ stop = false, named = false }, { __index = ctx })
    local creds, reason = require(module).fetch(sub)
    return creds, creds == nil and (p.credential_source .. ": " .. tostring(reason)) or nil
  end
  if not p.source_profile then
    return nil, "profile " .. ctx.profile_name .. " has role_arn but no source_profile or credential_source"
  end
  local visited = ctx.visited or {}
  if visited[p.source_profile] then
    return nil, "source_profile loop through profile " .. p.source_profile
  end
  visited[ctx.profile_name] = true
  local sub = setmetatable({ profile_name = p.source_profile, visited = visited, stop = false },
    { __index = ctx })
  if p.source_profile == ctx.profile_name then
    -- a profile that is its own source uses its static keys
    return require("awsjobs.credentials.credentials_file").fetch(sub)
  end
  local creds, reasons = require("awsjobs.credentials.profile_chain").resolve(sub)
  if creds then return creds end
  return nil, "source_profile " .. p.source_profile .. ": " .. table.concat(reasons, "; ")
end

function M.fetch(ctx)
  local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
  if not p.role_arn or p.web_identity_token_file then
    return nil, nil  -- not an assume-role profile: nothing to say
  end
  ctx.stop = true
  if p.mfa_serial then return nil, "profiles with mfa_serial need an MFA code, which awsjobs cannot prompt for" end
  local source, reason = source_credentials(ctx, p)
  if not source then return nil, reason end
  local now = (ctx.opts.now or os.time)()
  return sts.assume_role({
    RoleArn = p.role_arn,
    RoleSessionName = p.role_session_name or ("awsjobs-" .. now),
    DurationSeconds = tonumber(p.duration_seconds),
    ExternalId = p.external_id,
  }, ctx, source)
end

return M

-- credentials.web_identity: an OIDC token file (EKS service accounts, CI systems) traded
-- for role credentials with STS AssumeRoleWithWebIdentity. From AWS_WEB_IDENTITY_TOKEN_FILE
-- with AWS_ROLE_ARN (and AWS_ROLE_SESSION_NAME), or the profile's web_identity_token_file
-- with role_arn (and role_session_name).
local config = require "awsjobs.config"
local sts = require "awsjobs.sts"

local M = { name = "web identity" }

function M.fetch(ctx)
  local file, role, session = ctx.getenv("AWS_WEB_IDENTITY_TOKEN_FILE"), ctx.getenv("AWS_ROLE_ARN"),
    ctx.getenv("AWS_ROLE_SESSION_NAME")
  if not (file and role) then
    local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
    if not p.web_identity_token_file then return nil, nil end
    file, role, session = p.web_identity_token_file, p.role_arn, p.role_session_name
    if not role then
      ctx.stop = true
      return nil, "profile " .. ctx.profile_name .. " has web_identity_token_file but no role_arn"
    end
  end
  ctx.stop = true
  local f = io.open(file, "r")
  if not f then return nil, "cannot read the token file " .. file end
  local token = f:read("a"):gsub("%s+$", "")
  f:close()
  if token == "" then return nil, "the token file " .. file .. " is empty" end
  local now = (ctx.opts.now or os.time)()
  return sts.assume_role_with_web_identity({
    RoleArn = role, RoleSessionName = session or ("awsjobs-" .. now), WebIdentityToken = token,
  }, ctx)
end

return M

-- credentials.sso: IAM Identity Center profiles (sso_session, or the older sso_start_url),
-- with sso_account_id and sso_role_name. The access token is the one `aws sso login` cached
-- under ~/.aws/sso/cache; the portal's GetRoleCredentials turns it into role credentials.
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local endpoints = require "awsjobs.endpoints"
local http = require "awsjobs.credentials.http"
local timestamp = require "awsjobs.timestamp"
local escape = require("awsjobs.protocol.rest_json").escape

local M = { name = "sso" }

local function cache_dir(ctx)
  return (ctx.getenv("HOME") or "") .. "/.aws/sso/cache"
end

-- The cached token for a session name (sso_session) or a start URL (legacy profiles).
local function cached_token(ctx, key)
  local path = cache_dir(ctx) .. "/" .. core.sha1_hex(key) .. ".json"
  local f = io.open(path, "r")
  if not f then return nil, "no cached SSO token (" .. path .. "); run `aws sso login`" end
  local doc = core.json_decode(f:read("a"))
  f:close()
  if type(doc) ~= "table" or type(doc.accessToken) ~= "string" then
    return nil, "the SSO token cache " .. path .. " is not readable"
  end
  local expires = timestamp.parse(doc.expiresAt or "")
  local now = (ctx.opts.now or os.time)()
  if not expires or expires <= now then return nil, "the cached SSO token has expired; run `aws sso login`" end
  return doc.accessToken
end

function M.fetch(ctx)
  local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
  if not (p.sso_session or p.sso_start_url) then return nil, nil end
  ctx.stop = true
  if not (p.sso_account_id and p.sso_role_name) then
    return nil, "profile " .. ctx.profile_name .. " needs sso_account_id and sso_role_name"
  end
  local region, key = p.sso_region, p.sso_start_url
  if p.sso_session then
    local s = (config.read_ini(config.config_file(ctx.getenv)) or {})["sso-session " .. p.sso_session]
    if not s then return nil, "no [sso-session " .. p.sso_session .. "] section" end
    region, key = s.sso_region, p.sso_session
  end
  if not region then return nil, "no sso_region for profile " .. ctx.profile_name end
  local token, reason = cached_token(ctx, key)
  if not token then return nil, reason end
  local ep, msg = endpoints.resolve({ serviceId = "SSO", endpointPrefix = "portal.sso" }, region, nil, ctx.getenv)
  if not ep then return nil, msg end
  local url = endpoints.url_for(ep, { path = "/federation/credentials",
    query = "account_id=" .. escape(p.sso_account_id) .. "&role_name=" .. escape(p.sso_role_name) })
  local status, _, body = http.request("GET", url, { ["x-amz-sso_bearer_token"] = token }, nil, 10)
  if not status then return nil, "GetRoleCredentials failed: " .. tostring(body) end
  if status ~= 200 then return nil, ("GetRoleCredentials failed (HTTP %d)"):format(status) end
  local doc = core.json_decode(body)
  local rc = type(doc) == "table" and doc.roleCredentials
  if type(rc) ~= "table" or not (rc.accessKeyId and rc.secretAccessKey) then
    return nil, "GetRoleCredentials answered without credentials"
  end
  return { access_key_id = rc.accessKeyId, secret_access_key = rc.secretAccessKey,
           session_token = rc.sessionToken, expiration = rc.expiration and rc.expiration / 1000 }
end

return M

-- credentials.sso: IAM Identity Center profiles (sso_session, or the older sso_start_url),
-- with sso_account_id and sso_role_name. The access token is the one `aws sso login` cached
-- under ~/.aws/sso/cache; the portal's GetRoleCredentials turns it into role credentials.
-- For sso_session profiles, a cached token with less than 15 minutes left is renewed first,
-- as botocore's SSOTokenProvider does: SSO OIDC CreateToken (POST /token on
-- https://oidc.<sso_region>.amazonaws.com, or AWS_ENDPOINT_URL_SSO_OIDC / AWS_ENDPOINT_URL;
-- JSON, unsigned) with the cached refreshToken and client registration, and the cache file
-- is rewritten with the keys the CLI writes. Tokens never go into a message.
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local endpoints = require "awsjobs.endpoints"
local http = require "awsjobs.credentials.http"
local timestamp = require "awsjobs.timestamp"
local escape = require("awsjobs.protocol.rest_json").escape
local encode_json = require("awsjobs.protocol.shape_json").encode_document

local M = { name = "sso" }

M.REFRESH_WINDOW = 15 * 60

local function cache_path(ctx, key)
  return (ctx.getenv("HOME") or "") .. "/.aws/sso/cache/" .. core.sha1_hex(key) .. ".json"
end

-- The cache file's document | nil, message
local function read_cache(path)
  local f = io.open(path, "r")
  if not f then return nil, "no cached SSO token (" .. path .. "); run `aws sso login`" end
  local doc = core.json_decode(f:read("a") or "")
  f:close()
  if type(doc) ~= "table" or type(doc.accessToken) ~= "string" then
    return nil, "the SSO token cache " .. path .. " is not readable"
  end
  return doc
end

-- Rewritten in place, so the file keeps the mode the CLI gave it (0600).
local function write_cache(path, doc)
  local f = io.open(path, "w")
  if not f then return false end
  f:write(encode_json(doc))
  f:close()
  return true
end

local function iso8601(t)
  return timestamp.iso8601(math.floor(t))  -- whole seconds, "2026-12-04T13:00:00Z", as the CLI writes
end

-- CreateToken with the refresh token: the new cache document | nil, message (never a token)
-- | nil (the cache has no refresh token)
local function refresh(ctx, doc, session, now)
  if doc.refreshToken == nil then return nil, nil end  -- a token made without one: nothing to say
  for _, k in ipairs { "refreshToken", "clientId", "clientSecret", "registrationExpiresAt" } do
    if type(doc[k]) ~= "string" then return nil, "the cached SSO token cannot be renewed (no " .. k .. ")" end
  end
  local registration = timestamp.parse(doc.registrationExpiresAt)
  if not registration or registration <= now then
    return nil, "the SSO client registration in the cache has expired"
  end
  local ep, msg = endpoints.resolve({ serviceId = "SSO OIDC", endpointPrefix = "oidc" }, session.sso_region, nil,
    ctx.getenv)
  if not ep then return nil, msg end
  local body = encode_json { grantType = "refresh_token", clientId = doc.clientId, clientSecret = doc.clientSecret,
    refreshToken = doc.refreshToken }
  local status, _, resp = http.request("POST", endpoints.url_for(ep, { path = "/token" }),
    { ["Content-Type"] = "application/json" }, body, 10)
  if not status then return nil, "SSO OIDC CreateToken did not answer: " .. tostring(resp) end
  if status ~= 200 then return nil, ("SSO OIDC CreateToken failed (HTTP %d)"):format(status) end
  local out = core.json_decode(resp)
  if type(out) ~= "table" or type(out.accessToken) ~= "string" or type(out.expiresIn) ~= "number" then
    return nil, "SSO OIDC CreateToken answered without a token"
  end
  return {
    startUrl = session.sso_start_url, region = session.sso_region, accessToken = out.accessToken,
    expiresAt = iso8601(now + out.expiresIn), clientId = doc.clientId, clientSecret = doc.clientSecret,
    registrationExpiresAt = doc.registrationExpiresAt,
    refreshToken = type(out.refreshToken) == "string" and out.refreshToken or nil,
  }
end

-- The access token for a session (sso_session, renewable) or a start URL (legacy profiles).
local function access_token(ctx, key, session)
  local path = cache_path(ctx, key)
  local doc, err = read_cache(path)
  if not doc then return nil, err end
  local now = (ctx.opts.now or os.time)()
  local expires = timestamp.parse(doc.expiresAt or "")
  local left = expires and expires - now or -1
  local why
  if session and left < M.REFRESH_WINDOW then
    local fresh
    fresh, why = refresh(ctx, doc, session, now)
    if fresh then
      write_cache(path, fresh)  -- a cache we cannot rewrite costs a renewal next time, nothing more
      return fresh.accessToken
    end
  end
  if left <= 0 then
    return nil, "the cached SSO token has expired" .. (why and " (" .. why .. ")" or "") .. "; run `aws sso login`"
  end
  return doc.accessToken
end

function M.fetch(ctx)
  local p = config.config_profile(ctx.profile_name, ctx.getenv) or {}
  if not (p.sso_session or p.sso_start_url) then return nil, nil end
  ctx.stop = true
  if not (p.sso_account_id and p.sso_role_name) then
    return nil, "profile " .. ctx.profile_name .. " needs sso_account_id and sso_role_name"
  end
  local region, key, session = p.sso_region, p.sso_start_url, nil
  if p.sso_session then
    session = config.sso_session(p.sso_session, ctx.getenv)
    if not session then return nil, "no [sso-session " .. p.sso_session .. "] section" end
    if not (session.sso_region and session.sso_start_url) then
      return nil, "[sso-session " .. p.sso_session .. "] needs sso_region and sso_start_url"
    end
    region, key = session.sso_region, p.sso_session
  end
  if not region then return nil, "no sso_region for profile " .. ctx.profile_name end
  local token, reason = access_token(ctx, key, session)
  if not token then return nil, reason end
  local ep, msg = endpoints.resolve({ serviceId = "SSO", endpointPrefix = "portal.sso" }, region, nil, ctx.getenv)
  if not ep then return nil, msg end
  local url = endpoints.url_for(ep, { path = "/federation/credentials",
    query = "account_id=" .. escape(p.sso_account_id) .. "&role_name=" .. escape(p.sso_role_name) })
  local status, _, body = http.request("GET", url, { ["x-amz-sso_bearer_token"] = token }, nil, 10)
  if not status then return nil, "GetRoleCredentials did not answer: " .. tostring(body) end
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

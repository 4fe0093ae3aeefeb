-- sts: the two AWS STS calls the credential chain needs, AssumeRole (signed with the source
-- credentials) and AssumeRoleWithWebIdentity (unsigned). STS speaks the query protocol and
-- answers in XML; the few fields needed are read without an XML library.
local compat = require "awsjobs.compat"
local config = require "awsjobs.config"
local endpoints = require "awsjobs.endpoints"
local http = require "awsjobs.credentials.http"
local signer = require "awsjobs.signer"
local timestamp = require "awsjobs.timestamp"
local query = require "awsjobs.protocol.query"
local redact = require "awsjobs.redact"

local M = {}

local STS_METADATA = { serviceId = "STS", endpointPrefix = "sts" }
local ENTITIES = { amp = "&", lt = "<", gt = ">", quot = '"', apos = "'" }

local function unescape_xml(s)
  return (s:gsub("&(#?x?)(%w+);", function(kind, name)
    if kind == "" then return ENTITIES[name] end
    local code = tonumber(name, kind == "#x" and 16 or 10)
    return code and compat.utf8_char(code) or nil
  end))
end

local function field(xml, name)
  local v = xml:match("<" .. name .. ">(.-)</" .. name .. ">")
  return v and unescape_xml(v)
end

-- endpoint(ctx) -> the STS endpoint of ctx.region | nil, message. Regional, as botocore's default
-- (sts_regional_endpoints = regional); FIPS, dual-stack and endpoint_url as a client reads them
-- (environment, then the profile), without the client's options, as botocore's providers do.
function M.endpoint(ctx)
  local set, where = config.settings(STS_METADATA.serviceId, { profile = ctx.profile_name }, ctx.getenv)
  if not set then return nil, where.message end
  return endpoints.resolve(STS_METADATA, ctx.region or "us-east-1", set.endpoint_url, { source = where.endpoint_url,
    use_fips = set.use_fips_endpoint, use_dualstack = set.use_dualstack_endpoint })
end

-- call(action, params, ctx, creds) -> creds table | nil, message
-- ctx: region, getenv; creds: the source credentials to sign with, or nil (unsigned).
local function call(action, params, ctx, creds)
  local ep, msg = M.endpoint(ctx)
  if not ep then return nil, "STS " .. msg end
  local req = { method = "POST", url = endpoints.url_for(ep, { path = "/" }),
    body = query.body(action, "2011-06-15", params), headers = { ["Content-Type"] = query.CONTENT_TYPE } }
  local headers = req.headers
  if creds then
    redact.remember(creds.secret_access_key)
    redact.remember(creds.session_token)
    local err
    headers, err = signer.sign(req, { region = ep.signing_region, service = ep.signing_name, credentials = creds })
    if not headers then return nil, "cannot sign the STS request: " .. err.message end
  end
  local status, _, resp = http.request("POST", req.url, headers, req.body, 10)
  if not status then return nil, "STS " .. action .. " failed: " .. tostring(resp) end
  if status ~= 200 then
    -- STS may echo the request (a signature mismatch quotes it): scrub before it travels
    return nil, redact.string(("STS %s failed: %s: %s (HTTP %d)"):format(action, field(resp, "Code") or "error",
      field(resp, "Message") or "no message", status), redact.signature_of(headers))
  end
  local out = {
    access_key_id = field(resp, "AccessKeyId"),
    secret_access_key = field(resp, "SecretAccessKey"),
    session_token = field(resp, "SessionToken"),
    expiration = timestamp.parse(field(resp, "Expiration") or ""),
  }
  if not (out.access_key_id and out.secret_access_key and out.session_token) then
    return nil, "STS " .. action .. " answered without credentials"
  end
  return out
end

function M.assume_role(params, ctx, source_creds)
  return call("AssumeRole", params, ctx, source_creds)
end

function M.assume_role_with_web_identity(params, ctx)
  return call("AssumeRoleWithWebIdentity", params, ctx, nil)
end

return M

-- sts: the two AWS STS calls the credential chain needs, AssumeRole (signed with the source
-- credentials) and AssumeRoleWithWebIdentity (unsigned). STS speaks the query protocol and
-- answers in XML; the few fields needed are read without an XML library.
local compat = require "awsjobs.compat"
local endpoints = require "awsjobs.endpoints"
local http = require "awsjobs.credentials.http"
local signer = require "awsjobs.signer"
local timestamp = require "awsjobs.timestamp"
local query = require "awsjobs.protocol.query"

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

-- call(action, params, ctx, creds) -> creds table | nil, message
-- ctx: region, getenv; creds: the source credentials to sign with, or nil (unsigned).
local function call(action, params, ctx, creds)
  local ep, msg = endpoints.resolve(STS_METADATA, ctx.region or "us-east-1", nil, ctx.getenv)
  if not ep then return nil, "STS " .. msg end
  local req = { method = "POST", url = endpoints.url_for(ep, { path = "/" }),
    body = query.body(action, "2011-06-15", params), headers = { ["Content-Type"] = query.CONTENT_TYPE } }
  local headers = req.headers
  if creds then
    local err
    headers, err = signer.sign(req, { region = ctx.region or "us-east-1", service = "sts", credentials = creds })
    if not headers then return nil, "cannot sign the STS request: " .. err.message end
  end
  local status, _, resp = http.request("POST", req.url, headers, req.body, 10)
  if not status then return nil, "STS " .. action .. " failed: " .. tostring(resp) end
  if status ~= 200 then
    return nil, ("STS %s failed: %s: %s (HTTP %d)"):format(action, field(resp, "Code") or "error",
      field(resp, "Message") or "no message", status)
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

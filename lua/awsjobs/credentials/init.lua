-- credentials: finds credentials the way the AWS SDKs do, a chain of providers tried in
-- order, the first that has credentials winning:
--   explicit, environment, assume-role profile, web identity, SSO, shared credentials file,
--   credential_process, config file keys, ECS/EKS container, EC2 instance metadata.
-- A provider is {name, fetch(ctx) -> creds | nil, reason}; creds = {access_key_id,
-- secret_access_key, session_token, expiration (unix seconds, temporary credentials)}.
-- Temporary credentials are kept and refreshed from the same provider before they expire.
local config = require "awsjobs.config"
local errors = require "awsjobs.errors"
local profile_chain = require "awsjobs.credentials.profile_chain"

local M = {}

-- As the SDKs: refresh when 15 minutes are left; keep the old credentials if that fails
-- while more than 10 minutes are left; after that, fail.
M.ADVISORY_REFRESH = 15 * 60
M.MANDATORY_REFRESH = 10 * 60

local function chain_providers()
  local list = { (require "awsjobs.credentials.static"), (require "awsjobs.credentials.env") }
  for _, p in ipairs(profile_chain.providers()) do list[#list + 1] = p end
  list[#list + 1] = require "awsjobs.credentials.container"
  list[#list + 1] = require "awsjobs.credentials.imds"
  return list
end

local Chain = {}
Chain.__index = Chain

-- new(opts) -> chain. opts: credentials, profile, region (for STS), getenv and now (tests).
function M.new(opts)
  opts = opts or {}
  local getenv = opts.getenv or os.getenv
  local name, named = config.profile_name(opts, getenv)
  return setmetatable({
    opts = opts,
    ctx = { opts = opts, getenv = getenv, region = opts.region, profile_name = name, named = named },
  }, Chain)
end

local function fail(message)
  return nil, errors.new { kind = "credentials", code = "NoCredentials", message = message }
end

-- Walks the whole chain: creds, provider | nil, err
function Chain:_resolve()
  local tried = {}
  for _, provider in ipairs(chain_providers()) do
    self.ctx.stop = false
    local creds, reason = provider.fetch(self.ctx)
    if creds then return creds, provider end
    if reason then tried[#tried + 1] = provider.name .. ": " .. reason end
    if self.ctx.stop then return fail(table.concat(tried, "; ")) end
  end
  return fail("no credentials found (" .. table.concat(tried, "; ") .. ")")
end

-- get() -> creds | nil, err (kind "credentials"; says which sources failed and why)
function Chain:get()
  local now = (self.opts.now or os.time)()
  local cached = self.cached
  if cached and (not cached.expiration or now < cached.expiration - M.ADVISORY_REFRESH) then
    return cached
  end
  local creds, provider_or_err
  if cached then
    self.ctx.stop = false
    local reason
    creds, reason = self.provider.fetch(self.ctx)
    if not creds then
      if now < cached.expiration - M.MANDATORY_REFRESH then return cached end
      return fail(("refreshing credentials from %s failed: %s"):format(self.provider.name, tostring(reason)))
    end
    provider_or_err = self.provider
  else
    creds, provider_or_err = self:_resolve()
    if not creds then return nil, provider_or_err end
  end
  creds.source = provider_or_err.name
  self.cached, self.provider = creds, provider_or_err
  return creds
end

return M

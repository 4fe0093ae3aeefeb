-- credentials: finds credentials the way the AWS SDKs do, a chain of providers tried in
-- order, the first that has credentials winning:
--   explicit, environment, assume-role profile, web identity, SSO, shared credentials file,
--   credential_process, config file keys, ECS/EKS container, EC2 instance metadata.
-- A provider is {name, fetch(ctx) -> creds | nil, reason}; creds = {access_key_id,
-- secret_access_key, session_token, expiration (unix seconds, temporary credentials)}.
-- Temporary credentials are kept per process, shared by every chain (client) of the same
-- profile and region, and refreshed from the same provider before they expire: one refresh
-- at a time (single_flight.lua), the others waiting for it only when they must. With
-- shared_dict (nginx), they are shared by all workers too (shared_dict.lua).
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local profile_chain = require "awsjobs.credentials.profile_chain"
local shared_dict = require "awsjobs.credentials.shared_dict"
local single_flight = require "awsjobs.credentials.single_flight"

local M = {}

-- As the SDKs: refresh when 15 minutes are left; keep the old credentials if that fails
-- while more than 10 minutes are left; after that, fail. Inside the advisory window the
-- old credentials serve while one refresh runs (detached in nginx); only inside the
-- mandatory window (or with none yet) does a caller wait for it.
M.ADVISORY_REFRESH = 15 * 60
M.MANDATORY_REFRESH = 10 * 60
-- A source may hand out credentials that are already inside the advisory window (STS with
-- a 15-minute duration, a stale agent): an advisory refresh is tried at most this often.
M.RETRY_INTERVAL = 60
M.WAIT_TIMEOUT = 30  -- seconds a caller waits for another's refresh before giving up

-- Counters for this process (specs and operators): sources asked for credentials, and
-- get() calls that had to wait for a refresh (their own or another's).
M.stats = { fetches = 0, waits = 0 }

local function chain_providers()
  local list = { (require "awsjobs.credentials.static"), (require "awsjobs.credentials.env") }
  for _, p in ipairs(profile_chain.providers()) do list[#list + 1] = p end
  list[#list + 1] = require "awsjobs.credentials.container"
  list[#list + 1] = require "awsjobs.credentials.imds"
  return list
end

local function provider_named(name)
  for _, p in ipairs(chain_providers()) do
    if p.name == name then return p end
  end
  return nil
end

-- The process-wide entries: getenv function (weakly: a spec's own getenv goes with it) ->
-- chain key -> {creds, provider, flight, next_try, generation (of the shared dict's copy)}.
-- Only temporary credentials go here.
local entries = setmetatable({}, { __mode = "k" })

local function new_entry()
  return { creds = nil, provider = nil, flight = single_flight.new(), next_try = 0, generation = 0 }
end

local function shared_entry(getenv, key)
  local by_key = entries[getenv]
  if not by_key then
    by_key = {}
    entries[getenv] = by_key
  end
  local e = by_key[key]
  if not e then
    e = new_entry()
    by_key[key] = e
  end
  return e
end

local Chain = {}
Chain.__index = Chain

local function fail(message, code)
  return nil, errors.new { kind = "credentials", code = code or "NoCredentials", message = message }
end

-- new(opts) -> chain. opts: credentials, profile, region (for STS), shared_dict (the name of
-- a lua_shared_dict; check it first with M.check_shared_dict), getenv and now (tests).
-- Makes no I/O: the first get() finds the source.
function M.new(opts)
  opts = opts or {}
  local getenv = opts.getenv or os.getenv
  local name, named = config.profile_name(opts, getenv)
  -- What decides which source and role the chain ends at: the profile and the environment
  -- (getenv). Explicit credentials are the chain's own.
  local key = ("profile=%s;named=%s;region=%s"):format(name, named and "1" or "0", opts.region or "")
  local shared = opts.credentials == nil
  local self = setmetatable({
    opts = opts, getenv = getenv, profile_name = name, named = named,
    now = opts.now or os.time,
    entry = shared and shared_entry(getenv, key) or new_entry(),
    static = nil,  -- credentials without expiry, kept by this chain only
    dict = shared and opts.shared_dict and shared_dict.open(opts.shared_dict) or nil,
    dict_key = shared_dict.key(key),
  }, Chain)
  self.advisory = function() return self:_refresh("advisory") end
  self.mandatory = function() return self:_refresh("mandatory") end
  return self
end

-- check_shared_dict(name) -> nil | message (for the client's option check)
M.check_shared_dict = shared_dict.check

-- A context of its own for every walk: providers mark it (ctx.stop), and two requests
-- walking at once must not see each other's marks.
function Chain:_context()
  return { opts = self.opts, getenv = self.getenv, region = self.opts.region,
           profile_name = self.profile_name, named = self.named }
end

-- Walks the whole chain: creds, provider | nil, err
function Chain:_resolve()
  local tried = {}
  local ctx = self:_context()
  for _, provider in ipairs(chain_providers()) do
    ctx.stop = false
    local creds, reason = provider.fetch(ctx)
    if creds then return creds, provider end
    if reason then tried[#tried + 1] = provider.name .. ": " .. reason end
    if ctx.stop then return fail(table.concat(tried, "; ")) end
  end
  return fail("no credentials found (" .. table.concat(tried, "; ") .. ")")
end

-- Asks the source (the one found before, else the whole chain): creds | nil, err.
-- Temporary credentials go into the entry for every chain that shares it.
function Chain:_fetch()
  local e = self.entry
  M.stats.fetches = M.stats.fetches + 1
  local creds, provider
  if e.provider then
    local reason
    provider = e.provider
    creds, reason = provider.fetch(self:_context())
    if not creds then
      return fail(("refreshing credentials from %s failed: %s"):format(provider.name, tostring(reason)))
    end
  else
    local err
    creds, err = self:_resolve()
    if not creds then return nil, err end
    provider = err
  end
  creds.source = provider.name
  if creds.expiration then e.creds, e.provider = creds, provider end
  return creds
end

-- One refresh through the shared dict: the credentials another worker stored, else a fetch
-- under the dict's lock; waits (polling) while another worker holds it, unless advisory.
function Chain:_refresh_shared(why)
  local e, dict, key = self.entry, self.dict, self.dict_key
  local wait_mode = single_flight.mode()
  local deadline = core.monotonic() + M.WAIT_TIMEOUT
  while true do
    local now = self.now()
    local c, generation = shared_dict.read(dict, key)
    if c and generation > e.generation and now < c.expiration - M.MANDATORY_REFRESH then
      -- another worker refreshed since our copy: theirs, without a fetch of our own
      e.creds, e.generation = c, generation
      if not e.provider then e.provider = provider_named(c.source) end
      return c
    end
    local locked, why_not = shared_dict.lock(dict, key)
    if locked or why_not ~= "exists" or not wait_mode then
      -- ours to fetch (or the dict cannot coordinate: fetch alone)
      local ok, creds, err = pcall(self._fetch, self)
      if locked then
        if ok and creds and creds.expiration then e.generation = shared_dict.write(dict, key, creds, self.now()) end
        shared_dict.unlock(dict, key)
      end
      if not ok then error(creds, 0) end
      return creds, err
    end
    if why == "advisory" then
      return fail("another nginx worker is refreshing the credentials", "RefreshInProgress")
    end
    if core.monotonic() >= deadline then
      return fail("timed out waiting for another nginx worker to refresh the credentials", "RefreshTimeout")
    end
    single_flight.sleep(wait_mode, 0.01)
  end
end

function Chain:_refresh(why)
  if self.dict then return self:_refresh_shared(why) end
  return self:_fetch()
end

-- Starts one advisory refresh: detached in nginx (a timer: no request waits for it), else
-- run by this caller while the others keep the old credentials.
function Chain:_refresh_soon(now)
  local e = self.entry
  e.next_try = now + M.RETRY_INTERVAL
  local advisory = self.advisory
  local function run(premature)
    if premature then return end
    e.flight:run(advisory, M.WAIT_TIMEOUT)
  end
  if not single_flight.detach(run) then
    M.stats.waits = M.stats.waits + 1  -- this caller waits for the refresh it runs
    run()
  end
end

-- get() -> creds | nil, err (kind "credentials"; says which sources failed and why)
function Chain:get()
  local static = self.static
  if static then return static end
  local e = self.entry
  local now = self.now()
  local c = e.creds
  if c then
    local expiration = c.expiration
    if now < expiration - M.ADVISORY_REFRESH then return c end
    if now < expiration - M.MANDATORY_REFRESH then
      if now >= e.next_try and not e.flight:running() then self:_refresh_soon(now) end
      return e.creds  -- the new ones when the refresh ran here; else the old, still valid
    end
  end
  M.stats.waits = M.stats.waits + 1
  local creds, err, joined = e.flight:run(self.mandatory, M.WAIT_TIMEOUT)
  if not creds and joined and type(err) == "table" and err.code == "RefreshInProgress" then
    -- the run joined was an advisory one that left the refresh to another worker: our own
    creds, err = e.flight:run(self.mandatory, M.WAIT_TIMEOUT)
  end
  if not creds then
    if err == "timeout" then
      return fail("timed out waiting for another caller's credentials refresh", "RefreshTimeout")
    end
    if joined and type(err) == "table" then  -- callers may annotate their error: a copy each
      err = errors.new { kind = err.kind, code = err.code, message = err.message }
    end
    return nil, err
  end
  if not creds.expiration then self.static = creds end
  return creds
end

return M

-- credentials: finds credentials the way the AWS SDKs do, as a chain of providers tried in
-- order; the first that has credentials wins. Each provider is a table with a name and
-- fetch(ctx) -> creds | nil, reason, where creds = {access_key_id, secret_access_key,
-- session_token, expiration (unix seconds, temporary credentials only)}.
local errors = require "awsjobs.errors"

local M = {}

local PROVIDERS = {
  (require "awsjobs.credentials.static"),
  (require "awsjobs.credentials.env"),
  (require "awsjobs.credentials.shared_files"),  -- () keeps require's second value out
}

-- Temporary credentials are refreshed this many seconds before they expire.
local REFRESH_WINDOW = 300

local Chain = {}
Chain.__index = Chain

-- new(opts) -> chain. opts: credentials, profile, getenv (for tests), now (clock).
function M.new(opts)
  return setmetatable({ opts = opts or {}, cached = nil }, Chain)
end

local function usable(creds, now)
  return creds and (not creds.expiration or creds.expiration - REFRESH_WINDOW > now)
end

-- get() -> creds | nil, err (kind "credentials", naming each source that was tried)
function Chain:get()
  local now = (self.opts.now or os.time)()
  if usable(self.cached, now) then return self.cached end
  local tried = {}
  local ctx = { opts = self.opts, getenv = self.opts.getenv or os.getenv }
  for _, provider in ipairs(PROVIDERS) do
    local creds, reason = provider.fetch(ctx)
    if creds then
      creds.source = provider.name
      self.cached = creds
      return creds
    end
    if reason then tried[#tried + 1] = provider.name .. ": " .. reason end
    if ctx.stop then break end
  end
  return nil, errors.new {
    kind = "credentials", code = "NoCredentials",
    message = "no credentials found (" .. table.concat(tried, "; ") .. ")",
  }
end

return M

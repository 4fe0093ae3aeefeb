-- credentials.profile_chain: the providers that read a named profile, in the SDKs' order.
-- Used for the client's profile and for an assume-role profile's source_profile.
local M = {}

local NAMES = {
  "awsjobs.credentials.assume_role", "awsjobs.credentials.web_identity", "awsjobs.credentials.sso",
  "awsjobs.credentials.credentials_file", "awsjobs.credentials.process", "awsjobs.credentials.config_keys",
}

function M.providers()
  local list = {}
  for i, name in ipairs(NAMES) do list[i] = require(name) end  -- late: assume_role needs this module
  return list
end

-- resolve(ctx) -> creds, provider | nil, reasons (a list), stopped
-- A provider that sets ctx.stop found its settings but could not use them: that ends the
-- search with its reason, rather than falling through to weaker sources.
function M.resolve(ctx)
  local reasons = {}
  for _, provider in ipairs(M.providers()) do
    ctx.stop = false
    local creds, reason = provider.fetch(ctx)
    if creds then return creds, provider end
    if reason then reasons[#reasons + 1] = provider.name .. ": " .. reason end
    if ctx.stop then return nil, reasons, true end
  end
  return nil, reasons, false
end

return M

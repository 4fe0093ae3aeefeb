-- credentials.http: the small HTTP calls credential providers make (STS, SSO portal,
-- container and instance metadata endpoints), with short timeouts of their own.
local core = require "awsjobs.core"

local M = {}

-- request(method, url, headers, body, timeout) -> status, headers, body | nil, message
function M.request(method, url, headers, body, timeout)
  local conn = core.http { timeout = timeout or 5, connect_timeout = math.min(timeout or 5, 2) }
  local status, raw, resp = conn:request(method, url, headers, body)
  conn:close()
  if not status then return nil, resp end
  return status, core.parse_headers(raw), resp
end

return M

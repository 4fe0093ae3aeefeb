-- credentials.container: ECS task roles and EKS pod identity.
-- AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (against 169.254.170.2) or
-- AWS_CONTAINER_CREDENTIALS_FULL_URI, with the Authorization header from
-- AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE or AWS_CONTAINER_AUTHORIZATION_TOKEN.
local http = require "awsjobs.credentials.http"

local M = { name = "container" }

M.ECS_HOST = "http://169.254.170.2"

-- A full URI over plain http must point at this machine or the ECS / EKS agents.
local function allowed(url)
  if url:match("^https://") then return true end
  local host = url:match("^http://%[([^%]]+)%]") or url:match("^http://([^/:]+)")
  if not host then return false end
  return host == "localhost" or host:match("^127%.%d+%.%d+%.%d+$") ~= nil or host == "::1"
    or host == "169.254.170.2" or host == "169.254.170.23" or host:lower() == "fd00:ec2::23"
end

function M.fetch(ctx)
  local rel = ctx.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
  local full = ctx.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI")
  local url
  if rel and rel ~= "" then
    url = M.ECS_HOST .. rel
  elseif full and full ~= "" then
    url = full
    if not allowed(url) then
      ctx.stop = true
      return nil, "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https, or http to a loopback " ..
        "or ECS/EKS agent address"
    end
  else
    return nil, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI not set"
  end
  ctx.stop = true
  local headers = {}
  local token_file = ctx.getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
  local token = ctx.getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN")
  if token_file and token_file ~= "" then
    local f = io.open(token_file, "r")
    if not f then return nil, "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" end
    token = f:read("a"):gsub("%s+$", "")
    f:close()
  end
  if token and token ~= "" then
    if token:find("[\r\n]") then return nil, "the container authorization token holds a line break" end
    headers.Authorization = token
  end
  local status, _, body = http.request("GET", url, headers, nil, 2)
  if not status then return nil, "the container credentials endpoint did not answer: " .. tostring(body) end
  if status ~= 200 then return nil, ("the container credentials endpoint answered HTTP %d"):format(status) end
  return http.credentials_document(body, "the container credentials endpoint")
end

return M

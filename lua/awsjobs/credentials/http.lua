-- credentials.http: the small HTTP calls credential providers make (STS, SSO portal,
-- container and instance metadata endpoints), with short timeouts of their own.
local concurrent = require "awsjobs.concurrent"
local core = require "awsjobs.core"
local timestamp = require "awsjobs.timestamp"
local cosocket = require "awsjobs.transport.cosocket"

local M = {}

-- request(method, url, headers, body, timeout) -> status, headers, body | nil, message
-- Over cosockets inside nginx where they are allowed; else a short-lived libcurl handle
-- (on awsjobs.map's multi handle inside map).
function M.request(method, url, headers, body, timeout)
  timeout = timeout or 5
  local connect_timeout = math.min(timeout, 2)
  if cosocket.usable() then
    local status, h, resp = cosocket.new({ timeout = timeout, connect_timeout = connect_timeout })
      :send { method = method, url = url, headers = headers, body = body }
    if not status then return nil, resp end
    return status, h, resp
  end
  local conn = core.http { timeout = timeout, connect_timeout = connect_timeout }
  local status, raw, resp
  if concurrent.scheduler() then
    -- inside awsjobs.map: park this coroutine while the fetch runs, as calls do
    local ok, _, message = conn:start(method, url, headers, body)
    if ok then
      status, raw, resp = concurrent.transfer(conn, body)
    else
      resp = message
    end
  else
    status, raw, resp = conn:request(method, url, headers, body)
  end
  conn:close()
  if not status then return nil, resp end
  return status, core.parse_headers(raw), resp
end

-- The JSON credentials document the container and instance metadata endpoints answer
-- with ({AccessKeyId, SecretAccessKey, Token, Expiration}) -> creds | nil, message
function M.credentials_document(body, source)
  local doc = core.json_decode(body)
  if type(doc) ~= "table" or not (doc.AccessKeyId and doc.SecretAccessKey) then
    return nil, source .. " answered without credentials"
  end
  return { access_key_id = doc.AccessKeyId, secret_access_key = doc.SecretAccessKey, session_token = doc.Token,
           expiration = doc.Expiration and timestamp.parse(doc.Expiration) }
end

return M

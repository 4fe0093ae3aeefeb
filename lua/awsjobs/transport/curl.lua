-- transport.curl: sends prepared requests over one libcurl handle (csrc/lhttp.c), which
-- keeps its connections alive between calls.
local core = require "awsjobs.core"

local M = {}

local concurrent = require "awsjobs.concurrent"
local headers = require "awsjobs.headers"

local Transport = {}
Transport.__index = Transport

-- new{timeout =, connect_timeout =, ca_file =, max_response =} -> transport
function M.new(opts)
  local conn_opts = { timeout = opts.timeout, connect_timeout = opts.connect_timeout,
                      ca_file = opts.ca_file, max_response = opts.max_response }
  return setmetatable({ conn = core.http(conn_opts), conn_opts = conn_opts, idle = {} }, Transport)
end

-- Inside awsjobs.map each call in flight needs a handle of its own; they are kept for reuse
-- (with their kept-alive connections) once done.
function Transport:_concurrent(req)
  local conn = table.remove(self.idle) or core.http(self.conn_opts)
  local ok, kind, message = conn:start(req.method, req.url, req.headers, req.body)
  local status, raw, body
  if ok then
    status, raw, body = concurrent.transfer(conn, req.body)
  end
  self.idle[#self.idle + 1] = conn
  if not ok then return nil, kind, message end
  return status, raw, body
end

-- send{method, url, headers, body} -> status, headers, body | nil, kind, message
function Transport:send(req)
  local status, raw, body
  if concurrent.scheduler() then
    status, raw, body = self:_concurrent(req)
  else
    status, raw, body = self.conn:request(req.method, req.url, req.headers, req.body)
  end
  if not status then return nil, raw, body end
  return status, headers.lazy(raw), body
end

function Transport:close()
  self.conn:close()
end

return M

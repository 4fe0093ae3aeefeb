-- transport.curl: sends prepared requests over one libcurl handle (csrc/lhttp.c), which
-- keeps its connections alive between calls.
local core = require "awsjobs.core"

local M = {}

local headers = require "awsjobs.headers"

local Transport = {}
Transport.__index = Transport

-- new{timeout =, connect_timeout =, ca_file =, max_response =} -> transport
function M.new(opts)
  return setmetatable({
    conn = core.http { timeout = opts.timeout, connect_timeout = opts.connect_timeout,
                       ca_file = opts.ca_file, max_response = opts.max_response },
  }, Transport)
end

-- send{method, url, headers, body} -> status, headers, body | nil, kind, message
function Transport:send(req)
  local status, raw, body = self.conn:request(req.method, req.url, req.headers, req.body)
  if not status then return nil, raw, body end
  return status, headers.lazy(raw), body
end

function Transport:close()
  self.conn:close()
end

return M

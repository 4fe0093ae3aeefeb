-- transport.curl: sends prepared requests over one libcurl handle (csrc/lhttp.c), which
-- keeps its connections alive between calls.
local core = require "awsjobs.core"

local M = {}

local Transport = {}
Transport.__index = Transport

-- new{timeout =, connect_timeout =, ca_file =, max_response =} -> transport
function M.new(opts)
  return setmetatable({
    conn = core.http(),
    opts = { timeout = opts.timeout, connect_timeout = opts.connect_timeout,
             ca_file = opts.ca_file, max_response = opts.max_response },
  }, Transport)
end

-- send{method, url, headers, body} -> status, headers, body | nil, kind, message
function Transport:send(req)
  return self.conn:request(req.method, req.url, req.headers, req.body, self.opts)
end

function Transport:close()
  self.conn:close()
end

return M

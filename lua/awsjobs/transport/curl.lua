-- transport.curl: sends prepared requests over one libcurl handle (csrc/lhttp.c), which
-- keeps its connections alive between calls.
local core = require "awsjobs.core"

local M = {}

local parse_headers = core.parse_headers
local RAW = {}  -- the key of the unparsed block in a lazy header table

-- Response headers parsed on first use: most successful calls read none.
local lazy = {}
local function parsed(t)
  local raw = rawget(t, RAW)
  if raw then
    t[RAW] = nil
    for k, v in pairs(parse_headers(raw)) do rawset(t, k, v) end
  end
  return t
end
lazy.__index = function(t, k) return rawget(parsed(t), k) end
lazy.__pairs = function(t) return next, parsed(t), nil end

function M.headers(raw)
  return setmetatable({ [RAW] = raw }, lazy)
end

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
  return status, M.headers(raw), body
end

function Transport:close()
  self.conn:close()
end

return M

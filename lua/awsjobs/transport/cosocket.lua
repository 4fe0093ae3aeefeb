-- transport.cosocket: HTTP/1.1 over nginx's non-blocking cosockets (OpenResty's
-- ngx.socket.tcp), so a call in an nginx handler yields to the event loop instead of
-- stalling the worker. Keep-alive pool, TLS with certificate verification, connect / send /
-- read timeouts, Content-Length and chunked responses.
local M = {}

local ngx = rawget(_G, "ngx")
local concat, tonumber = table.concat, tonumber

-- Where lua-nginx-module lets a request open sockets.
M.PHASES = { rewrite = true, access = true, content = true, timer = true, ssl_cert = true,
  ssl_session_fetch = true, ssl_client_hello = true, server_rewrite = true, precontent = true }

-- The nginx phase this code runs in, or nil outside nginx.
function M.phase()
  return ngx and ngx.get_phase and ngx.get_phase() or nil
end

function M.usable()
  local phase = M.phase()
  return phase ~= nil and M.PHASES[phase] == true
end

local Transport = {}
Transport.__index = Transport

-- new{timeout =, connect_timeout = (seconds), max_response =, verify = (default true),
--     keepalive_timeout = (seconds, default 60), pool_size = (default 32)}
function M.new(opts)
  opts = opts or {}
  return setmetatable({
    connect_ms = (opts.connect_timeout or 10) * 1000,
    io_ms = (opts.timeout or 60) * 1000,
    max_response = opts.max_response or 64 * 1024 * 1024,
    verify = opts.verify ~= false,
    keepalive_ms = (opts.keepalive_timeout or 60) * 1000,
    pool_size = opts.pool_size or 32,
  }, Transport)
end

local function split_url(url)
  local scheme, authority, target = url:match("^(https?)://([^/?#]+)(.*)$")
  if not scheme then return nil end
  local host, port = authority:match("^%[(.+)%]:?(%d*)$")
  if not host then host, port = authority:match("^([^:]+):?(%d*)$") end
  port = tonumber(port) or (scheme == "https" and 443 or 80)
  if target == "" then target = "/" end
  return scheme, host, port, target, authority
end

local function fail(sock, err, what)
  if sock then sock:close() end
  local kind = (err == "timeout") and "timeout" or "network"
  return nil, kind, what .. ": " .. tostring(err)
end

local function read_chunked(sock, limit)
  local parts, total = {}, 0
  while true do
    local line, err = sock:receive("*l")
    if not line then return nil, err end
    local size = tonumber(line:match("^%s*(%x+)"), 16)
    if not size then return nil, "bad chunk size" end
    if size == 0 then
      repeat  -- trailer lines, up to the blank one
        line, err = sock:receive("*l")
        if not line then return nil, err end
      until line == ""
      return concat(parts)
    end
    total = total + size
    if total > limit then return nil, "response larger than max_response" end
    local data
    data, err = sock:receive(size)
    if not data then return nil, err end
    parts[#parts + 1] = data
    line, err = sock:receive("*l")  -- the CRLF after the chunk
    if not line then return nil, err end
  end
end

-- send{method, url, headers, body} -> status, headers, body | nil, kind, message
function Transport:send(req)
  local scheme, host, port, target, authority = split_url(req.url)
  if not scheme then return nil, "validation", "cannot send to " .. tostring(req.url) end
  local sock = ngx.socket.tcp()
  sock:settimeouts(self.connect_ms, self.io_ms, self.io_ms)
  local ok, err = sock:connect(host, port, { pool = scheme .. "://" .. authority })
  if not ok then return fail(nil, err, "connect to " .. authority) end
  if scheme == "https" and sock:getreusedtimes() == 0 then
    ok, err = sock:sslhandshake(nil, host, self.verify)
    if not ok then return fail(sock, err, "TLS handshake with " .. host) end
  end

  local body = req.body or ""
  local out = { req.method, " ", target, " HTTP/1.1\r\n" }
  local has_host, has_length = false, false
  for name, value in pairs(req.headers or {}) do
    local lname = name:lower()
    has_host = has_host or lname == "host"
    has_length = has_length or lname == "content-length"
    local values = type(value) == "table" and value or { value }
    for _, v in ipairs(values) do
      if name:find("[\r\n:]") or v:find("[\r\n]") then
        sock:close()
        return nil, "validation", "header names and values must not contain CR or LF"
      end
      out[#out + 1] = name .. ": " .. v .. "\r\n"
    end
  end
  if not has_host then
    local default_port = ":" .. (scheme == "https" and 443 or 80) .. "$"
    out[#out + 1] = "Host: " .. authority:gsub(default_port, "") .. "\r\n"
  end
  if not has_length and (#body > 0 or req.method ~= "GET") then
    out[#out + 1] = "Content-Length: " .. #body .. "\r\n"
  end
  out[#out + 1] = "User-Agent: awsjobs/0.1.0 cosocket\r\n\r\n"
  out[#out + 1] = body
  ok, err = sock:send(out)
  if not ok then return fail(sock, err, "send to " .. authority) end

  local line
  line, err = sock:receive("*l")
  if not line then return fail(sock, err, "read from " .. authority) end
  local version, status = line:match("^HTTP/(%d%.%d) (%d%d%d)")
  if not status then return fail(sock, "not an HTTP response", "read from " .. authority) end
  status = tonumber(status)
  local headers = {}
  while true do
    line, err = sock:receive("*l")
    if not line then return fail(sock, err, "read headers from " .. authority) end
    if line == "" then break end
    local name, value = line:match("^([^:]+):%s*(.-)%s*$")
    if name then
      name = name:lower()
      headers[name] = headers[name] and (headers[name] .. ", " .. value) or value
    end
  end

  local resp_body, keep = "", version == "1.1" and (headers.connection or ""):lower() ~= "close"
  if req.method == "HEAD" or status == 204 or status == 304 or (status >= 100 and status < 200) then
    resp_body = ""
  elseif (headers["transfer-encoding"] or ""):lower():find("chunked", 1, true) then
    resp_body, err = read_chunked(sock, self.max_response)
    if not resp_body then return fail(sock, err, "read body from " .. authority) end
  elseif headers["content-length"] then
    local n = tonumber(headers["content-length"])
    if not n then return fail(sock, "bad Content-Length", "read body from " .. authority) end
    if n > self.max_response then return fail(sock, "response larger than max_response", authority) end
    if n > 0 then
      resp_body, err = sock:receive(n)
      if not resp_body then return fail(sock, err, "read body from " .. authority) end
    end
  else
    keep = false  -- the body runs to the end of the connection
    resp_body, err = sock:receive("*a")
    if not resp_body then return fail(sock, err, "read body from " .. authority) end
  end

  if keep then
    sock:setkeepalive(self.keepalive_ms, self.pool_size)
  else
    sock:close()
  end
  return status, headers, resp_body
end

return M

-- transport.cosocket: HTTP/1.1 over nginx's non-blocking cosockets (ngx.socket.tcp), so a
-- call in an nginx handler yields to the event loop instead of stalling the worker.
-- One deadline per attempt bounds connect, TLS, send and the whole response; the response
-- is read through one bounded reader (head at most 64 KiB and 200 lines, body at most
-- max_response) and its framing is checked; a connection goes back to the keep-alive pool
-- only when its framing was clean. Proxies from the environment as libcurl reads them.
local compat = require "awsjobs.compat"

local M = {}

local ngx = rawget(_G, "ngx")
local concat, tonumber, tostring, type, pairs = table.concat, tonumber, tostring, type, pairs
local byte, find, sub, lower, match, gsub = string.byte, string.find, string.sub, string.lower, string.match,
  string.gsub
local ceil, min = math.ceil, math.min

local clear = compat.table_clear
local POOLED_TABLES = 64  -- spare request lists and readers kept per transport
-- a response's header table made at its usual size, not grown 1-2-4-8
local new_table = compat.table_new

M.MAX_HEAD_BYTES = 64 * 1024  -- status line plus header lines, interim answers included
M.MAX_HEAD_LINES = 200
local MAX_CHUNK_LINE = 4096   -- a chunk-size line with its extensions
local SEND_PIECE = 64 * 1024  -- bytes sent between two looks at the clock
-- receiveany returns at most this, and never more than lua_socket_buffer_size: each read
-- returns as soon as some bytes arrive, so the deadline is checked between trickles.
local READ_PIECE = 64 * 1024

M.CA_FILE_REFUSED = "ca_file: the cosocket transport cannot take a CA file (nginx verifies " ..
  "cosocket TLS only against the file of its lua_ssl_trusted_certificate directive): put the " ..
  "CA bundle there in nginx.conf (with lua_ssl_verify_depth if the chain is long), or make the " ..
  "client with transport = \"curl\""

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

---------------------------------------------------------------------------------------------
-- Proxies from the environment, by libcurl's rules: http_proxy only in lower case (an
-- HTTP_PROXY variable can come from a CGI request's Proxy header), the others lower case
-- first, then upper case; all_proxy when the scheme has none; no_proxy a list of host names
-- (separated by commas or blanks; a leading dot optional; a name matches itself and its
-- subdomains), IPv4 addresses or CIDR ranges, or "*" alone for every host. A proxy URL
-- without a port means port 1080, as in libcurl.

local function env_var(getenv, name)
  local v = getenv(name)
  if (v == nil or v == "") and name ~= "http_proxy" then v = getenv(name:upper()) end
  if v == "" then return nil end
  return v
end

-- The proxy settings the environment gives: {http =, https =, no =} (strings or nil).
function M.proxy_env(getenv)
  getenv = getenv or os.getenv
  local all = env_var(getenv, "all_proxy")
  return { http = env_var(getenv, "http_proxy") or all, https = env_var(getenv, "https_proxy") or all,
           no = env_var(getenv, "no_proxy") }
end

local function ipv4(s)
  local a, b, c, d = match(s, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
  if not a then return nil end
  a, b, c, d = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
  if a > 255 or b > 255 or c > 255 or d > 255 then return nil end
  return ((a * 256 + b) * 256 + c) * 256 + d
end

local function in_cidr(addr, entry)
  local net, bits = match(entry, "^([%d.]+)/(%d+)$")
  net, bits = net and ipv4(net), tonumber(bits)
  if not net or bits > 32 then return false end
  local size = 2 ^ (32 - bits)
  return addr - addr % size == net - net % size
end

-- Whether no_proxy (a string or nil) says to reach host directly.
function M.bypass(no_proxy, host)
  if not no_proxy then return false end
  no_proxy = match(no_proxy, "^%s*(.-)%s*$")
  if no_proxy == "*" then return true end
  host = lower(gsub(gsub(host, "^%[(.*)%]$", "%1"), "%.$", ""))
  local addr = ipv4(host)
  for entry in no_proxy:gmatch("[^,%s]+") do
    entry = lower(gsub(gsub(entry, "^%.", ""), "%.$", ""))
    if addr and find(entry, "/", 1, true) then
      if in_cidr(addr, entry) then return true end
    elseif entry ~= "" and (host == entry or (not addr and sub(host, -#entry - 1) == "." .. entry)) then
      return true
    end
  end
  return false
end

local function unescape(s)
  return (gsub(s, "%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

-- parse_proxy(url) -> {host, port, user, password} | nil, message (http:// proxies only)
function M.parse_proxy(url)
  local scheme, rest = match(url, "^(%a[%w+.-]*)://(.*)$")
  scheme, rest = lower(scheme or "http"), rest or url
  if scheme ~= "http" then
    return nil, ("proxy %s://...: the cosocket transport reaches proxies over plain http:// only"):format(scheme)
  end
  local authority = match(rest, "^([^/?#]*)")
  local userinfo, hostport = match(authority, "^(.*)@(.-)$")
  hostport = hostport or authority
  local host, port = match(hostport, "^%[(.+)%]:?(%d*)$")
  if not host then host, port = match(hostport, "^([^:]+):?(%d*)$") end
  if not host then return nil, "proxy URL without a host" end
  local p = { host = host, port = tonumber(port) or 1080 }
  if userinfo then
    local user, password = match(userinfo, "^([^:]*):?(.*)$")
    p.user, p.password = unescape(user), unescape(password)
  end
  return p
end

---------------------------------------------------------------------------------------------

local Transport = {}
Transport.__index = Transport

-- new{timeout =, connect_timeout = (seconds), max_response = (bytes), verify = (default true),
--     keepalive_timeout = (seconds, default 60), pool_size = (default 32)}
-- -> transport | nil, message. ca_file is refused (see CA_FILE_REFUSED). The proxy
-- variables are read here, once: inside nginx a worker sees only those that nginx.conf
-- names with `env`.
function M.new(opts)
  opts = opts or {}
  if opts.ca_file ~= nil then return nil, M.CA_FILE_REFUSED end
  return setmetatable({
    timeout = opts.timeout or 60,
    connect_timeout = opts.connect_timeout or 10,
    max_response = opts.max_response or 64 * 1024 * 1024,
    verify = opts.verify ~= false,
    keepalive_ms = ceil((opts.keepalive_timeout or 60) * 1000),
    pool_size = opts.pool_size or 32,
    proxies = M.proxy_env(opts.getenv),
    targets = {},  -- "scheme://authority" -> how to reach it (see target())
    ntargets = 0,
    -- Request lists and readers of finished attempts, reused: fewer allocations per call.
    -- An attempt takes one and gives it back when it no longer uses it, so attempts
    -- running at once in other light threads never share one.
    spare_out = {}, spare_readers = {},
  }, Transport)
end

-- How to reach scheme://authority: host, port, Host header, proxy, pool name and the
-- socket's connect options | nil, message. Cached per transport.
function Transport:target(scheme, authority)
  local key = scheme .. "://" .. authority
  local t = self.targets[key]
  if t then return t end
  local host, port = match(authority, "^%[(.+)%]:?(%d*)$")
  if not host then host, port = match(authority, "^([^:@]+):?(%d*)$") end
  if not host then return nil, "cannot send to " .. key end
  local https = scheme == "https"
  port = tonumber(port) or (https and 443 or 80)
  t = { host = host, port = port, https = https, authority = authority,
        host_header = gsub(authority, https and ":443$" or ":80$", "") }
  local proxy_url = self.proxies[scheme]
  if proxy_url and not M.bypass(self.proxies.no, host) then
    local proxy, err = M.parse_proxy(proxy_url)
    if not proxy then return nil, err end
    t.proxy = proxy
    if proxy.user and ngx then
      t.proxy_auth = "Basic " .. ngx.encode_base64(proxy.user .. ":" .. proxy.password)
    end
  end
  -- Everything that makes two connections non-interchangeable.
  local pool = { scheme, "://", host, ":", port }
  if t.proxy then
    pool[#pool + 1] = " via " .. t.proxy.host .. ":" .. t.proxy.port .. " as " .. (t.proxy.user or "")
  end
  if https then pool[#pool + 1] = (self.verify and " verify sni=" or " noverify sni=") .. host end
  t.connect_opts = { pool = concat(pool), pool_size = self.pool_size }
  if self.ntargets >= 64 then self.targets, self.ntargets = {}, 0 end  -- bound the cache
  self.targets[key], self.ntargets = t, self.ntargets + 1
  return t
end

---------------------------------------------------------------------------------------------
-- The bounded reader: the bytes read but not used yet are r.buf from r.pos.

local function left_ms(r)
  local left = r.deadline - ngx.now()
  if left <= 0 then return nil end
  return ceil(left * 1000)
end

-- The socket's send and read timeouts, ms, unless they are ms already (r.ms): ngx.now()
-- moves only when the event loop runs, so the reads and writes of an attempt that did not
-- wait mostly need no new value.
local function set_timeout(r, ms)
  if r.ms ~= ms then
    r.sock:settimeout(ms)
    r.ms = ms
  end
end

-- Up to max more bytes from the socket before the deadline: data | nil, err
local function receive_some(r, max)
  local ms = left_ms(r)
  if not ms then return nil, "timeout" end
  set_timeout(r, ms)
  return r.sock:receiveany(max)
end

-- A line (CR LF or LF, without them) of at most limit bytes: line | nil, err
local function read_line(r, limit)
  local buf, pos = r.buf, r.pos
  if pos > #buf then  -- nothing left over: the line starts in the next bytes read
    local data, err = receive_some(r, READ_PIECE)
    if not data then return nil, err end
    buf, pos = data, 1
    r.buf, r.pos = data, 1
  end
  local e = find(buf, "\n", pos, true)
  local line
  if e then
    if e - pos > limit then return nil, "line too long" end
    r.pos = e + 1
    if e > pos and byte(buf, e - 1) == 13 then return sub(buf, pos, e - 2) end
    return sub(buf, pos, e - 1)
  else
    -- Gather the pieces and join once, looking for the end in each new piece only.
    local pieces, n = { sub(buf, pos) }, #buf - pos + 1
    while true do
      if n > limit then return nil, "line too long" end
      local data, err = receive_some(r, READ_PIECE)
      if not data then return nil, err end
      e = find(data, "\n", 1, true)
      if e then
        if n + e - 1 > limit then return nil, "line too long" end
        pieces[#pieces + 1] = sub(data, 1, e - 1)
        r.buf, r.pos = data, e + 1
        break
      end
      pieces[#pieces + 1] = data
      n = n + #data
    end
    line = concat(pieces)
  end
  if sub(line, -1) == "\r" then line = sub(line, 1, -2) end
  return line
end

-- Exactly n bytes: data | nil, err
local function read_exact(r, n)
  local buf, pos = r.buf, r.pos
  local have = #buf - pos + 1
  if have >= n then
    r.pos = pos + n
    return sub(buf, pos, pos + n - 1)
  end
  local parts, need = { sub(buf, pos) }, n - have
  r.buf, r.pos = "", 1
  while need > 0 do
    local data, err = receive_some(r, min(need, READ_PIECE))
    if not data then return nil, err end
    parts[#parts + 1] = data
    need = need - #data
  end
  return concat(parts)
end

-- One line of the head, counted against the head's limits.
local function head_line(r)
  r.lines = r.lines + 1
  if r.lines > M.MAX_HEAD_LINES then return nil, "more than " .. M.MAX_HEAD_LINES .. " header lines" end
  local line, err = read_line(r, M.MAX_HEAD_BYTES - r.bytes)
  if not line then
    if err == "line too long" then err = "response head larger than " .. M.MAX_HEAD_BYTES .. " bytes" end
    return nil, err
  end
  r.bytes = r.bytes + #line + 2
  return line
end

-- Lower-case names of the header names seen before (a server sends the same few on every
-- answer): the check and lower() are done once per name. Bounded; short names only.
local header_names, header_names_n = {}, 0

-- The header line s[pos..last] (no CR LF) as name ":" [blanks] value [blanks]:
-- lower-case name, value | nil when malformed (no colon, an empty name, or a control
-- character or blank in it). Plain finds and byte loops, which LuaJIT compiles.
local function header_field(s, pos, last)
  local c = find(s, ":", pos, true)
  if not c or c > last or c == pos then return nil end
  local raw = sub(s, pos, c - 1)
  local name = header_names[raw]
  if not name then
    if find(raw, "[%c%s]") then return nil end
    name = lower(raw)
    if #raw <= 64 then
      if header_names_n >= 256 then header_names, header_names_n = {}, 0 end
      header_names[raw], header_names_n = name, header_names_n + 1
    end
  end
  local vs, ve = c + 1, last
  while vs <= ve do
    local b = byte(s, vs)
    if b ~= 32 and b ~= 9 then break end
    vs = vs + 1
  end
  while ve >= vs do
    local b = byte(s, ve)
    if b ~= 32 and b ~= 9 then break end
    ve = ve - 1
  end
  return name, sub(s, vs, ve)
end

-- Header lines up to the blank one: headers (lower-case names; repeated names joined with
-- ", ", in linear time) | nil, err
local function read_headers(r)
  local headers, repeated = new_table(0, 8), nil
  while true do
    local name, value
    local buf, pos = r.buf, r.pos
    local e = find(buf, "\n", pos, true)
    if e and r.lines < M.MAX_HEAD_LINES and e - pos <= M.MAX_HEAD_BYTES - r.bytes then
      -- The whole line is read already and within the limits: parse it where it lies, as
      -- head_line would count it, without a string for the line.
      local last = (e > pos and byte(buf, e - 1) == 13) and e - 2 or e - 1
      r.lines, r.bytes, r.pos = r.lines + 1, r.bytes + (last - pos + 1) + 2, e + 1
      if last < pos then break end
      name, value = header_field(buf, pos, last)
    else
      local line, err = head_line(r)
      if not line then return nil, err end
      if line == "" then break end
      name, value = header_field(line, 1, #line)
    end
    if not name then return nil, "malformed header line" end
    local old = headers[name]
    if old == nil then
      headers[name] = value
    else
      repeated = repeated or {}
      local list = repeated[name]
      if not list then
        list = { old }
        repeated[name] = list
      end
      list[#list + 1] = value
    end
  end
  if repeated then
    for name, list in pairs(repeated) do headers[name] = concat(list, ", ") end
  end
  return headers
end

-- The status line and headers of the final answer (1xx interim answers skipped):
-- status, minor version ("0" or "1"), headers | nil, err
local function read_one_head(r)
  local line, err = head_line(r)
  if not line then return nil, err end
  local minor, status = match(line, "^HTTP/1%.([01]) ([1-5]%d%d) ")
  if not minor then minor, status = match(line, "^HTTP/1%.([01]) ([1-5]%d%d)$") end
  if not minor then return nil, "not an HTTP/1.x status line" end
  local headers
  headers, err = read_headers(r)
  if not headers then return nil, err end
  return tonumber(status), minor, headers
end

-- The loop runs only for interim answers: a loop entered on every response would make
-- LuaJIT start traces here that abort on the inner header loop, then blacklist the caller.
local function read_head(r)
  local status, minor, headers = read_one_head(r)
  while status and status < 200 and status ~= 101 do
    status, minor, headers = read_one_head(r)
  end
  return status, minor, headers
end

-- Whether the comma-separated header value holds token (lower case).
local function has_token(value, token)
  if not value then return false end
  value = lower(value)
  if value == token then return true end  -- the usual one ("keep-alive", "close")
  if not find(value, token, 1, true) then return false end  -- gmatch is not compiled: walk only where it may be
  for t in value:gmatch("[^,%s]+") do
    if t == token then return true end
  end
  return false
end

-- Content-Length: a whole number, every copy the same | nil, err
local function content_length(value)
  if #value <= 15 and find(value, "^%d+$") then return tonumber(value) end  -- the usual one copy
  local n
  for v in (value .. ","):gmatch("[ \t]*([^,]-)[ \t]*,") do
    if not match(v, "^%d+$") or #v > 15 then return nil, "bad Content-Length" end
    local this = tonumber(v)
    if n and this ~= n then return nil, "conflicting Content-Length" end
    n = this
  end
  if not n then return nil, "bad Content-Length" end
  return n
end

local function read_chunked(r, limit)
  local parts, total = {}, 0
  while true do
    local line, err = read_line(r, MAX_CHUNK_LINE)
    if not line then return nil, err end
    local hex = match(line, "^(%x+)[ \t]*;") or match(line, "^(%x+)[ \t]*$")
    if not hex or #hex > 12 then return nil, "bad chunk size" end
    local size = tonumber(hex, 16)
    if size == 0 then
      repeat  -- trailer lines, up to the blank one, within the head's limits
        line, err = head_line(r)
        if not line then return nil, err end
      until line == ""
      return concat(parts)
    end
    total = total + size
    if total > limit then return nil, "response larger than max_response (" .. limit .. " bytes)" end
    local data
    data, err = read_exact(r, size)
    if not data then return nil, err end
    parts[#parts + 1] = data
    line, err = read_line(r, 1)
    if not line then return nil, err end
    if line ~= "" then return nil, "bad chunk framing" end
  end
end

-- The body up to the end of the connection.
local function read_to_close(r, limit)
  local parts, total = { sub(r.buf, r.pos) }, #r.buf - r.pos + 1
  r.buf, r.pos = "", 1
  while true do
    if total > limit then return nil, "response larger than max_response (" .. limit .. " bytes)" end
    local data, err = receive_some(r, READ_PIECE)
    if not data then
      if err == "closed" then return concat(parts) end
      return nil, err
    end
    parts[#parts + 1] = data
    total = total + #data
  end
end

-- The response after the request went out: status, headers, body, keep | nil, err
local function read_response(r, method, limit)
  local status, minor, headers = read_head(r)
  if not status then return nil, minor end
  local keep
  if minor == "1" then
    keep = not has_token(headers.connection, "close")
  else
    keep = has_token(headers.connection, "keep-alive")
  end
  local body, err = "", nil
  local te, cl = headers["transfer-encoding"], headers["content-length"]
  if method == "HEAD" or status == 204 or status == 304 or status == 101 then
    keep = keep and status ~= 101
  elseif te then
    -- chunked as the last coding frames the body; any other coding runs to the close. With
    -- a Content-Length as well (a smuggling shape) the connection is not reused.
    local codings = lower(te)
    if match(codings, "chunked[ \t]*$") then
      body, err = read_chunked(r, limit)
      keep = keep and cl == nil
    else
      body, err = read_to_close(r, limit)
      keep = false
    end
  elseif cl then
    local n
    n, err = content_length(cl)
    if n then
      if n > limit then
        err = "response larger than max_response (" .. limit .. " bytes)"
      elseif n > 0 then
        body, err = read_exact(r, n)
      end
    end
  else
    body, err = read_to_close(r, limit)
    keep = false
  end
  if not body then return nil, err end
  if err then return nil, err end
  -- Bytes past the end of the answer: the framing is in doubt.
  if r.pos <= #r.buf then keep = false end
  return status, headers, body, keep
end

---------------------------------------------------------------------------------------------

local function failed(sock, err, what)
  if sock then sock:close() end
  local kind = (err == "timeout") and "timeout" or "network"
  return nil, kind, what .. ": " .. tostring(err)
end

-- The "CR LF name: " that starts a header line, per name: checked (no CR, LF or colon)
-- and made once, so a line is two pieces of the request (prefix, value), not four.
-- Bounded, and only for names of a usual length.
local prefixes, prefixes_n = {}, 0

-- One header line into out as its prefix and value: n | nil when the name or value would
-- break the framing. Plain finds, not a character class: LuaJIT compiles those, and a
-- class scans a long value (the Authorization header) one pattern match per byte.
local function add_header(out, n, name, v)
  if type(v) ~= "string" then v = tostring(v) end
  if find(v, "\n", 1, true) or find(v, "\r", 1, true) then return nil end
  local prefix = prefixes[name]
  if not prefix then
    if find(name, "\n", 1, true) or find(name, "\r", 1, true) or find(name, ":", 1, true) then return nil end
    prefix = "\r\n" .. name .. ": "
    if #prefix <= 128 then
      if prefixes_n >= 256 then prefixes, prefixes_n = {}, 0 end
      prefixes[name], prefixes_n = prefix, prefixes_n + 1
    end
  end
  out[n + 1], out[n + 2] = prefix, v
  return n + 2
end

-- Header names the request already has, where the transport would add its own.
local OWN = { host = "host", Host = "host", ["content-length"] = "length", ["Content-Length"] = "length",
  ["user-agent"] = "agent", ["User-Agent"] = "agent" }

-- What OWN says of a name in any case, or false: found once per name (a request sends the
-- same names every time), not with a lower() per header per request. Bounded.
local own_kind, own_kind_n = {}, 0
local function own(name)
  local kind = own_kind[name]
  if kind == nil then
    kind = OWN[name] or OWN[lower(name)] or false
    if own_kind_n >= 256 then own_kind, own_kind_n = {}, 0 end
    own_kind[name], own_kind_n = kind, own_kind_n + 1
  end
  return kind
end

-- The request's bytes: a list for sock:send | nil, message
local function request_bytes(req, t, target, spare)
  local body = req.body or ""
  local out = spare[#spare]
  if out then spare[#spare] = nil else out = {} end
  out[1], out[2], out[3], out[4] = req.method, " ", target, " HTTP/1.1"  -- each header line starts with CR LF
  local n = 4
  local has_host, has_length, has_agent = false, false, false
  for name, value in pairs(req.headers or {}) do
    local kind = own(name)
    if kind == "host" then has_host = true elseif kind == "length" then has_length = true
    elseif kind == "agent" then has_agent = true end
    if type(value) == "table" then
      for i = 1, #value do
        n = add_header(out, n, name, value[i])
        if not n then break end
      end
    else
      n = add_header(out, n, name, value)
    end
    if not n then return nil, "header names and values must not contain CR or LF" end
  end
  if not has_host then n = add_header(out, n, "Host", t.host_header) end
  if not has_length and (#body > 0 or req.method ~= "GET") then
    n = add_header(out, n, "Content-Length", #body)
  end
  if t.proxy_auth and not t.https then n = add_header(out, n, "Proxy-Authorization", t.proxy_auth) end
  if not has_agent then n = add_header(out, n, "User-Agent", "awsjobs/0.2.0 cosocket") end
  out[n + 1], out[n + 2] = "\r\n\r\n", body
  return out, #body
end

-- Sends bytes (a list) before the deadline, in pieces when large. Joined here, not by
-- sock:send: it walks a table through the C API twice (lua_next and lua_rawgeti on every
-- piece), many times the cost of LuaJIT's table.concat.
local function send_all(r, out, body_len)
  if body_len <= SEND_PIECE then
    local ms = left_ms(r)
    if not ms then return nil, "timeout" end
    set_timeout(r, ms)
    return r.sock:send(concat(out))
  end
  local data = concat(out)
  for i = 1, #data, SEND_PIECE do
    local ms = left_ms(r)
    if not ms then return nil, "timeout" end
    set_timeout(r, ms)
    local ok, err = r.sock:send(sub(data, i, i + SEND_PIECE - 1))
    if not ok then return nil, err end
  end
  return true
end

-- A tunnel through the proxy to t: true | nil, err
local function connect_tunnel(r, t)
  local hostport = (find(t.host, ":", 1, true) and ("[" .. t.host .. "]") or t.host) .. ":" .. t.port
  local out = { "CONNECT ", hostport, " HTTP/1.1\r\nHost: ", hostport, "\r\n" }
  if t.proxy_auth then out[#out + 1] = "Proxy-Authorization: " .. t.proxy_auth .. "\r\n" end
  out[#out + 1] = "\r\n"
  local ok, err = send_all(r, out, 0)
  if not ok then return nil, err end
  local status, _, headers = read_head(r)
  if not status then return nil, _ end
  if status < 200 or status > 299 then return nil, "the proxy answered CONNECT with HTTP " .. status end
  if headers["content-length"] or headers["transfer-encoding"] or r.pos <= #r.buf then
    return nil, "the proxy sent bytes after its CONNECT answer"
  end
  r.lines, r.bytes = 0, 0
  return true
end

-- One attempt, inside the deadline. Returns what send returns.
local function exchange(self, r, t, req, target)
  local sock = r.sock
  local out, body_len = request_bytes(req, t, target, self.spare_out)
  if not out then return nil, "validation", body_len end
  local ms = left_ms(r)
  if not ms then return nil, "timeout", "connect to " .. t.authority .. ": timeout" end
  -- connect within connect_timeout and the deadline; send and read within the deadline
  sock:settimeouts(min(ms, ceil(self.connect_timeout * 1000)), ms, ms)
  r.ms = ms
  local via = t.proxy and (" via the proxy " .. t.proxy.host .. ":" .. t.proxy.port) or ""
  local ok, err
  if t.proxy then
    ok, err = sock:connect(t.proxy.host, t.proxy.port, t.connect_opts)
  else
    ok, err = sock:connect(t.host, t.port, t.connect_opts)
  end
  if not ok then return failed(nil, err, "connect to " .. t.authority .. via) end
  if t.https and sock:getreusedtimes() == 0 then
    if t.proxy then
      ok, err = connect_tunnel(r, t)
      if not ok then return failed(sock, err, "tunnel to " .. t.authority .. via) end
    end
    ms = left_ms(r)
    if not ms then return failed(sock, "timeout", "TLS handshake with " .. t.host) end
    sock:settimeout(ms)
    r.ms = ms
    -- false: no session object wanted, so true on success; with nil, Debian's resty.core
    -- fetches a session after the handshake and can raise (an assert) or return nil
    ok, err = sock:sslhandshake(false, t.host, self.verify)
    if not ok then return failed(sock, err, "TLS handshake with " .. t.host) end
  end
  ok, err = send_all(r, out, body_len)
  local spare = self.spare_out
  if #spare < POOLED_TABLES then
    clear(out)
    spare[#spare + 1] = out
  end
  if not ok then return failed(sock, err, "send to " .. t.authority .. via) end
  local status, headers, body, keep = read_response(r, req.method, self.max_response)
  if not status then return failed(sock, headers, "read from " .. t.authority .. via) end
  return status, headers, body, keep  -- the socket is pooled or closed by send
end

-- send{method, url, headers, body} -> status, headers, body | nil, kind, message
function Transport:send(req)
  local url, authority, t, target = req.url
  if url == self.last_url then  -- a client sends to one URL again and again: work it out once
    authority, t, target = self.last_authority, self.last_t, self.last_target
  else
    local scheme, path, terr
    scheme, authority, path = match(url, "^(https?)://([^/?#]+)(.*)$")
    if not scheme then return nil, "validation", "cannot send to " .. tostring(url) end
    t, terr = self:target(scheme, authority)
    if not t then return nil, "validation", terr end
    if path == "" then path = "/" end
    -- Plain HTTP through a proxy names the whole URL (absolute form).
    target = (t.proxy and not t.https) and (scheme .. "://" .. authority .. path) or path
    self.last_url, self.last_authority, self.last_t, self.last_target = url, authority, t, target
  end
  ngx.update_time()
  local spare = self.spare_readers
  local r = spare[#spare]
  if r then
    spare[#spare] = nil
    r.sock, r.buf, r.pos, r.lines, r.bytes, r.deadline = ngx.socket.tcp(), "", 1, 0, 0, ngx.now() + self.timeout
    r.ms = false
  else
    r = { sock = ngx.socket.tcp(), buf = "", pos = 1, lines = 0, bytes = 0, deadline = ngx.now() + self.timeout,
          ms = false }
  end
  -- The reader checks every byte it takes; pcall is the last line of defence against a
  -- bug of ours turning into a Lua error in the caller's handler.
  local ok, status, headers, body, keep = pcall(exchange, self, r, t, req, target)
  if not ok then
    r.sock:close()
    return nil, "network", "reading the answer of " .. authority .. " failed: " .. tostring(status)
  end
  if status then  -- (these return nil, err rather than raise: no need of the pcall)
    if not keep or not r.sock:setkeepalive(self.keepalive_ms, self.pool_size) then r.sock:close() end
  end
  if #spare < POOLED_TABLES then
    r.sock, r.buf = nil, ""  -- keep neither the socket nor the bytes read
    spare[#spare + 1] = r
  end
  return status, headers, body
end

return M

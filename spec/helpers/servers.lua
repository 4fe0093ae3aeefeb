-- Local servers for specs, on 127.0.0.1 only: moto_server, and fake_aws.py with a script.
-- Each start returns a handle with url and stop(); specs stop what they start.
local cjson = require "cjson"
local socket = require "socket"

local M = {}

local function free_port()
  local s = assert(socket.bind("127.0.0.1", 0))
  local _, port = s:getsockname()
  s:close()
  return tonumber(port)
end

local function wait_listening(port, seconds)
  local deadline = socket.gettime() + seconds
  while socket.gettime() < deadline do
    local c = socket.tcp()
    c:settimeout(0.2)
    if c:connect("127.0.0.1", port) then
      c:close()
      return true
    end
    c:close()
    socket.sleep(0.1)
  end
  return false
end

-- Starts cmd in the background; the first line it prints is read back when want_line.
local function spawn(cmd, want_line)
  local pipe = assert(io.popen("exec sh -c 'echo $$; exec " .. cmd .. "'", "r"))
  local pid = assert(tonumber(pipe:read("l")), "could not start: " .. cmd)
  local line = want_line and pipe:read("l") or nil
  return pid, line, pipe
end

local function stopper(pid, pipe, files)
  return function()
    os.execute("kill " .. pid .. " 2>/dev/null")
    pipe:close()
    for _, f in ipairs(files or {}) do os.remove(f) end
  end
end

-- The keys the signature-checking proxy in front of moto knows (moto itself takes any):
-- examples/emulator_fixtures.lua's, spec/credentials_spec.lua's source keys and the fake's.
M.MOTO_CREDENTIALS = { AKIDMOTO = "moto-secret", AKIDSOURCE = "source-secret",
                       AKIDFAKE = "fake-secret-key/0123456789abcdefghijklmnop" }

-- moto() -> {url, port, stop}: moto_server behind spec/fakes/sigv4_proxy.py, which checks
-- every request's signature (403 SignatureDoesNotMatch / InvalidSignatureException when it
-- is wrong); url and port are the proxy's, moto_url is moto's own.
function M.moto()
  local port = free_port()
  local log = os.tmpname()
  local pid, _, pipe = spawn(("moto_server -H 127.0.0.1 -p %d >%s 2>&1"):format(port, log), false)
  assert(wait_listening(port, 30), "moto_server did not start; see " .. log)
  local keys = {}
  for akid, secret in pairs(M.MOTO_CREDENTIALS) do keys[#keys + 1] = akid .. ":" .. secret end
  local moto_url = "http://127.0.0.1:" .. port
  local ppid, pport, ppipe = spawn(("env SIGV4_PROXY_CREDENTIALS=%s python3 spec/fakes/sigv4_proxy.py %s")
    :format(table.concat(keys, ","), moto_url), true)
  assert(tonumber(pport), "sigv4_proxy.py did not start")
  local stop_moto, stop_proxy = stopper(pid, pipe, { log }), stopper(ppid, ppipe)
  return { url = "http://127.0.0.1:" .. pport, port = tonumber(pport), moto_url = moto_url,
           stop = function() stop_proxy(); stop_moto() end }
end

-- A fake's request log: one JSON document per line, decoded, in order (none yet: {}).
local function json_lines(path)
  local out = {}
  local f = io.open(path, "r")
  if not f then return out end
  for line in f:lines() do out[#out + 1] = cjson.decode(line) end
  f:close()
  return out
end

-- fake(responses) -> {url, stop, requests()}: responses as spec/fakes/fake_aws.py takes
-- them; fake{routes = {...}} serves by method and path instead.
function M.fake(responses)
  local script, log = os.tmpname(), os.tmpname()
  local f = assert(io.open(script, "w"))
  local spec = (responses.routes or responses.responses) and responses or { responses = responses }
  f:write(cjson.encode(spec))
  f:close()
  local pid, port, pipe = spawn(("python3 spec/fakes/fake_aws.py %s %s"):format(script, log), true)
  assert(tonumber(port), "fake_aws.py did not start")
  local scheme = spec.tls and "https" or "http"
  local handle = { url = scheme .. "://127.0.0.1:" .. port, stop = stopper(pid, pipe, { script, log }) }
  -- Every request the fake saw, in order, with its signature check.
  function handle.requests() return json_lines(log) end
  return handle
end

-- fake_jobs(script) -> {port, url, log(), requests(operation), stop}: spec/fakes/fake_jobs.py playing the script
-- (ECS task lifecycles, their logs, Batch, IoT, SageMaker); log() is every request it saw,
-- decoded, in order.
function M.fake_jobs(script)
  local path, log = os.tmpname(), os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(cjson.encode(script or {}))
  f:close()
  local pid, port, pipe = spawn(("python3 spec/fakes/fake_jobs.py %s %s"):format(path, log), true)
  assert(tonumber(port), "fake_jobs.py did not start")
  local handle = { port = tonumber(port), url = "http://127.0.0.1:" .. port, stop = stopper(pid, pipe, { path, log }) }
  function handle.log() return json_lines(log) end
  -- the requests it saw for one operation, in order
  function handle.requests(operation)
    local list = {}
    for _, r in ipairs(json_lines(log)) do
      if r.operation == operation then list[#list + 1] = r end
    end
    return list
  end
  return handle
end

-- A self-signed certificate for 127.0.0.1 (and its key), made with the openssl CLI:
-- cert_path, key_path. The certificate is its own CA.
function M.self_signed()
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir -p " .. dir))
  local cert, key = dir .. "/cert.pem", dir .. "/key.pem"
  assert(os.execute(("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 " ..
    "-addext subjectAltName=IP:127.0.0.1 -keyout %s -out %s 2>/dev/null"):format(key, cert)))
  return cert, key, dir
end

-- A getenv for specs: only the given variables, and the instance metadata service off
-- unless the spec points it somewhere (tests never reach 169.254.169.254).
function M.env(vars)
  vars = vars or {}
  return function(k)
    if k == "AWS_EC2_METADATA_DISABLED" and vars[k] == nil and not vars.AWS_EC2_METADATA_SERVICE_ENDPOINT then
      return "true"
    end
    return vars[k]
  end
end

-- nginx(conf) -> {url, port, dir, stop}: Debian's nginx with the conf text, where {{PORT}}
-- is a free port, {{DIR}} a fresh prefix directory and {{ROOT}} this checkout.
function M.nginx(conf)
  local port = free_port()
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir -p " .. dir .. "/logs"))
  local root = io.popen("pwd"):read("l")
  conf = conf:gsub("{{PORT}}", tostring(port)):gsub("{{DIR}}", dir):gsub("{{ROOT}}", root)
  local f = assert(io.open(dir .. "/nginx.conf", "w"))
  f:write(conf)
  f:close()
  local ok = os.execute(("nginx -p %s -c %s/nginx.conf -e %s/logs/error.log"):format(dir, dir, dir))
  assert(ok, "nginx did not start; see " .. dir .. "/logs/error.log")
  assert(wait_listening(port, 10), "nginx is not listening; see " .. dir .. "/logs/error.log")
  return {
    url = "http://127.0.0.1:" .. port, port = port, dir = dir,
    error_log = function()
      local lf = io.open(dir .. "/logs/error.log")
      local text = lf and lf:read("a") or ""
      if lf then lf:close() end
      return text
    end,
    stop = function()
      os.execute(("kill $(cat %s/nginx.pid) 2>/dev/null; sleep 0.2; rm -rf %s"):format(dir, dir))
    end,
  }
end

-- The credentials the fake verifies signatures with.
M.FAKE_CREDENTIALS = {
  access_key_id = "AKIDFAKE",
  secret_access_key = "fake-secret-key/0123456789abcdefghijklmnop",
}

return M

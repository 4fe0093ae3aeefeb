-- Both transports against the fault server (spec/fakes/fault_server.py), with ONE table of
-- expectations: libcurl's (transport/curl.lua) here in Lua 5.4, and the cosocket transport
-- inside Debian's nginx + lua module (one worker, the LuaJIT core: `make luajit`). For every
-- fault: the kind of error (or the answer), an attempt that ends within timeout plus a
-- margin, a process whose peak memory grows by less than MAX_GROWTH_KB, and (in nginx) no
-- Lua error in the error log. Where libcurl falls short of an expectation the case is
-- pending with the reason (csrc/ is where it would be fixed); it passes once it holds.
local cjson = require "cjson"
local core = require "awsjobs.core"
local fault = require "helpers.fault"
local servers = require "helpers.servers"

local TIMEOUT = 2                 -- seconds, the transports' timeout option
local MARGIN = 2                  -- seconds an attempt may outlive it (a bound, not a benchmark)
local MAX_RESPONSE = 1024 * 1024  -- bytes; the oversize answers are 4 MiB
local MAX_GROWTH_KB = 64 * 1024   -- peak resident memory an attempt may add

-- ok: the answer expected; else kind (and a pattern the message matches).
-- curl_gap: what libcurl's transport does instead, while it does.
local CASES = {
  { path = "/ok", ok = { status = 200, body = "ok" } },
  { path = "/continue-then-200", ok = { status = 200, body = "ok" } },
  { path = "/slow-body", kind = "timeout" },
  { path = "/slow-headers", kind = "timeout" },
  { path = "/endless-header", kind = "network" },
  { path = "/many-headers", kind = "network", match = "header lines" },
  { path = "/bad-chunk", kind = "network" },
  { path = "/negative-length", kind = "network" },
  { path = "/hex-length", kind = "network" },
  { path = "/conflicting-length", kind = "network" },
  { path = "/truncated", kind = "network" },
  { path = "/garbage-status", kind = "network" },
  { path = "/oversize-length", kind = "network", match = "max_response" },
  { path = "/oversize-chunked", kind = "network", match = "max_response" },
  { path = "/reset", kind = "network" },
}

-- Answers that leave the connection in doubt: the next call must not reuse it.
local NOT_POOLED = { "/ok-close", "/ok-http10", "/ok-then-junk" }

local function status_kb(field, path)
  local f = assert(io.open(path or "/proc/self/status"))
  local text = f:read("a")
  f:close()
  return tonumber(text:match(field .. ":%s*(%d+) kB"))
end

-- The shape both runners give: {status, body, connection} or {kind, message}, plus
-- elapsed (seconds) and growth_kb (of the process's peak resident memory).
local curl_transport = require "awsjobs.transport.curl"

local function curl_send(t, url)
  local started = core.monotonic()
  local status, headers, body = t:send { method = "GET", url = url, headers = {}, body = "" }
  local out = { elapsed = core.monotonic() - started }
  if status then
    out.status, out.body, out.connection = status, body, headers["x-connection"]
  else
    out.kind, out.message = headers, body
  end
  return out
end

local function curl_run(base, path)
  local t = curl_transport.new { timeout = TIMEOUT, max_response = MAX_RESPONSE }
  local before = status_kb("VmHWM")
  local out = curl_send(t, base .. path)
  out.growth_kb = status_kb("VmHWM") - before
  t:close()
  return out
end

local function curl_pair(base, first, second)
  local t = curl_transport.new { timeout = TIMEOUT, max_response = MAX_RESPONSE }
  local a, b = curl_send(t, base .. first), curl_send(t, base .. second)
  t:close()
  return { a, b }
end

local CONF = [[
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid {{DIR}}/nginx.pid;
error_log {{DIR}}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path {{DIR}}/body;
  lua_package_path "{{ROOT}}/lua/?.lua;{{ROOT}}/lua/?/init.lua;;";
  lua_package_cpath "{{ROOT}}/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";

  init_by_lua_block {
    cjson = require "cjson"
    cosocket = require "awsjobs.transport.cosocket"
    function hwm_kb()
      local f = io.open("/proc/self/status")
      local kb = tonumber(f:read("*a"):match("VmHWM:%s*(%d+) kB"))
      f:close()
      return kb
    end
    function send(t, path)
      ngx.update_time()
      local started = ngx.now()
      local status, headers, body = t:send { method = "GET", url = "{{FAULT}}" .. path, headers = {}, body = "" }
      ngx.update_time()
      local out = { elapsed = ngx.now() - started }
      if status then
        out.status, out.body, out.connection = status, body, headers["x-connection"]
      else
        out.kind, out.message = headers, body
      end
      return out
    end
  }

  server {
    listen 127.0.0.1:{{PORT}};
    location /case {
      content_by_lua_block {
        local t = assert(cosocket.new { timeout = {{TIMEOUT}}, max_response = {{MAX_RESPONSE}} })
        collectgarbage()
        local before = hwm_kb()
        local out = send(t, ngx.var.arg_path)
        out.growth_kb = hwm_kb() - before
        out.body = out.body and #out.body < 100 and out.body or nil
        ngx.say(cjson.encode(out))
      }
    }
    # a client's StopTask against a fault: its error and how many attempts it made
    location /client {
      content_by_lua_block {
        local ecs = assert(require("awsjobs").ecs { region = "us-east-1", endpoint = "{{FAULT}}" .. ngx.var.arg_path,
          timeout = {{TIMEOUT}}, max_attempts = 2, retry = { base_delay = 0.01, max_backoff = 0.01 },
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } })
        local out, err = ecs:stopTask { task = "t" }
        ngx.say(cjson.encode { ok = out ~= nil, kind = err and err.kind, attempts = err and err.attempts,
          retryable = err and err.retryable })
      }
    }
    location /pair {
      content_by_lua_block {
        local t = assert(cosocket.new { timeout = {{TIMEOUT}} })
        ngx.say(cjson.encode { send(t, ngx.var.arg_first), send(t, ngx.var.arg_second) })
      }
    }
  }
}
]]

local function http_get(url)
  local p = assert(io.popen("curl -s -m 30 '" .. url .. "'"))
  local out = p:read("a")
  p:close()
  return out
end

-- An expectation the result does not meet, or nil.
local function unmet(case, out)
  if case.ok then
    if out.status ~= case.ok.status or out.body ~= case.ok.body then
      return ("want HTTP %d %q, got %s"):format(case.ok.status, case.ok.body, cjson.encode(out))
    end
  elseif out.kind ~= case.kind then
    return ("want a %s error, got %s"):format(case.kind, cjson.encode(out))
  elseif case.match and not tostring(out.message):find(case.match, 1, true) then
    return ("want a message with %q, got %q"):format(case.match, tostring(out.message))
  end
  return nil
end

local function check(case, out, gap)
  local miss = unmet(case, out)
  if miss and gap then
    pending(gap .. " [" .. miss .. "]")
    return
  end
  assert.is_nil(miss, miss)
  assert.is_true(out.elapsed < TIMEOUT + MARGIN, ("%s took %.2f s"):format(case.path, out.elapsed))
  assert.is_true(out.growth_kb < MAX_GROWTH_KB, ("%s grew the peak memory by %d kB"):format(case.path, out.growth_kb))
end

local function check_not_pooled(pair, first)
  local a, b = pair[1], pair[2]
  assert.are.equal(200, a.status, cjson.encode(pair))
  assert.are.equal("ok", a.body)
  assert.are.equal(200, b.status, cjson.encode(pair))
  assert.are.equal("ok", b.body)
  assert.are_not.equal(a.connection, b.connection, first .. " left a connection that was reused")
end

describe("a bad network, the same expectations for both transports", function()
  local server, nginx

  lazy_setup(function()
    server = fault.server()
    local conf = CONF:gsub("{{FAULT}}", server.url):gsub("{{TIMEOUT}}", TIMEOUT)
      :gsub("{{MAX_RESPONSE}}", MAX_RESPONSE)
    nginx = servers.nginx(conf)
  end)

  lazy_teardown(function()
    if nginx then nginx.stop() end
    if server then server.stop() end
  end)

  describe("libcurl (Lua 5.4)", function()
    for _, case in ipairs(CASES) do
      it(case.path, function()
        check(case, curl_run(server.url, case.path), case.curl_gap)
      end)
    end

    it("keeps a clean connection and reuses it", function()
      local pair = curl_pair(server.url, "/ok", "/ok")
      assert.are.equal(pair[1].connection, pair[2].connection)
    end)

    for _, first in ipairs(NOT_POOLED) do
      it("does not reuse the connection after " .. first, function()
        check_not_pooled(curl_pair(server.url, first, "/ok"), first)
      end)
    end
  end)

  describe("cosockets (nginx)", function()
    local function run(path)
      local text = http_get(nginx.url .. "/case?path=" .. path)
      local ok, out = pcall(cjson.decode, text)
      assert(ok and type(out) == "table", "nginx answered: " .. text)
      return out
    end

    for _, case in ipairs(CASES) do
      it(case.path, function()
        check(case, run(case.path))
      end)
    end

    it("keeps a clean connection and reuses it", function()
      local pair = cjson.decode(http_get(nginx.url .. "/pair?first=/ok&second=/ok"))
      assert.are.equal(200, pair[2].status)
      assert.are.equal(pair[1].connection, pair[2].connection)
    end)

    for _, first in ipairs(NOT_POOLED) do
      it("does not reuse the connection after " .. first, function()
        check_not_pooled(cjson.decode(http_get(nginx.url .. "/pair?first=" .. first .. "&second=/ok")), first)
      end)
    end

    -- a broken answer is a network error, which a client retries as it retries libcurl's
    for _, path in ipairs { "/garbage-status", "/bad-chunk", "/negative-length", "/truncated" } do
      it("retries the network error of " .. path .. " in a client", function()
        local out = cjson.decode(http_get(nginx.url .. "/client?path=" .. path))
        assert.are.same({ ok = false, kind = "network", attempts = 2, retryable = true }, out)
      end)
    end

    it("logged no Lua error", function()
      local log = nginx.error_log()
      assert.is_nil(log:find("lua entry thread aborted", 1, true), log)
      assert.is_nil(log:find("runtime error", 1, true), log)
      assert.is_nil(log:find("[alert]", 1, true), log)
    end)
  end)
end)

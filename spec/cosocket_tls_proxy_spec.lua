-- The cosocket transport's TLS, proxies and keep-alive pool, inside Debian's nginx + lua
-- module (one worker, the LuaJIT core: `make luajit`), and the proxy rules it shares with
-- libcurl, as plain functions in Lua 5.4.
local cjson = require "cjson"
local cosocket = require "awsjobs.transport.cosocket"
local fault = require "helpers.fault"
local servers = require "helpers.servers"

local function sh(cmd)
  assert(os.execute(cmd .. " 2>/dev/null"), cmd)
end

-- A CA, and two certificates it signs: one for 127.0.0.1, one for another name. dir, paths.
local function make_ca()
  local dir = os.tmpname()
  os.remove(dir)
  sh("mkdir -p " .. dir)
  sh(("cd %s && openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=awsjobs-test-ca " ..
    "-keyout ca.key -out ca.pem"):format(dir))
  local function leaf(name, san)
    sh(("cd %s && openssl req -newkey rsa:2048 -nodes -subj /CN=%s -keyout %s.key -out %s.csr"):format(
      dir, name, name, name))
    sh(("cd %s && printf 'subjectAltName=%s\\n' > %s.ext && openssl x509 -req -in %s.csr -CA ca.pem " ..
      "-CAkey ca.key -CAcreateserial -days 2 -extfile %s.ext -out %s.pem"):format(dir, san, name, name, name, name))
    return dir .. "/" .. name .. ".pem", dir .. "/" .. name .. ".key"
  end
  local ip_cert, ip_key = leaf("127.0.0.1", "IP:127.0.0.1")
  local other_cert, other_key = leaf("other.example", "DNS:other.example")
  return dir, { ca = dir .. "/ca.pem", ip = { cert = ip_cert, key = ip_key },
                other = { cert = other_cert, key = other_key } }
end

local ANSWER = { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
  body = cjson.encode { task = { taskArn = "t", stoppedReason = "over TLS" } } }

-- {{ENV}}: `env` directives. A worker sees only the environment variables nginx.conf names
-- with `env NAME;` or `env NAME=value;` (nginx clears the rest), so proxy variables must be
-- listed there to reach the transport.
local CONF = [[
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid {{DIR}}/nginx.pid;
error_log {{DIR}}/logs/error.log warn;
env AWS_EC2_METADATA_DISABLED=true;
{{ENV}}
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path {{DIR}}/body;
  lua_package_path "{{ROOT}}/lua/?.lua;{{ROOT}}/lua/?/init.lua;;";
  lua_package_cpath "{{ROOT}}/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  lua_ssl_trusted_certificate {{CA}};
  lua_ssl_verify_depth 2;

  init_by_lua_block {
    awsjobs = require "awsjobs"
    cjson = require "cjson"
    cosocket = require "awsjobs.transport.cosocket"
    function answer(status, headers, body)
      if status then return { status = status, body = body, connection = headers["x-connection"] } end
      return { kind = headers, message = body }
    end
    {{INIT}}
  }

  server {
    listen 127.0.0.1:{{PORT}};
    # one GET with a transport of the query's settings
    location /get {
      content_by_lua_block {
        local t = assert(cosocket.new { timeout = 5, verify = ngx.var.arg_verify ~= "off" })
        ngx.say(cjson.encode(answer(t:send { method = "GET", url = ngx.unescape_uri(ngx.var.arg_url), headers = {} })))
      }
    }
    location /ca_file {
      content_by_lua_block {
        local t, msg = cosocket.new { ca_file = "/etc/ssl/certs/ca-certificates.crt" }
        local ecs, err = awsjobs.ecs { region = "us-east-1", endpoint = "http://127.0.0.1:1",
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" }, ca_file = "/tmp/ca.pem" }
        ngx.say(cjson.encode { transport = t ~= nil, message = msg, client = ecs ~= nil,
          kind = err and err.kind, client_message = err and err.message })
      }
    }
    # a client made here (its CA bundle from the worker's environment or profile) and the
    # one init_by_lua made, each calling StopTask once at the query's url over TLS
    location /ca_bundle {
      content_by_lua_block {
        local out = { init = init_ecs ~= nil, init_message = init_err and init_err.message }
        local ecs, err = awsjobs.ecs { region = "us-east-1", endpoint = ngx.unescape_uri(ngx.var.arg_url),
          max_attempts = 1, credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
        out.client, out.client_message = ecs ~= nil, err and err.message
        for name, c in pairs { client = ecs, init = init_ecs } do
          local res, cerr = c:stopTask { task = "t" }
          out[name .. "_reason"] = res and res.task.stoppedReason
          out[name .. "_call_message"] = cerr and cerr.message
        end
        ngx.say(cjson.encode(out))
      }
    }
    # StopTask calls through a client with the query's pool options: `calls` rounds of
    # `together` concurrent calls, `pause` seconds apart
    location /pool {
      content_by_lua_block {
        local a = ngx.var
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = ngx.unescape_uri(a.arg_url), max_attempts = 1,
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" },
          keepalive_timeout = tonumber(a.arg_keepalive), pool_size = tonumber(a.arg_pool) })
        local kinds = {}
        for round = 1, tonumber(a.arg_calls) do
          if round > 1 then ngx.sleep(tonumber(a.arg_pause)) end
          local threads = {}
          for i = 1, tonumber(a.arg_together) do
            threads[i] = ngx.thread.spawn(function()
              local _, err = ecs:stopTask { task = "t" }
              return err and err.status
            end)
          end
          for i = 1, #threads do
            local _, status = ngx.thread.wait(threads[i])
            kinds[#kinds + 1] = status
          end
        end
        ngx.say(cjson.encode(kinds))
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

local function escape(s)
  return (s:gsub("[^%w%-%._~]", function(c) return ("%%%02X"):format(c:byte()) end))
end

local function start_nginx(ca, env, init)
  local conf = CONF:gsub("{{CA}}", ca):gsub("{{ENV}}", env or ""):gsub("{{INIT}}", function() return init or "" end)
  return servers.nginx(conf)
end

-- init_by_lua code that sets AWS_CA_BUNDLE in the master's environment (init_by_lua runs
-- there, with the environment nginx was started with), then makes a client to url.
local function init_with_ca_bundle(path, url)
  return ([[
    local ffi = require "ffi"
    ffi.cdef "int setenv(const char *name, const char *value, int overwrite);"
    ffi.C.setenv("AWS_CA_BUNDLE", %q, 1)
    init_ecs, init_err = awsjobs.ecs { region = "us-east-1", endpoint = %q, max_attempts = 1,
      credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
  ]]):format(path, url)
end

describe("cosocket TLS, proxies and pool options", function()
  local dir, certs, trusted, wrong_name, untrusted, untrusted_dir, nginx

  local function get(n, url, verify)
    local text = http_get(n.url .. "/get?url=" .. escape(url) .. (verify == false and "&verify=off" or ""))
    local ok, out = pcall(cjson.decode, text)
    assert(ok, "nginx answered: " .. text)
    return out
  end

  lazy_setup(function()
    dir, certs = make_ca()
    trusted = servers.fake { tls = certs.ip, responses = { ANSWER } }
    wrong_name = servers.fake { tls = certs.other, responses = { ANSWER } }
    local cert, key
    cert, key, untrusted_dir = servers.self_signed()
    untrusted = servers.fake { tls = { cert = cert, key = key }, responses = { ANSWER } }
    nginx = start_nginx(certs.ca)
  end)

  lazy_teardown(function()
    if nginx then nginx.stop() end
    for _, f in ipairs { trusted, wrong_name, untrusted } do f.stop() end
    os.execute("rm -rf " .. dir .. " " .. untrusted_dir)
  end)

  describe("TLS", function()
    it("verifies against nginx's lua_ssl_trusted_certificate", function()
      local out = get(nginx, trusted.url .. "/")
      assert.are.equal(200, out.status, cjson.encode(out))
    end)

    it("refuses a certificate from a CA nginx does not trust", function()
      local out = get(nginx, untrusted.url .. "/")
      assert.are.equal("network", out.kind)
      assert.matches("TLS handshake with 127.0.0.1: .*certificate", out.message)
    end)

    it("refuses a certificate for another host name", function()
      local out = get(nginx, wrong_name.url .. "/")
      assert.are.equal("network", out.kind)
      assert.matches("TLS handshake with 127.0.0.1: .*host mismatch", out.message)
    end)

    it("never hands an unverified connection to a verifying transport", function()
      -- the fake keeps connections alive: with verify off in the pool name's place, the
      -- second call would reuse the first one's connection and skip the check
      assert.are.equal(200, get(nginx, untrusted.url .. "/", false).status)
      assert.are.equal("network", get(nginx, untrusted.url .. "/").kind)
    end)

    it("refuses ca_file, naming lua_ssl_trusted_certificate", function()
      local out = cjson.decode(http_get(nginx.url .. "/ca_file"))
      assert.is_false(out.transport)
      assert.matches("lua_ssl_trusted_certificate", out.message)
      assert.is_false(out.client)
      assert.are.equal("validation", out.kind)
      assert.matches("lua_ssl_trusted_certificate", out.client_message)
    end)

    -- AWS_CA_BUNDLE or a profile's ca_bundle is for libcurl; on cosockets nginx's trust
    -- store applies, so a bundle that comes only from there is no reason to refuse a client.
    it("takes AWS_CA_BUNDLE from the environment without refusing, nginx's trust store applying", function()
      local other = start_nginx(certs.ca, "env AWS_CA_BUNDLE=" .. untrusted_dir .. "/cert.pem;",
        init_with_ca_bundle(untrusted_dir .. "/cert.pem", trusted.url))
      local text = http_get(other.url .. "/ca_bundle?url=" .. escape(trusted.url))
      local log = other.error_log()
      other.stop()
      local ok, out = pcall(cjson.decode, text)
      assert(ok, "nginx answered: " .. text .. "\n" .. log)
      assert.is_true(out.init, out.init_message)
      assert.is_true(out.client, out.client_message)
      -- the bundle names only the untrusted certificate: the calls succeeding shows it is
      -- not what verifies them
      assert.are.equal("over TLS", out.client_reason, out.client_call_message)
      assert.are.equal("over TLS", out.init_reason, out.init_call_message)
    end)

    it("takes a profile's ca_bundle without refusing", function()
      local config = os.tmpname()
      local f = assert(io.open(config, "w"))
      f:write("[default]\nca_bundle = " .. untrusted_dir .. "/cert.pem\n")
      f:close()
      sh("chmod 644 " .. config)  -- a root-started nginx's worker runs as another user
      local other = start_nginx(certs.ca, "env AWS_CONFIG_FILE=" .. config .. ";")
      local text = http_get(other.url .. "/ca_bundle?url=" .. escape(trusted.url))
      other.stop()
      os.remove(config)
      local out = cjson.decode(text)
      assert.is_true(out.client, out.client_message)
      assert.are.equal("over TLS", out.client_reason, out.client_call_message)
    end)

    it("refuses ca_file outside nginx too, when the cosocket transport is asked for", function()
      local ecs, err = require("awsjobs").ecs { region = "us-east-1", transport = "cosocket",
        ca_file = "/tmp/ca.pem", credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
      assert.is_nil(ecs)
      assert.are.equal("validation", err.kind)
      assert.matches("lua_ssl_trusted_certificate", err.message)
    end)
  end)

  describe("proxies from the environment", function()
    local proxy, plain, through, around

    lazy_setup(function()
      proxy = fault.proxy()
      plain = fault.server()
      through = start_nginx(certs.ca, ("env https_proxy=%s;\nenv http_proxy=%s;"):format(proxy.url, proxy.url))
      around = start_nginx(certs.ca, ("env HTTPS_PROXY=%s;\nenv no_proxy=example.com,127.0.0.1;"):format(proxy.url))
    end)

    lazy_teardown(function()
      for _, h in ipairs { through, around, proxy, plain } do
        if h then h.stop() end
      end
    end)

    it("tunnels HTTPS with CONNECT, then verifies the target's certificate", function()
      local before = proxy.stats().connect
      assert.are.equal(200, get(through, trusted.url .. "/").status)
      local stats = proxy.stats()
      assert.are.equal(before + 1, stats.connect)
      assert.are.equal(trusted.url:match("//(.*)$"), stats.targets[#stats.targets])
      -- through the tunnel the name checked is still the target's
      assert.matches("host mismatch", get(through, wrong_name.url .. "/").message)
    end)

    it("sends plain HTTP to the proxy with the whole URL as the target", function()
      local out = get(through, plain.url .. "/ok")
      assert.are.equal("ok", out.body, cjson.encode(out))
      local stats = proxy.stats()
      assert.are.equal(1, stats.forward)
      assert.are.equal(plain.url .. "/ok", stats.targets[#stats.targets])
    end)

    it("goes around the proxy for a host no_proxy names", function()
      local before = proxy.stats()
      assert.are.equal(200, get(around, trusted.url .. "/").status)
      local after = proxy.stats()
      assert.are.equal(before.connect, after.connect)
      assert.are.equal(before.forward, after.forward)
    end)
  end)

  describe("proxy rules, as libcurl reads them", function()
    local function env(vars) return function(k) return vars[k] end end

    it("reads http_proxy in lower case only, the others in either case", function()
      local p = cosocket.proxy_env(env { HTTP_PROXY = "http://a:1", HTTPS_PROXY = "http://b:2", NO_PROXY = "x" })
      assert.is_nil(p.http)
      assert.are.equal("http://b:2", p.https)
      assert.are.equal("x", p.no)
      p = cosocket.proxy_env(env { https_proxy = "http://low:1", HTTPS_PROXY = "http://up:2", all_proxy = "http://all:3" })
      assert.are.equal("http://low:1", p.https)
      assert.are.equal("http://all:3", p.http)
    end)

    it("matches no_proxy by name and suffix, by address and range, and * alone", function()
      local bypass = cosocket.bypass
      assert.is_true(bypass("example.com", "example.com"))
      assert.is_true(bypass("example.com", "ecs.example.com"))
      assert.is_true(bypass(".example.com", "ecs.example.com"))
      assert.is_true(bypass("foo, Example.COM", "ecs.example.com."))
      assert.is_false(bypass("example.com", "notexample.com"))
      assert.is_false(bypass("ecs.example.com", "example.com"))
      assert.is_true(bypass("*", "anything.test"))
      assert.is_false(bypass("*.example.com", "ecs.example.com"))  -- libcurl: no wildcards in entries
      assert.is_true(bypass("127.0.0.1", "127.0.0.1"))
      assert.is_false(bypass("127.0.0.1", "127.0.0.10"))
      assert.is_true(bypass("10.0.0.0/8", "10.1.2.3"))
      assert.is_false(bypass("10.0.0.0/8", "11.1.2.3"))
      assert.is_false(bypass(nil, "example.com"))
      assert.is_false(bypass("", "example.com"))
    end)

    it("reads a proxy URL as libcurl does (port 1080 unless given)", function()
      assert.are.same({ host = "proxy.test", port = 1080 }, cosocket.parse_proxy("http://proxy.test"))
      assert.are.same({ host = "proxy.test", port = 3128 }, cosocket.parse_proxy("proxy.test:3128"))
      assert.are.same({ host = "p", port = 8080, user = "me", password = "p@ss" },
        cosocket.parse_proxy("http://me:p%40ss@p:8080/"))
      local p, err = cosocket.parse_proxy("socks5://p:1080")
      assert.is_nil(p)
      assert.matches("http://", err)
    end)
  end)

  describe("pool options", function()
    -- A fresh fault server per case: nginx's pool for a name is made once, with the size
    -- of the first connection put in it.
    local function connections(query)
      local server = fault.server()
      local statuses = cjson.decode(http_get(nginx.url .. "/pool?url=" .. escape(server.url) .. "&" .. query))
      local n = tonumber(http_get(server.url .. "/connections"))
      server.stop()
      for _, s in ipairs(statuses) do assert.are.equal(404, s) end  -- the fault server's answer
      return n
    end

    it("keeps connections for keepalive_timeout seconds", function()
      assert.are.equal(1, connections("calls=3&together=1&pause=0.5&keepalive=10"))
      assert.are.equal(3, connections("calls=3&together=1&pause=0.5&keepalive=0.2"))
    end)

    it("keeps pool_size connections per pool", function()
      -- 3 rounds of 2 calls at once: a pool of 1 keeps one of the two, a pool of 2 both
      assert.are.equal(4, connections("calls=3&together=2&pause=0&pool=1"))
      assert.are.equal(2, connections("calls=3&together=2&pause=0&pool=2"))
    end)

    it("checks the options", function()
      local awsjobs = require "awsjobs"
      local base = { region = "us-east-1", credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
      local function with(k, v)
        local o = {}
        for a, b in pairs(base) do o[a] = b end
        o[k] = v
        return o
      end
      for _, bad in ipairs { { "pool_size", 0 }, { "pool_size", 1.5 }, { "pool_size", math.huge },
                             { "keepalive_timeout", 0 }, { "keepalive_timeout", math.huge },
                             { "keepalive_timeout", 0 / 0 }, { "pool_size", "8" } } do
        local ecs, err = awsjobs.ecs(with(bad[1], bad[2]))
        assert.is_nil(ecs, bad[1])
        assert.matches("options." .. bad[1], err.message)
      end
      assert.is_truthy(awsjobs.ecs(with("pool_size", 4)))
      assert.is_truthy(awsjobs.ecs(with("keepalive_timeout", 0.5)))
    end)

    it("logged no Lua error", function()
      local log = nginx.error_log()
      assert.is_nil(log:find("lua entry thread aborted", 1, true), log)
      assert.is_nil(log:find("runtime error", 1, true), log)
    end)
  end)
end)

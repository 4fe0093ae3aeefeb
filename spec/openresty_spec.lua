-- awsjobs inside nginx's Lua module (Debian's nginx + libnginx-mod-http-lua, LuaJIT), with
-- ONE worker: calls go over cosockets and do not stall the worker; phases without
-- cosockets get a clear error naming the phase. Needs `make luajit` (the LuaJIT core).
local cjson = require "cjson"
local core = require "awsjobs.core"
local servers = require "helpers.servers"

local UPSTREAM_DELAY = 1  -- seconds each upstream StopTask takes

local CONF = [[
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid {{DIR}}/nginx.pid;
error_log {{DIR}}/logs/error.log warn;
env AWS_EC2_METADATA_DISABLED=true;
env AWS_CONTAINER_CREDENTIALS_FULL_URI={{CREDS_URL}};
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path {{DIR}}/body;
  lua_package_path "{{ROOT}}/lua/?.lua;{{ROOT}}/lua/?/init.lua;;";
  lua_package_cpath "{{ROOT}}/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  lua_shared_dict results 1m;
  lua_ssl_trusted_certificate {{CA}};

  init_by_lua_block {
    awsjobs = require "awsjobs"
    -- signing needs no I/O: it works in init, where there are no cosockets
    local h = awsjobs.sign({ method = "GET", url = "https://example.amazonaws.com/" },
      { region = "us-east-1", service = "service", time = 1440938160,
        credentials = { access_key_id = "AKIDEXAMPLE",
                        secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } })
    init_signature = h.Authorization
  }

  init_worker_by_lua_block {
    local ecs = awsjobs.ecs { region = "us-east-1", endpoint = "{{UPSTREAM}}",
      credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
    local out, err = ecs:stopTask { task = "from-init-worker" }
    ngx.shared.results:set("init_worker", out and "sent" or (err.code .. ": " .. err.message))
  }

  server {
    listen 127.0.0.1:{{PORT}};
    location /stop {
      content_by_lua_block {
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = "{{UPSTREAM}}",
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "{{SECRET}}" } })
        local out, err = ecs:stopTask { task = ngx.var.arg_task, reason = "stopped from nginx" }
        if not out then ngx.status = 502; ngx.say(tostring(err)); return end
        ngx.say(out.task.taskArn, " ", out.task.lastStatus, " ", out.task.stoppedReason)
      }
    }
    location /chain {
      content_by_lua_block {
        -- no credentials given: the chain finds the container endpoint, over a cosocket too
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = "{{UPSTREAM}}" })
        local out, err = ecs:stopTask { task = "via-chain" }
        ngx.say(out and out.task.taskArn or tostring(err))
      }
    }
    location /other {
      content_by_lua_block {
        -- another upstream: TLS (trusted or not), or a chunked answer
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = ngx.var.arg_endpoint,
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" }, max_attempts = 1 })
        local out, err = ecs:stopTask { task = "t" }
        ngx.say(out and out.task.stoppedReason or (err.kind .. ": " .. err.message))
      }
    }
    location /phase { content_by_lua_block { ngx.say(ngx.shared.results:get("init_worker")) } }
    location /sign { content_by_lua_block { ngx.say(init_signature) } }
  }
}
]]

local function http_get(url)
  local p = assert(io.popen("curl -s -m 20 '" .. url .. "'"))
  local out = p:read("a")
  p:close()
  return out
end

describe("in nginx (OpenResty's Lua module, one worker)", function()
  local upstream, creds, nginx, tls_dir, trusted, untrusted, chunked

  lazy_setup(function()
    local cert, key
    cert, key, tls_dir = servers.self_signed()
    local other_cert, other_key = servers.self_signed()
    local answer = { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = cjson.encode { task = { taskArn = "t", stoppedReason = ("over TLS "):rep(3) } } }
    trusted = servers.fake { tls = { cert = cert, key = key }, responses = { answer } }
    untrusted = servers.fake { tls = { cert = other_cert, key = other_key }, responses = { answer } }
    chunked = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      chunked = 5, body = cjson.encode { task = { taskArn = "t", stoppedReason = ("chunk"):rep(40) } } } }
    upstream = servers.fake { { delay = UPSTREAM_DELAY, status = 200,
      headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      template = '{"task":{"taskArn":"{{task}}","lastStatus":"STOPPED","stoppedReason":"{{reason}}"}}' } }
    creds = servers.fake { { status = 200, body = cjson.encode { AccessKeyId = "AKIDFAKE",
      SecretAccessKey = servers.FAKE_CREDENTIALS.secret_access_key, Token = "container-token",
      Expiration = "2099-01-01T00:00:00Z" } } }
    local conf = CONF:gsub("{{UPSTREAM}}", upstream.url):gsub("{{CREDS_URL}}", creds.url .. "/creds")
      :gsub("{{SECRET}}", servers.FAKE_CREDENTIALS.secret_access_key):gsub("{{CA}}", cert)
    nginx = servers.nginx(conf)
  end)

  lazy_teardown(function()
    if nginx then nginx.stop() end
    for _, f in ipairs { upstream, creds, trusted, untrusted, chunked } do f.stop() end
    os.execute("rm -rf " .. tls_dir)
  end)

  it("answers concurrent calls together, each with its own result", function()
    local n = 6
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    local started = core.monotonic()
    local cmd = {}
    for i = 1, n do
      cmd[#cmd + 1] = ("curl -s -m 20 '%s/stop?task=arn-%d' > %s/%d &"):format(nginx.url, i, dir, i)
    end
    cmd[#cmd + 1] = "wait"
    assert(os.execute(table.concat(cmd, " ")))
    local elapsed = core.monotonic() - started
    for i = 1, n do
      local f = assert(io.open(dir .. "/" .. i))
      local body = f:read("a")
      f:close()
      assert.are.equal(("arn-%d STOPPED stopped from nginx\n"):format(i), body)
    end
    os.execute("rm -rf " .. dir)
    -- one worker, six calls of one second each: together, not one after another
    assert.is_true(elapsed < UPSTREAM_DELAY * 2.5, ("took %.2f s"):format(elapsed))
    local reqs = upstream.requests()
    assert.are.equal(n, #reqs)
    for _, r in ipairs(reqs) do
      assert.is_true(r.signature.valid, r.signature.reason)
      assert.are.equal("ecs", r.signature.service)
    end
  end)

  it("finds credentials through the chain with cosockets too", function()
    assert.are.equal("via-chain\n", http_get(nginx.url .. "/chain"))
    local r = upstream.requests()
    assert.are.equal("container-token", r[#r].headers["X-Amz-Security-Token"])
    assert.is_true(r[#r].signature.valid)
  end)

  it("verifies TLS with the trusted certificates, and refuses others", function()
    assert.are.equal(("over TLS "):rep(3) .. "\n", http_get(nginx.url .. "/other?endpoint=" .. trusted.url))
    assert.matches("^network: TLS handshake with 127.0.0.1: .*certificate",
      http_get(nginx.url .. "/other?endpoint=" .. untrusted.url))
  end)

  it("reads chunked responses", function()
    assert.are.equal(("chunk"):rep(40) .. "\n", http_get(nginx.url .. "/other?endpoint=" .. chunked.url))
  end)

  it("names the phase where cosockets are unavailable", function()
    local msg = http_get(nginx.url .. "/phase")
    assert.matches("^UnsupportedPhase: cannot send from nginx's init_worker phase", msg)
    assert.matches('transport = "curl"', msg)
  end)

  it("signs in init_by_lua, which needs no I/O", function()
    assert.matches("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      http_get(nginx.url .. "/sign"))
  end)

  it("logged no Lua errors", function()
    -- the refused TLS handshake is logged by nginx itself as an error; nothing else may be
    local log = nginx.error_log():gsub("[^\n]*certificate verify[^\n]*\n?", "")
    assert.is_nil(log:find("[error]", 1, true), log)
  end)
end)

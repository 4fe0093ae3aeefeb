-- The credential herd inside nginx (Debian's nginx + lua module, LuaJIT core: `make luajit`):
-- many requests needing container credentials at once make one fetch, not one each; inside
-- the advisory window the old credentials keep serving while one refresh runs; with a
-- lua_shared_dict, all workers share one fetch. The container endpoint is a fake that takes
-- 50 ms per fetch and counts them (spec/fakes/fake_container_creds.py); the AWS calls go to
-- a stub server in the same nginx that echoes the session token it was sent.
local socket = require "socket"
local servers = require "helpers.servers"

local CONF = [[
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes {{WORKERS}};
pid {{DIR}}/nginx.pid;
error_log {{DIR}}/logs/error.log warn;
env AWS_EC2_METADATA_DISABLED=true;
env AWS_CONFIG_FILE=/nonexistent;
env AWS_SHARED_CREDENTIALS_FILE=/nonexistent;
env AWS_CONTAINER_CREDENTIALS_FULL_URI={{CREDS_URL}};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path {{DIR}}/body;
  lua_package_path "{{ROOT}}/lua/?.lua;{{ROOT}}/lua/?/init.lua;;";
  lua_package_cpath "{{ROOT}}/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  lua_shared_dict awsjobs_credentials 1m;
  lua_shared_dict stats 1m;

  init_by_lua_block {
    awsjobs = require "awsjobs"
    credentials = require "awsjobs.credentials"
    OPTIONS = { region = "us-east-1", endpoint = "http://127.0.0.1:{{STUB_PORT}}", {{DICT_OPTION}} }
    function worker_client() return client end
    -- one call; the answer says which worker, which token, and whether any caller of this
    -- worker waited for credentials meanwhile (the count of waits moved)
    function call(ecs)
      local waits = credentials.stats.waits
      local out, err = ecs:stopTask { task = "t" }
      local waited = credentials.stats.waits - waits
      ngx.shared.stats:set("waits:" .. ngx.worker.id(), credentials.stats.waits)
      if not out then ngx.say("error ", tostring(err)); return end
      ngx.say(ngx.worker.id(), " ", out.task.stoppedReason, " ", waited)
    end
  }

  # one client per worker, made at its start (no I/O) as the README says
  init_worker_by_lua_block { client = assert(awsjobs.ecs(OPTIONS)) }

  server {
    listen 127.0.0.1:{{STUB_PORT}};
    location / {
      default_type application/x-amz-json-1.1;
      return 200 '{"task":{"taskArn":"t","stoppedReason":"$http_x_amz_security_token"}}';
    }
  }
  server {
    listen 127.0.0.1:{{PORT}} reuseport;
    location /call { content_by_lua_block { call(worker_client()) } }
    # a client made in the request, as the old README did: its credentials still come
    # from the process-level cache
    location /per_request { content_by_lua_block { call(assert(awsjobs.ecs(OPTIONS))) } }
    location /bad_dict {
      content_by_lua_block {
        local _, err = awsjobs.ecs { region = "us-east-1", shared_dict = "no_such_dict" }
        ngx.say(err.kind, ": ", err.message)
      }
    }
    location /dead_refresher {
      # a lock as a worker that died while refreshing would leave it, for one second
      content_by_lua_block {
        ngx.say((ngx.shared.awsjobs_credentials:add(
          "awsjobs/credentials/profile=default;named=0;region=us-east-1/lock", true, 1)))
      }
    }
    location /waits {
      content_by_lua_block {
        local n = 0
        for _, k in ipairs(ngx.shared.stats:get_keys()) do n = n + ngx.shared.stats:get(k) end
        ngx.say(n)
      }
    }
  }
}
]]

local function free_port()
  local s = assert(socket.bind("127.0.0.1", 0))
  local _, port = s:getsockname()
  s:close()
  return tonumber(port)
end

local function read_cmd(cmd)
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  p:close()
  return out
end

-- The fake container endpoint: {url, count(), stop()}
local function container_fake(expires_in)
  local pipe = assert(io.popen(("exec sh -c 'echo $$; exec python3 spec/fakes/fake_container_creds.py " ..
    "--delay 0.05 --expires-in %d'"):format(expires_in)))
  local pid = assert(tonumber(pipe:read("l")))
  local port = assert(tonumber(pipe:read("l")), "fake_container_creds.py did not start")
  local url = "http://127.0.0.1:" .. port
  return {
    url = url,
    count = function() return tonumber(read_cmd("curl -s -m 5 " .. url .. "/count")) end,
    stop = function()
      os.execute("kill " .. pid .. " 2>/dev/null")
      pipe:close()
    end,
  }
end

local function start(workers, creds_url, shared)
  local conf = CONF:gsub("{{WORKERS}}", tostring(workers)):gsub("{{CREDS_URL}}", creds_url)
    :gsub("{{STUB_PORT}}", tostring(free_port()))
    :gsub("{{DICT_OPTION}}", shared and 'shared_dict = "awsjobs_credentials"' or "")
  return servers.nginx(conf)
end

-- n requests to path, `parallel` at a time (curl --parallel): the answer lines.
local function load(nginx, path, n, parallel)
  local out = read_cmd(("curl -s -m 60 --parallel --parallel-immediate --parallel-max %d '%s%s?[1-%d]' 2>/dev/null")
    :format(parallel, nginx.url, path, n))
  local lines = {}
  for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
  return lines
end

-- Every line an answer with a container token; the set of workers and tokens seen.
local function answers(lines, n)
  assert.are.equal(n, #lines, table.concat(lines, "\n"))
  local workers, tokens, waited = {}, {}, 0
  for _, line in ipairs(lines) do
    local worker, token, w = line:match("^(%d+) (token%-%d+) (%d+)$")
    assert.is_truthy(worker, line)
    workers[worker], tokens[token] = true, true
    waited = waited + tonumber(w)
  end
  local nw = 0
  for _ in pairs(workers) do nw = nw + 1 end
  return nw, tokens, waited
end

local function total_waits(nginx)
  return tonumber(read_cmd("curl -s -m 5 " .. nginx.url .. "/waits"))
end

local function no_lua_errors(nginx)
  local log = nginx.error_log()
  assert.is_nil(log:find("[error]", 1, true), log)
end

for _, workers in ipairs { 1, 4 } do
  describe(("in nginx with %d worker%s"):format(workers, workers > 1 and "s" or ""), function()
    local fake, nginx
    after_each(function()
      if nginx then no_lua_errors(nginx); nginx.stop() end
      if fake then fake.stop() end
      nginx, fake = nil, nil
    end)

    if workers == 1 then
      it("makes one fetch for 32 concurrent requests at cold start, also with a client per request", function()
        fake = container_fake(6 * 3600)
        nginx = start(1, fake.url .. "/creds", false)
        local _, tokens = answers(load(nginx, "/per_request", 32, 32), 32)
        assert.are.same({ ["token-1"] = true }, tokens)
        answers(load(nginx, "/call", 32, 32), 32)
        assert.are.equal(1, fake.count())
      end)

      it("refuses a shared_dict that nginx.conf does not declare", function()
        fake = container_fake(6 * 3600)
        nginx = start(1, fake.url .. "/creds", false)
        assert.matches('^validation: options.shared_dict: no lua_shared_dict "no_such_dict" in nginx.conf',
          read_cmd("curl -s -m 10 " .. nginx.url .. "/bad_dict"))
      end)

      it("keeps serving credentials 14 minutes from expiry while one refresh runs", function()
        fake = container_fake(14 * 60)
        nginx = start(1, fake.url .. "/creds", false)
        answers(load(nginx, "/call", 1, 1), 1)                  -- the cold fetch
        assert.are.equal(1, fake.count())
        local waits = total_waits(nginx)
        local _, tokens, waited = answers(load(nginx, "/call", 1000, 32), 1000)
        assert.are.equal(0, waited)                            -- no call waited for credentials
        assert.are.equal(waits, total_waits(nginx))
        assert.are.equal(2, fake.count())                      -- one refresh, in the background
        assert.is_true(tokens["token-1"])
        -- the fake answers 50 ms after it counts a fetch: the load may end before the refresh
        -- does, so look again for a bounded while (20 x 0.1 s) until its credentials show
        local after
        for _ = 1, 20 do
          _, after = answers(load(nginx, "/call", 1, 1), 1)
          if after["token-2"] then break end
          os.execute("sleep 0.1")
        end
        assert.are.same({ ["token-2"] = true }, after)         -- and its credentials are used
        assert.are.equal(2, fake.count())                      -- still the one refresh
      end)
    else
      it("makes one fetch per worker without a shared dict", function()
        fake = container_fake(6 * 3600)
        nginx = start(4, fake.url .. "/creds", false)
        local served = answers(load(nginx, "/call", 32, 32), 32)
        assert.is_true(served > 1, "the requests reached one worker only")
        assert.is_true(fake.count() <= served, "fetches: " .. fake.count())
      end)

      it("makes one fetch for all workers with shared_dict, at cold start", function()
        fake = container_fake(6 * 3600)
        nginx = start(4, fake.url .. "/creds", true)
        local served, tokens = answers(load(nginx, "/call", 32, 32), 32)
        assert.is_true(served > 1, "the requests reached one worker only")
        assert.are.same({ ["token-1"] = true }, tokens)
        assert.are.equal(1, fake.count())
        answers(load(nginx, "/per_request", 64, 32), 64)
        assert.are.equal(1, fake.count())
      end)

      it("waits out the lock of a refresher that died, then makes one fetch", function()
        fake = container_fake(6 * 3600)
        nginx = start(4, fake.url .. "/creds", true)
        assert.are.equal("true\n", read_cmd("curl -s -m 5 " .. nginx.url .. "/dead_refresher"))
        local _, tokens = answers(load(nginx, "/call", 32, 32), 32)
        assert.are.same({ ["token-1"] = true }, tokens)
        assert.are.equal(1, fake.count())
      end)

      it("refreshes once for all workers with shared_dict, 14 minutes from expiry, and nobody waits", function()
        fake = container_fake(14 * 60)
        nginx = start(4, fake.url .. "/creds", true)
        local served = answers(load(nginx, "/call", 32, 32), 32)  -- cold: every worker gets them
        assert.is_true(served > 1, "the requests reached one worker only")
        assert.are.equal(1, fake.count())
        local waits = total_waits(nginx)
        local _, _, waited = answers(load(nginx, "/call", 1000, 32), 1000)
        assert.are.equal(0, waited)
        assert.are.equal(waits, total_waits(nginx))
        assert.are.equal(2, fake.count())
      end)
    end
  end)
end

-- Requests go where they say: a path member of "." or ".." reaches the server as the model
-- and botocore build it (libcurl's CURLOPT_PATH_AS_IS in csrc/lhttp.c; the cosocket
-- transport sends the path of the URL as it is). IoT CancelJobExecution with such a jobId,
-- sent by botocore, by the libcurl transport and by the cosocket transport (in nginx, the
-- LuaJIT core: `make luajit`) to one fake that logs each request's path and checks its
-- signature with botocore's signer.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local servers = require "helpers.servers"

local JOB_IDS = { "..", ".", "%2E%2E", "a/../b", "..." }

-- What botocore sends: its own client against the same fake (no config files, no IMDS).
local BOTOCORE = [[
import json, sys
import botocore.session
s = botocore.session.get_session()
c = s.create_client("iot", region_name="us-east-1", endpoint_url=sys.argv[1],
                    aws_access_key_id="AKIDFAKE", aws_secret_access_key=sys.argv[2])
for job_id in json.loads(sys.argv[3]):
    c.cancel_job_execution(thingName="t", jobId=job_id)
]]

local CONF = [[
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid {{DIR}}/nginx.pid;
error_log {{DIR}}/logs/error.log warn;
env AWS_EC2_METADATA_DISABLED=true;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path {{DIR}}/body;
  lua_package_path "{{ROOT}}/lua/?.lua;{{ROOT}}/lua/?/init.lua;;";
  lua_package_cpath "{{ROOT}}/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  server {
    listen 127.0.0.1:{{PORT}};
    location /cancel {
      content_by_lua_block {
        local awsjobs = require "awsjobs"
        local cjson = require "cjson"
        local iot = assert(awsjobs.iot { region = "us-east-1", endpoint = "{{UPSTREAM}}", max_attempts = 1,
          transport = "cosocket", credentials = { access_key_id = "AKIDFAKE", secret_access_key = "{{SECRET}}" } })
        local errs = {}
        for _, id in ipairs(cjson.decode(ngx.unescape_uri(ngx.var.arg_ids))) do
          local out, err = iot:cancelJobExecution { thingName = "t", jobId = id }
          if not out then errs[#errs + 1] = tostring(err) end
        end
        ngx.say(#errs == 0 and "sent" or table.concat(errs, "; "))
      }
    }
  }
}
]]

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- The paths the fake logged for requests whose User-Agent starts with agent, in order.
local function paths(fake, agent)
  local out = {}
  for _, r in ipairs(fake.requests()) do
    local ua = r.headers["User-Agent"] or r.headers["user-agent"] or ""
    if ua:sub(1, #agent) == agent then
      assert.is_true(r.signature.valid, agent .. " " .. r.path .. ": " .. cjson.encode(r.signature))
      out[#out + 1] = r.method .. " " .. r.path
    end
  end
  return out
end

describe("path members of . and ..", function()
  local fake, nginx, from_botocore
  local ids = cjson.encode(JOB_IDS)

  lazy_setup(function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/json" }, body = "{}" } }
    local script = os.tmpname()
    local f = assert(io.open(script, "w"))
    f:write(BOTOCORE)
    f:close()
    local ok = os.execute(("AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null " ..
      "AWS_EC2_METADATA_DISABLED=true timeout 60 python3 %s %s %s %s"):format(script, fake.url,
      shell_quote(servers.FAKE_CREDENTIALS.secret_access_key), shell_quote(ids)))
    os.remove(script)
    assert(ok, "botocore could not send its requests")
    from_botocore = paths(fake, "Botocore/")
  end)

  lazy_teardown(function()
    if nginx then nginx.stop() end
    if fake then fake.stop() end
  end)

  it("botocore sends them as given (the reference)", function()
    assert.are.same({
      "PUT /things/t/jobs/../cancel",
      "PUT /things/t/jobs/./cancel",
      "PUT /things/t/jobs/%252E%252E/cancel",
      "PUT /things/t/jobs/a%2F..%2Fb/cancel",
      "PUT /things/t/jobs/.../cancel",
    }, from_botocore)
  end)

  it("the libcurl transport sends the path botocore sends, signed", function()
    local iot = assert(awsjobs.iot { region = "us-east-1", endpoint = fake.url, max_attempts = 1,
      transport = "curl", credentials = servers.FAKE_CREDENTIALS })
    for _, id in ipairs(JOB_IDS) do
      local out, err = iot:cancelJobExecution { thingName = "t", jobId = id }
      assert.is_table(out, err and tostring(err))
    end
    assert.are.same(from_botocore, paths(fake, "awsjobs/"))
  end)

  it("the cosocket transport sends the path botocore sends, signed", function()
    local before = #paths(fake, "awsjobs/")
    nginx = servers.nginx((CONF:gsub("{{UPSTREAM}}", fake.url)
      :gsub("{{SECRET}}", servers.FAKE_CREDENTIALS.secret_access_key)))
    local p = assert(io.popen("curl -s -m 30 -G --data-urlencode " .. shell_quote("ids=" .. ids) ..
      " " .. nginx.url .. "/cancel"))
    local text = p:read("a")
    p:close()
    assert.are.equal("sent", (text:gsub("%s+$", "")), text .. nginx.error_log())
    local sent = paths(fake, "awsjobs/")
    assert.are.same(from_botocore, { table.unpack(sent, before + 1) })
  end)
end)

-- The README's security claims, one by one: what is redacted from errors, what is out of
-- reach of a table dump, which options are refused, and that a caller's input gives
-- nil, err rather than a throw. Servers are fakes on 127.0.0.1.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local credentials = require "awsjobs.credentials"
local servers = require "helpers.servers"

local env = servers.env

local SECRET = servers.FAKE_CREDENTIALS.secret_access_key
local TOKEN = "trust-session-token-FwoGZXIvYXdzEJr//////////wEaDMtrust"
local CREDS = { access_key_id = "AKIDFAKE", secret_access_key = SECRET, session_token = TOKEN }
local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }

local function write(text)
  local path = os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  return path
end

local function read(path)
  local f = io.open(path, "rb")
  local text = f and f:read("a") or ""
  if f then f:close() end
  return text
end

-- Every string reachable from v through tables and their metatables (a plain dump).
local function strings(v, out, seen)
  out, seen = out or {}, seen or {}
  if type(v) == "string" then
    out[#out + 1] = v
  elseif type(v) == "table" and not seen[v] then
    seen[v] = true
    for k, item in pairs(v) do
      strings(k, out, seen)
      strings(item, out, seen)
    end
    local mt = getmetatable(v)
    if type(mt) == "table" then strings(mt, out, seen) end
  end
  return out
end

local function assert_clean(value, secrets)
  for _, s in ipairs(strings(value)) do
    for _, secret in ipairs(secrets) do
      assert.is_nil(s:find(secret, 1, true), "a secret is in: " .. s:sub(1, 200))
    end
    assert.is_nil(s:find("Signature=%x"), "a signature is in: " .. s:sub(1, 200))
  end
end

describe("errors carry no secret", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("a service error that echoes the request: message, data and tostring redacted", function()
    -- The server quotes the Authorization header, the bare signature, the token and the key.
    fake = servers.fake { { status = 400, headers = JSON, template = cjson.encode {
      __type = "InvalidParameterException",
      message = "bad request\nAuthorization: {{header:Authorization}}\nsignature {{signature}}\n" ..
        "token {{header:X-Amz-Security-Token}} key " .. SECRET } } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = fake.url, credentials = CREDS, max_attempts = 1 })
    local out, err = ecs:stopTask { task = "t" }
    assert.is_nil(out)
    local signature = fake.requests()[1].headers.Authorization:match("Signature=(%x+)")
    assert.are.equal(64, #signature)
    assert.are.equal("InvalidParameterException", err.code)
    assert.is_string(err.data.message)
    assert_clean(err, { SECRET, TOKEN, signature })
    assert_clean(tostring(err), { SECRET, TOKEN, signature })
    assert.matches("[redacted]", err.data.message, 1, true)
    assert.matches("bad request", err.message, 1, true)
  end)

  it("every error is redacted where it is made, nested data too", function()
    local errors = require "awsjobs.errors"
    require("awsjobs.redact").remember("remembered-secret-value-42")
    local err = errors.new { kind = "credentials", message = "saw remembered-secret-value-42",
      data = { nested = { "remembered-secret-value-42", { deeper = "X-Amz-Security-Token=abc&x" } } } }
    assert_clean(err, { "remembered-secret-value-42", "X-Amz-Security-Token=abc" })
    assert.are.equal("saw [redacted]", err.message)
  end)

  it("tostring(err) is one line, and .. joins errors with strings", function()
    fake = servers.fake { { status = 400, headers = JSON,
      body = cjson.encode { __type = "ClientException", message = "line one\r\nline two\n\nline three" } } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = fake.url, credentials = CREDS, max_attempts = 1 })
    local _, err = ecs:stopTask { task = "t" }
    local text = tostring(err)
    assert.is_nil(text:find("[\r\n]"))
    assert.matches("line one line two line three", text, 1, true)
    assert.are.equal("failed: " .. text, "failed: " .. err)
    assert.are.equal(text .. "!", err .. "!")
  end)

  it("an assume-role STS failure that echoes the source's token and signature", function()
    fake = servers.fake { { status = 403, template = "<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code>" ..
      "<Message>canonical request: x-amz-security-token:{{header:X-Amz-Security-Token}} " ..
      "Authorization: {{header:Authorization}} computed {{signature}}</Message></Error></ErrorResponse>" } }
    local config_file = write("[profile deploy]\nrole_arn = arn:aws:iam::1:role/deployer\nsource_profile = base\n")
    local creds_file = write("[base]\naws_access_key_id = AKIDFAKE\naws_secret_access_key = " .. SECRET ..
      "\naws_session_token = " .. TOKEN .. "\n")
    local _, err = credentials.new({ profile = "deploy", getenv = env { AWS_CONFIG_FILE = config_file,
      AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_ENDPOINT_URL_STS = fake.url } }):get()
    os.remove(config_file)
    os.remove(creds_file)
    local signature = fake.requests()[1].headers.Authorization:match("Signature=(%x+)")
    assert.are.equal("credentials", err.kind)
    assert.matches("SignatureDoesNotMatch", err.message, 1, true)
    assert_clean(err, { SECRET, TOKEN, signature })
  end)

  -- credential_process runs in a child Lua here, so that its stderr can be read.
  local function run_chain_with_process(command)
    local config_file = write("[default]\ncredential_process = " .. command .. "\n")
    local script = write([[
      local credentials = require "awsjobs.credentials"
      local creds, err = credentials.new({}):get()
      io.write(creds and ("ok " .. creds.access_key_id) or tostring(err))
    ]])
    local errfile = os.tmpname()
    local cmd = ("AWS_CONFIG_FILE=%s AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_EC2_METADATA_DISABLED=true " ..
      "AWS_ACCESS_KEY_ID= AWS_PROFILE= LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' " ..
      "lua5.4 %s 2>%s"):format(config_file, script, errfile)
    local pipe = assert(io.popen(cmd))
    local out = pipe:read("a")
    pipe:close()
    local stderr = read(errfile)
    os.remove(config_file)
    os.remove(script)
    os.remove(errfile)
    return out, stderr
  end

  it("credential_process: its stderr never reaches the caller's stderr", function()
    local proc = write("echo 'debug: using " .. SECRET .. "' >&2\n" ..
      "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"" .. SECRET .. "\"}'\n")
    local out, stderr = run_chain_with_process("sh " .. proc)
    os.remove(proc)
    assert.are.equal("ok AKIDPROC", out)
    assert.are.equal("", stderr)
  end)

  it("credential_process: a failure reports its stderr, redacted", function()
    local unknown = "wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEYzz"  -- secret-shaped, never seen before
    local proc = write("echo 'cannot refresh: aws_secret_access_key=" .. unknown .. "' >&2\nexit 4\n")
    local out, stderr = run_chain_with_process("sh " .. proc)
    os.remove(proc)
    assert.are.equal("", stderr)
    assert.matches("credential_process command failed (exit 4): cannot refresh", out, 1, true)
    assert.is_nil(out:find(unknown, 1, true))
  end)
end)

describe("secrets out of reach", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("a dump of a client's tables, after a call, finds no key or token", function()
    fake = servers.fake { { status = 200, headers = JSON, body = '{"task":{}}' } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = fake.url, credentials = CREDS })
    assert(ecs:stopTask { task = "t" })
    assert.is_true(fake.requests()[1].signature.valid)
    assert_clean(ecs, { SECRET, TOKEN })
  end)
end)

describe("options are checked at client creation", function()
  local BAD = {
    { "timeout", 0.0005 }, { "timeout", math.huge }, { "timeout", 1e300 }, { "timeout", 0 / 0 }, { "timeout", -1 },
    { "connect_timeout", 0.0005 }, { "connect_timeout", math.huge }, { "connect_timeout", 1e300 },
    { "max_response", -1 }, { "max_response", 0 / 0 }, { "max_response", 1e300 }, { "max_response", 1.5 },
    { "max_response", 0 }, { "max_attempts", 0 }, { "max_attempts", 2.5 },
  }
  for _, case in ipairs(BAD) do
    local name, value = case[1], case[2]
    it(("refuses %s = %s"):format(name, tostring(value)), function()
      local c, err = awsjobs.ecs { region = "us-east-1", credentials = CREDS, [name] = value }
      assert.is_nil(c)
      assert.are.equal("validation", err.kind)
      assert.matches("options." .. name .. ": must be", err.message, 1, true)
    end)
  end

  it("accepts the edges of the documented ranges", function()
    assert.is_table(awsjobs.ecs { region = "us-east-1", credentials = CREDS, timeout = 0.001, connect_timeout = 0.001,
      max_response = 1, retry = { base_delay = 0.01, max_backoff = 1 } })
  end)

  it("refuses retry tuning that is not a positive, finite number, or unknown", function()
    for _, retry in ipairs { { base_delay = "x" }, { base_delay = 0 }, { max_backoff = math.huge },
      { max_backoff = 0 / 0 }, { sleep = 5 }, { jitter = 1 } } do
      local c, err = awsjobs.ecs { region = "us-east-1", credentials = CREDS, retry = retry }
      assert.is_nil(c)
      assert.matches("options.retry.", err.message, 1, true)
    end
  end)

  it("a client timeout bounds a call to a server that does not answer", function()
    local fake = servers.fake { { status = 200, headers = JSON, body = "{}", delay = 3 } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = fake.url, credentials = CREDS,
      timeout = 0.3, max_attempts = 1 })
    local started = os.time()
    local out, err = ecs:stopTask { task = "t" }
    fake.stop()
    assert.is_nil(out)
    assert.are.equal("timeout", err.kind)
    assert.is_true(os.time() - started <= 2)
  end)
end)

describe("a caller's input gives nil, err; programming mistakes raise", function()
  local ecs = assert(awsjobs.ecs { region = "us-east-1", credentials = CREDS, endpoint = "http://127.0.0.1:1" })

  it("parameter tables whose metamethods raise", function()
    local raising_index = setmetatable({}, { __index = function() error("index boom") end })
    local raising_pairs = setmetatable({ task = "t" }, { __pairs = function() error("pairs boom") end })
    local nested = { task = "t", cluster = "c", reason = setmetatable({}, { __index = function() error("deep boom") end }) }
    for _, params in ipairs { raising_index, raising_pairs, nested } do
      local ok, out, err = pcall(ecs.stopTask, ecs, params)
      assert.is_true(ok, "raised: " .. tostring(out))
      assert.is_nil(out)
      assert.are.equal("validation", err.kind)
    end
    local _, err = ecs:stopTask(raising_pairs)
    assert.matches("pairs boom", err.message, 1, true)
  end)

  it("a method called with a dot says to use a colon", function()
    local ok, msg = pcall(function() return ecs.stopTask { task = "t" } end)
    assert.is_false(ok)
    assert.matches("call stopTask with a colon: client:stopTask{...}", msg, 1, true)
  end)
end)

describe("bugs the suite once missed", function()
  local fakes = {}
  after_each(function()
    for _, f in ipairs(fakes) do f.stop() end
    fakes = {}
  end)
  local function fake(script)
    local f = servers.fake(script)
    fakes[#fakes + 1] = f
    return f
  end

  it("container credentials win over instance metadata, which is not asked at all", function()
    local container = fake { { status = 200, body = cjson.encode { AccessKeyId = "ASIACONT",
      SecretAccessKey = "container-secret", Token = "container-token", Expiration = "2099-01-01T00:00:00Z" } } }
    local imds = fake { { status = 200, body = "imds-token" } }
    local c = assert(credentials.new({ getenv = env { AWS_CONFIG_FILE = "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_CONTAINER_CREDENTIALS_FULL_URI = container.url .. "/creds",
      AWS_EC2_METADATA_SERVICE_ENDPOINT = imds.url } }):get())
    assert.are.same({ "ASIACONT", "container" }, { c.access_key_id, c.source })
    assert.are.equal(0, #imds.requests())
  end)

  -- The signature of one request for each (region, service), signed in a fresh process
  -- (an empty key cache) and in this one after the cache saw the others.
  it("the derived-key cache keeps keys per region and per service", function()
    local combos = { { "us-east-1", "ecs" }, { "eu-west-1", "ecs" }, { "us-east-1", "batch" }, { "eu-west-1", "batch" } }
    local request = 'local r = {method = "POST", url = "https://x.amazonaws.com/", headers = {}, body = "{}"}'
    local function sign_line(region, svc)
      return ('(require "awsjobs".sign(r, {region = %q, service = %q, time = 1700000000, ' ..
        'credentials = {access_key_id = "AKIDFAKE", secret_access_key = %q}})).Authorization'):format(region, svc, SECRET)
    end
    local here = {}
    local chunk = assert(load(request .. " return {" .. (function()
      local parts = {}
      for _, c in ipairs(combos) do parts[#parts + 1] = sign_line(c[1], c[2]) end
      return table.concat(parts, ", ")
    end)() .. "}"))
    for i, auth in ipairs(chunk()) do here[i] = auth end
    for i, c in ipairs(combos) do
      local pipe = assert(io.popen(("LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' lua5.4 -e %q")
        :format(request .. " io.write(" .. sign_line(c[1], c[2]) .. ")")))
      local fresh = pipe:read("a")
      pipe:close()
      assert.are.equal(fresh, here[i], c[1] .. "/" .. c[2])
    end
    assert.are_not.equal(here[1], here[2])
    assert.are_not.equal(here[1], here[3])
  end)

  it("awsjobs.map never has more requests in flight than its concurrency", function()
    local server = fake { { status = 200, headers = JSON, body = '{"task":{}}', delay = 0.15 } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = server.url, credentials = CREDS })
    local items = {}
    for i = 1, 12 do items[i] = "t" .. i end
    local outs = awsjobs.map(items, function(t) return ecs:stopTask { task = t } end, { concurrency = 3 })
    assert.are.equal(12, #outs)
    local peak = 0
    for _, r in ipairs(server.requests()) do peak = math.max(peak, r.in_flight) end
    assert.are.equal(12, #server.requests())
    assert.is_true(peak <= 3, "peak in flight " .. peak)
    assert.is_true(peak >= 2, "ran one at a time: peak " .. peak)
  end)

  it("integers go out as integers in JSON bodies", function()
    local ecs = assert(awsjobs.ecs { region = "us-east-1", credentials = CREDS })
    local req = assert(ecs:prepare("RunTask", { taskDefinition = "t", count = 2, clientToken = "x" }))
    assert.matches('"count":2[,}]', req.body)
    local iot = assert(awsjobs.iot { region = "us-east-1", credentials = CREDS })
    req = assert(iot:prepare("CreateJob", { jobId = "j", targets = { "arn:t" },
      jobExecutionsRolloutConfig = { maximumPerMinute = 10.0 } }))
    assert.matches('"maximumPerMinute":10[,}]', req.body)
  end)

  it("a waiter's all-of match does not hold over an empty list", function()
    local server = fake { { status = 200, headers = JSON, body = '{"tasks":[],"failures":[]}' } }
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = server.url, credentials = CREDS })
    local out, err = ecs:waitUntil("TasksStopped", { tasks = { "t" } },
      { delay = 0, max_attempts = 3, sleep = function() end })
    assert.is_nil(out)
    assert.are.equal("waiter", err.kind)
    assert.are.equal(3, #server.requests())
  end)

  local C = { access_key_id = "AKID", secret_access_key = "s" }
  local VALIDATION = {
    { "ecs", "RunTask", { taskDefinition = "t",
      overrides = { containerOverrides = { { environmentFiles = { { value = "x" } } } } } },
      "overrides.containerOverrides[1].environmentFiles[1].type: required parameter missing" },
    { "iot", "CreateJob", { jobId = "j", targets = { "arn:t" },
      jobExecutionsRolloutConfig = { exponentialRate = { baseRatePerMinute = 5, incrementFactor = 1.5 } } },
      "jobExecutionsRolloutConfig.exponentialRate.rateIncreaseCriteria: required parameter missing" },
    { "batch", "UntagResource", { resourceArn = "arn", tagKeys = {} }, "tagKeys: the number of items must be at least 1" },
    { "ecs", "RunTask", { taskDefinition = "t", tags = (function()
      local t = {}
      for i = 1, 51 do t[i] = { key = "k" .. i, value = "v" } end
      return t
    end)() }, "tags: the number of items must be at most 50" },
    { "iot", "CreateJob", { jobId = "j", targets = { "arn:t" }, jobExecutionsRolloutConfig = { maximumPerMinute = 0 } },
      "jobExecutionsRolloutConfig.maximumPerMinute: value must be at least 1" },
  }
  for _, case in ipairs(VALIDATION) do
    it("validates: " .. case[4], function()
      local client = assert(awsjobs.client(case[1], { region = "us-east-1", credentials = C }))
      local req, err = client:prepare(case[2], case[3])
      assert.is_nil(req)
      assert.are.equal("validation", err.kind)
      assert.matches(case[4], err.message, 1, true)
    end)
  end
end)

-- The headers the AWS SDKs add to every request (User-Agent, amz-sdk-invocation-id,
-- amz-sdk-request), as a recording server (spec/fakes/fake_aws.py) sees them, and that
-- they stay out of the signature as botocore keeps them out.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local sdk_headers = require "awsjobs.sdk_headers"
local servers = require "helpers.servers"

local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
local THROTTLED = { status = 400, headers = JSON, body = cjson.encode { __type = "ThrottlingException", message = "slow" } }
local OK = { status = 200, headers = JSON, body = '{"task":{}}' }
local UUID4 = "^%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-[89ab]%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x$"

local function ecs_on(fake, extra)
  local opts = { region = "us-east-1", endpoint = fake.url, credentials = servers.FAKE_CREDENTIALS,
                 retry = { sleep = function() end } }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.ecs(opts))
end

-- A header's value by name, whatever its case on the wire.
local function header(req, name)
  for k, v in pairs(req.headers) do
    if k:lower() == name then return v end
  end
  return nil
end

local function signed_headers(req)
  return assert(header(req, "authorization"):match("SignedHeaders=([^,]+)"))
end

local VERSION = assert(awsjobs._VERSION:match("%d[%w.%-]*"))

describe("SDK headers on the wire", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("sends a User-Agent naming awsjobs, Lua, the OS and the transport", function()
    fake = servers.fake { OK }
    local ecs = ecs_on(fake)
    assert(ecs:stopTask { task = "t" })
    local ua = header(fake.requests()[1], "user-agent")
    local lua = rawget(_G, "jit") and "luajit" or _VERSION:match("%d+%.%d+")
    assert.are.equal(("awsjobs/%s lua/%s os/linux md/transport#curl"):format(VERSION, lua), ua)
  end)

  it("adds app/<id> when sdk_ua_app_id is set, characters outside botocore's set as '-'", function()
    fake = servers.fake { OK }
    assert(ecs_on(fake, { sdk_ua_app_id = "billing-batch" }):stopTask { task = "t" })
    assert(ecs_on(fake, { sdk_ua_app_id = "my(app)/v2#3" }):stopTask { task = "t" })
    local reqs = fake.requests()
    assert.matches(" app/billing%-batch$", header(reqs[1], "user-agent"))
    assert.matches(" app/my%-app%-%-v2#3$", header(reqs[2], "user-agent"))
  end)

  it("refuses an sdk_ua_app_id over 50 characters, as botocore limits it", function()
    local ok = awsjobs.ecs { region = "us-east-1", credentials = servers.FAKE_CREDENTIALS, sdk_ua_app_id = ("a"):rep(50) }
    assert.is_table(ok)
    local c, err = awsjobs.ecs { region = "us-east-1", credentials = servers.FAKE_CREDENTIALS,
                                 sdk_ua_app_id = ("a"):rep(51) }
    assert.is_nil(c)
    assert.are.same({ "validation", true }, { err.kind, err.message:find("sdk_ua_app_id", 1, true) ~= nil })
  end)

  it("keeps one invocation id across a call's retries, a new one per call, and counts attempts", function()
    fake = servers.fake { THROTTLED, THROTTLED, OK, OK }
    local ecs = ecs_on(fake)
    local out, err = ecs:stopTask { task = "t" }
    assert.is_table(out, err and tostring(err))
    assert(ecs:stopTask { task = "u" })
    local reqs = fake.requests()
    assert.are.equal(4, #reqs)
    local id1 = header(reqs[1], "amz-sdk-invocation-id")
    assert.matches(UUID4, id1)
    assert.are.equal(id1, header(reqs[2], "amz-sdk-invocation-id"))
    assert.are.equal(id1, header(reqs[3], "amz-sdk-invocation-id"))
    local id2 = header(reqs[4], "amz-sdk-invocation-id")
    assert.matches(UUID4, id2)
    assert.are_not.equal(id1, id2)
    assert.are.same({ "attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3", "attempt=1; max=3" },
      { header(reqs[1], "amz-sdk-request"), header(reqs[2], "amz-sdk-request"),
        header(reqs[3], "amz-sdk-request"), header(reqs[4], "amz-sdk-request") })
  end)

  it("says max=M from max_attempts", function()
    fake = servers.fake { THROTTLED, OK }
    assert(ecs_on(fake, { max_attempts = 7 }):stopTask { task = "t" })
    local reqs = fake.requests()
    assert.are.same({ "attempt=1; max=7", "attempt=2; max=7" },
      { header(reqs[1], "amz-sdk-request"), header(reqs[2], "amz-sdk-request") })
  end)

  it("leaves these headers out of SignedHeaders, and every attempt's signature verifies", function()
    fake = servers.fake { THROTTLED, THROTTLED, OK }
    assert(ecs_on(fake, { sdk_ua_app_id = "x" }):stopTask { task = "t" })
    local reqs = fake.requests()
    assert.are.equal(3, #reqs)
    for i, req in ipairs(reqs) do
      local signed = signed_headers(req)
      for _, name in ipairs { "user-agent", "amz-sdk-invocation-id", "amz-sdk-request" } do
        assert.is_string(header(req, name), name .. " sent")
        assert.is_nil(signed:find(name, 1, true), name .. " signed on attempt " .. i .. ": " .. signed)
      end
      assert.matches("x%-amz%-target", signed)
      assert.is_true(req.signature.valid, "attempt " .. i .. ": " .. tostring(req.signature.reason))
    end
  end)
end)

describe("sdk_headers", function()
  it("names the transport a client's option picks", function()
    assert.are.same({ "curl", "curl", "curl", "cosocket", "cosocket", "curl", "custom" }, {
      sdk_headers.transport_name(nil, false), sdk_headers.transport_name("auto", false),
      sdk_headers.transport_name("curl", false), sdk_headers.transport_name(nil, true),
      sdk_headers.transport_name("cosocket", false), sdk_headers.transport_name("curl", true),
      sdk_headers.transport_name({}, true) })
  end)

  it("hands a custom transport the headers too", function()
    local seen
    local ecs = assert(awsjobs.ecs { region = "us-east-1", credentials = servers.FAKE_CREDENTIALS,
      transport = { send = function(_, req)
        seen = {}
        for k, v in pairs(req.headers) do seen[k:lower()] = v end
        return 200, {}, '{"task":{}}'
      end } })
    assert(ecs:stopTask { task = "t" })
    assert.matches(" md/transport#custom$", seen["user-agent"])
    assert.are.equal("attempt=1; max=3", seen["amz-sdk-request"])
    assert.matches(UUID4, seen["amz-sdk-invocation-id"])
  end)
end)

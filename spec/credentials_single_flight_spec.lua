-- One credentials refresh at a time inside awsjobs.map: the items that need credentials
-- while a fetch runs wait for it (their coroutines parked on the scheduler) instead of
-- starting their own; inside the advisory window they keep the old credentials meanwhile.
-- The container endpoint is spec/fakes/fake_container_creds.py (slow, counting fetches).
local awsjobs = require "awsjobs"
local credentials = require "awsjobs.credentials"
local servers = require "helpers.servers"

local function read_cmd(cmd)
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  p:close()
  return out
end

local function container_fake(delay, expires_in)
  local pipe = assert(io.popen(("exec sh -c 'echo $$; exec python3 spec/fakes/fake_container_creds.py " ..
    "--delay %g --expires-in %d'"):format(delay, expires_in)))
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

local function items(n)
  local list = {}
  for i = 1, n do list[i] = i end
  return list
end

describe("the shared_dict option", function()
  it("is refused outside nginx, where there is no lua_shared_dict", function()
    local c, err = awsjobs.ecs { region = "us-east-1", shared_dict = "awsjobs_credentials" }
    assert.is_nil(c)
    assert.are.equal("validation", err.kind)
    assert.matches("options.shared_dict: needs nginx's Lua module", err.message)
  end)
end)

describe("credentials inside awsjobs.map", function()
  local fake
  after_each(function()
    if fake then fake.stop() end
    fake = nil
  end)

  local function env(url)
    return servers.env { AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_CONTAINER_CREDENTIALS_FULL_URI = url .. "/creds" }
  end

  it("makes one fetch for 32 items at once, for one chain and for a chain per item", function()
    fake = container_fake(0.2, 6 * 3600)
    local getenv = env(fake.url)
    local chain = credentials.new { getenv = getenv }
    local results, errs = awsjobs.map(items(32), function(i)
      -- half share one chain, half make their own (as a client per item would)
      local c = (i % 2 == 0) and chain or credentials.new { getenv = getenv }
      local creds, err = c:get()
      return creds and creds.session_token, err
    end, { concurrency = 32 })
    for i = 1, 32 do
      assert.are.equal("token-1", results[i], errs[i] and tostring(errs[i]))
    end
    assert.are.equal(1, fake.count())
  end)

  it("keeps the old credentials in the advisory window while one item refreshes", function()
    fake = container_fake(0.2, 14 * 60)
    local chain = credentials.new { getenv = env(fake.url) }
    assert.are.equal("token-1", assert(chain:get()).session_token)  -- the cold fetch, outside map
    local waits = credentials.stats.waits
    local results = awsjobs.map(items(32), function()
      local creds, err = chain:get()
      return creds and creds.session_token, err
    end, { concurrency = 32 })
    local old, new = 0, 0
    for i = 1, 32 do
      if results[i] == "token-1" then old = old + 1 elseif results[i] == "token-2" then new = new + 1 end
    end
    assert.are.equal(2, fake.count())
    assert.are.equal(1, new)                                 -- the item that refreshed
    assert.are.equal(31, old)                                -- the others did not wait for it
    assert.are.equal(waits + 1, credentials.stats.waits)
    assert.are.equal("token-2", assert(chain:get()).session_token)
  end)

  it("signs every call of 32 clients in one map with one fetch (a process of its own)", function()
    fake = container_fake(0.2, 6 * 3600)
    local aws = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"task":{"taskArn":"t"}}' } }
    local script = os.tmpname()
    local f = assert(io.open(script, "w"))
    f:write(([[
      local awsjobs = require "awsjobs"
      local list = {}
      for i = 1, 32 do list[i] = i end
      local results, errs = awsjobs.map(list, function()
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = %q, max_attempts = 1 })
        local out, err = ecs:stopTask { task = "t" }
        return out and out.task.taskArn, err
      end, { concurrency = 32 })
      local ok = 0
      for i = 1, 32 do if results[i] == "t" then ok = ok + 1 else print(tostring(errs[i])) end end
      print("ok " .. ok)
    ]]):format(aws.url))
    f:close()
    local out = read_cmd(("AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/nonexistent " ..
      "AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_CONTAINER_CREDENTIALS_FULL_URI=%s/creds " ..
      "timeout 60 lua5.4 %s 2>&1"):format(fake.url, script))
    os.remove(script)
    local reqs = aws.requests()
    aws.stop()
    assert.matches("ok 32\n$", out)
    assert.are.equal(1, fake.count())
    assert.are.equal(32, #reqs)
    for _, r in ipairs(reqs) do
      assert.is_true(r.signature.valid, r.signature.reason)
      assert.are.equal("token-1", r.headers["X-Amz-Security-Token"])
    end
  end)
end)

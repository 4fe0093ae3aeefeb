-- The libcurl transport's edges: TLS verification, response size cap, chunked bodies.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local servers = require "helpers.servers"

local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
local ARN = "arn:aws:ecs:us-east-1:123456789012:task/default/abc"

local function ecs(url, extra)
  local opts = { region = "us-east-1", endpoint = url, credentials = servers.FAKE_CREDENTIALS, max_attempts = 1 }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.ecs(opts))
end

describe("the libcurl transport", function()
  local fake, dir
  after_each(function()
    if fake then fake.stop() end
    if dir then os.execute("rm -rf " .. dir) end
    fake, dir = nil, nil
  end)

  it("verifies TLS certificates: a CA it trusts works, an unknown one is refused", function()
    local cert, key
    cert, key, dir = servers.self_signed()
    fake = servers.fake { tls = { cert = cert, key = key },
      responses = { { status = 200, headers = JSON, body = cjson.encode { task = { taskArn = ARN } } } } }
    assert.matches("^https://", fake.url)
    local out, err = ecs(fake.url, { ca_file = cert }):stopTask { task = ARN }
    assert.is_table(out, err and tostring(err))
    assert.are.equal(ARN, out.task.taskArn)
    out, err = ecs(fake.url):stopTask { task = ARN }
    assert.is_nil(out)
    assert.are.equal("network", err.kind)
    assert.matches("certificate", err.message)
    assert.are.equal(1, #fake.requests())  -- the refused one never got as far as a request
  end)

  it("refuses a response larger than max_response", function()
    fake = servers.fake { { status = 200, headers = JSON, body = cjson.encode { task = { taskArn = ("x"):rep(5000) } } } }
    local out, err = ecs(fake.url, { max_response = 1000 }):stopTask { task = ARN }
    assert.is_nil(out)
    assert.are.equal("network", err.kind)
    assert.matches("larger than max_response", err.message)
    assert.is_table(ecs(fake.url):stopTask { task = ARN })
  end)

  it("sends each request's own header lines, and refuses CR / LF without spoiling the next", function()
    local core = require "awsjobs.core"
    fake = servers.fake { { status = 200, headers = JSON, body = "{}" } }
    local conn = core.http {}
    local long = ("v"):rep(3000)  -- moves the line buffer while it is written
    assert.are.equal(200, (conn:request("POST", fake.url .. "/a", { ["X-One"] = "1", ["X-Empty"] = "", ["X-Long"] = long }, "x")))
    local ok, kind, msg = conn:request("POST", fake.url .. "/b", { ["X-Evil"] = "a\r\nX-Injected: 1" }, "x")
    assert.are.same({ false, "validation" }, { ok ~= nil, kind })
    assert.matches("must not contain CR, LF or NUL", msg)
    assert.are.equal(200, (conn:request("POST", fake.url .. "/c", { ["X-Two"] = "2" }, "y")))
    conn:close()
    local reqs = fake.requests()
    assert.are.equal(2, #reqs)  -- the refused request was never sent
    local first, second = reqs[1].headers, reqs[2].headers
    assert.are.same({ "1", "", long }, { first["X-One"], first["X-Empty"], first["X-Long"] })
    assert.is_nil(first["Expect"])
    assert.is_nil(first["Content-Type"])  -- libcurl would otherwise invent a form type
    assert.are.same({ "2", nil, nil }, { second["X-Two"], second["X-One"], second["X-Long"] })
    assert.is_nil(second["X-Injected"])
  end)

  it("reads a chunked response", function()
    fake = servers.fake { { status = 200, headers = JSON, chunked = 7,
      body = cjson.encode { task = { taskArn = ARN, stoppedReason = ("r"):rep(100) } } } }
    local out = assert(ecs(fake.url):stopTask { task = ARN })
    assert.are.equal(("r"):rep(100), out.task.stoppedReason)
  end)
end)

describe("core.multi, the libcurl multi handle on its own thread", function()
  local core = require "awsjobs.core"
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  local function started(conn, url, body)
    assert(conn:start("POST", url, { ["Content-Type"] = "text/plain" }, body))
    return conn
  end

  it("hands back every transfer once, each with its own response", function()
    fake = servers.fake { { status = 200, headers = JSON, template = '{"echo":"{{n}}"}' } }
    local multi, list, seen = core.multi(), {}, {}
    local conns, index = {}, {}
    for i = 1, 12 do
      local body = cjson.encode { n = "b" .. i }
      conns[i] = started(core.http {}, fake.url .. "/" .. i, body)
      index[conns[i]] = i
      multi:add(conns[i], body)
    end
    assert.are.equal(12, multi:count())
    local waits = 0
    while multi:count() > 0 and waits < 100 do
      waits = waits + 1
      for k = 1, multi:wait(1, list) do
        local conn = list[k]
        assert.is_nil(seen[conn])
        seen[conn] = true
        local status, _, body = conn:result()
        assert.are.same({ 200, { echo = "b" .. index[conn] } }, { status, cjson.decode(body) })
      end
    end
    for i = 1, 12 do assert.is_true(seen[conns[i]], "transfer " .. i) end
    assert.are.equal(0, multi:wait(0, list))  -- nothing left: no wait, nothing handed back
    multi:close()
    for i = 1, 12 do conns[i]:close() end
  end)

  it("refuses to reuse a conn while its transfer runs, and closes with transfers in flight", function()
    fake = servers.fake { { delay = 2, status = 200, headers = JSON, body = "{}" } }
    local multi, list = core.multi(), {}
    local conn = started(core.http {}, fake.url .. "/slow", "x")
    multi:add(conn, "x")
    assert.has_error(function() conn:request("GET", fake.url .. "/", {}, nil) end,
      "attempt to use a connection whose transfer a multi is running")
    assert.has_error(function() multi:add(conn, "x") end)
    assert.has_error(function() conn:result() end, "attempt to use a connection whose transfer a multi is running")
    local t0 = core.monotonic()
    assert.are.equal(0, multi:wait(0.2, list))  -- times out: the answer takes 2 s
    assert.is_true(core.monotonic() - t0 >= 0.15)
    multi:close()   -- stops the thread and drops the transfer
    assert.has_error(function() multi:wait(0, list) end, "attempt to use a closed multi handle")
    -- the conn is free again and works on its own
    fake.stop()
    fake = servers.fake { { status = 200, headers = JSON, body = "{}" } }
    assert.are.equal(200, (conn:request("POST", fake.url .. "/", {}, "y")))
    conn:close()
  end)

  it("is collected safely when dropped with transfers in flight", function()
    fake = servers.fake { { delay = 1, status = 200, headers = JSON, body = "{}" } }
    do
      local multi = core.multi()
      for i = 1, 3 do
        local conn = started(core.http {}, fake.url .. "/" .. i, "z")
        multi:add(conn, "z")
      end
    end
    collectgarbage()
    collectgarbage()
    assert.is_true(true)  -- reaching here without a crash (valgrind / ASan runs check the rest)
  end)
end)

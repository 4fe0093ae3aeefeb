-- The libcurl transport's limits (csrc/lhttp.c), the same as the cosocket transport's: the
-- head (status line and header lines) at most 64 KiB and 200 lines, the body at most
-- max_response bytes with Content-Length and chunked alike, Content-Length a plain decimal
-- number that no second one contradicts, and timeouts never 0 (libcurl's "no timeout").
-- Each limit is tried at its edge and one past it, on conn:request and on a multi.
local core = require "awsjobs.core"
local fault = require "helpers.fault"
local servers = require "helpers.servers"

local MAX = 10000  -- max_response for these cases

local function names(n)
  local h = {}
  for i = 1, n do h[("X-H-%03d"):format(i)] = "v" end
  return h
end

local function lines_of(raw)
  local _, n = raw:gsub("\n", "")
  return n
end

local function request(url, opts)
  local conn = core.http(opts or { max_response = MAX })
  local status, a, b = conn:request("GET", url, {}, nil)
  conn:close()
  return status, a, b
end

-- The same through core.multi (what awsjobs.map uses): conn:start, multi:wait, conn:result.
local function request_multi(url, opts)
  local conn, multi, done = core.http(opts or { max_response = MAX }), core.multi(), {}
  assert(conn:start("GET", url, {}, nil))
  multi:add(conn, nil)
  for _ = 1, 60 do
    if multi:wait(0.5, done) > 0 then break end
  end
  assert.are.equal(conn, done[1], "the transfer did not finish")
  local status, a, b = conn:result()
  multi:close()
  conn:close()
  return status, a, b
end

local function refused(pattern, status, kind, message)
  assert.is_nil(status, "answered " .. tostring(status))
  assert.are.equal("network", kind, message)
  assert.matches(pattern, message, 1, true)
end

describe("the libcurl transport's limits", function()
  local fake, base_lines, base_bytes

  lazy_setup(function()
    -- what the fake's own head costs (status line, Server, Date, Content-Length, blank line)
    local probe = servers.fake { routes = { { path = "/base", body = "ok" } } }
    local status, raw = request(probe.url .. "/base")
    probe.stop()
    assert.are.equal(200, status)
    base_lines, base_bytes = lines_of(raw), #raw
    local big = 64 * 1024 - base_bytes - #"X-Big: \r\n"
    local routes = {
      { path = "/lines-at", headers = names(200 - base_lines), body = "ok" },
      { path = "/lines-over", headers = names(201 - base_lines), body = "ok" },
      { path = "/bytes-at", headers = { ["X-Big"] = ("b"):rep(big) }, body = "ok" },
      { path = "/bytes-over", headers = { ["X-Big"] = ("b"):rep(big + 1) }, body = "ok" },
      { path = "/body-at", body = ("x"):rep(MAX) },
      { path = "/body-over", body = ("x"):rep(MAX + 1) },
      { path = "/chunked-at", body = ("x"):rep(MAX), chunked = 1000 },
      { path = "/chunked-over", body = ("x"):rep(MAX + 1), chunked = 1000 },
      { path = "/same-length-twice", headers = { ["Content-Length"] = "2" }, body = "ok" },
      { path = "/slow", body = "ok", delay = 1.5 },
    }
    fake = servers.fake { routes = routes }
  end)

  lazy_teardown(function()
    if fake then fake.stop() end
  end)

  it("measured the fake's own head", function()
    assert.are.equal(5, base_lines)
  end)

  for _, via in ipairs { { "conn:request", request }, { "a multi", request_multi } } do
    local name, send = via[1], via[2]
    describe("on " .. name, function()
      it("takes a head of 200 lines and refuses 201", function()
        local status, raw = send(fake.url .. "/lines-at")
        assert.are.equal(200, status)
        assert.are.equal(200, lines_of(raw))
        refused("more than 200 header lines", send(fake.url .. "/lines-over"))
      end)

      it("takes a head of 64 KiB and refuses one byte more", function()
        local status, raw = send(fake.url .. "/bytes-at")
        assert.are.equal(200, status)
        assert.are.equal(64 * 1024, #raw)
        refused("response head larger than 65536 bytes", send(fake.url .. "/bytes-over"))
      end)

      it("takes a body of max_response bytes and refuses one more, with Content-Length", function()
        local status, _, body = send(fake.url .. "/body-at")
        assert.are.equal(200, status)
        assert.are.equal(MAX, #body)
        refused("response larger than max_response (10000 bytes)", send(fake.url .. "/body-over"))
      end)

      it("takes a body of max_response bytes and refuses one more, chunked", function()
        local status, raw, body = send(fake.url .. "/chunked-at")
        assert.are.equal(200, status)
        assert.matches("chunked", raw)
        assert.are.equal(MAX, #body)
        refused("response larger than max_response (10000 bytes)", send(fake.url .. "/chunked-over"))
      end)

      it("takes a Content-Length sent twice with the same value", function()
        local status, _, body = send(fake.url .. "/same-length-twice")
        assert.are.equal(200, status)
        assert.are.equal("ok", body)
      end)
    end)
  end

  describe("Content-Length from the fault server", function()
    local server
    lazy_setup(function() server = fault.server() end)
    lazy_teardown(function() if server then server.stop() end end)

    it("refuses a hex length and two that disagree", function()
      refused("invalid or conflicting Content-Length", request(server.url .. "/hex-length"))
      refused("invalid or conflicting Content-Length", request(server.url .. "/conflicting-length"))
      refused("invalid or conflicting Content-Length", request_multi(server.url .. "/conflicting-length"))
    end)

    it("refuses a negative length", function()
      local status, kind = request(server.url .. "/negative-length")
      assert.is_nil(status)
      assert.are.equal("network", kind)
    end)

    it("refuses 5000 header lines and still skips a 100 Continue", function()
      refused("more than 200 header lines", request(server.url .. "/many-headers"))
      local status, _, body = request(server.url .. "/continue-then-200")
      assert.are.equal(200, status)
      assert.are.equal("ok", body)
    end)
  end)

  describe("timeouts", function()
    -- Each of these would be "no timeout" in libcurl's milliseconds; the answer takes 1.5 s.
    for _, t in ipairs { 0, 0.0004, -1, 0 / 0 } do
      it(("makes timeout = %s at least 1 ms, never none"):format(tostring(t)), function()
        local status, kind = request(fake.url .. "/slow", { timeout = t })
        assert.is_nil(status)
        assert.are.equal("timeout", kind)
      end)
    end

    it("takes a huge timeout as a long one", function()
      for _, t in ipairs { math.huge, 1e300 } do
        assert.are.equal(200, (request(fake.url .. "/slow", { timeout = t })))
      end
    end)
  end)

  describe("max_response out of range", function()
    it("refuses every body when it is NaN, negative or 0 (fails closed)", function()
      for _, m in ipairs { 0 / 0, -1, 0 } do
        refused("max_response", request(fake.url .. "/body-at", { max_response = m }))
      end
    end)

    it("sets no practical limit when it is huge", function()
      local status, _, body = request(fake.url .. "/body-over", { max_response = 1e300 })
      assert.are.equal(200, status)
      assert.are.equal(MAX + 1, #body)
    end)
  end)
end)

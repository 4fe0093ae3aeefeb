-- The adaptive retry mode: the rate limiter's arithmetic (CUBIC, the token bucket, the
-- send-rate meter) against botocore's own classes run in the same test on the same clock,
-- and awsjobs.map against a stub that throttles above a fixed rate (spec/fakes/throttle_stub.py).
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local core = require "awsjobs.core"
local http = require "socket.http"
local rate_limiter = require "awsjobs.rate_limiter"
local retry = require "awsjobs.retry"
local servers = require "helpers.servers"
local socket_sleep = require("socket").sleep
local transports = require "awsjobs.transport"

-- Runs botocore's CubicCalculator, TokenBucket and ClientRateLimiter over the scenarios
-- (on a fake clock) and returns what they computed at every step.
local ORACLE = [[
import json, sys
from botocore.exceptions import CapacityNotAvailableError
from botocore.retries import adaptive, bucket, throttling

class Clock:
    def __init__(self, t): self.t = t
    def current_time(self): return self.t
    def sleep(self, s): self.t += s

class Detector:
    throttled = False
    def is_throttling_error(self, **kwargs): return self.throttled

s = json.load(open(sys.argv[1]))
out = {"cubic": [], "bucket": [], "limiter": []}
c = throttling.CubicCalculator(starting_max_rate=s["cubic"]["start_rate"], start_time=s["cubic"]["start_time"])
for e in s["cubic"]["events"]:
    if e[0] == "success":
        out["cubic"].append(c.success_received(e[1]))
    else:
        out["cubic"].append(c.error_received(e[1], e[2]))
clock = Clock(s["bucket"]["start"])
b = bucket.TokenBucket(max_rate=s["bucket"]["rate"], clock=clock)
for e in s["bucket"]["events"]:
    step = {}
    if e[0] == "advance":
        clock.t += e[1]
    elif e[0] == "rate":
        b.max_rate = e[1]
    else:
        try:
            step["ok"] = b.acquire(block=False)
        except CapacityNotAvailableError:
            step["ok"] = False
            step["wait"] = b._sleep_amount(1)
    step.update(capacity=b.available_capacity, fill_rate=b.max_rate, max_capacity=b.max_capacity)
    out["bucket"].append(step)
clock = Clock(s["limiter"]["start"])
detector = Detector()
tb = bucket.TokenBucket(max_rate=1, clock=clock)
rc = adaptive.RateClocker(clock)
lim = adaptive.ClientRateLimiter(rate_adjustor=throttling.CubicCalculator(0, clock.current_time()),
                                 rate_clocker=rc, token_bucket=tb, throttling_detector=detector, clock=clock)
for t, throttled in s["limiter"]["events"]:
    clock.t = t
    detector.throttled = throttled
    lim.on_receiving_response()
    out["limiter"].append({"fill_rate": tb.max_rate, "measured": rc.measured_rate, "enabled": lim._enabled,
                           "max_capacity": tb.max_capacity})
print(json.dumps(out))
]]

local function botocore(scenarios)
  local dir = os.tmpname()
  local py, data = dir .. ".py", dir .. ".json"
  for path, text in pairs { [py] = ORACLE, [data] = cjson.encode(scenarios) } do
    local f = assert(io.open(path, "w"))
    f:write(text)
    f:close()
  end
  local p = assert(io.popen("python3 " .. py .. " " .. data))
  local text = p:read("a")
  p:close()
  os.remove(py); os.remove(data); os.remove(dir)
  assert(text:match("%S"), "botocore oracle printed nothing")
  return cjson.decode(text)
end

local function near(expected, got, what)
  local tol = 1e-9 * math.max(1, math.abs(expected))
  assert(math.abs(expected - got) <= tol, ("%s: botocore %.17g, awsjobs %.17g"):format(what, expected, got))
end

-- A clock the test moves.
local function fake_clock(t)
  local clock = { t = t }
  clock.now = function() return clock.t end
  clock.sleep = function(s) clock.t = clock.t + s end
  return clock
end

local SCENARIOS = { cubic = { start_rate = 10, start_time = 1000.25, events = {} },
                    bucket = { start = 500.5, rate = 1, events = {} },
                    limiter = { start = 2000.3, events = {} } }
do
  local ev = SCENARIOS.cubic.events
  for i = 1, 40 do
    local t = 1000.25 + i * 0.37
    if i % 9 == 0 then ev[#ev + 1] = { "error", 3 + i / 4, t } else ev[#ev + 1] = { "success", t } end
  end
  ev = SCENARIOS.bucket.events
  local rates = { 0.2, 3, 7.5, 1, 20, 0.5 }
  for i = 1, 90 do
    if i % 15 == 0 then ev[#ev + 1] = { "rate", rates[math.floor(i / 15)] }
    elseif i % 4 == 0 then ev[#ev + 1] = { "advance", (i % 7) * 0.13 }
    else ev[#ev + 1] = { "take" } end
  end
  ev = SCENARIOS.limiter.events
  local t = 2000.3
  for i = 1, 400 do
    t = t + 0.011 * (i % 13 + 1)  -- uneven gaps, across many half-second buckets
    ev[#ev + 1] = { t, i % 29 == 7 or (i > 200 and i < 206) }
  end
end

describe("adaptive rate limiter, against botocore on the same clock", function()
  local want
  lazy_setup(function() want = botocore(SCENARIOS) end)

  it("CUBIC: the same rate after every success and throttling answer", function()
    local s = SCENARIOS.cubic
    local c = rate_limiter.cubic(s.start_rate, s.start_time)
    assert.are.equal(#s.events, #want.cubic)
    for i, e in ipairs(s.events) do
      local got = e[1] == "success" and c:success(e[2]) or c:throttled(e[2], e[3])
      near(want.cubic[i], got, "cubic step " .. i)
    end
  end)

  it("token bucket: the same tokens, refusals, waits and caps through rate changes", function()
    local s = SCENARIOS.bucket
    local clock = fake_clock(s.start)
    local b = rate_limiter.bucket(s.rate, clock.now)
    local refused = 0
    for i, e in ipairs(s.events) do
      local w = want.bucket[i]
      if e[1] == "advance" then clock.t = clock.t + e[2]
      elseif e[1] == "rate" then b:set_rate(e[2])
      else
        local ok, wait = b:try_take()
        assert.are.equal(w.ok, ok, "take at step " .. i)
        if not ok then
          refused = refused + 1
          near(w.wait, wait, "wait at step " .. i)
        end
      end
      near(w.capacity, b:capacity(), "capacity at step " .. i)
      near(w.fill_rate, b.fill_rate, "fill rate at step " .. i)
      near(w.max_capacity, b.max_capacity, "max capacity at step " .. i)
    end
    assert.is_true(refused > 5 and refused < 60, "the scenario exercises both outcomes")
  end)

  it("limiter: the same fill rate, measured rate and on/off state over 400 answers", function()
    local s = SCENARIOS.limiter
    local clock = fake_clock(s.start)
    local lim = rate_limiter.new { clock = clock.now }
    local throttles = 0
    for i, e in ipairs(s.events) do
      clock.t = e[1]
      lim:update(e[2])
      if e[2] then throttles = throttles + 1 end
      local w = want.limiter[i]
      near(w.fill_rate, lim.bucket.fill_rate, "fill rate after answer " .. i)
      near(w.max_capacity, lim.bucket.max_capacity, "max capacity after answer " .. i)
      near(w.measured, lim.meter.rate, "measured rate after answer " .. i)
      assert.are.equal(w.enabled, lim.enabled, "enabled after answer " .. i)
    end
    assert.is_true(throttles > 10)
  end)
end)

describe("adaptive rate limiter, waiting", function()
  it("stays off, and never waits, until the first throttling answer", function()
    local clock = fake_clock(10)
    local lim = rate_limiter.new { clock = clock.now }
    for _ = 1, 50 do
      assert.are.equal(0, lim:acquire(function() error("slept while off") end))
      lim:update(false)
    end
    lim:update(true)
    assert.is_true(lim.enabled)
  end)

  it("serves waiting callers in ticket order, re-reading the rate while they wait", function()
    local clock = fake_clock(0)
    local b = rate_limiter.bucket(2, clock.now)
    local t1, t2, t3 = b:reserve(), b:reserve(), b:reserve()
    assert.are.same({ 0.5, 1, 1.5 }, { b:wait(t1), b:wait(t2), b:wait(t3) })
    clock.t = 0.5
    assert.are.same({ 0, 0.5, 1 }, { b:wait(t1), b:wait(t2), b:wait(t3) })
    b:set_rate(4)  -- a faster rate shortens the waits of callers already in line
    assert.are.same({ 0.25, 0.5 }, { b:wait(t2), b:wait(t3) })
    -- t2 is never claimed (an aborted request): t3 is served on time all the same
    clock.t = 1
    assert.are.same({ 0, 0 }, { b:wait(t2), b:wait(t3) })
  end)

  it("acquire naps on the given sleep until its token is there", function()
    local clock = fake_clock(0)
    local lim = rate_limiter.new { clock = clock.now }
    lim:update(true)  -- measured rate 0: the floor of 0.5 tokens a second
    assert.are.equal(0.5, lim.bucket.fill_rate)
    local slept = {}
    local naps = lim:acquire(function(s) slept[#slept + 1] = s; clock.sleep(s) end)
    assert.are.equal(8, naps)  -- 1 token at 0.5/s = 2 s, in naps of 0.25 s
    assert.are.same({ 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25 }, slept)
    assert.are.equal(2, clock.t)
  end)

  it("sends anyway after a bounded number of naps when sleep does not sleep", function()
    local clock = fake_clock(0)
    local lim = rate_limiter.new { clock = clock.now }
    lim:update(true)
    local n = 0
    assert.are.equal(rate_limiter.MAX_NAPS, lim:acquire(function() n = n + 1 end))
    assert.are.equal(rate_limiter.MAX_NAPS, n)
  end)
end)

describe("retry policy modes", function()
  it("has no limiter in standard mode and one of its own per adaptive policy", function()
    assert.is_nil(retry.new {}.limiter)
    assert.is_nil(retry.new { mode = "standard" }.limiter)
    local a, b = retry.new { mode = "adaptive" }, retry.new { mode = "adaptive" }
    assert.is_table(a.limiter)
    assert.are_not.equal(a.limiter, b.limiter)
    assert.has_error(function() retry.new { mode = "legacy" } end)
  end)

  it("feeds the limiter every answer and waits through the policy's sleep", function()
    local clock = fake_clock(0)
    local slept = 0
    local p = retry.new { mode = "adaptive", clock = clock.now,
                          sleep = function(s) slept = slept + s; clock.sleep(s) end }
    p:before_send()
    p:after_send(nil)
    assert.is_false(p.limiter.enabled)
    p:after_send({ kind = "service", code = "ServiceUnavailable", status = 503 })
    assert.is_false(p.limiter.enabled, "a 503 is not a throttling answer")
    p:after_send({ kind = "service", code = "ThrottlingException", status = 400 })
    assert.is_true(p.limiter.enabled)
    p:before_send()
    assert.is_true(slept > 0)
  end)

  it("knows botocore's throttling codes", function()
    for _, code in ipairs { "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
      "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
      "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
      "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException" } do
      assert.is_true(retry.throttled { kind = "service", code = code }, code)
    end
    assert.is_false(retry.throttled { kind = "service", code = "InternalError", status = 500 })
    assert.is_false(retry.throttled { kind = "network" })
    assert.is_false(retry.throttled(nil))
  end)
end)

describe("adaptive retry mode on a client", function()
  it("refuses an unknown retry_mode", function()
    local c, err = awsjobs.ecs { region = "us-east-1", retry_mode = "legacy", credentials = servers.FAKE_CREDENTIALS }
    assert.is_nil(c)
    assert.are.equal("validation", err.kind)
  end)

  it("after a throttling answer, the next attempt waits for the bucket (on the client's clock)", function()
    local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
    local fake = servers.fake {
      { status = 400, headers = JSON, body = '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      { status = 200, headers = JSON, body = '{"task":{}}' } }
    local clock = fake_clock(100)
    local slept = {}
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = fake.url, credentials = servers.FAKE_CREDENTIALS,
      retry_mode = "adaptive", retry = { clock = clock.now, random = function() return 0 end,
        sleep = function(s) slept[#slept + 1] = s; clock.sleep(s) end } })
    local out, err = ecs:stopTask { task = "t" }
    fake.stop()
    assert.is_table(out, err and tostring(err))
    assert.is_true(ecs.retry.limiter.enabled)
    -- backoff 0 (random 0), then the bucket: one token at the 0.5/s floor, in 0.25 s naps
    assert.are.same({ 0, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25 }, slept)
  end)
end)

-- The stub: {url, stats(), reset(), stop()}
local function throttle_stub(rate, burst)
  local pipe = assert(io.popen(("exec sh -c 'echo $$; exec python3 spec/fakes/throttle_stub.py %s %s 300'"):format(
    rate, burst)))
  local pid = assert(tonumber(pipe:read("l")))
  local port = assert(tonumber(pipe:read("l")), "throttle_stub.py did not start")
  local url = "http://127.0.0.1:" .. port
  return {
    url = url,
    stats = function()
      local body = assert(http.request(url .. "/stats"))
      return cjson.decode(body)
    end,
    reset = function() assert(http.request(url .. "/reset", "")) end,
    stop = function() os.execute("kill " .. pid .. " 2>/dev/null"); pipe:close() end,
  }
end

describe("adaptive vs standard against a stub that throttles above 50 requests/s", function()
  local stub
  lazy_setup(function() stub = throttle_stub(50, 5) end)
  lazy_teardown(function() if stub then stub.stop() end end)

  local N, IN_FLIGHT, DEADLINE = 200, 64, 90

  -- awsjobs.map over N StopTask calls: the stub's counts, the failed items, and every error.
  local function run(mode)
    stub.reset()
    local deadline = core.monotonic() + DEADLINE
    local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = stub.url, credentials = servers.FAKE_CREDENTIALS,
      retry_mode = mode, timeout = 10,
      -- no item may wait past the deadline: a sleep after it fails the item instead
      retry = { sleep = function(s)
        if core.monotonic() > deadline then error("still waiting after " .. DEADLINE .. " s") end
        transports.sleep(s)
      end } })
    local tasks = {}
    for i = 1, N do tasks[i] = "arn:aws:ecs:us-east-1:123456789012:task/default/" .. i end
    local outs, errs = awsjobs.map(tasks, function(arn)
      return ecs:stopTask { cluster = "default", task = arn, reason = "done" }
    end, { concurrency = IN_FLIGHT })
    local failed, codes = 0, {}
    for i = 1, N do
      if outs[i] then
        assert.are.equal(tasks[i], outs[i].task.taskArn)
      else
        failed = failed + 1
        assert.is_table(errs[i], "item " .. i .. " has neither a result nor an error")
        codes[errs[i].code] = true
      end
    end
    local stats = stub.stats()
    return { throttled = stats.throttled, ok = stats.ok, failed = failed, codes = codes }
  end

  it("adaptive gets fewer throttling answers and fewer failed items, and every item ends", function()
    local standard = run("standard")
    local adaptive = run("adaptive")
    local report = ("standard: %d throttled, %d failed; adaptive: %d throttled, %d failed"):format(
      standard.throttled, standard.failed, adaptive.throttled, adaptive.failed)
    assert.is_true(standard.throttled > 0 and standard.failed > 0, "the stub throttles standard mode: " .. report)
    assert.is_true(adaptive.throttled < standard.throttled, report)
    assert.is_true(adaptive.failed < standard.failed, report)
    assert.are.equal(N - adaptive.failed, adaptive.ok, "each item that succeeded was answered once: " .. report)
    for code in pairs(adaptive.codes) do
      assert.are.equal("ThrottlingException", code, "no item timed out or hit the deadline: " .. report)
    end
    for code in pairs(standard.codes) do assert.are.equal("ThrottlingException", code) end
  end)
end)

-- One nginx worker, one adaptive client shared by its requests: while requests wait for the
-- bucket (ngx.sleep), the worker keeps answering others. Needs `make luajit`.
local NGINX_CONF = [[
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
  init_worker_by_lua_block {
    ecs = require("awsjobs").ecs { region = "us-east-1", endpoint = "{{STUB}}", retry_mode = "adaptive",
      credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" } }
    -- as after a throttling answer: on, at the 0.5/s floor
    ecs.retry.limiter.enabled = true
    ecs.retry.limiter.bucket:set_rate(0.5)
    base = ecs.retry.limiter.bucket.taken
  }
  server {
    listen 127.0.0.1:{{PORT}};
    location /stop {
      content_by_lua_block {
        local out, err = ecs:stopTask { task = ngx.var.arg_task }
        ngx.say(out and out.task.taskArn or err.code)
      }
    }
    location /waiting { content_by_lua_block { ngx.say(ecs.retry.limiter.bucket.taken - base) } }
  }
}
]]

describe("adaptive retry mode in nginx", function()
  local stub, nginx
  lazy_setup(function()
    stub = throttle_stub(100, 10)
    nginx = servers.nginx((NGINX_CONF:gsub("{{STUB}}", stub.url)))
  end)
  lazy_teardown(function()
    if nginx then nginx.stop() end
    if stub then stub.stop() end
  end)

  local function get(path)
    local p = assert(io.popen("curl -s -m 30 '" .. nginx.url .. path .. "'"))
    local out = p:read("a")
    p:close()
    return out
  end

  it("parks requests waiting for the bucket and keeps serving the others", function()
    local n, dir = 4, os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    local cmd = {}
    for i = 1, n do cmd[#cmd + 1] = ("curl -s -m 60 '%s/stop?task=t%d' > %s/%d &"):format(nginx.url, i, dir, i) end
    assert(os.execute(table.concat(cmd, " ")))
    -- all four hold a ticket; at 0.5 tokens/s most of them are still waiting
    local waiting
    for _ = 1, 100 do
      waiting = tonumber(get("/waiting"))
      if waiting == n then break end
      socket_sleep(0.1)
    end
    assert.are.equal(n, waiting, "the requests never reached the bucket")
    -- the worker answered /waiting while they wait: not blocked; and they are still waiting
    assert.is_true(stub.stats().ok < n, "the bucket let them all through at once")
    local done = 0
    for _ = 1, 300 do
      done = 0
      for i = 1, n do
        local f = io.open(dir .. "/" .. i)
        if f and f:read("a") == ("t%d\n"):format(i) then done = done + 1 end
        if f then f:close() end
      end
      if done == n then break end
      socket_sleep(0.1)
    end
    os.execute("rm -rf " .. dir)
    assert.are.equal(n, done, "every request ends with its task")
    assert.are.equal(n, stub.stats().ok)
    assert.is_nil(nginx.error_log():find("[error]", 1, true), nginx.error_log())
  end)
end)

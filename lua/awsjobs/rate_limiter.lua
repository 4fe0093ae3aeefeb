-- rate_limiter: the client-side rate limit of the SDKs' "adaptive" retry mode. A token
-- bucket guards each send; its fill rate follows CUBIC (a cut to 70% of the measured send
-- rate on a throttling answer, then a cubic climb back), never above twice the measured
-- rate. It stays off until the first throttling answer. The constants are botocore's.
-- The clock is an input (seconds, any origin), so the arithmetic can be tested.
local core = require "awsjobs.core"

local floor, min, max = math.floor, math.min, math.max

local M = {}

M.MIN_RATE = 0.5          -- the bucket never fills slower than one token every 2 s
M.BETA = 0.7              -- CUBIC: the rate kept after a throttling answer
M.SCALE = 0.4             -- CUBIC: how fast the rate climbs back
M.SMOOTHING = 0.8         -- the weight of the newest interval in the measured send rate
M.TIME_BUCKET = 0.5       -- the measured rate is updated every half second
M.MAX_RATE_ADJUST = 2     -- the fill rate is at most twice the measured rate

-- CUBIC --------------------------------------------------------------------------------

local Cubic = {}
Cubic.__index = Cubic

-- The time after a failure at which the cubic curve is back at w_max.
local function zero_point(w_max)
  return (w_max * (1 - M.BETA) / M.SCALE) ^ (1 / 3)
end

-- cubic(w_max, t0) -> the rate calculator, starting as if it had failed at t0 with w_max
function M.cubic(w_max, t0)
  return setmetatable({ w_max = w_max, k = zero_point(w_max), last_fail = t0 }, Cubic)
end

-- The rate allowed at time t since the last throttling answer.
function Cubic:success(t)
  return M.SCALE * (t - self.last_fail - self.k) ^ 3 + self.w_max
end

-- A throttling answer at time t while sending at rate: the new rate.
function Cubic:throttled(rate, t)
  self.w_max, self.k, self.last_fail = rate, zero_point(rate), t
  return rate * M.BETA
end

-- Token bucket -------------------------------------------------------------------------
-- Counted as two running totals, tokens filled and tokens handed out (capacity is their
-- difference, below 0 while callers wait). A waiting caller holds a ticket, the number of
-- its token, so callers are served in order whatever the rate does meanwhile, and one that
-- is never resumed (an aborted nginx request) blocks no one: its token is simply spent.

local Bucket = {}
Bucket.__index = Bucket

-- bucket(rate, clock) -> a bucket of capacity max(rate, 1) that starts empty
function M.bucket(rate, clock)
  local b = setmetatable({ filled = 0, taken = 0, clock = clock }, Bucket)
  b:set_rate(rate)
  return b
end

-- Adds what accrued since the last look, at the rate in force then.
function Bucket:refill()
  local now = self.clock()
  if self.last then
    self.filled = min(self.taken + self.max_capacity, self.filled + (now - self.last) * self.fill_rate)
  end
  self.last = now
end

-- The tokens there (negative: owed to waiting callers).
function Bucket:capacity()
  return self.filled - self.taken
end

function Bucket:set_rate(rate)
  self:refill()  -- the time so far accrues at the old rate
  self.fill_rate = max(rate, M.MIN_RATE)
  self.max_capacity = max(rate, 1)
  self.filled = min(self.filled, self.taken + self.max_capacity)
end

-- Takes a token if there is one: true, or false and the seconds until there will be.
function Bucket:try_take()
  self:refill()
  local have = self.filled - self.taken
  if have >= 1 then
    self.taken = self.taken + 1
    return true
  end
  return false, (1 - have) / self.fill_rate
end

-- Takes the next token, there or not: its ticket, for wait().
function Bucket:reserve()
  self:refill()
  self.taken = self.taken + 1
  return self.taken
end

-- The seconds until ticket's token is filled, at the current rate (0: go).
function Bucket:wait(ticket)
  self:refill()
  if self.filled >= ticket then return 0 end
  return (ticket - self.filled) / self.fill_rate
end

-- Send-rate meter ----------------------------------------------------------------------

local Meter = {}
Meter.__index = Meter

-- meter(clock) -> a meter of the rate at which responses come back (smoothed)
function M.meter(clock)
  return setmetatable({ rate = 0, count = 0, last_bucket = floor(clock()), clock = clock }, Meter)
end

-- Counts one response; returns the measured rate.
function Meter:record()
  local b = floor(self.clock() / M.TIME_BUCKET) * M.TIME_BUCKET
  self.count = self.count + 1
  if b > self.last_bucket then
    local current = self.count / (b - self.last_bucket)
    self.rate = current * M.SMOOTHING + self.rate * (1 - M.SMOOTHING)
    self.count, self.last_bucket = 0, b
  end
  return self.rate
end

-- The limiter: one per client --------------------------------------------------------

local Limiter = {}
Limiter.__index = Limiter

-- new{clock =} -> limiter; clock() -> seconds (default: the monotonic clock)
function M.new(opts)
  local clock = opts and opts.clock or core.monotonic
  return setmetatable({
    clock = clock,
    cubic = M.cubic(0, clock()),
    bucket = M.bucket(1, clock),
    meter = M.meter(clock),
    enabled = false,
  }, Limiter)
end

M.NAP = 0.25        -- a waiting caller looks again this often, as the rate may have changed
M.MAX_NAPS = 2000   -- and sends anyway after this many looks (a sleep that does not sleep)

-- Before a send: waits with sleep(seconds) until a token is there (at once while the limit
-- is off). Returns the number of naps taken.
function Limiter:acquire(sleep)
  if not self.enabled then return 0 end
  local bucket = self.bucket
  local ticket = bucket:reserve()
  for naps = 0, M.MAX_NAPS - 1 do
    local wait = bucket:wait(ticket)
    if wait <= 0 then return naps end
    sleep(min(wait, M.NAP))
  end
  return M.MAX_NAPS
end

-- After each attempt's answer (or transport failure): whether it was a throttling answer.
function Limiter:update(throttled)
  local measured = self.meter:record()
  local now = self.clock()
  local rate
  if throttled then
    rate = self.cubic:throttled(self.enabled and min(measured, self.bucket.fill_rate) or measured, now)
    self.enabled = true
  else
    rate = self.cubic:success(now)
  end
  self.bucket:set_rate(min(rate, M.MAX_RATE_ADJUST * measured))
end

return M

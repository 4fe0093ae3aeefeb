-- retry: the AWS SDKs' "standard" retry mode. Throttling and transient errors are retried
-- up to max_attempts with full-jitter exponential backoff (capped at 20 s), and every retry
-- draws on a quota (500 tokens: 5 a retry, 10 after a timeout, paid back on success), so
-- an outage does not multiply the load on a service. The "adaptive" mode adds a client-side
-- rate limit (rate_limiter.lua) that every attempt waits on once a throttling answer came.
local core = require "awsjobs.core"
local rate_limiter = require "awsjobs.rate_limiter"

local M = {}

local THROTTLING = {}
for code in ([[Throttling ThrottlingException ThrottledException RequestThrottledException
  TooManyRequestsException ProvisionedThroughputExceededException TransactionInProgressException
  RequestLimitExceeded BandwidthLimitExceeded LimitExceededException RequestThrottled SlowDown
  PriorRequestNotComplete EC2ThrottledException]]):gmatch("%S+") do THROTTLING[code] = true end

local TRANSIENT_CODES = { RequestTimeout = true, RequestTimeoutException = true,
                          PriorRequestNotComplete = true, InternalError = true,
                          ServiceUnavailable = true, ServiceUnavailableException = true }
local TRANSIENT_STATUS = { [500] = true, [502] = true, [503] = true, [504] = true }

M.QUOTA = 500
M.RETRY_COST = 5
M.TIMEOUT_COST = 10
M.NO_RETRY_INCREMENT = 1
M.MAX_BACKOFF = 20
M.MODES = { standard = true, adaptive = true }

-- Whether err is a throttling answer (the codes botocore's throttling detector knows).
function M.throttled(err)
  return err ~= nil and err.kind == "service" and THROTTLING[err.code] == true
end

-- Whether err is worth another attempt.
function M.retryable(err)
  if err.kind == "network" or err.kind == "timeout" then return true end
  if err.kind ~= "service" then return false end
  return THROTTLING[err.code] or TRANSIENT_CODES[err.code] or TRANSIENT_STATUS[err.status] or false
end

local Policy = {}
Policy.__index = Policy

-- new{mode =, max_attempts =, base_delay =, max_backoff =, sleep =, random =, limiter =,
-- clock =} -> policy (one per client). mode "adaptive" gets a rate limiter: opts.limiter, or
-- a new one on opts.clock.
function M.new(opts)
  opts = opts or {}
  local mode = opts.mode or "standard"
  if not M.MODES[mode] then error(("awsjobs.retry: unknown mode %q"):format(tostring(mode)), 2) end
  return setmetatable({
    mode = mode,
    limiter = mode == "adaptive" and (opts.limiter or rate_limiter.new { clock = opts.clock }) or nil,
    max_attempts = opts.max_attempts or 3,
    base_delay = opts.base_delay or 1,
    max_backoff = opts.max_backoff or M.MAX_BACKOFF,
    sleep = opts.sleep or core.sleep,
    random = opts.random or math.random,
    quota = M.QUOTA,
  }, Policy)
end

-- The delay before attempt n + 1 (n >= 1): uniform in [0, min(max, base * 2^(n-1))].
function Policy:delay(attempt)
  return self.random() * math.min(self.max_backoff, self.base_delay * 2 ^ (attempt - 1))
end

-- After attempt n failed with err: the cost taken from the quota to retry, or nil to stop.
function Policy:acquire(err, attempt)
  if attempt >= self.max_attempts or not M.retryable(err) then return nil end
  local cost = err.kind == "timeout" and M.TIMEOUT_COST or M.RETRY_COST
  if self.quota < cost then return nil end
  self.quota = self.quota - cost
  return cost
end

-- Before each attempt is sent: in adaptive mode, waits for the rate limiter (a coroutine
-- inside awsjobs.map or an nginx request is parked, the others run).
function Policy:before_send()
  if self.limiter then self.limiter:acquire(self.sleep) end
end

-- After each attempt that reached the transport: err is its error, nil on success.
function Policy:after_send(err)
  if self.limiter then self.limiter:update(M.throttled(err)) end
end

-- A call succeeded; last_cost is what its last retry drew (nil when it needed none).
function Policy:release(last_cost)
  self.quota = math.min(M.QUOTA, self.quota + (last_cost or M.NO_RETRY_INCREMENT))
end

return M

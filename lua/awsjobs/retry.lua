-- retry: the AWS SDKs' "standard" retry mode. Throttling and transient errors are retried
-- up to max_attempts with full-jitter exponential backoff (capped at 20 s), and every retry
-- draws on a quota (500 tokens: 5 a retry, 10 after a timeout, paid back on success), so
-- an outage does not multiply the load on a service.
local core = require "awsjobs.core"

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

-- Whether err is worth another attempt.
function M.retryable(err)
  if err.kind == "network" or err.kind == "timeout" then return true end
  if err.kind ~= "service" then return false end
  return THROTTLING[err.code] or TRANSIENT_CODES[err.code] or TRANSIENT_STATUS[err.status] or false
end

local Policy = {}
Policy.__index = Policy

-- new{max_attempts =, base_delay =, max_backoff =, sleep =, random =} -> policy (one per client)
function M.new(opts)
  opts = opts or {}
  return setmetatable({
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

-- A call succeeded; last_cost is what its last retry drew (nil when it needed none).
function Policy:release(last_cost)
  self.quota = math.min(M.QUOTA, self.quota + (last_cost or M.NO_RETRY_INCREMENT))
end

return M

-- jobs/watch: the loop behind "run it and wait": ask for the work's state every `delay`
-- seconds until it is done or the time budget is spent, and between two asks read the new
-- lines of its logs. Shared by ECS tasks and Batch jobs.
local errors = require "awsjobs.errors"

local M = {}

-- After the work ends, its last lines may still be on their way: read until a poll brings
-- nothing, at most this many times.
local DRAIN_POLLS = 5

local function read_logs(tails, opts)
  local got = 0
  for _, tail in ipairs(tails) do
    if not tail.broken then
      local events, err = tail:poll()
      if not events then
        -- logs are a view of the work, not the work: say so once and go on without them;
        -- a throttle or a network blip is tried again at the next look
        if not (err and err.retryable) then tail.broken = true end
        if opts.on_log_error and not tail.warned then opts.on_log_error(err, tail) end
        tail.warned = true
      else
        for _, e in ipairs(events) do opts.on_log(e, tail) end
        got = got + #events
      end
    end
  end
  return got
end

-- run(opts) -> the value poll gave last | nil, err
-- opts.poll() -> done, value | nil, err     (done: the work reached the state waited for)
-- opts.tails(value) -> the log tails to read (list; called after each poll; optional)
-- opts.on_log(event, tail), opts.on_log_error(err, tail), opts.on_status(value, n)
-- opts.timeout, opts.delay (seconds), opts.sleep, opts.now, opts.what and opts.waiter (for
-- messages: what is awaited, and the waiter's name it stands for)
-- check(timeout, delay) -> true | nil, err: what run would refuse, for callers to ask
-- before they start the work
function M.check(timeout, delay)
  for name, v in pairs { timeout = timeout, delay = delay } do
    if type(v) ~= "number" or not (v > 0 and v <= 30 * 86400) then
      return nil, errors.new { kind = "validation",
        message = ("%s: must be a number of seconds, more than 0 and at most 30 days, got %s")
          :format(name, tostring(v)) }
    end
  end
  return true
end

function M.run(opts)
  local timeout, delay = opts.timeout, opts.delay
  local ok, err = M.check(timeout, delay)
  if not ok then return nil, err end
  local started = opts.now()
  local tails, last = {}, nil
  -- the budget bounds the polls; the +2 are the first ask and the one at the deadline
  for n = 1, math.floor(timeout / delay) + 2 do
    local done, value = opts.poll()
    if done == nil then return nil, value end
    last = value
    if opts.on_status then opts.on_status(value, n) end
    if opts.tails and opts.on_log then
      tails = opts.tails(value) or tails
      read_logs(tails, opts)
    end
    if done then
      if opts.on_log then
        for _ = 1, DRAIN_POLLS do
          if read_logs(tails, opts) == 0 then break end
        end
      end
      return value
    end
    local left = timeout - (opts.now() - started)
    if left <= 0 then break end
    opts.sleep(math.min(delay, left))
  end
  return nil, errors.new { kind = "waiter", code = "WaiterTimeout", waiter = opts.waiter,
    message = ("%s: not done within %s seconds"):format(opts.what, timeout), last_response = last }
end

return M

-- cli/follow: what `run-task --wait` and `run-job --wait` show while they wait: log lines on
-- stdout as they arrive (each with its container's name when there are several streams),
-- a status line on a terminal, a warning when logs cannot be read, and the end as one line.
local exit = require "awsjobs.cli.exit"

local M = {}

-- options(ctx, show_logs, describe) -> the watch callbacks for jobs.* (on_log, on_status, ...)
-- describe(value) -> the status line's text for the latest poll
function M.options(ctx, show_logs, describe)
  local started = ctx.now()
  local o = {
    sleep = ctx.sleep, now = ctx.now,
    on_status = function(value, n)
      ctx.status(("%s (poll %d, %.0fs)"):format(describe(value), n, ctx.now() - started))
    end,
  }
  if show_logs then
    o.on_log = function(event, tail)
      ctx.status(nil)
      local message = tostring(event.message or ""):gsub("\n$", "")
      ctx.out((tail.several and (tail.label .. " | ") or "") .. message .. "\n")
      io.stdout:flush()  -- a pipe (CI) is block-buffered: each line as it arrives
    end
    o.on_log_error = function(err, tail)
      ctx.status(nil)
      local _, line = exit.of(err)
      ctx.errout(("awsjobs: warning: cannot read the logs of %s (%s %s): %s\n"):format(
        tostring(tail.label), tail.group, tail.stream, line))
    end
  end
  return o
end

-- logs_for(ctx) -> the jobs' logs(region): a logs client for the awslogs region (the
-- command's own when the task or job names none)
function M.logs_for(ctx)
  return function(region) return ctx.client("logs", region) end
end

-- ended(ctx, what, code, why) -> the exit code for a job that ended with code (or nil, why)
function M.ended(ctx, what, code, why)
  ctx.status(nil)
  if code == nil then
    ctx.errout(("awsjobs: %s ended without an exit code: %s\n"):format(what, exit.one_line(why)))
    return 1
  end
  ctx.errout(("awsjobs: %s ended with exit code %d\n"):format(what, code))
  -- an exit code beyond what a process can return would wrap around: report it as a failure
  if code < 0 or code > 255 then return 1 end
  return code
end

return M

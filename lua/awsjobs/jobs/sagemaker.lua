-- jobs/sagemaker: stop a pipeline execution and wait until it has stopped. Stopping one
-- that already ended is a success: what the caller wants, no longer running, is true.
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local watch = require "awsjobs.jobs.watch"

local M = {}

local RUNNING = { Executing = true, Stopping = true }

-- stop_pipeline_execution(sm, opts) -> DescribePipelineExecution's answer | nil, err
-- opts: arn, client_request_token (else one is made), wait (poll until it is no longer
-- Executing or Stopping), timeout (default 7200 s), delay (30 s), on_status(out, n).
-- sleep, now: for tests.
-- The answer's PipelineExecutionStatus says how it ended (Stopped, or Succeeded / Failed
-- when it ended before the stop took).
function M.stop_pipeline_execution(sm, opts)
  if type(opts.arn) ~= "string" then
    return nil, errors.new { kind = "validation", message = "stop_pipeline_execution: arn is required" }
  end
  local _, err = sm:stopPipelineExecution { PipelineExecutionArn = opts.arn,
    ClientRequestToken = opts.client_request_token }
  if err and err.code ~= "ConflictException" then return nil, err end
  local function describe()
    return sm:describePipelineExecution { PipelineExecutionArn = opts.arn }
  end
  if err then  -- a conflict: fine if it has ended, an error if it still runs
    local out, derr = describe()
    if not out then return nil, derr end
    local status = out.PipelineExecutionStatus
    if status == "Executing" then return nil, err end  -- the conflict is something else
    if status ~= "Stopping" or not opts.wait then return out end
  end
  if not opts.wait then return describe() end
  return watch.run {
    waiter = "PipelineExecutionStopped",
    what = "pipeline execution " .. opts.arn,
    timeout = opts.timeout or 7200, delay = opts.delay or 30,
    sleep = opts.sleep or sm.retry.sleep, now = opts.now or core.monotonic,
    poll = function()
      local out, derr = describe()
      if not out then return nil, derr end
      return not RUNNING[out.PipelineExecutionStatus], out
    end,
    on_status = opts.on_status,
  }
end

return M

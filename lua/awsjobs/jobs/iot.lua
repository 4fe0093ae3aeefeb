-- jobs/iot: cancel every execution of an IoT job that has not ended.
local errors = require "awsjobs.errors"
local plan = require "awsjobs.jobs.plan"

local M = {}

-- The states an execution ends in; cancelling one of these changes nothing.
local ENDED = { SUCCEEDED = true, FAILED = true, TIMED_OUT = true, REJECTED = true, REMOVED = true,
  CANCELED = true }

-- cancel_all(iot, opts) -> plan | nil, err (see jobs/plan.lua)
-- opts: job_id, force (also cancel IN_PROGRESS executions, which are skipped otherwise),
-- dry_run, concurrency (16). Item ids are thing names.
function M.cancel_all(iot, opts)
  if type(opts.job_id) ~= "string" then
    return nil, errors.new { kind = "validation", message = "cancel_all: job_id is required" }
  end
  local p, perr = plan.new(function(item)
    return iot:cancelJobExecution { jobId = opts.job_id, thingName = item.id, force = opts.force or nil }
  end, function(err)
    -- it ended (or started, without force) between the listing and the cancel
    if err.code == "InvalidStateTransitionException" then return opts.force and "already_stopped" or "skipped" end
    if err.code == "ResourceNotFoundException" then return "not_found" end
  end, opts.concurrency)
  if not p then return nil, perr end
  local summaries, err = iot:all("ListJobExecutionsForJob", { jobId = opts.job_id })
  if not summaries then return nil, err end
  for _, s in ipairs(summaries) do
    local status = s.jobExecutionSummary and s.jobExecutionSummary.status
    local item = { id = tostring(s.thingArn):match("thing/(.+)$") or s.thingArn, status = status }
    if ENDED[status] then
      item.outcome = "already_stopped"
    elseif status == "IN_PROGRESS" and not opts.force then
      item.outcome, item.why = "skipped", "in progress: cancelling it needs force"
    else
      item.outcome = "pending"
    end
    plan.add(p, item)
  end
  if opts.dry_run then return p end
  return plan.carry_out(p)
end

return M

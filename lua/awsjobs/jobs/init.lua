-- jobs: the loops people write around job control, done once: find the work, then stop it
-- all concurrently (awsjobs.map), with a result per item. Each helper returns
--   items | nil, err      where items[i] = {id =, result = response or nil, err = err or nil}
-- err is set only when finding the work failed; a failure to stop one item is in its entry.
local concurrent = require "awsjobs.concurrent"
local errors = require "awsjobs.errors"

local M = {}

local function invalid(message)
  return nil, errors.new { kind = "validation", message = message }
end

local function run(ids, concurrency, stop)
  local results, errs = concurrent.map(ids, stop, { concurrency = concurrency or 16 })
  local items = {}
  for i, id in ipairs(ids) do
    items[i] = { id = id, result = results[i] or nil, err = errs[i] }
  end
  return items
end

-- stop_ecs_tasks(ecs, {cluster =, family =, service_name =, started_by =, reason =,
--                      concurrency =}) -> items (id: task ARN)
-- Stops every running task of the cluster that matches the filters given (ListTasks takes
-- family or service_name, and started_by).
function M.stop_ecs_tasks(ecs, opts)
  opts = opts or {}
  if opts.family and opts.service_name then
    return invalid("stop_ecs_tasks: give family or service_name, not both (ListTasks takes one)")
  end
  local arns, err = ecs:all("ListTasks", { cluster = opts.cluster, family = opts.family,
    serviceName = opts.service_name, startedBy = opts.started_by, desiredStatus = "RUNNING" })
  if not arns then return nil, err end
  return run(arns, opts.concurrency, function(arn)
    return ecs:stopTask { cluster = opts.cluster, task = arn, reason = opts.reason }
  end)
end

M.ACTIVE_BATCH_STATES = { "SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING" }

-- terminate_batch_jobs(batch, {job_queue =, statuses = {...}, reason =, concurrency =})
--   -> items (id: job id). statuses defaults to every state a job can still be stopped in.
function M.terminate_batch_jobs(batch, opts)
  opts = opts or {}
  if not opts.job_queue then return invalid("terminate_batch_jobs: job_queue is required") end
  if not opts.reason then return invalid("terminate_batch_jobs: reason is required (TerminateJob needs one)") end
  local ids, seen = {}, {}
  for _, status in ipairs(opts.statuses or M.ACTIVE_BATCH_STATES) do
    local jobs, err = batch:all("ListJobs", { jobQueue = opts.job_queue, jobStatus = status })
    if not jobs then return nil, err end
    for _, job in ipairs(jobs) do
      if not seen[job.jobId] then
        seen[job.jobId] = true
        ids[#ids + 1] = job.jobId
      end
    end
  end
  return run(ids, opts.concurrency, function(id)
    return batch:terminateJob { jobId = id, reason = opts.reason }
  end)
end

-- cancel_iot_job_executions(iot, {job_id =, status =, force =, reason_code =, concurrency =})
--   -> items (id: thing name). status filters the executions (e.g. "QUEUED"); force also
--   cancels IN_PROGRESS ones.
function M.cancel_iot_job_executions(iot, opts)
  opts = opts or {}
  if not opts.job_id then return invalid("cancel_iot_job_executions: job_id is required") end
  local summaries, err = iot:all("ListJobExecutionsForJob", { jobId = opts.job_id, status = opts.status })
  if not summaries then return nil, err end
  local things = {}
  for _, s in ipairs(summaries) do
    local status = s.jobExecutionSummary and s.jobExecutionSummary.status
    if status == "QUEUED" or status == "IN_PROGRESS" then
      things[#things + 1] = s.thingArn:match("thing/(.+)$") or s.thingArn
    end
  end
  return run(things, opts.concurrency, function(thing)
    return iot:cancelJobExecution { jobId = opts.job_id, thingName = thing, force = opts.force }
  end)
end

return M

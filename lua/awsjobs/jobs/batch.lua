-- jobs/batch: submit a job and wait for it (with its logs and its container's exit code),
-- and terminate every job of a queue in the given states.
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local log_tail = require "awsjobs.log_tail"
local plan = require "awsjobs.jobs.plan"
local watch = require "awsjobs.jobs.watch"

local M = {}

-- Every state a job can still be stopped in (TerminateJob's reach).
M.ACTIVE_STATES = { "SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING" }

-- Where Batch's awslogs driver writes unless the job definition says otherwise.
local DEFAULT_GROUP = "/aws/batch/job"

local function invalid(message)
  return nil, errors.new { kind = "validation", message = message }
end

-- exit_code(job) -> code | nil, reason: the job's container's exit code
function M.exit_code(job)
  local c = job.container or {}
  if c.exitCode ~= nil then return c.exitCode end
  -- an array or multi-node parent has no container of its own: its status is the answer
  if job.status == "SUCCEEDED" then return 0 end
  return nil, job.statusReason or c.reason or ("the job ended " .. tostring(job.status) .. " without an exit code")
end

local function job_tail(job, logs_for)
  local c = job.container
  if not (c and c.logStreamName) then return nil end
  local lc = c.logConfiguration
  local o = lc and lc.logDriver == "awslogs" and lc.options or {}
  local logs, err = logs_for(o["awslogs-region"])
  local tail = log_tail.new(logs, o["awslogs-group"] or DEFAULT_GROUP, c.logStreamName, job.jobName)
  if not logs then tail.poll = function() return nil, err end end  -- reported as a log error
  return tail
end

-- wait_job(batch, opts) -> the job (DescribeJobs' entry) once SUCCEEDED or FAILED | nil, err
-- opts: job_id, timeout (default 3600 s), delay (10 s), on_status(job, n); for logs:
-- logs(region) -> a logs client, on_log(event, tail), on_log_error(err, tail). sleep, now.
function M.wait_job(batch, opts)
  if type(opts.job_id) ~= "string" then return invalid("wait_job: job_id: must be a job id (string)") end
  local tails = {}
  return watch.run {
    waiter = "JobComplete",
    what = "job " .. opts.job_id,
    timeout = opts.timeout or 3600, delay = opts.delay or 10,
    sleep = opts.sleep or batch.retry.sleep, now = opts.now or core.monotonic,
    poll = function()
      local out, err = batch:describeJobs { jobs = { opts.job_id } }
      if not out then return nil, err end
      local job = out.jobs and out.jobs[1]
      if not job then
        return nil, errors.new { kind = "service", code = "JobNotFound", operation = "DescribeJobs",
          message = "job " .. opts.job_id .. " not found" }
      end
      return job.status == "SUCCEEDED" or job.status == "FAILED", job
    end,
    on_status = opts.on_status,
    tails = opts.logs and function(job)
      if #tails == 0 then tails[1] = job_tail(job, opts.logs) end
      return tails
    end,
    on_log = opts.on_log, on_log_error = opts.on_log_error,
  }
end

-- run_job(batch, params, opts) -> job, exit code (or nil and the reason) | nil, err
-- SubmitJob with params, then wait_job with opts.
function M.run_job(batch, params, opts)
  local ok, verr = watch.check((opts or {}).timeout or 3600, (opts or {}).delay or 10)
  if not ok then return nil, verr end
  local out, err = batch:submitJob(params)
  if not out then return nil, err end
  local o = {}
  for k, v in pairs(opts or {}) do o[k] = v end
  o.job_id = out.jobId
  local job, werr = M.wait_job(batch, o)
  if not job then
    werr.job_id = out.jobId
    return nil, werr
  end
  return job, M.exit_code(job)
end

-- terminate_all(batch, opts) -> plan | nil, err (see jobs/plan.lua)
-- opts: job_queue, statuses (default ACTIVE_STATES), reason (TerminateJob needs one),
-- dry_run, concurrency (16). A job that ended meanwhile is terminated without effect.
function M.terminate_all(batch, opts)
  if type(opts.job_queue) ~= "string" then return invalid("terminate_all: job_queue is required") end
  if type(opts.reason) ~= "string" then return invalid("terminate_all: reason is required (TerminateJob needs one)") end
  local p, perr = plan.new(function(item)
    return batch:terminateJob { jobId = item.id, reason = opts.reason }
  end, function(err)
    local m = tostring(err.message):lower()
    if err.code == "ClientException" and (m:find("not found", 1, true) or m:find("does not exist", 1, true)) then
      return "not_found"
    end
  end, opts.concurrency)
  if not p then return nil, perr end
  local seen = {}
  for _, status in ipairs(opts.statuses or M.ACTIVE_STATES) do
    local jobs, err = batch:all("ListJobs", { jobQueue = opts.job_queue, jobStatus = status })
    if not jobs then return nil, err end
    for _, job in ipairs(jobs) do
      if not seen[job.jobId] then
        seen[job.jobId] = true
        plan.add(p, { id = job.jobId, name = job.jobName, status = job.status, outcome = "pending" })
      end
    end
  end
  if opts.dry_run then return p end
  return plan.carry_out(p)
end

return M

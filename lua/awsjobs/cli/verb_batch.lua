-- cli/verb_batch: `awsjobs batch run-job <SubmitJob options> [--logs]` and
-- `awsjobs batch terminate-all`, on awsjobs.jobs.
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local follow = require "awsjobs.cli.follow"
local jobs = require "awsjobs.jobs"
local output = require "awsjobs.cli.output"
local stop_plan = require "awsjobs.cli.stop_plan"

local M = { commands = {}, help = {} }

M.help["run-job"] = [[
awsjobs batch run-job <the options of submit-job> [--wait] [--logs] [--wait-timeout S] [--delay S]

Submits the job (as submit-job) and waits until it has SUCCEEDED or FAILED, then exits with
its container's exit code (1, and the reason, when it has none). --wait is the default and
may be given. --logs prints the container's awslogs output as it arrives (the job's log
stream, in /aws/batch/job unless its log configuration names another group). Without
--logs it prints the job as DescribeJobs shows it. --wait-timeout: give up after S seconds
(default 3600; --timeout is submit-job's own, the job's attempt timeout); --delay: seconds
between two looks (default 10).
]]

M.help["terminate-all"] = [==[
awsjobs batch terminate-all --job-queue Q --reason R [--status S[,S...]] [--dry-run] [--yes]
                            [--concurrency N]

Terminates every job of the queue in the given states (default SUBMITTED, PENDING,
RUNNABLE, STARTING, RUNNING). The plan goes to stderr first; then it asks, unless --yes;
where stdin is not a terminal it requires --yes. --dry-run shows the plan and terminates
nothing. The document on stdout lists the jobs by outcome. Exit 0 only when none failed.
]==]


M.commands["run-job"] = function(ctx, words)
  local params, extras = ctx.parse("batch", "submit-job", words,
    { ["--wait"] = "flag", ["--logs"] = "flag", ["--wait-timeout"] = "number", ["--delay"] = "number" })
  if not params then return ctx.fail(extras) end
  local batch, cerr = ctx.client("batch")
  if not batch then return ctx.fail(cerr) end
  local o = follow.options(ctx, extras["--logs"], function(job)
    return ("waiting for job %s: %s"):format(tostring(job.jobId), tostring(job.status))
  end)
  o.timeout, o.delay = extras["--wait-timeout"] or 3600, extras["--delay"] or 10
  if extras["--logs"] then o.logs = follow.logs_for(ctx) end
  local job, code, why = jobs.run_job(batch, params, o)
  if not job then
    -- submitted all the same: say which job is still there
    if code and code.job_id then ctx.errout("awsjobs: submitted job " .. tostring(code.job_id) .. "\n") end
    return ctx.fail(code)
  end
  if not extras["--logs"] then
    local model = require "awsjobs.models.batch"
    local printed = ctx.print(output.display({ jobs = { job } }, model.operations.DescribeJobs.output, model.shapes))
    if printed ~= exit.OK then return printed end
  end
  return follow.ended(ctx, "job " .. tostring(job.jobId) .. " (" .. tostring(job.status) .. ")", code, why)
end

M.commands["terminate-all"] = function(ctx, words)
  local _, extras = ctx.parse("batch", "terminate-all", words, { ["--job-queue"] = "string",
    ["--reason"] = "string", ["--status"] = "list", ["--dry-run"] = "flag", ["--yes"] = "flag",
    ["--concurrency"] = "number" })
  if not _ then return ctx.fail(extras) end
  local missing = {}
  if not extras["--job-queue"] then missing[#missing + 1] = "--job-queue" end
  if not extras["--reason"] then missing[#missing + 1] = "--reason" end
  if #missing > 0 then
    return ctx.fail(context.usage("the following arguments are required: " .. table.concat(missing, ", ")))
  end
  local statuses
  if extras["--status"] then
    statuses = {}
    for _, w in ipairs(extras["--status"]) do
      for s in w:gmatch("[^,%s]+") do statuses[#statuses + 1] = s:upper() end
    end
  end
  local batch, cerr = ctx.client("batch")
  if not batch then return ctx.fail(cerr) end
  local p, err = jobs.terminate_all(batch, { job_queue = extras["--job-queue"], reason = extras["--reason"],
    statuses = statuses, concurrency = extras["--concurrency"], dry_run = true })
  if not p then return ctx.fail(err) end
  return stop_plan.run(ctx, p, { noun = "job", dry_run = extras["--dry-run"], yes = extras["--yes"],
    note = function(item) return tostring(item.name) .. ", " .. tostring(item.status) end })
end

return M

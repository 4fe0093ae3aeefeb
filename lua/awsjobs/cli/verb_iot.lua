-- cli/verb_iot: `awsjobs iot cancel-all --job-id J [--force]`, on awsjobs.jobs.
local context = require "awsjobs.cli.context"
local jobs = require "awsjobs.jobs"
local stop_plan = require "awsjobs.cli.stop_plan"

local M = { commands = {}, help = {} }

M.help["cancel-all"] = [[
awsjobs iot cancel-all --job-id J [--force] [--dry-run] [--yes] [--concurrency N]

Cancels every execution of the job that has not ended: the QUEUED ones, and with --force
the IN_PROGRESS ones too (left alone otherwise). The plan goes to stderr first, one thing
per line; then it asks, unless --yes; where stdin is not a terminal it requires --yes.
--dry-run shows the plan and cancels nothing. The document on stdout lists the things by
outcome; executions that had ended are alreadyStopped. Exit 0 only when none failed.
]]

M.commands["cancel-all"] = function(ctx, words)
  local _, extras = ctx.parse("iot", "cancel-all", words, { ["--job-id"] = "string", ["--force"] = "flag",
    ["--dry-run"] = "flag", ["--yes"] = "flag", ["--concurrency"] = "number" })
  if not _ then return ctx.fail(extras) end
  if not extras["--job-id"] then return ctx.fail(context.usage("the following arguments are required: --job-id")) end
  local iot, cerr = ctx.client("iot")
  if not iot then return ctx.fail(cerr) end
  local p, err = jobs.cancel_all(iot, { job_id = extras["--job-id"], force = extras["--force"],
    concurrency = extras["--concurrency"], dry_run = true })
  if not p then return ctx.fail(err) end
  return stop_plan.run(ctx, p, { noun = "job execution", dry_run = extras["--dry-run"], yes = extras["--yes"],
    note = function(item) return item.status end })
end

return M

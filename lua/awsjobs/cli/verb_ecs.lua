-- cli/verb_ecs: `awsjobs ecs run-task ... --wait running|stopped [--logs]` and
-- `awsjobs ecs stop-all`, on awsjobs.jobs.
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local follow = require "awsjobs.cli.follow"
local jobs = require "awsjobs.jobs"
local output = require "awsjobs.cli.output"
local stop_plan = require "awsjobs.cli.stop_plan"

local M = { commands = {}, help = {} }

M.help["run-task"] = [[
Job control (awsjobs):
  --wait running|stopped      after starting, wait until the tasks are running, or stopped;
                              with stopped, exit with the essential container's exit code
                              (1, and the stop reason, when it has none)
  --logs                      print the containers' awslogs output as it arrives (implies
                              --wait stopped); the task definition names the group, stream
                              prefix and region
  --timeout S                 give up waiting after S seconds (default 600)
  --delay S                   seconds between two looks at the tasks (default 6)
A non-empty failures list in RunTask's answer is an error: each reason on stderr, exit 254.
]]

M.help["stop-all"] = [[
awsjobs ecs stop-all --cluster C [--family F | --service-name S] [--started-by B]
                     --reason R [--dry-run] [--yes] [--include-service-tasks]
                     [--concurrency N]

Stops every task of the cluster that matches. The plan goes to stderr first: each task as
"to stop", "already stopped" (stopped lately; ECS lists those for a while) or "left alone"
(a task of a service, whose service would start a replacement: stopped only with
--include-service-tasks). Then it asks, unless --yes; where stdin is not a terminal it
requires --yes. --dry-run shows the plan and stops nothing. Tasks are stopped N at a time
(--concurrency, default 16). Each ends as stopped, already stopped, not found or failed;
the document on stdout lists them by outcome (stopped, alreadyStopped, notFound, skipped,
failed, pending). Exit 0 only when none failed; running it again changes nothing.
]]

local RUN_EXTRAS = { ["--wait"] = "string", ["--logs"] = "flag", ["--timeout"] = "number", ["--delay"] = "number" }


local function short(arn) return tostring(arn):match("([^/]+)$") end

M.commands["run-task"] = function(ctx, words)
  local params, extras = ctx.parse("ecs", "run-task", words, RUN_EXTRAS)
  if not params then return ctx.fail(extras) end
  if next(extras) == nil then return ctx.operation("ecs", "run-task", words) end
  local wait = extras["--wait"] or "stopped"
  if wait ~= "running" and wait ~= "stopped" then
    return ctx.fail(context.usage(
      ("argument --wait: Invalid choice: '%s', valid choices are: running, stopped"):format(wait)))
  end
  if extras["--logs"] and wait ~= "stopped" then
    return ctx.fail(context.usage("argument --logs: follows the tasks until they stop: use it with --wait stopped"))
  end
  local ecs, cerr = ctx.client("ecs")
  if not ecs then return ctx.fail(cerr) end
  local o = follow.options(ctx, extras["--logs"], function(tasks)
    local states = {}
    for i, t in ipairs(tasks) do states[i] = short(t.taskArn):sub(1, 8) .. " " .. tostring(t.lastStatus) end
    return ("waiting for %s: %s"):format(wait, table.concat(states, ", "))
  end)
  o.status, o.timeout, o.delay = wait:upper(), extras["--timeout"] or 600, extras["--delay"] or 6
  if extras["--logs"] then o.logs = follow.logs_for(ctx) end
  -- named on stderr even when piped: after a ^C or a timeout the log says what still runs
  o.on_started = function(out)
    for _, t in ipairs(out.tasks) do ctx.errout("awsjobs: started task " .. t.taskArn .. "\n") end
  end
  local tasks, code, why = jobs.run_and_wait(ecs, params, o)
  if not tasks then
    if code and code.code == "RunTaskFailure" then
      ctx.status(nil)
      for _, f in ipairs(code.failures) do
        ctx.errout(("awsjobs: RunTask failure: %s%s%s\n"):format(tostring(f.reason),
          f.detail and (" (" .. tostring(f.detail) .. ")") or "", f.arn and (" for " .. f.arn) or ""))
      end
      for _, t in ipairs(code.tasks or {}) do  -- started all the same: still running
        ctx.errout("awsjobs: started task " .. tostring(t.taskArn) .. "\n")
      end
    end
    if code and code.code == "WaiterFailure" then ctx.errout("awsjobs: " .. exit.one_line(code.message) .. "\n") end
    return ctx.fail(code)
  end
  if not extras["--logs"] then
    local model = require "awsjobs.models.ecs"
    local printed = ctx.print(output.display({ tasks = tasks, failures = {} },
      model.operations.DescribeTasks.output, model.shapes))
    if printed ~= exit.OK then return printed end
  end
  if wait == "running" then
    ctx.status(nil)
    return exit.OK
  end
  local what = #tasks == 1 and ("task " .. short(tasks[1].taskArn)) or (#tasks .. " tasks")
  return follow.ended(ctx, what, code, why)
end

local STOP_EXTRAS = { ["--cluster"] = "string", ["--family"] = "string", ["--service-name"] = "string",
  ["--started-by"] = "string", ["--reason"] = "string", ["--dry-run"] = "flag", ["--yes"] = "flag",
  ["--include-service-tasks"] = "flag", ["--concurrency"] = "number" }

M.commands["stop-all"] = function(ctx, words)
  local _, extras = ctx.parse("ecs", "stop-all", words, STOP_EXTRAS)
  if not _ then return ctx.fail(extras) end
  if not extras["--reason"] and not extras["--dry-run"] then
    return ctx.fail(context.usage("the following arguments are required: --reason"))
  end
  local ecs, cerr = ctx.client("ecs")
  if not ecs then return ctx.fail(cerr) end
  local p, err = jobs.stop_all(ecs, { cluster = extras["--cluster"], family = extras["--family"],
    service_name = extras["--service-name"], started_by = extras["--started-by"], reason = extras["--reason"],
    include_service_tasks = extras["--include-service-tasks"], concurrency = extras["--concurrency"],
    dry_run = true })
  if not p then return ctx.fail(err) end
  return stop_plan.run(ctx, p, { noun = "task", dry_run = extras["--dry-run"], yes = extras["--yes"],
    note = function(item) return item.group end })
end

return M

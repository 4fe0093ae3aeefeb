-- jobs/ecs: run a task and wait for it (with its logs and its exit code), and stop every
-- task that matches, leaving service tasks alone.
local chunked = require "awsjobs.chunked"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local log_tail = require "awsjobs.log_tail"
local plan = require "awsjobs.jobs.plan"
local watch = require "awsjobs.jobs.watch"

local M = {}

local function invalid(message)
  return nil, errors.new { kind = "validation", message = message }
end

local function task_id(arn)
  return tostring(arn):match("([^/]+)$")
end
M.task_id = task_id

-- run_task(ecs, params) -> RunTask's answer | nil, err
-- A non-empty `failures` list is an error (code "RunTaskFailure", err.failures), not a
-- success with a buried list; tasks it did start are in err.tasks so that they can be stopped.
function M.run_task(ecs, params)
  local out, err = ecs:runTask(params)
  if not out then return nil, err end
  local failures = out.failures or {}
  if #failures == 0 then return out end
  local reasons = {}
  for i, f in ipairs(failures) do
    reasons[i] = tostring(f.reason) .. (f.detail and (" (" .. tostring(f.detail) .. ")") or "")
      .. (f.arn and (" for " .. tostring(f.arn)) or "")
  end
  return nil, errors.new { kind = "service", code = "RunTaskFailure", operation = "RunTask",
    message = ("RunTask started %d of the tasks asked for: %s"):format(#(out.tasks or {}),
      table.concat(reasons, "; ")),
    failures = failures, tasks = out.tasks or {} }
end

-- describe_tasks(ecs, cluster, arns) -> tasks in the order of arns | nil, err
-- In chunks of 100 (DescribeTasks' limit); a task the service does not know is an error.
function M.describe_tasks(ecs, cluster, arns)
  local out, err = chunked.call(ecs, "DescribeTasks", { cluster = cluster, tasks = arns })
  if not out then return nil, err end
  local by_arn = {}
  for _, t in ipairs(out.tasks or {}) do
    by_arn[t.taskArn] = t
    by_arn[task_id(t.taskArn)] = t
  end
  local tasks = {}
  for i, arn in ipairs(arns) do
    tasks[i] = by_arn[arn]
    if not tasks[i] then
      return nil, errors.new { kind = "service", code = "TaskNotFound", operation = "DescribeTasks",
        message = ("task %s not found in cluster %s"):format(tostring(arn), tostring(cluster or "default")) }
    end
  end
  return tasks
end

-- exit_code(task, task_definition) -> code | nil, reason
-- The essential containers' exit code: the first that is not 0, else 0. A task whose
-- essential containers never ran has none; the reason says why it stopped.
function M.exit_code(task, def)
  local essential = {}
  for _, c in ipairs(def and def.containerDefinitions or {}) do essential[c.name] = c.essential ~= false end
  local code, missing = nil, false
  for _, c in ipairs(task.containers or {}) do
    if essential[c.name] ~= false then
      if c.exitCode == nil then missing = true
      elseif c.exitCode ~= 0 then return c.exitCode
      else code = 0 end
    end
  end
  if code and not missing then return code end
  local why = task.stoppedReason
  for _, c in ipairs(task.containers or {}) do
    if not why and c.reason then why = c.name .. ": " .. c.reason end
  end
  return nil, why or "the task stopped without an exit code"
end

local function log_tails(tails, task_def, tasks, logs_for, several)
  for _, t in ipairs(tasks) do
    if t.lastStatus == "RUNNING" or t.lastStatus == "DEACTIVATING" or t.lastStatus == "STOPPING"
        or t.lastStatus == "DEPROVISIONING" or t.lastStatus == "STOPPED" then
      if not tails.seen[t.taskArn] then
        tails.seen[t.taskArn] = true
        local streams = log_tail.ecs_streams(task_def, t.taskArn)
        for _, s in ipairs(streams) do
          local logs, err = logs_for(s.region)
          local label = several and (s.container .. " " .. task_id(t.taskArn):sub(1, 8)) or s.container
          local tail = log_tail.new(logs, s.group, s.stream, label)
          -- several streams: each line needs to say whose it is
          tail.several = several or #streams > 1
          if not logs then tail.poll = function() return nil, err end end  -- reported as a log error
          tails[#tails + 1] = tail
        end
      end
    end
  end
  return tails
end

-- wait_tasks(ecs, opts) -> tasks | nil, err: waits until every task is RUNNING or STOPPED.
-- opts: cluster, tasks (ARNs), status ("RUNNING" | "STOPPED"), timeout (default 600 s),
-- delay (6 s), on_status(tasks, n); for logs: task_definition, logs(region) -> a logs client,
-- on_log(event, tail), on_log_error(err, tail). sleep, now: for tests.
function M.wait_tasks(ecs, opts)
  local status = opts.status or "STOPPED"
  if status ~= "RUNNING" and status ~= "STOPPED" then
    return invalid("wait_tasks: status: must be RUNNING or STOPPED, got " .. tostring(status))
  end
  if type(opts.tasks) ~= "table" or #opts.tasks == 0 then
    return invalid("wait_tasks: tasks: must be a non-empty list of task ARNs")
  end
  local tails = { seen = {} }
  return watch.run {
    waiter = status == "RUNNING" and "TasksRunning" or "TasksStopped",
    what = ("tasks %s"):format(status:lower()),
    timeout = opts.timeout or 600, delay = opts.delay or 6,
    sleep = opts.sleep or ecs.retry.sleep, now = opts.now or core.monotonic,
    poll = function()
      local tasks, err = M.describe_tasks(ecs, opts.cluster, opts.tasks)
      if not tasks then return nil, err end
      local done = true
      for _, t in ipairs(tasks) do
        if status == "RUNNING" and t.lastStatus == "STOPPED" then
          return nil, errors.new { kind = "waiter", code = "WaiterFailure", waiter = "TasksRunning",
            message = ("task %s stopped before it was running: %s"):format(task_id(t.taskArn),
              tostring(t.stoppedReason)), last_response = tasks }
        end
        if t.lastStatus ~= status then done = false end
      end
      return done, tasks
    end,
    on_status = opts.on_status,
    tails = opts.logs and function(tasks)
      return log_tails(tails, opts.task_definition, tasks, opts.logs, #opts.tasks > 1)
    end,
    on_log = opts.on_log, on_log_error = opts.on_log_error,
  }
end

-- task_definition(ecs, arn) -> the task definition | nil, err
function M.task_definition(ecs, arn)
  local out, err = ecs:describeTaskDefinition { taskDefinition = arn }
  if not out then return nil, err end
  return out.taskDefinition
end

-- run_and_wait(ecs, params, opts) -> tasks, exit code (or nil and the reason) | nil, err
-- RunTask with params, then wait_tasks with opts (opts.status "STOPPED" by default; with
-- "RUNNING" the answer is the running tasks and no code). The code is the first task's
-- that is not 0; a task without one gives nil and its reason. opts.on_started(run_answer)
-- is told the tasks as soon as they are started. An error after the start carries the
-- started tasks in err.tasks.
function M.run_and_wait(ecs, params, opts)
  opts = opts or {}
  local status = opts.status or "STOPPED"
  if status ~= "RUNNING" and status ~= "STOPPED" then
    return invalid("run_and_wait: status: must be RUNNING or STOPPED, got " .. tostring(status))
  end
  local ok, verr = watch.check(opts.timeout or 600, opts.delay or 6)
  if not ok then return nil, verr end
  local out, err = M.run_task(ecs, params)
  if not out then return nil, err end
  if #(out.tasks or {}) == 0 then
    return nil, errors.new { kind = "service", code = "RunTaskFailure", operation = "RunTask",
      message = "RunTask started no task and gave no failure", failures = {}, tasks = {} }
  end
  if opts.on_started then opts.on_started(out) end
  local arns = {}
  for i, t in ipairs(out.tasks or {}) do arns[i] = t.taskArn end
  local function failed(e)
    e.tasks = out.tasks
    return nil, e
  end
  local def, derr = M.task_definition(ecs, out.tasks[1].taskDefinitionArn)
  if not def then return failed(derr) end
  local w = {}
  for k, v in pairs(opts) do w[k] = v end
  w.cluster, w.tasks, w.task_definition = params.cluster, arns, def
  local tasks, werr = M.wait_tasks(ecs, w)
  if not tasks then return failed(werr) end
  if (opts.status or "STOPPED") == "RUNNING" then return tasks end
  local first
  for _, t in ipairs(tasks) do
    local code, why = M.exit_code(t, def)
    if code == nil then return tasks, nil, why end
    if code ~= 0 and not first then first = code end
  end
  return tasks, first or 0
end

-- stop_all(ecs, opts) -> plan | nil, err (see jobs/plan.lua for outcomes)
-- opts: cluster, family | service_name, started_by, reason, include_service_tasks,
-- dry_run (plan only), concurrency (16). Lists the running tasks and the recently stopped
-- ones (so that a second run reports them as already stopped); a task whose group starts
-- with "service:" belongs to a service, which would start a replacement: it is skipped
-- unless include_service_tasks.
function M.stop_all(ecs, opts)
  if opts.family and opts.service_name then
    return invalid("stop_all: give family or service_name, not both (ListTasks takes one)")
  end
  local p, perr = plan.new(function(item)
    return ecs:stopTask { cluster = opts.cluster, task = item.id, reason = opts.reason }
  end, function(err)
    if err.code == "InvalidParameterException" and tostring(err.message):lower():find("not found", 1, true) then
      return "not_found"
    end
  end, opts.concurrency)
  if not p then return nil, perr end
  -- ECS takes startedBy only as the one filter of ListTasks: it is matched on DescribeTasks
  local filter = { cluster = opts.cluster, family = opts.family, serviceName = opts.service_name }
  local listed = {}
  for _, desired in ipairs { "RUNNING", "STOPPED" } do
    filter.desiredStatus = desired
    local arns, err = ecs:all("ListTasks", filter)
    if not arns then return nil, err end
    for _, arn in ipairs(arns) do listed[#listed + 1] = arn end
  end
  if #listed == 0 then return p end
  local out, err = chunked.call(ecs, "DescribeTasks", { cluster = opts.cluster, tasks = listed })
  if not out then return nil, err end
  local by_arn = {}
  for _, t in ipairs(out.tasks or {}) do by_arn[t.taskArn] = t end
  local seen = {}
  for _, arn in ipairs(listed) do
    local t = by_arn[arn]
    if not seen[arn] and not (opts.started_by and t and t.startedBy ~= opts.started_by) then
      seen[arn] = true
      local item = { id = arn, task = t, group = t and t.group }
      if not t then
        item.outcome = "not_found"
      elseif t.desiredStatus == "STOPPED" or t.lastStatus == "STOPPED" then
        item.outcome = "already_stopped"
      elseif tostring(t.group):sub(1, 8) == "service:" and not opts.include_service_tasks then
        item.outcome, item.why = "skipped", "owned by " .. t.group .. ", which would start a replacement"
      else
        item.outcome = "pending"
      end
      plan.add(p, item)
    end
  end
  if opts.dry_run then return p end
  return plan.carry_out(p)
end

return M

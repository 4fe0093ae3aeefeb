-- awsjobs.jobs against spec/fakes/fake_jobs.py, which plays task and job lifecycles over
-- time: run and wait (logs in order, exit codes, time budgets, 100-task chunks), stop plans
-- (service tasks left alone, dry runs, a second run that changes nothing), Batch, IoT and
-- SageMaker. The fake checks every request's signature.
local awsjobs = require "awsjobs"
local servers = require "helpers.servers"
local socket = require "socket"

local jobs = awsjobs.jobs
local EXECUTION = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1"
local DONE = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/done"

local SCRIPT = {
  page_size = 40,
  task_definitions = {
    ["web:1"] = { containers = {
      { name = "app", essential = true, log = { group = "/ecs/web", prefix = "ecs", region = "us-east-1" } },
      { name = "sidecar", essential = false } } },
    ["two:1"] = { containers = {
      { name = "app", essential = true, log = { group = "/ecs/two", prefix = "p", region = "us-east-1" } },
      { name = "side", essential = true, log = { group = "/ecs/two", prefix = "p", region = "eu-west-1" } } } },
    ["nocode:1"] = { containers = { { name = "app", essential = true } } },
    ["forever:1"] = { containers = { { name = "app", essential = true } } },
  },
  runs = {
    ["web:1"] = { pending = 0.2, running = 0.6, exit_codes = { app = 3, sidecar = 0 },
                  stopped_reason = "Essential container in task exited",
                  logs = { app = { "line 1", "line 2", "line 3", "line 4" } } },
    ["two:1"] = { pending = 0.1, running = 0.3, exit_codes = { app = 0, side = 0 },
                  logs = { app = { "a1", "a2" }, side = { "s1" } } },
    ["nocode:1"] = { pending = 0.1, running = 0.1, stopped_reason = "CannotPullContainerError: no such image" },
    ["full:1"] = { failures = { { reason = "RESOURCE:MEMORY" } } },
  },
  tasks = {
    { cluster = "c", task_definition = "forever:1", group = "service:web", started_by = "ecs-svc",
      last_status = "RUNNING", count = 3 },
    { cluster = "c", task_definition = "forever:1", started_by = "cron", last_status = "RUNNING", count = 4 },
    { cluster = "c", task_definition = "forever:1", started_by = "cron", last_status = "STOPPED", count = 1 },
    { cluster = "big", task_definition = "forever:1", last_status = "STOPPED", count = 250 },
    { cluster = "slow", task_definition = "forever:1", last_status = "RUNNING", count = 1 },
  },
  batch = {
    queues = { q = { { job_id = "j1", job_name = "n1", status = "RUNNING" },
                     { job_id = "j2", job_name = "n2", status = "RUNNABLE" },
                     { job_id = "j3", job_name = "n3", status = "SUCCEEDED" } } },
    runs = { ["jd:1"] = { pending = 0.2, running = 0.4, exit_code = 2, logs = { "b1", "b2" } } },
  },
  iot = { jobs = { ["job-1"] = { { thing = "t1", status = "QUEUED" }, { thing = "t2", status = "IN_PROGRESS" },
                                 { thing = "t3", status = "SUCCEEDED" }, { thing = "t4", status = "QUEUED" } } } },
  sagemaker = { executions = { [EXECUTION] = { status = "Executing", stopping = 0.3 },
                               [DONE] = { status = "Succeeded" } } },
}

local fake

local function client(service, region)
  return assert(awsjobs.client(service, { region = region or "us-east-1", endpoint = fake.url, max_attempts = 1,
    credentials = servers.FAKE_CREDENTIALS }))
end


local function outcomes(p)
  local by = {}
  for _, item in ipairs(p.items) do
    by[item.outcome] = by[item.outcome] or {}
    table.insert(by[item.outcome], item.id)
  end
  return by
end

local function logs_for(region) return client("logs", region) end

setup(function() fake = servers.fake_jobs(SCRIPT) end)
teardown(function() if fake then fake.stop() end end)

describe("jobs.run_task / run_and_wait (ECS)", function()
  it("a failures list in RunTask's answer is nil, err with each failure, not a success", function()
    local out, err = jobs.run_task(client("ecs"), { cluster = "r", taskDefinition = "full:1" })
    assert.is_nil(out)
    assert.are.same({ "service", "RunTaskFailure", "RunTask" }, { err.kind, err.code, err.operation })
    assert.are.equal("RESOURCE:MEMORY", err.failures[1].reason)
    assert.are.same({}, err.tasks)
    assert.matches("RESOURCE:MEMORY", tostring(err))
  end)

  it("runs a task, prints its log lines once each and in order, and gives the essential container's code", function()
    local lines, statuses, started = {}, {}, nil
    local tasks, code = jobs.run_and_wait(client("ecs"), { cluster = "r", taskDefinition = "web:1" }, {
      delay = 0.1, timeout = 10, logs = logs_for,
      on_started = function(out) started = out.tasks[1].taskArn end,
      on_status = function(ts) statuses[#statuses + 1] = ts[1].lastStatus end,
      on_log = function(e, tail) lines[#lines + 1] = tail.label .. ":" .. e.message end,
    })
    assert.is_table(tasks, tostring(code))
    assert.are.equal(3, code)  -- app exited 3; the sidecar's 0 is not essential
    assert.are.equal(started, tasks[1].taskArn)
    assert.are.same({ "app:line 1", "app:line 2", "app:line 3", "app:line 4" }, lines)
    assert.are.equal("STOPPED", statuses[#statuses])
    assert.is_truthy(table.concat(statuses, ","):find("RUNNING", 1, true), table.concat(statuses, ","))
    -- the stream the task definition names: prefix/container/task id
    local gets = fake.requests("GetLogEvents")
    local id = tasks[1].taskArn:match("([^/]+)$")
    assert.are.same({ "/ecs/web", "ecs/app/" .. id }, { gets[#gets].body.logGroupName, gets[#gets].body.logStreamName })
    for _, r in ipairs(fake.log()) do assert.is_true(r.signature_valid, r.operation) end
  end)

  it("labels the lines of several streams, asking each stream's own region", function()
    local lines = {}
    local regions = {}
    local tasks, code = jobs.run_and_wait(client("ecs"), { cluster = "r", taskDefinition = "two:1" }, {
      delay = 0.1, timeout = 10,
      logs = function(region)
        regions[#regions + 1] = region
        return client("logs", region)
      end,
      on_log = function(e, tail) lines[#lines + 1] = (tail.several and tail.label .. "|" or "") .. e.message end,
    })
    assert.is_table(tasks, tostring(code))
    assert.are.equal(0, code)
    table.sort(lines)
    assert.are.same({ "app|a1", "app|a2", "side|s1" }, lines)
    table.sort(regions)
    assert.are.same({ "eu-west-1", "us-east-1" }, regions)
  end)

  it("a task that never ran has no exit code: nil and the reason it stopped", function()
    local tasks, code, why = jobs.run_and_wait(client("ecs"), { cluster = "r", taskDefinition = "nocode:1" },
      { delay = 0.1, timeout = 10 })
    assert.is_table(tasks, tostring(code))
    assert.is_nil(code)
    assert.matches("CannotPullContainerError", why)
  end)

  it("--wait running ends as soon as the task runs", function()
    local tasks = assert(jobs.run_and_wait(client("ecs"), { cluster = "r", taskDefinition = "web:1" },
      { status = "RUNNING", delay = 0.05, timeout = 10 }))
    assert.are.equal("RUNNING", tasks[1].lastStatus)
  end)

  it("gives up at the time budget, not after a number of attempts", function()
    local arn = assert(jobs.stop_all(client("ecs"), { cluster = "slow", dry_run = true })).items[1].id
    local t0 = socket.gettime()
    local tasks, err = jobs.wait_tasks(client("ecs"), { cluster = "slow", tasks = { arn }, timeout = 0.6, delay = 0.1 })
    local took = socket.gettime() - t0
    assert.is_nil(tasks)
    assert.are.same({ "waiter", "WaiterTimeout", "TasksStopped" }, { err.kind, err.code, err.waiter })
    assert.are.equal("RUNNING", err.last_response[1].lastStatus)
    assert.is_true(took < 3, "took " .. took)
  end)

  it("bad budgets and lists are refused before any call", function()
    local before = #fake.log()
    local _, e1 = jobs.wait_tasks(client("ecs"), { tasks = { "x" }, timeout = -1 })
    assert.matches("timeout: must be a number of seconds", e1.message)
    local _, e2 = jobs.wait_tasks(client("ecs"), { tasks = {} })
    assert.matches("tasks: must be a non%-empty list", e2.message)
    local _, e3 = jobs.wait_tasks(client("ecs"), { tasks = { "x" }, status = "GONE" })
    assert.matches("status: must be RUNNING or STOPPED", e3.message)
    assert.are.equal(before, #fake.log())
  end)
end)

describe("DescribeTasks in chunks of 100", function()
  local arns
  setup(function()
    arns = assert(client("ecs"):all("ListTasks", { cluster = "big", desiredStatus = "STOPPED" }))
  end)

  it("wait_tasks and waitUntil TasksStopped over 250 tasks ask 100, 100 and 50 at a time", function()
    assert.are.equal(250, #arns)
    local before = #fake.requests("DescribeTasks")
    local tasks = assert(jobs.wait_tasks(client("ecs"), { cluster = "big", tasks = arns, delay = 0.1, timeout = 5 }))
    assert.are.equal(250, #tasks)
    for i, t in ipairs(tasks) do assert.are.equal(arns[i], t.taskArn) end
    assert(client("ecs"):waitUntil("TasksStopped", { cluster = "big", tasks = arns }, { delay = 0.1 }))
    local sizes = {}
    for i, r in ipairs(fake.requests("DescribeTasks")) do
      if i > before then sizes[#sizes + 1] = #r.body.tasks end
    end
    assert.are.same({ 100, 100, 50, 100, 100, 50 }, sizes)
  end)

  it("a task the service does not know fails the wait with its ARN", function()
    local list = { arns[1], "arn:aws:ecs:us-east-1:123456789012:task/big/" .. ("0"):rep(32) }
    local _, err = jobs.wait_tasks(client("ecs"), { cluster = "big", tasks = list, delay = 0.1, timeout = 5 })
    assert.are.equal("TaskNotFound", err.code)
    assert.matches(("0"):rep(32), err.message)
  end)
end)

describe("jobs.stop_all (ECS)", function()
  it("a dry run plans and stops nothing; service tasks are left alone, stopped ones reported", function()
    local p = assert(jobs.stop_all(client("ecs"), { cluster = "c", reason = "x", dry_run = true }))
    local by = outcomes(p)
    assert.are.same({ 4, 3, 1 }, { #by.pending, #by.skipped, #by.already_stopped })
    for _, item in ipairs(p.items) do
      if item.outcome == "skipped" then assert.matches("service:web", item.why) end
    end
    assert.are.equal(0, #fake.requests("StopTask"))
  end)

  it("stops the rest with bounded concurrency; a second run finds them all already stopped", function()
    local p = assert(jobs.stop_all(client("ecs"), { cluster = "c", started_by = "cron", reason = "cleanup",
      concurrency = 2 }))
    assert.are.same({ stopped = 4, already_stopped = 1, pending = 0, skipped = 0, not_found = 0, failed = 0 },
      jobs.counts(p))
    local stops = fake.requests("StopTask")
    assert.are.equal(4, #stops)
    for _, r in ipairs(stops) do assert.are.same({ "c", "cleanup" }, { r.body.cluster, r.body.reason }) end
    local again = assert(jobs.stop_all(client("ecs"), { cluster = "c", started_by = "cron", reason = "cleanup" }))
    assert.are.same({ stopped = 0, already_stopped = 5, pending = 0, skipped = 0, not_found = 0, failed = 0 },
      jobs.counts(again))
    assert.are.equal(4, #fake.requests("StopTask"))
  end)

  it("a task gone between the plan and the stop is not found, not failed", function()
    local p = assert(jobs.stop_all(client("ecs"), { cluster = "c", dry_run = true, include_service_tasks = true }))
    local by = outcomes(p)
    assert.are.equal(3, #by.pending)  -- the service's tasks, asked for this time
    for _, item in ipairs(p.items) do
      if item.outcome == "pending" then item.id = item.id:gsub("%x+$", ("f"):rep(32)) break end
    end
    jobs.carry_out(p)
    assert.are.same({ stopped = 2, not_found = 1 }, { stopped = jobs.counts(p).stopped, not_found = jobs.counts(p).not_found })
  end)

  it("refuses family with service_name, and a bad concurrency, before listing", function()
    local before = #fake.log()
    local _, e1 = jobs.stop_all(client("ecs"), { cluster = "c", family = "a", service_name = "b" })
    assert.are.equal("validation", e1.kind)
    local _, e2 = jobs.stop_all(client("ecs"), { cluster = "c", concurrency = 1.5 })
    assert.matches("concurrency: must be a whole number", e2.message)
    assert.are.equal(before, #fake.log())
  end)
end)

describe("jobs for Batch, IoT and SageMaker", function()
  it("run_job submits, follows the job's log stream and gives its container's exit code", function()
    local lines = {}
    local job, code = jobs.run_job(client("batch"), { jobName = "n", jobQueue = "q", jobDefinition = "jd:1" },
      { delay = 0.1, timeout = 10, logs = logs_for, on_log = function(e) lines[#lines + 1] = e.message end })
    assert.is_table(job, tostring(code))
    assert.are.same({ "FAILED", 2 }, { job.status, code })
    assert.are.same({ "b1", "b2" }, lines)
  end)

  it("terminate_all terminates the queue's active jobs; a second run has nothing to do", function()
    local batch = client("batch")
    local p = assert(jobs.terminate_all(batch, { job_queue = "q", reason = "drain", statuses = { "RUNNING", "RUNNABLE" } }))
    local by = outcomes(p)
    table.sort(by.stopped)
    assert.are.same({ "j1", "j2" }, by.stopped)
    local again = assert(jobs.terminate_all(batch, { job_queue = "q", reason = "drain", statuses = { "RUNNING", "RUNNABLE" } }))
    assert.are.equal(0, #again.items)
    local _, err = jobs.terminate_all(batch, { job_queue = "q" })
    assert.matches("reason is required", err.message)
  end)

  it("cancel_all cancels the queued executions, leaves in-progress ones without force, and then with force", function()
    local iot = client("iot")
    local p = assert(jobs.cancel_all(iot, { job_id = "job-1" }))
    local by = outcomes(p)
    table.sort(by.stopped)
    assert.are.same({ { "t1", "t4" }, { "t2" }, { "t3" } }, { by.stopped, by.skipped, by.already_stopped })
    local forced = assert(jobs.cancel_all(iot, { job_id = "job-1", force = true }))
    assert.are.same({ { "t2" }, 3 }, { outcomes(forced).stopped, #outcomes(forced).already_stopped })
    local cancels = fake.requests("CancelJobExecution")
    assert.are.equal("true", cancels[#cancels].query.force)
  end)

  it("stop_pipeline_execution waits for Stopped; one that already ended is a success", function()
    local sm = client("sagemaker")
    local out = assert(jobs.stop_pipeline_execution(sm, { arn = EXECUTION, wait = true, delay = 0.1, timeout = 10 }))
    assert.are.equal("Stopped", out.PipelineExecutionStatus)
    local done = assert(jobs.stop_pipeline_execution(sm, { arn = DONE, wait = true, delay = 0.1, timeout = 10 }))
    assert.are.equal("Succeeded", done.PipelineExecutionStatus)
    local _, err = jobs.stop_pipeline_execution(sm, { arn = DONE .. "-nope", wait = true })
    assert.are.equal("ResourceNotFound", err.code)
  end)
end)

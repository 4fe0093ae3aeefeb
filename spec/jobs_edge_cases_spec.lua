-- Edge cases of the job-control work (issue 11), each a problem a review found in
-- awsjobs.jobs, log_tail and the job-control commands, and passes once it is fixed. Stub
-- clients where only the library's logic matters (a fake clock, no sleeping), and
-- spec/fakes/fake_jobs.py where the requests sent matter.
local awsjobs = require "awsjobs"
local cli_run = require "helpers.cli_run"
local servers = require "helpers.servers"

local jobs = awsjobs.jobs
local KEYS = ("AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s "):format(servers.FAKE_CREDENTIALS.access_key_id,
  servers.FAKE_CREDENTIALS.secret_access_key)
local TASK = "arn:aws:ecs:us-east-1:123456789012:task/c/0123456789abcdef0123456789abcdef"

local SCRIPT = {
  task_definitions = {
    ["web:1"] = { containers = { { name = "app", essential = true } } },
    ["forever:1"] = { containers = { { name = "app", essential = true } } },
    ["other:1"] = { containers = { { name = "app", essential = true } } },
    ["logged:1"] = { containers = {
      { name = "app", essential = true, log = { group = "/ecs/logged", prefix = "ecs", region = "us-east-1" } } } },
  },
  runs = {
    ["web:1"] = { pending = 0.1, running = 0.2, exit_codes = { app = 0 } },
    ["logged:1"] = { pending = 0.1, running = 0.3, exit_codes = { app = 0 }, logs = { app = { "one", "two" } } },
    ["pull:1"] = { pending = 0.3, running = 0.05, stopped_reason = "CannotPullContainerError: pull access denied" },
  },
  tasks = {
    { cluster = "c", task_definition = "forever:1", started_by = "cron", last_status = "RUNNING", count = 2 },
    { cluster = "c", task_definition = "other:1", started_by = "cron", last_status = "RUNNING", count = 1 },
    { cluster = "c", task_definition = "forever:1", last_status = "RUNNING", count = 1 },
  },
  batch = { runs = { ["jd:1"] = { pending = 0.1, running = 0.2, exit_code = 2 } } },
  iot = { jobs = { ["rollout"] = { { thing = "busy", status = "IN_PROGRESS" } } } },
}

local fake

local function client(service)
  return assert(awsjobs.client(service, { region = "us-east-1", endpoint = fake.url, max_attempts = 1,
    credentials = servers.FAKE_CREDENTIALS }))
end


local function cli(words)
  local w = { "--endpoint-url", fake.url }
  for _, x in ipairs(words) do w[#w + 1] = x end
  return cli_run.run(w, KEYS, { timeout = 20 })
end

-- a clock that only moves when slept on
local function clock()
  local t = 0
  return function() return t end, function(s) t = t + s end
end

setup(function() fake = servers.fake_jobs(SCRIPT) end)
teardown(function() if fake then fake.stop() end end)

describe("waiting", function()
  it("the time budget is spent before giving up: --timeout 3 with --delay 10 asks again at 3 s", function()
    -- today the wait gives up right after the first look (0 + 10 > 3) instead of at 3 s
    local polls = 0
    local ecs = { retry = {}, call = function(_, name)
      assert(name == "DescribeTasks")
      polls = polls + 1
      return { tasks = { { taskArn = TASK, lastStatus = polls == 1 and "RUNNING" or "STOPPED" } }, failures = {} }
    end }
    local now, sleep = clock()
    local tasks, err = jobs.wait_tasks(ecs, { tasks = { TASK }, timeout = 3, delay = 10, now = now, sleep = sleep })
    assert.is_table(tasks, err and tostring(err))
    assert.are.equal("STOPPED", tasks[1].lastStatus)
    assert.is_true(now() <= 3, "slept past the budget: " .. now())
  end)

  it("a bad budget is refused before RunTask / SubmitJob start anything", function()
    local runs, submits = #fake.requests("RunTask"), #fake.requests("SubmitJob")
    local tasks, err = jobs.run_and_wait(client("ecs"), { cluster = "r", taskDefinition = "web:1" }, { timeout = 0 })
    assert.is_nil(tasks)
    assert.are.equal("validation", err.kind)
    local job, jerr = jobs.run_job(client("batch"), { jobName = "n", jobQueue = "q", jobDefinition = "jd:1" },
      { delay = -1 })
    assert.is_nil(job)
    assert.are.equal("validation", jerr.kind)
    assert.are.equal(runs, #fake.requests("RunTask"), "a task was started for a wait that could not run")
    assert.are.equal(submits, #fake.requests("SubmitJob"), "a job was submitted for a wait that could not run")
  end)

  it("run-task --wait running: a task that stops first says why (its stop reason) on stderr", function()
    local _, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "pull:1", "--wait", "running",
      "--delay", "0.5" }
    assert.are.equal(255, rc, err)
    assert.matches("CannotPullContainerError", err)
  end)

  it("a bad --query is a usage error before RunTask, not after the whole run", function()
    local runs = #fake.requests("RunTask")
    local _, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "web:1", "--wait", "stopped",
      "--delay", "0.1", "--query", "tasks[0" }
    assert.are.equal(252, rc, err)
    assert.are.equal(runs, #fake.requests("RunTask"), "the task ran although the command line was bad")
  end)

  it("a RunTask answer with neither tasks nor failures is nil, err, not a Lua error", function()
    local ecs = { runTask = function() return { tasks = {}, failures = {} } end }
    local ok, tasks, err = pcall(jobs.run_and_wait, ecs, { taskDefinition = "web:1" }, { delay = 1, timeout = 1 })
    assert.is_true(ok, tostring(tasks))
    assert.is_nil(tasks)
    assert.is_table(err)
  end)
end)

describe("exit codes", function()
  it("an essential container without an exit code makes the task's code nil, even when another exited 0", function()
    local def = { containerDefinitions = { { name = "app", essential = true }, { name = "side", essential = true } } }
    local task = { stoppedReason = "Essential container in task exited", containers = {
      { name = "app", exitCode = 0 }, { name = "side", reason = "CannotStartContainerError: boom" } } }
    local code, why = jobs.task_exit_code(task, def)
    assert.is_nil(code, "exit code " .. tostring(code) .. " for a task whose essential container never ran")
    assert.is_string(why)
  end)
end)

describe("batch exit codes", function()
  it("a SUCCEEDED array (or multi-node) job, whose parent has no container exit code, is 0, not 1", function()
    local code, why = jobs.job_exit_code({ jobId = "a", status = "SUCCEEDED", arrayProperties = { size = 10 } })
    assert.are.equal(0, code, why)
    assert.is_nil(jobs.job_exit_code({ jobId = "b", status = "FAILED", arrayProperties = { size = 10 } }))
  end)
end)

describe("logs", function()
  it("one throttled GetLogEvents (retryable) does not end the logs for the rest of the run", function()
    local calls = 0
    local logs = { getLogEvents = function(_, p)
      calls = calls + 1
      assert(calls < 100, "unbounded GetLogEvents loop")
      if calls == 1 then
        return nil, require("awsjobs.errors").new { kind = "service", code = "ThrottlingException",
          operation = "GetLogEvents", status = 400, retryable = true, message = "Rate exceeded" }
      end
      if p.nextToken == nil then return { events = { { message = "later" } }, nextForwardToken = "f1" } end
      return { events = {}, nextForwardToken = p.nextToken }
    end }
    local tail = require("awsjobs.log_tail").new(logs, "/ecs/g", "p/app/id", "app")
    local now, sleep = clock()
    local looks, lines = 0, {}
    assert(require("awsjobs.jobs.watch").run {
      timeout = 60, delay = 1, now = now, sleep = sleep, what = "x", waiter = "X",
      poll = function() looks = looks + 1 return looks >= 3, looks end,
      tails = function() return { tail } end,
      on_log = function(e) lines[#lines + 1] = e.message end,
      on_log_error = function() end,
    })
    assert.are.same({ "later" }, lines)
  end)

  it("an empty GetLogEvents page with a new token is not the end: the last lines are not lost", function()
    -- botocore's GetLogEvents documentation: empty pages do not mean the end; the end is
    -- the forward token coming back as it was sent
    local pages = {
      [""] = { events = {}, nextForwardToken = "f1" },
      f1 = { events = {}, nextForwardToken = "f2" },
      f2 = { events = { { message = "last 1" }, { message = "last 2" } }, nextForwardToken = "f3" },
    }
    local calls = 0
    local logs = { getLogEvents = function(_, p)
      calls = calls + 1
      assert(calls < 100, "unbounded GetLogEvents loop")
      return pages[p.nextToken or ""] or { events = {}, nextForwardToken = p.nextToken }
    end }
    local tail = require("awsjobs.log_tail").new(logs, "/ecs/g", "p/app/id", "app")
    local now, sleep = clock()
    local lines = {}
    local value = assert(require("awsjobs.jobs.watch").run {
      timeout = 10, delay = 1, now = now, sleep = sleep, what = "x", waiter = "X",
      poll = function() return true, "done" end,          -- the work has ended at the first look
      tails = function() return { tail } end,
      on_log = function(e) lines[#lines + 1] = e.message end,
    })
    assert.are.equal("done", value)
    assert.are.same({ "last 1", "last 2" }, lines)
  end)
end)

describe("--logs in a pipe", function()
  it("log lines reach a piped stdout as they arrive, before the command's last line", function()
    -- CI reads stdout through a pipe: lines held in stdio's buffer show up only at exit.
    -- Order, not time: stderr and stdout share one pipe; the "ended" line is written last.
    local parts = {}
    for i, w in ipairs { "--endpoint-url", fake.url, "ecs", "run-task", "--cluster", "r", "--task-definition",
      "logged:1", "--wait", "stopped", "--logs", "--delay", "0.1" } do parts[i] = cli_run.quote(w) end
    local p = assert(io.popen(("%s %s timeout 20 bin/awsjobs %s </dev/null 2>&1"):format(cli_run.BASE_ENV, KEYS,
      table.concat(parts, " "))))
    local text = p:read("a")
    p:close()
    assert.matches("^awsjobs: started task [^\n]+\none\ntwo\nawsjobs: task %x+ ended with exit code 0\n$", text)
  end)
end)

describe("stop plans", function()
  it("stop_all never sends ListTasks startedBy with another filter (ECS refuses it) and still selects right", function()
    local before = #fake.requests("ListTasks")
    local p = assert(jobs.stop_all(client("ecs"), { cluster = "c", family = "forever", started_by = "cron", dry_run = true }))
    assert.are.equal(2, jobs.counts(p).pending)
    local q = assert(jobs.stop_all(client("ecs"), { cluster = "c", started_by = "cron", dry_run = true }))
    assert.are.equal(3, jobs.counts(q).pending)
    for i, r in ipairs(fake.requests("ListTasks")) do
      if i > before and r.body.startedBy then
        -- botocore: "When you specify startedBy as the filter, it must be the only filter that you use."
        assert.are.same({}, { family = r.body.family, serviceName = r.body.serviceName,
          desiredStatus = r.body.desiredStatus, launchType = r.body.launchType })
      end
    end
  end)

  it("cancel_all: an execution that went IN_PROGRESS before the cancel (no force) is not already stopped", function()
    local p = assert(jobs.cancel_all(client("iot"), { job_id = "rollout", dry_run = true }))
    -- listed while QUEUED, picked up by its device before the cancel: CancelJobExecution
    -- answers InvalidStateTransitionException, and the execution still runs
    p.items[1].outcome = "pending"
    jobs.carry_out(p)
    assert.are_not.equal("already_stopped", p.items[1].outcome)
  end)
end)

describe("batch run-job", function()
  it("SubmitJob's own --timeout (attemptDurationSeconds) still reaches SubmitJob", function()
    local _, err, rc = cli { "batch", "run-job", "--job-name", "n", "--job-queue", "q", "--job-definition", "jd:1",
      "--timeout", "attemptDurationSeconds=60", "--delay", "0.1" }
    assert.are.equal(2, rc, err)
    local submits = fake.requests("SubmitJob")
    local body = submits[#submits] and submits[#submits].body or {}
    assert.are.same({ attemptDurationSeconds = 60 }, body.timeout)
  end)
end)

-- spec/fakes/fake_jobs.py driven by the awsjobs clients: each operation answers as the fake's
-- format says (lifecycles over time, log streams, pagination, limits, errors, signatures), so
-- the job-control specs built on it test awsjobs and not a fake that drifted.
local awsjobs = require "awsjobs"
local servers = require "helpers.servers"
local socket = require "socket"

local ACCOUNT_ARN = "arn:aws:ecs:us%-east%-1:123456789012:"
local EXECUTION = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1"
local DONE = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/done"

local SCRIPT = {
  page_size = 2,
  task_definitions = {
    ["web:1"] = { containers = {
      { name = "app", essential = true, log = { group = "/ecs/web", prefix = "ecs", region = "us-east-1" } },
      { name = "sidecar", essential = false } } },
    ["web:2"] = { containers = { { name = "app", essential = true } } },
    ["forever:1"] = { containers = { { name = "app", essential = true } } },
  },
  runs = {
    ["web:1"] = { pending = 0.3, running = 0.6, exit_codes = { app = 3 },
                  stopped_reason = "Essential container in task exited",
                  logs = { app = { "line 1", "line 2", "line 3" } } },
    ["full:1"] = { failures = { { reason = "RESOURCE:MEMORY" } } },
  },
  tasks = {
    { cluster = "c", task_definition = "web:1", group = "service:web", started_by = "ecs-svc",
      last_status = "RUNNING", count = 3 },
    { cluster = "c", task_definition = "forever:1", started_by = "cron", last_status = "RUNNING", count = 2 },
    { cluster = "c", task_definition = "forever:1", last_status = "STOPPED", count = 1 },
    { cluster = "big", task_definition = "forever:1", last_status = "RUNNING", count = 101 },
  },
  batch = {
    queues = { q = { { job_id = "j1", job_name = "n1", status = "RUNNING" },
                     { job_id = "j2", job_name = "n2", status = "RUNNING" },
                     { job_id = "j3", job_name = "n3", status = "RUNNING" },
                     { job_id = "j4", job_name = "n4", status = "RUNNABLE" } } },
    runs = { ["jd:1"] = { pending = 0.3, running = 0.5, exit_code = 2, logs = { "b1", "b2" } },
             ["ok:1"] = { pending = 0, running = 0.1, exit_code = 0 } },
  },
  iot = { jobs = { ["job-1"] = { { thing = "t1", status = "QUEUED" }, { thing = "t2", status = "IN_PROGRESS" },
                                 { thing = "t3", status = "SUCCEEDED" }, { thing = "t4", status = "QUEUED" },
                                 { thing = "t5", status = "QUEUED" } } } },
  sagemaker = { executions = { [EXECUTION] = { status = "Executing", stopping = 0.3 },
                               [DONE] = { status = "Succeeded" } } },
}

local fake

local function client(service, credentials)
  return assert(awsjobs.client(service, { region = "us-east-1", endpoint = fake.url, max_attempts = 1,
    credentials = credentials or servers.FAKE_CREDENTIALS }))
end

-- Calls fn() every 50 ms until it returns a truthy value or 5 s pass; returns that value.
local function poll(fn)
  local deadline = socket.gettime() + 5
  repeat
    local v = fn()
    if v then return v end
    socket.sleep(0.05)
  until socket.gettime() > deadline
  error("poll: still waiting after 5 s")
end

local function describe_task(ecs, cluster, ref)
  local out = assert(ecs:describeTasks { cluster = cluster, tasks = { ref } })
  return out.tasks[1]
end

local function task_id(arn) return arn:match("/(%x+)$") end

setup(function() fake = servers.fake_jobs(SCRIPT) end)
teardown(function() if fake then fake.stop() end end)

describe("fake_jobs ECS", function()
  it("plays RunTask PENDING -> RUNNING -> STOPPED, with the scripted exit code and stop reason", function()
    local ecs = client("ecs")
    local out = assert(ecs:runTask { cluster = "run", taskDefinition = "web:1", startedBy = "spec" })
    assert.are.same({}, out.failures)
    local task = out.tasks[1]
    assert.matches("^" .. ACCOUNT_ARN .. "task/run/" .. ("%x"):rep(32) .. "$", task.taskArn)
    assert.is_nil(task.taskArn:match("%u"))
    assert.are.equal("arn:aws:ecs:us-east-1:123456789012:cluster/run", task.clusterArn)
    assert.are.equal("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1", task.taskDefinitionArn)
    assert.are.equal("PENDING", task.lastStatus)
    assert.are.equal("RUNNING", task.desiredStatus)
    assert.are.equal("family:web", task.group)
    assert.are.equal("spec", task.startedBy)
    assert.is_number(task.createdAt)
    assert.is_nil(task.startedAt)
    assert.are.same({ "app", "sidecar" }, { task.containers[1].name, task.containers[2].name })

    local seen = { task.lastStatus }
    local final = poll(function()
      local t = describe_task(ecs, "run", task_id(task.taskArn))  -- by id this time
      if t.lastStatus ~= seen[#seen] then seen[#seen + 1] = t.lastStatus end
      if t.lastStatus ~= "STOPPED" then
        assert.is_nil(t.containers[1].exitCode)  -- an exit code only once it stopped
        assert.is_nil(t.stoppedAt)
        assert.are.equal("RUNNING", t.desiredStatus)
      end
      return t.lastStatus == "STOPPED" and t
    end)
    assert.are.same({ "PENDING", "RUNNING", "STOPPED" }, seen)
    assert.are.equal(task.taskArn, final.taskArn)
    assert.are.equal("STOPPED", final.desiredStatus)
    assert.are.equal("EssentialContainerExited", final.stopCode)
    assert.are.equal("Essential container in task exited", final.stoppedReason)
    assert.is_true(final.createdAt <= final.startedAt and final.startedAt <= final.stoppedAt)
    assert.are.equal(3, final.containers[1].exitCode)
    assert.are.equal("STOPPED", final.containers[1].lastStatus)
    assert.is_nil(final.containers[2].exitCode)  -- not scripted: no exit code
    assert.matches("^" .. ACCOUNT_ARN .. "container/run/" .. task_id(task.taskArn) .. "/", final.containers[1].containerArn)
  end)

  it("answers RunTask's scripted failures with no tasks, and an unknown definition with ClientException", function()
    local ecs = client("ecs")
    local out = assert(ecs:runTask { cluster = "full", taskDefinition = "full:1", count = 2 })
    assert.are.same({}, out.tasks)
    assert.are.same({ { arn = "arn:aws:ecs:us-east-1:123456789012:cluster/full", reason = "RESOURCE:MEMORY" } },
      out.failures)
    assert.are.same({}, assert(ecs:listTasks { cluster = "full" }).taskArns)  -- nothing started
    local none, err = ecs:runTask { cluster = "full", taskDefinition = "nope:1" }
    assert.is_nil(none)
    assert.are.equal("service", err.kind)
    assert.are.equal("ClientException", err.code)
    assert.are.equal("Unable to find task definition", err.message)
  end)

  it("starts count tasks with RunTask's group, and takes the cluster as an ARN", function()
    local ecs = client("ecs")
    local out = assert(ecs:runTask { cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/grp",
      taskDefinition = "forever", count = 3, group = "batch-x" })
    assert.are.equal(3, #out.tasks)
    for _, t in ipairs(out.tasks) do
      assert.are.equal("batch-x", t.group)
      assert.matches("task/grp/", t.taskArn)
    end
    local listed = assert(ecs:all("ListTasks", { cluster = "grp" }))
    assert.are.equal(3, #listed)
  end)

  it("describes a task definition by family, family:revision or ARN, with its awslogs options", function()
    local ecs = client("ecs")
    local by_rev = assert(ecs:describeTaskDefinition { taskDefinition = "web:1" }).taskDefinition
    assert.are.equal("web", by_rev.family)
    assert.are.equal(1, by_rev.revision)
    assert.are.same({ logDriver = "awslogs", options = { ["awslogs-group"] = "/ecs/web",
      ["awslogs-stream-prefix"] = "ecs", ["awslogs-region"] = "us-east-1" } },
      by_rev.containerDefinitions[1].logConfiguration)
    assert.is_true(by_rev.containerDefinitions[1].essential)
    assert.is_false(by_rev.containerDefinitions[2].essential)
    assert.is_nil(by_rev.containerDefinitions[2].logConfiguration)
    local by_arn = assert(ecs:describeTaskDefinition { taskDefinition = by_rev.taskDefinitionArn }).taskDefinition
    assert.are.same(by_rev, by_arn)
    local latest = assert(ecs:describeTaskDefinition { taskDefinition = "web" }).taskDefinition
    assert.are.equal(2, latest.revision)
    local none, err = ecs:describeTaskDefinition { taskDefinition = "nope" }
    assert.is_nil(none)
    assert.are.equal("ClientException", err.code)
  end)

  it("lists running tasks in pages of page_size, by family, service name and startedBy", function()
    local ecs = client("ecs")
    local first = assert(ecs:listTasks { cluster = "c" })
    assert.are.equal(2, #first.taskArns)          -- page_size 2 even without maxResults
    assert.is_string(first.nextToken)
    local one = assert(ecs:listTasks { cluster = "c", maxResults = 1 })
    assert.are.equal(1, #one.taskArns)
    assert.are.equal(first.taskArns[1], one.taskArns[1])
    local all = assert(ecs:all("ListTasks", { cluster = "c" }))
    assert.are.equal(5, #all)                      -- 3 service tasks + 2 cron tasks; not the stopped one
    local seen = {}
    for _, arn in ipairs(all) do
      assert.is_nil(seen[arn])
      seen[arn] = true
    end
    assert.are.equal(3, #assert(ecs:all("ListTasks", { cluster = "c", serviceName = "web" })))
    assert.are.equal(3, #assert(ecs:all("ListTasks", { cluster = "c", family = "web" })))
    assert.are.equal(2, #assert(ecs:all("ListTasks", { cluster = "c", startedBy = "cron" })))
    assert.are.equal(0, #assert(ecs:all("ListTasks", { cluster = "c", serviceName = "other" })))
    local stopped = assert(ecs:all("ListTasks", { cluster = "c", desiredStatus = "STOPPED" }))
    assert.are.equal(1, #stopped)
    assert.is_nil(seen[stopped[1]])
    local bad, err = ecs:listTasks { cluster = "c", nextToken = "garbage" }
    assert.is_nil(bad)
    assert.are.equal("InvalidParameterException", err.code)
  end)

  it("describes at most 100 tasks, by ARN or id, with unknown ones as MISSING failures", function()
    local ecs = client("ecs")
    local arns = assert(ecs:all("ListTasks", { cluster = "big" }))
    assert.are.equal(101, #arns)
    local hundred = { table.unpack(arns, 1, 100) }
    local out = assert(ecs:describeTasks { cluster = "big", tasks = hundred })
    assert.are.equal(100, #out.tasks)
    assert.are.same({}, out.failures)
    local too_many, err = ecs:describeTasks { cluster = "big", tasks = arns }
    assert.is_nil(too_many)
    assert.are.equal("InvalidParameterException", err.code)
    assert.are.equal("Tasks cannot be longer than 100", err.message)
    local missing = "arn:aws:ecs:us-east-1:123456789012:task/big/" .. ("0"):rep(32)
    out = assert(ecs:describeTasks { cluster = "big", tasks = { task_id(arns[101]), missing, "feedface" } })
    assert.are.equal(1, #out.tasks)
    assert.are.equal(arns[101], out.tasks[1].taskArn)
    assert.are.same({ { arn = missing, reason = "MISSING" }, { arn = "feedface", reason = "MISSING" } }, out.failures)
    -- a task of another cluster is missing in this one
    out = assert(ecs:describeTasks { cluster = "c", tasks = { arns[1] } })
    assert.are.same({ { arn = arns[1], reason = "MISSING" } }, out.failures)
  end)

  it("stops a task at once, answers a stopped one unchanged, and refuses an unknown one", function()
    local ecs = client("ecs")
    local arn = assert(ecs:listTasks { cluster = "c", startedBy = "cron" }).taskArns[1]
    local out = assert(ecs:stopTask { cluster = "c", task = arn, reason = "spec stop" })
    assert.are.equal("STOPPED", out.task.lastStatus)
    assert.are.equal("STOPPED", out.task.desiredStatus)
    assert.are.equal("UserInitiated", out.task.stopCode)
    assert.are.equal("spec stop", out.task.stoppedReason)
    assert.is_number(out.task.stoppedAt)
    assert.are.same(out.task, describe_task(ecs, "c", arn))
    local again = assert(ecs:stopTask { cluster = "c", task = task_id(arn), reason = "other reason" })
    assert.are.same(out.task, again.task)
    local running = assert(ecs:all("ListTasks", { cluster = "c", startedBy = "cron" }))
    assert.are.equal(1, #running)
    assert.are_not.equal(arn, running[1])
    local stopped = assert(ecs:all("ListTasks", { cluster = "c", startedBy = "cron", desiredStatus = "STOPPED" }))
    assert.are.same({ arn }, stopped)
    local none, err = ecs:stopTask { cluster = "c", task = ("0"):rep(32) }
    assert.is_nil(none)
    assert.are.equal("InvalidParameterException", err.code)
    assert.are.equal("The referenced task was not found.", err.message)
  end)

  it("stops a RunTask task before its time: no exit code from a run that never ended", function()
    local ecs = client("ecs")
    local task = assert(ecs:runTask { cluster = "early", taskDefinition = "web:1" }).tasks[1]
    local out = assert(ecs:stopTask { cluster = "early", task = task.taskArn, reason = "cancelled" })
    assert.are.equal("UserInitiated", out.task.stopCode)
    assert.is_nil(out.task.startedAt)   -- stopped while PENDING
    socket.sleep(0.9)                   -- past the scripted run: it stays as stopped
    local t = describe_task(ecs, "early", task.taskArn)
    assert.are.equal("UserInitiated", t.stopCode)
    assert.are.equal("cancelled", t.stoppedReason)
    assert.is_nil(t.containers[1].exitCode)
    assert.are.equal(out.task.stoppedAt, t.stoppedAt)
    local events, err = client("logs"):getLogEvents { logGroupName = "/ecs/web",
      logStreamName = "ecs/app/" .. task_id(task.taskArn) }
    assert.is_nil(events)
    assert.are.equal("ResourceNotFoundException", err.code)
  end)
end)

describe("fake_jobs CloudWatch Logs", function()
  it("has no stream before the task runs, then the lines in order as their time comes", function()
    local ecs, logs = client("ecs"), client("logs")
    local task = assert(ecs:runTask { cluster = "logs", taskDefinition = "web:1" }).tasks[1]
    local stream = { logGroupName = "/ecs/web", logStreamName = "ecs/app/" .. task_id(task.taskArn),
                     startFromHead = true }
    local none, err = logs:getLogEvents(stream)
    assert.is_nil(none)
    assert.are.equal("ResourceNotFoundException", err.code)
    assert.are.equal("The specified log stream does not exist.", err.message)

    local lines, stamps, token, ended = {}, {}, nil, false
    poll(function()
      local params = { logGroupName = stream.logGroupName, logStreamName = stream.logStreamName,
                       startFromHead = true, nextToken = token }
      local out = logs:getLogEvents(params)
      if out then
        for _, e in ipairs(out.events) do
          lines[#lines + 1] = e.message
          stamps[#stamps + 1] = e.timestamp
        end
        assert.is_string(out.nextForwardToken)
        assert.is_string(out.nextBackwardToken)
        token = out.nextForwardToken
      end
      if ended then return true end
      ended = describe_task(ecs, "logs", task.taskArn).lastStatus == "STOPPED"  -- one more read after
      return false
    end)
    assert.are.same({ "line 1", "line 2", "line 3" }, lines)
    assert.is_true(stamps[1] > 1e12)  -- milliseconds
    assert.is_true(stamps[1] <= stamps[2] and stamps[2] <= stamps[3])
    local final = describe_task(ecs, "logs", task.taskArn)
    assert.is_true(stamps[1] >= math.floor(final.startedAt * 1000))
    assert.is_true(stamps[3] <= math.ceil(final.stoppedAt * 1000))
    -- nothing new: no events, the same forward token
    local again = assert(logs:getLogEvents { logGroupName = stream.logGroupName,
      logStreamName = stream.logStreamName, nextToken = token })
    assert.are.same({}, again.events)
    assert.are.equal(token, again.nextForwardToken)
  end)

  it("caps events with limit, reads forward with its tokens, and from the tail without startFromHead", function()
    local ecs, logs = client("ecs"), client("logs")
    local task = assert(ecs:runTask { cluster = "logs2", taskDefinition = "web:1" }).tasks[1]
    poll(function() return describe_task(ecs, "logs2", task.taskArn).lastStatus == "STOPPED" end)
    local base = { logGroupName = "/ecs/web", logStreamName = "ecs/app/" .. task_id(task.taskArn) }
    local function get(extra)
      local p = { logGroupName = base.logGroupName, logStreamName = base.logStreamName }
      for k, v in pairs(extra) do p[k] = v end
      return assert(logs:getLogEvents(p))
    end
    local p1 = get { startFromHead = true, limit = 2 }
    assert.are.same({ "line 1", "line 2" }, { p1.events[1].message, p1.events[2].message })
    assert.are.equal(2, #p1.events)
    local p2 = get { nextToken = p1.nextForwardToken, limit = 2 }
    assert.are.equal(1, #p2.events)
    assert.are.equal("line 3", p2.events[1].message)
    local tail = get { limit = 1 }
    assert.are.equal(1, #tail.events)
    assert.are.equal("line 3", tail.events[1].message)
    local back = get { nextToken = tail.nextBackwardToken }
    assert.are.same({ "line 1", "line 2" }, { back.events[1].message, back.events[2].message })
    local none, err = logs:getLogEvents { logGroupName = "/ecs/nope", logStreamName = base.logStreamName }
    assert.is_nil(none)
    assert.are.equal("ResourceNotFoundException", err.code)
    none, err = logs:getLogEvents { logGroupName = base.logGroupName, logStreamName = base.logStreamName,
      nextToken = "x/1" }
    assert.is_nil(none)
    assert.are.equal("InvalidParameterException", err.code)
  end)
end)

describe("fake_jobs Batch", function()
  it("plays SubmitJob RUNNABLE -> RUNNING -> FAILED with the exit code, and its log stream", function()
    local batch, logs = client("batch"), client("logs")
    local sub = assert(batch:submitJob { jobName = "spec", jobQueue = "q2", jobDefinition = "jd:1" })
    assert.are.equal("spec", sub.jobName)
    assert.are.equal("arn:aws:batch:us-east-1:123456789012:job/" .. sub.jobId, sub.jobArn)
    local seen, lines = {}, {}
    local final = poll(function()
      local job = assert(batch:describeJobs { jobs = { sub.jobId } }).jobs[1]
      if job.status ~= seen[#seen] then seen[#seen + 1] = job.status end
      return (job.status == "FAILED" or job.status == "SUCCEEDED") and job
    end)
    assert.are.same({ "RUNNABLE", "RUNNING", "FAILED" }, seen)
    assert.are.equal("Essential container in task exited", final.statusReason)
    assert.are.equal(2, final.container.exitCode)
    assert.are.equal("jd/default/" .. sub.jobId, final.container.logStreamName)
    assert.are.equal("arn:aws:batch:us-east-1:123456789012:job-queue/q2", final.jobQueue)
    assert.is_true(final.createdAt > 1e12 and final.createdAt <= final.startedAt and final.startedAt <= final.stoppedAt)
    local out = assert(logs:getLogEvents { logGroupName = "/aws/batch/job",
      logStreamName = final.container.logStreamName, startFromHead = true })
    for _, e in ipairs(out.events) do lines[#lines + 1] = e.message end
    assert.are.same({ "b1", "b2" }, lines)
    local ok = assert(batch:submitJob { jobName = "fine", jobQueue = "q2", jobDefinition = "ok" })
    local done = poll(function()
      local job = assert(batch:describeJobs { jobs = { ok.jobId, "unknown-id" } })
      assert.are.equal(1, #job.jobs)  -- unknown ids are left out
      return job.jobs[1].status == "SUCCEEDED" and job.jobs[1]
    end)
    assert.are.equal(0, done.container.exitCode)
    local none, err = batch:submitJob { jobName = "x", jobQueue = "q2", jobDefinition = "nope:1" }
    assert.is_nil(none)
    assert.are.equal("ClientException", err.code)
  end)

  it("lists a queue's jobs by status in pages, and terminates them", function()
    local batch = client("batch")
    local running = assert(batch:all("ListJobs", { jobQueue = "q" }))  -- jobStatus RUNNING by default
    local ids = {}
    for i, j in ipairs(running) do ids[i] = j.jobId end
    assert.are.same({ "j1", "j2", "j3" }, ids)
    local page = assert(batch:listJobs { jobQueue = "q", jobStatus = "RUNNING" })
    assert.are.equal(2, #page.jobSummaryList)
    assert.is_string(page.nextToken)
    local runnable = assert(batch:listJobs { jobQueue = "arn:aws:batch:us-east-1:123456789012:job-queue/q",
      jobStatus = "RUNNABLE" })
    assert.are.equal("j4", runnable.jobSummaryList[1].jobId)
    assert.are.equal("n4", runnable.jobSummaryList[1].jobName)
    assert.are.same({}, assert(batch:terminateJob { jobId = "j1", reason = "spec terminate" }))
    local job = assert(batch:describeJobs { jobs = { "j1" } }).jobs[1]
    assert.are.equal("FAILED", job.status)
    assert.are.equal("spec terminate", job.statusReason)
    assert.is_number(job.stoppedAt)
    assert.are.equal(2, #assert(batch:all("ListJobs", { jobQueue = "q" })))
    local failed = assert(batch:all("ListJobs", { jobQueue = "q", jobStatus = "FAILED" }))
    assert.are.equal("j1", failed[1].jobId)
    local none, err = batch:terminateJob { jobId = "nope", reason = "x" }
    assert.is_nil(none)
    assert.are.equal("ClientException", err.code)
    assert.are.equal(400, err.status)
  end)
end)

describe("fake_jobs IoT", function()
  it("lists a job's executions by status in pages, and 404s an unknown job", function()
    local iot = client("iot")
    local all = assert(iot:all("ListJobExecutionsForJob", { jobId = "job-1" }))
    assert.are.equal(5, #all)
    assert.are.equal("arn:aws:iot:us-east-1:123456789012:thing/t1", all[1].thingArn)
    assert.are.equal("QUEUED", all[1].jobExecutionSummary.status)
    assert.are.equal(1, all[1].jobExecutionSummary.executionNumber)
    assert.is_number(all[1].jobExecutionSummary.queuedAt)
    local page = assert(iot:listJobExecutionsForJob { jobId = "job-1", maxResults = 1 })
    assert.are.equal(1, #page.executionSummaries)
    assert.is_string(page.nextToken)
    local queued = assert(iot:all("ListJobExecutionsForJob", { jobId = "job-1", status = "QUEUED" }))
    assert.are.equal(3, #queued)
    local none, err = iot:listJobExecutionsForJob { jobId = "nojob" }
    assert.is_nil(none)
    assert.are.equal("ResourceNotFoundException", err.code)
    assert.are.equal(404, err.status)
  end)

  it("cancels QUEUED, IN_PROGRESS only with force, and refuses ended or unknown executions", function()
    local iot = client("iot")
    assert.is_table(assert(iot:cancelJobExecution { jobId = "job-1", thingName = "t1" }))
    local none, err = iot:cancelJobExecution { jobId = "job-1", thingName = "t2", force = false }
    assert.is_nil(none)
    assert.are.equal("InvalidStateTransitionException", err.code)
    assert.are.equal(409, err.status)
    assert(iot:cancelJobExecution { jobId = "job-1", thingName = "t2", force = true })
    for _, thing in ipairs { "t1", "t3" } do  -- now CANCELED, and SUCCEEDED from the start
      none, err = iot:cancelJobExecution { jobId = "job-1", thingName = thing, force = true }
      assert.is_nil(none)
      assert.are.equal("InvalidStateTransitionException", err.code)
    end
    none, err = iot:cancelJobExecution { jobId = "job-1", thingName = "t9" }
    assert.is_nil(none)
    assert.are.equal("ResourceNotFoundException", err.code)
    assert.are.equal(404, err.status)
    none, err = iot:cancelJobExecution { jobId = "job-1", thingName = "t4", expectedVersion = 7 }
    assert.is_nil(none)
    assert.are.equal("VersionConflictException", err.code)
    local canceled = assert(iot:all("ListJobExecutionsForJob", { jobId = "job-1", status = "CANCELED" }))
    assert.are.equal(2, #canceled)
    local forced
    for _, entry in ipairs(fake.log()) do
      if entry.operation == "CancelJobExecution" and entry.path == "/things/t2/jobs/job-1/cancel" then
        forced = forced or {}
        forced[#forced + 1] = entry.query.force
      end
    end
    assert.are.same({ "false", "true" }, forced)  -- force travels in the query string
  end)
end)

describe("fake_jobs SageMaker", function()
  it("stops an execution through Stopping to Stopped, idempotently, and refuses a finished one", function()
    local sm = client("sagemaker")
    local out = assert(sm:stopPipelineExecution { PipelineExecutionArn = EXECUTION })
    assert.are.equal(EXECUTION, out.PipelineExecutionArn)
    local d = assert(sm:describePipelineExecution { PipelineExecutionArn = EXECUTION })
    assert.are.equal("Stopping", d.PipelineExecutionStatus)
    assert.are.equal("arn:aws:sagemaker:us-east-1:123456789012:pipeline/p", d.PipelineArn)
    assert(sm:stopPipelineExecution { PipelineExecutionArn = EXECUTION })  -- Stopping: same answer
    poll(function()
      return assert(sm:describePipelineExecution { PipelineExecutionArn = EXECUTION })
        .PipelineExecutionStatus == "Stopped"
    end)
    for _, arn in ipairs { EXECUTION, DONE } do
      local none, err = sm:stopPipelineExecution { PipelineExecutionArn = arn }
      assert.is_nil(none)
      assert.are.equal("ConflictException", err.code)
      assert.matches("is not in a stoppable state", err.message, 1, true)
    end
    local none, err = sm:stopPipelineExecution { PipelineExecutionArn = EXECUTION .. "x" }
    assert.is_nil(none)
    assert.are.equal("ResourceNotFound", err.code)
    none, err = sm:describePipelineExecution { PipelineExecutionArn = EXECUTION .. "x" }
    assert.is_nil(none)
    assert.are.equal("ResourceNotFound", err.code)
  end)
end)

describe("fake_jobs requests", function()
  it("answers a bad signature with 403 InvalidSignatureException and logs it as invalid", function()
    local bad = client("ecs", { access_key_id = "AKIDFAKE", secret_access_key = "not-the-secret" })
    local none, err = bad:listTasks { cluster = "sig" }
    assert.is_nil(none)
    assert.are.equal("InvalidSignatureException", err.code)
    assert.are.equal(403, err.status)
    local entry = fake.log()[#fake.log()]
    assert.are.same({ service = "ecs", operation = "ListTasks", body = { cluster = "sig" } },
      { service = entry.service, operation = entry.operation, body = entry.body })
    assert.is_false(entry.signature_valid)
    assert(client("ecs"):listTasks { cluster = "sig" })
    entry = fake.log()[#fake.log()]
    assert.is_true(entry.signature_valid)
  end)

  it("refuses a request signed for another service", function()
    local req = assert(client("ecs"):prepare("ListTasks", { cluster = "sig" }))
    local headers = {}
    for k, v in pairs(req.headers) do
      if k ~= "Authorization" and k ~= "X-Amz-Date" then headers[k] = v end
    end
    local signed = assert(awsjobs.sign({ method = "POST", url = req.url, headers = headers, body = req.body },
      { region = "us-east-1", service = "batch", credentials = servers.FAKE_CREDENTIALS }))
    local http = require "socket.http"
    local ltn12 = require "ltn12"
    local chunks = {}
    local _, status = http.request { url = req.url, method = "POST", headers = signed,
      source = ltn12.source.string(req.body), sink = ltn12.sink.table(chunks) }
    assert.are.equal(403, status)
    assert.matches("signed for batch, not ecs", table.concat(chunks), 1, true)
    assert.is_false(fake.log()[#fake.log()].signature_valid)
  end)

  it("answers an operation it does not play with UnknownOperationException", function()
    local none, err = client("ecs"):listClusters {}
    assert.is_nil(none)
    assert.are.equal("UnknownOperationException", err.code)
    none, err = client("batch"):describeJobQueues {}
    assert.is_nil(none)
    assert.are.equal("UnknownOperationException", err.code)
  end)
end)

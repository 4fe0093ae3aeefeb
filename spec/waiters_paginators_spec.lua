-- Waiters and paginators: against moto_server where it has the states, and against the
-- scripted fake for sequences moto cannot produce.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local jmespath = require "awsjobs.jmespath"
local servers = require "helpers.servers"
local setup = require "emulator_fixtures"

local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
local ARN = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/train/execution/abc"

local function reply(t, headers) return { status = 200, headers = headers or JSON, body = cjson.encode(t) } end

local function fake_client(service, fake)
  return assert(awsjobs.client(service, { region = "us-east-1", endpoint = fake.url,
    credentials = servers.FAKE_CREDENTIALS, max_attempts = 1 }))
end

local function recorder()
  local slept = {}
  return slept, function(s) slept[#slept + 1] = s end
end

describe("waiters against a scripted fake", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("PipelineExecutionComplete polls until Succeeded, reporting each attempt", function()
    fake = servers.fake {
      reply { PipelineExecutionStatus = "Executing" }, reply { PipelineExecutionStatus = "Executing" },
      reply { PipelineExecutionStatus = "Succeeded", PipelineExecutionArn = ARN },
    }
    local slept, sleep = recorder()
    local seen = {}
    local out, err = fake_client("sagemaker", fake):waitUntil("PipelineExecutionComplete",
      { PipelineExecutionArn = ARN }, { delay = 2, sleep = sleep,
        on_attempt = function(n, o) seen[n] = o.PipelineExecutionStatus end })
    assert.is_table(out, err and tostring(err))
    assert.are.equal("Succeeded", out.PipelineExecutionStatus)
    assert.are.same({ "Executing", "Executing", "Succeeded" }, seen)
    assert.are.same({ 2, 2 }, slept)
    assert.are.equal(3, #fake.requests())
  end)

  it("stops with a waiter error when a failure state matches", function()
    fake = servers.fake { reply { PipelineExecutionStatus = "Executing" }, reply { PipelineExecutionStatus = "Stopped" } }
    local _, sleep = recorder()
    local out, err = fake_client("sagemaker", fake):waitUntil("PipelineExecutionComplete",
      { PipelineExecutionArn = ARN }, { sleep = sleep })
    assert.is_nil(out)
    assert.are.same({ "waiter", "WaiterFailure", 2, "PipelineExecutionComplete" },
      { err.kind, err.code, err.attempts, err.waiter })
    assert.are.equal("Stopped", err.last_response.PipelineExecutionStatus)
  end)

  it("gives up after max_attempts and within max_wait", function()
    fake = servers.fake { reply { PipelineExecutionStatus = "Executing" } }
    local slept, sleep = recorder()
    local c = fake_client("sagemaker", fake)
    local _, err = c:waitUntil("PipelineExecutionComplete", { PipelineExecutionArn = ARN },
      { max_attempts = 4, delay = 1, sleep = sleep })
    assert.are.same({ "WaiterMaxAttempts", 4 }, { err.code, err.attempts })
    assert.are.equal(3, #slept)
    local clock = 0
    _, err = c:waitUntil("PipelineExecutionComplete", { PipelineExecutionArn = ARN },
      { delay = 10, max_wait = 25, sleep = function(s) clock = clock + s end, now = function() return clock end })
    assert.are.same({ "WaiterTimeout", 3 }, { err.code, err.attempts })  -- a 4th poll would come at 30 s
  end)

  it("treats an error no acceptor expects as the end, and an expected one as its state", function()
    fake = servers.fake { { status = 400, headers = JSON,
      body = cjson.encode { __type = "AccessDeniedException", message = "no" } } }
    local _, err = fake_client("sagemaker", fake):waitUntil("PipelineExecutionComplete",
      { PipelineExecutionArn = ARN }, { sleep = function() end })
    assert.are.same({ "WaiterUnexpectedError", "AccessDeniedException" }, { err.code, err.last_error.code })
    fake.stop()
    fake = servers.fake { { status = 400, headers = JSON,
      body = cjson.encode { __type = "ResourceNotFound", message = "gone" } } }
    _, err = fake_client("sagemaker", fake):waitUntil("PipelineExecutionComplete",
      { PipelineExecutionArn = ARN }, { sleep = function() end })
    assert.are.equal("WaiterFailure", err.code)
  end)

  it("Batch JobComplete: SUCCEEDED is success, FAILED failure, an unknown job failure", function()
    local rj = { ["Content-Type"] = "application/json" }
    fake = servers.fake { reply({ jobs = { { status = "RUNNING" } } }, rj), reply({ jobs = { { status = "SUCCEEDED" } } }, rj) }
    local out = assert(fake_client("batch", fake):waitUntil("JobComplete", { jobs = { "j1" } },
      { sleep = function() end }))
    assert.are.equal("SUCCEEDED", out.jobs[1].status)
    fake.stop()
    fake = servers.fake { reply({ jobs = { { status = "FAILED", statusReason = "exit 1" } } }, rj) }
    local _, err = fake_client("batch", fake):waitUntil("JobComplete", { jobs = { "j1" } }, { sleep = function() end })
    assert.are.equal("exit 1", err.last_response.jobs[1].statusReason)
    fake.stop()
    fake = servers.fake { reply({ jobs = {} }, rj) }
    _, err = fake_client("batch", fake):waitUntil("JobComplete", { jobs = { "nope" } }, { sleep = function() end })
    assert.are.equal("WaiterFailure", err.code)
  end)

  it("ECS TasksRunning succeeds when every task is RUNNING, and fails on a MISSING one", function()
    fake = servers.fake {
      reply { tasks = { { lastStatus = "PENDING" }, { lastStatus = "RUNNING" } }, failures = {} },
      reply { tasks = { { lastStatus = "RUNNING" }, { lastStatus = "RUNNING" } }, failures = {} },
    }
    local out = assert(fake_client("ecs", fake):waitUntil("TasksRunning", { tasks = { "a", "b" } },
      { sleep = function() end }))
    assert.are.equal(2, #out.tasks)
    fake.stop()
    fake = servers.fake { reply { tasks = {}, failures = { { arn = "a", reason = "MISSING" } } } }
    local _, err = fake_client("ecs", fake):waitUntil("TasksRunning", { tasks = { "a" } }, { sleep = function() end })
    assert.are.equal("WaiterFailure", err.code)
  end)

  it("rejects an unknown waiter name with a hint", function()
    fake = servers.fake { reply {} }
    local out, err = fake_client("ecs", fake):waitUntil("TaskStopped", {})
    assert.is_nil(out)
    assert.matches("unknown waiter TaskStopped %(did you mean TasksStopped%?%)", err.message)
  end)
end)

describe("waiters against moto_server", function()
  local moto, ecs, iot
  lazy_setup(function()
    moto = servers.moto()
    local opts = { region = "us-east-1", endpoint = moto.url, credentials = setup.CREDENTIALS, max_attempts = 1 }
    ecs = assert(awsjobs.ecs(opts))
    iot = assert(awsjobs.iot(opts))
  end)
  lazy_teardown(function() moto.stop() end)

  -- moto moves a task one state on at every DescribeTasks (DEACTIVATING, STOPPING, ...,
  -- STOPPED), so it never shows TasksRunning succeed; the fake spec below does.
  it("ECS TasksStopped after StopTask, and TasksRunning failing on a stopped task", function()
    assert(ecs:createCluster { clusterName = "w" })
    assert(ecs:registerTaskDefinition { family = "t", containerDefinitions = { { name = "c", image = "i", memory = 64 } } })
    local run = assert(ecs:runTask { cluster = "w", taskDefinition = "t", launchType = "FARGATE",
      networkConfiguration = { awsvpcConfiguration = { subnets = { "subnet-1" } } } })
    local arn = run.tasks[1].taskArn
    local params = { cluster = "w", tasks = { arn } }
    assert(ecs:stopTask { cluster = "w", task = arn, reason = "waiter spec" })
    local statuses = {}
    local out, err = ecs:waitUntil("TasksStopped", params, { sleep = function() end,
      on_attempt = function(n, o) statuses[n] = o.tasks[1].lastStatus end })
    assert.is_table(out, err and tostring(err))
    assert.are.equal("STOPPED", out.tasks[1].lastStatus)
    assert.are.equal("STOPPED", statuses[#statuses])
    out, err = ecs:waitUntil("TasksRunning", params, { sleep = function() end })
    assert.is_nil(out)
    assert.are.equal("WaiterFailure", err.code)
    assert.are.equal("STOPPED", err.last_response.tasks[1].lastStatus)
  end)

  it("IoT JobExecutionTerminal after the execution is canceled", function()
    local thing = assert(iot:createThing { thingName = "w-thing" })
    assert(iot:createJob { jobId = "w-job", targets = { thing.thingArn }, document = "{}" })
    local params = { jobId = "w-job", thingName = "w-thing" }
    local _, err = iot:waitUntil("JobExecutionTerminal", params, { max_attempts = 2, sleep = function() end })
    assert.are.equal("WaiterMaxAttempts", err.code)  -- still QUEUED
    assert(iot:cancelJobExecution { jobId = "w-job", thingName = "w-thing", force = true })
    local out = assert(iot:waitUntil("JobExecutionTerminal", params, { sleep = function() end }))
    assert.are.equal("CANCELED", out.execution.status)
    _, err = iot:waitUntil("JobExecutionSucceeded", params, { sleep = function() end })
    assert.are.equal("WaiterFailure", err.code)
  end)
end)

describe("paginators", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("walks every page of an awsJson listing, passing the token on", function()
    fake = servers.fake { reply { taskArns = { "a", "b" }, nextToken = "t1" }, reply { taskArns = { "c" }, nextToken = "t2" },
      reply { taskArns = { "d" } } }
    local ecs = fake_client("ecs", fake)
    local pages = {}
    for page, err in ecs:pages("ListTasks", { cluster = "c1", maxResults = 2 }) do
      assert.is_table(page, err and tostring(err))
      pages[#pages + 1] = #page.taskArns
    end
    assert.are.same({ 2, 1, 1 }, pages)
    local bodies = {}
    for i, r in ipairs(fake.requests()) do bodies[i] = cjson.decode(r.body) end
    assert.is_nil(bodies[1].nextToken)
    assert.are.same({ "t1", "t2" }, { bodies[2].nextToken, bodies[3].nextToken })
    assert.are.same({ "c1", 2 }, { bodies[3].cluster, bodies[3].maxResults })
  end)

  it("all() joins the result lists", function()
    fake = servers.fake { reply { taskArns = { "a", "b" }, nextToken = "t1" }, reply { taskArns = { "c" } } }
    assert.are.same({ "a", "b", "c" }, assert(fake_client("ecs", fake):all("ListTasks", { cluster = "c1" })))
  end)

  it("passes a restJson1 token in the query string", function()
    local rj = { ["Content-Type"] = "application/json" }
    fake = servers.fake { reply({ executionSummaries = { { jobId = "1" } }, nextToken = "n/1" }, rj),
      reply({ executionSummaries = { { jobId = "2" } } }, rj) }
    local all = assert(fake_client("iot", fake):all("ListJobExecutionsForThing", { thingName = "t" }))
    assert.are.equal(2, #all)
    assert.matches("nextToken=n%%2F1", fake.requests()[2].query)
  end)

  it("stops with an error when a token comes back again", function()
    fake = servers.fake { reply { taskArns = { "a" }, nextToken = "same" }, reply { taskArns = { "b" }, nextToken = "same" } }
    local ecs = fake_client("ecs", fake)
    local n, last_err = 0, nil
    for page, err in ecs:pages("ListTasks", {}) do
      if page then n = n + 1 else last_err = err end
    end
    assert.are.equal(2, n)
    assert.are.equal("RepeatedPaginationToken", last_err.code)
    assert.are.equal(2, #fake.requests())
    local items, err = ecs:all("ListTasks", {})
    assert.is_nil(items)
    assert.are.equal("RepeatedPaginationToken", err.code)
  end)

  it("hands a failed page to the loop, then ends", function()
    fake = servers.fake { { status = 400, headers = JSON, body = cjson.encode { __type = "ClientException", message = "x" } } }
    local got = {}
    for page, err in fake_client("ecs", fake):pages("ListTasks", {}) do got[#got + 1] = { page, err.code } end
    assert.are.same({ { false, "ClientException" } }, got)
  end)

  it("reports an operation without a paginator", function()
    fake = servers.fake { reply {} }
    local items, err = fake_client("ecs", fake):all("StopTask", {})
    assert.is_nil(items)
    assert.matches("StopTask has no paginator", err.message)
  end)
end)

describe("every paginator of the four models", function()
  for _, service in ipairs { "ecs", "batch", "iot", "sagemaker" } do
    it(service .. ": tokens, limit and result keys name real members", function()
      local c = assert(awsjobs.client(service, { region = "us-east-1", credentials = servers.FAKE_CREDENTIALS }))
      local model, n = c.model, 0
      for op_name, p in pairs(model.paginators) do
        n = n + 1
        local op = assert(model.operations[op_name], op_name)
        local input = model.shapes[op.input].members
        local output = model.shapes[op.output].members
        assert.is_table(input[p.input_token], op_name .. " input_token")
        assert.is_table(output[p.output_token], op_name .. " output_token")
        if p.limit_key then assert.is_table(input[p.limit_key], op_name .. " limit_key") end
        local keys = type(p.result_key) == "table" and p.result_key or { p.result_key }
        for _, k in ipairs(keys) do
          assert.is_not_nil(jmespath.compile(k), op_name .. " " .. k)
          assert.is_table(output[k:match("^[%w_]+")], op_name .. " result_key " .. k)
        end
      end
      assert.is_true(n > 0)
    end)
  end
end)

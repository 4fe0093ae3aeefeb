-- Many calls at once from plain Lua (awsjobs.map over libcurl's multi interface), and the
-- job-control helpers built on it.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local core = require "awsjobs.core"
local servers = require "helpers.servers"
local setup = require "emulator_fixtures"

local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
local ECHO = '{"task":{"taskArn":"{{task}}","lastStatus":"STOPPED","stoppedReason":"{{reason}}"}}'

local function ecs_on(fake, extra)
  local opts = { region = "us-east-1", endpoint = fake.url, credentials = servers.FAKE_CREDENTIALS }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.ecs(opts))
end

local function arns(n)
  local t = {}
  for i = 1, n do t[i] = "arn:aws:ecs:us-east-1:123456789012:task/c/" .. i end
  return t
end

describe("awsjobs.map", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("runs calls concurrently and returns results in input order", function()
    fake = servers.fake { { delay = 0.5, status = 200, headers = JSON, template = ECHO } }
    local ecs, list = ecs_on(fake), arns(16)
    local started = core.monotonic()
    local outs, errs = awsjobs.map(list, function(arn, i)
      return ecs:stopTask { task = arn, reason = "item " .. i }
    end, { concurrency = 8 })
    local elapsed = core.monotonic() - started
    for i, arn in ipairs(list) do
      assert.is_nil(errs[i])
      assert.are.same({ arn, "item " .. i }, { outs[i].task.taskArn, outs[i].task.stoppedReason })
    end
    assert.are.equal(16, #fake.requests())
    for _, r in ipairs(fake.requests()) do assert.is_true(r.signature.valid) end
    -- 16 half-second calls, 8 at a time: two rounds, not sixteen
    assert.is_true(elapsed < 2.5, ("took %.2f s"):format(elapsed))
  end)

  it("keeps one item's failure, or Lua error, to that item", function()
    fake = servers.fake { { status = 200, headers = JSON, template = ECHO } }
    local ecs = ecs_on(fake)
    local items = { "ok-1", "bad", "ok-2", "boom", "ok-3" }
    local outs, errs = awsjobs.map(items, function(item)
      if item == "boom" then error("fn failed on purpose") end
      if item == "bad" then return ecs:stopTask { task = item, reson = "typo" } end
      return ecs:stopTask { task = item }
    end, { concurrency = 3 })
    assert.are.same({ "ok-1", "ok-2", "ok-3" }, { outs[1].task.taskArn, outs[3].task.taskArn, outs[5].task.taskArn })
    assert.are.same({ false, "validation" }, { outs[2], errs[2].kind })
    assert.are.same({ false, "error", "LuaError" }, { outs[4], errs[4].kind, errs[4].code })
    assert.matches("fn failed on purpose", errs[4].message)
    assert.is_nil(errs[1])
  end)

  it("retries throttled calls inside, sleeping without blocking the others", function()
    fake = servers.fake {
      { status = 400, headers = JSON, body = cjson.encode { __type = "ThrottlingException", message = "slow down" } },
      { status = 400, headers = JSON, body = cjson.encode { __type = "ThrottlingException", message = "slow down" } },
      { status = 200, headers = JSON, template = ECHO },
    }
    local ecs = ecs_on(fake, { retry = { base_delay = 0.2, random = function() return 1 end } })
    local list = arns(6)
    local outs, errs = awsjobs.map(list, function(arn) return ecs:stopTask { task = arn } end, { concurrency = 6 })
    for i = 1, 6 do assert.is_table(outs[i], errs[i] and tostring(errs[i])) end
    assert.are.equal(8, #fake.requests())            -- two throttled, then all through
    assert.are.equal(500 - 10 + 10, ecs.retry.quota)  -- two retries drew 5 each; paid back
  end)

  it("behaves as a plain loop with concurrency 1 and with an empty list", function()
    fake = servers.fake { { status = 200, headers = JSON, template = ECHO } }
    local ecs = ecs_on(fake)
    local outs = awsjobs.map({ "a", "b" }, function(t) return ecs:stopTask { task = t } end, { concurrency = 1 })
    assert.are.same({ "a", "b" }, { outs[1].task.taskArn, outs[2].task.taskArn })
    local none, nerrs = awsjobs.map({}, function() error("never") end)
    assert.are.same({}, none)
    assert.are.same({}, nerrs)
  end)

  it("fails only the item whose fn yields to someone else, and runs the rest", function()
    fake = servers.fake { { status = 200, headers = JSON, template = ECHO } }
    local ecs = ecs_on(fake)
    local items = { "a", "yield", "b", "c", "d" }
    -- concurrency 1: the item after the stray yield must still get a worker
    local outs, errs = awsjobs.map(items, function(item)
      if item == "yield" then coroutine.yield("not awsjobs") end
      return ecs:stopTask { task = item }
    end, { concurrency = 1 })
    assert.are.same({ "a", "b", "c", "d" },
      { outs[1].task.taskArn, outs[3].task.taskArn, outs[4].task.taskArn, outs[5].task.taskArn })
    assert.are.same({ false, "LuaError" }, { outs[2], errs[2].code })
    assert.matches("yielded outside awsjobs", errs[2].message)
    assert.are.equal(4, #fake.requests())
  end)

  it("rejects bad arguments as programming errors", function()
    assert.has_error(function() awsjobs.map("x", function() end) end)
    assert.has_error(function() awsjobs.map({}, "f") end)
    assert.has_error(function() awsjobs.map({ 1 }, function() end, { concurrency = "8" }) end)
  end)

  it("refuses a concurrency that is not a whole number of at least 1, before running fn", function()
    for _, bad in ipairs { 0, -1, 0 / 0, 1.5, math.huge } do
      local ran = false
      local outs, err = awsjobs.map({ 1, 2 }, function() ran = true end, { concurrency = bad })
      assert.is_nil(outs)
      assert.are.equal("validation", err.kind)
      assert.matches("opts.concurrency: must be a whole number of at least 1", err.message, 1, true)
      assert.is_false(ran)
    end
  end)
end)

describe("job-control helpers against moto_server", function()
  local moto, opts
  lazy_setup(function()
    moto = servers.moto()
    opts = { region = "us-east-1", endpoint = moto.url, credentials = setup.CREDENTIALS, max_attempts = 1 }
  end)
  lazy_teardown(function() moto.stop() end)

  -- items of a plan by outcome
  local function by_outcome(p)
    local out = {}
    for _, item in ipairs(p.items) do
      out[item.outcome] = out[item.outcome] or {}
      table.insert(out[item.outcome], item)
    end
    return out
  end

  it("stop_all stops the cluster's tasks that match, and a second run finds them stopped", function()
    local ecs = assert(awsjobs.ecs(opts))
    assert(ecs:createCluster { clusterName = "batchy" })
    assert(ecs:registerTaskDefinition { family = "worker", containerDefinitions = { { name = "w", image = "i", memory = 64 } } })
    local net = { awsvpcConfiguration = { subnets = { "subnet-1" } } }
    for _ = 1, 5 do
      assert(ecs:runTask { cluster = "batchy", taskDefinition = "worker", startedBy = "nightly",
        launchType = "FARGATE", networkConfiguration = net })
    end
    assert(ecs:runTask { cluster = "batchy", taskDefinition = "worker", startedBy = "someone-else",
      launchType = "FARGATE", networkConfiguration = net })
    local p, err = awsjobs.jobs.stop_all(ecs, { cluster = "batchy", started_by = "nightly",
      reason = "cleanup", concurrency = 4 })
    assert.is_table(p, err and tostring(err))
    local got = by_outcome(p)
    assert.are.equal(5, #got.stopped)
    assert.are.equal(5, #p.items)
    for _, item in ipairs(got.stopped) do
      assert.is_nil(item.err)
      assert.are.same({ item.id, "STOPPED", "cleanup" },
        { item.result.task.taskArn, item.result.task.lastStatus, item.result.task.stoppedReason })
    end
    local again = assert(awsjobs.jobs.stop_all(ecs, { cluster = "batchy", started_by = "nightly", reason = "cleanup" }))
    assert.are.same({ already_stopped = 5, stopped = 0, pending = 0, failed = 0, not_found = 0, skipped = 0 },
      awsjobs.jobs.counts(again))
    local _, bad = awsjobs.jobs.stop_all(ecs, { cluster = "batchy", family = "a", service_name = "b" })
    assert.are.equal("validation", bad.kind)
    local _, badc = awsjobs.jobs.stop_all(ecs, { cluster = "batchy", concurrency = 0 })
    assert.matches("concurrency: must be a whole number", badc.message)
  end)

  it("terminate_all terminates the queue's jobs in the given states", function()
    local batch = assert(awsjobs.batch(opts))
    local role = setup.create_role(moto.url, "helper-role")
    local ce = assert(batch:createComputeEnvironment { computeEnvironmentName = "helper-ce", type = "UNMANAGED",
      serviceRole = role })
    assert(batch:createJobQueue { jobQueueName = "helper-q", state = "ENABLED", priority = 1,
      computeEnvironmentOrder = { { order = 1, computeEnvironment = ce.computeEnvironmentArn } } })
    assert(batch:registerJobDefinition { jobDefinitionName = "helper-def", type = "container",
      containerProperties = { image = "busybox", vcpus = 1, memory = 128, command = { "sleep", "600" } } })
    local ids = {}
    for i = 1, 4 do ids[i] = assert(batch:submitJob { jobName = "j" .. i, jobQueue = "helper-q",
      jobDefinition = "helper-def" }).jobId end
    -- moto races its jobs (it cannot run them) from SUBMITTED to FAILED, so FAILED is listed
    -- too: every job must be found, once, whichever state moto has put it in
    local p, err = awsjobs.jobs.terminate_all(batch, { job_queue = "helper-q", reason = "drain",
      statuses = { "SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "FAILED" } })
    assert.is_table(p, err and tostring(err))
    local found = {}
    for _, item in ipairs(p.items) do
      assert.is_nil(found[item.id])
      assert.is_nil(item.err)
      assert.are.equal("stopped", item.outcome)
      found[item.id] = true
    end
    for _, id in ipairs(ids) do assert.is_true(found[id], id) end
    local d = assert(batch:describeJobs { jobs = ids })
    for _, job in ipairs(d.jobs) do assert.are.equal("drain", job.statusReason) end
    local _, bad = awsjobs.jobs.terminate_all(batch, { job_queue = "helper-q" })
    assert.matches("reason is required", bad.message)
  end)

  it("cancel_all cancels every queued execution of a job, and a second run finds them ended", function()
    local iot = assert(awsjobs.iot(opts))
    local targets = {}
    for i = 1, 4 do targets[i] = assert(iot:createThing { thingName = "dev-" .. i }).thingArn end
    assert(iot:createJob { jobId = "rollout", targets = targets, document = "{}" })
    local p, err = awsjobs.jobs.cancel_all(iot, { job_id = "rollout", concurrency = 2 })
    assert.is_table(p, err and tostring(err))
    assert.are.equal(4, #p.items)
    for _, item in ipairs(p.items) do
      assert.is_nil(item.err)
      assert.are.equal("stopped", item.outcome)
      local ex = assert(iot:describeJobExecution { jobId = "rollout", thingName = item.id })
      assert.are.equal("CANCELED", ex.execution.status)
    end
    local again = assert(awsjobs.jobs.cancel_all(iot, { job_id = "rollout" }))
    assert.are.equal(4, awsjobs.jobs.counts(again).already_stopped)
  end)
end)

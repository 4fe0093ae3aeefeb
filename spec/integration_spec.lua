-- Whole calls against real servers on 127.0.0.1: moto_server for ECS, Batch, IoT and the
-- SageMaker operations moto has, and a scripted fake (which checks every signature with
-- botocore's signer) for the SageMaker operations moto lacks.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local servers = require "helpers.servers"
local setup = require "emulator_fixtures"

local moto

local function client(service)
  return assert(awsjobs.client(service, { region = setup.REGION, endpoint = moto.url,
    credentials = setup.CREDENTIALS, max_attempts = 1 }))
end

local function must(out, err)
  assert(out, err and tostring(err))
  return out
end

describe("against moto_server", function()
  lazy_setup(function() moto = servers.moto() end)
  lazy_teardown(function() if moto then moto.stop() end end)

  describe("ECS", function()
    local ecs, arn, instance_arn

    lazy_setup(function()
      ecs = client("ecs")
      must(ecs:createCluster { clusterName = "jobs" })
      must(ecs:registerTaskDefinition { family = "sleeper",
        containerDefinitions = { { name = "main", image = "busybox", memory = 128 } } })
      local ci = must(ecs:registerContainerInstance { cluster = "jobs",
        instanceIdentityDocument = setup.identity_document(setup.run_instance(moto.url)) })
      instance_arn = ci.containerInstance.containerInstanceArn
    end)

    it("RunTask starts a task", function()
      local out = must(ecs:runTask { cluster = "jobs", taskDefinition = "sleeper", startedBy = "awsjobs-spec" })
      assert.are.equal(1, #out.tasks)
      assert.are.same({}, out.failures)
      arn = out.tasks[1].taskArn
      assert.matches("^arn:aws:ecs:us%-east%-1:%d+:task/jobs/", arn)
    end)

    it("StartTask places a task on a container instance", function()
      local out = must(ecs:startTask { cluster = "jobs", taskDefinition = "sleeper",
        containerInstances = { instance_arn }, startedBy = "awsjobs-spec" })
      assert.are.equal(1, #out.tasks)
      assert.are.equal(instance_arn, out.tasks[1].containerInstanceArn)
    end)

    it("ListTasks and DescribeTasks see it", function()
      local list = must(ecs:listTasks { cluster = "jobs" })
      assert.truthy(#list.taskArns >= 2)
      local found = false
      for _, a in ipairs(list.taskArns) do found = found or a == arn end
      assert.is_true(found)
      local d = must(ecs:describeTasks { cluster = "jobs", tasks = { arn } })
      assert.are.equal(arn, d.tasks[1].taskArn)
      assert.are.equal("awsjobs-spec", d.tasks[1].startedBy)
    end)

    it("StopTask stops it with the reason", function()
      local out = must(ecs:stopTask { cluster = "jobs", task = arn, reason = "done by spec" })
      assert.are.equal("STOPPED", out.task.lastStatus)
      assert.are.equal("done by spec", out.task.stoppedReason)
      local d = must(ecs:describeTasks { cluster = "jobs", tasks = { arn } })
      assert.are.equal("done by spec", d.tasks[1].stoppedReason)
    end)

    it("returns the service's error for an unknown cluster", function()
      local out, err = ecs:stopTask { cluster = "nope", task = arn }
      assert.is_nil(out)
      assert.are.same({ "service", "ClusterNotFoundException", 400, "StopTask" },
        { err.kind, err.code, err.status, err.operation })
      assert.is_string(err.request_id)
    end)
  end)

  describe("Batch", function()
    local batch, job_id

    lazy_setup(function()
      batch = client("batch")
      local role = setup.create_role(moto.url, "batch-service-role")
      local ce = must(batch:createComputeEnvironment { computeEnvironmentName = "jobs-ce", type = "UNMANAGED",
        serviceRole = role })
      must(batch:createJobQueue { jobQueueName = "jobs-q", state = "ENABLED", priority = 1,
        computeEnvironmentOrder = { { order = 1, computeEnvironment = ce.computeEnvironmentArn } } })
      must(batch:registerJobDefinition { jobDefinitionName = "jobs-def", type = "container",
        containerProperties = { image = "busybox", vcpus = 1, memory = 128, command = { "sleep", "600" } } })
    end)

    it("SubmitJob queues a job", function()
      local out = must(batch:submitJob { jobName = "nightly", jobQueue = "jobs-q", jobDefinition = "jobs-def" })
      job_id = out.jobId
      assert.is_string(job_id)
      assert.are.equal("nightly", out.jobName)
    end)

    it("DescribeJobs and ListJobs see it", function()
      local d = must(batch:describeJobs { jobs = { job_id } })
      assert.are.equal(job_id, d.jobs[1].jobId)
      assert.are.equal("jobs-q", d.jobs[1].jobQueue:match("([^/]+)$"))
      -- moto moves jobs on by itself (it cannot run them), possibly between the two calls:
      -- the job must be listed under some status
      local ids = {}
      for _, status in ipairs { "SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED", "FAILED" } do
        local l = must(batch:listJobs { jobQueue = "jobs-q", jobStatus = status })
        for _, j in ipairs(l.jobSummaryList) do ids[j.jobId] = status end
      end
      assert.is_string(ids[job_id])
    end)

    it("TerminateJob records the reason", function()
      must(batch:terminateJob { jobId = job_id, reason = "stopped by spec" })
      local d = must(batch:describeJobs { jobs = { job_id } })
      assert.are.equal("stopped by spec", d.jobs[1].statusReason)
    end)

    it("CancelJob is accepted", function()
      local out = must(batch:submitJob { jobName = "other", jobQueue = "jobs-q", jobDefinition = "jobs-def" })
      assert.are.same({}, must(batch:cancelJob { jobId = out.jobId, reason = "not needed" }))
    end)
  end)

  describe("IoT", function()
    local iot

    lazy_setup(function()
      iot = client("iot")
      local thing = must(iot:createThing { thingName = "sensor-1" })
      must(iot:createJob { jobId = "firmware-1", targets = { thing.thingArn }, document = '{"v":2}' })
      must(iot:createJob { jobId = "firmware-2", targets = { thing.thingArn }, document = '{"v":3}' })
    end)

    it("DescribeJob and DescribeJobExecution show the queued execution", function()
      local job = must(iot:describeJob { jobId = "firmware-1" })
      assert.are.equal("firmware-1", job.job.jobId)
      local ex = must(iot:describeJobExecution { jobId = "firmware-1", thingName = "sensor-1" })
      assert.are.equal("QUEUED", ex.execution.status)
      assert.is_number(ex.execution.queuedAt)
    end)

    it("CancelJobExecution cancels the execution", function()
      must(iot:cancelJobExecution { jobId = "firmware-1", thingName = "sensor-1", force = true })
      local ex = must(iot:describeJobExecution { jobId = "firmware-1", thingName = "sensor-1" })
      assert.are.equal("CANCELED", ex.execution.status)
    end)

    it("lists executions by job and by thing", function()
      local by_job = must(iot:listJobExecutionsForJob { jobId = "firmware-1" })
      assert.are.equal("CANCELED", by_job.executionSummaries[1].jobExecutionSummary.status)
      local by_thing = must(iot:listJobExecutionsForThing { thingName = "sensor-1" })
      local jobs = {}
      for _, s in ipairs(by_thing.executionSummaries) do jobs[s.jobId] = s.jobExecutionSummary.status end
      assert.are.same({ ["firmware-1"] = "CANCELED", ["firmware-2"] = "QUEUED" }, jobs)
    end)

    it("CancelJob cancels the job", function()
      local out = must(iot:cancelJob { jobId = "firmware-2", reasonCode = "SPEC" })
      assert.are.equal("firmware-2", out.jobId)
      assert.are.equal("CANCELED", must(iot:describeJob { jobId = "firmware-2" }).job.status)
    end)

    it("returns errors for a missing job or thing", function()
      local out, err = iot:describeJobExecution { jobId = "nope", thingName = "sensor-1" }
      assert.is_nil(out)
      assert.are.equal("service", err.kind)
      assert.are.equal("ResourceNotFoundException", err.code)
      assert.are.equal(404, err.status)
    end)
  end)

  describe("SageMaker (the operations moto has)", function()
    it("StartPipelineExecution, DescribePipelineExecution, ListPipelineExecutions", function()
      local sm = client("sagemaker")
      must(sm:createPipeline { PipelineName = "train", RoleArn = "arn:aws:iam::123456789012:role/sm",
        PipelineDefinition = cjson.encode { Version = "2020-12-01", Steps = {} } })
      local started = must(sm:startPipelineExecution { PipelineName = "train" })
      local arn = started.PipelineExecutionArn
      assert.matches(":pipeline/train/execution/", arn)
      local d = must(sm:describePipelineExecution { PipelineExecutionArn = arn })
      assert.are.equal(arn, d.PipelineExecutionArn)
      assert.is_string(d.PipelineExecutionStatus)
      assert.is_number(d.CreationTime)
      local l = must(sm:listPipelineExecutions { PipelineName = "train" })
      assert.are.equal(arn, l.PipelineExecutionSummaries[1].PipelineExecutionArn)
    end)
  end)
end)

describe("SageMaker against a fake that checks signatures", function()
  local ARN = "arn:aws:sagemaker:us-west-2:123456789012:pipeline/train/execution/abc123"
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  local function sagemaker()
    return assert(awsjobs.sagemaker { region = "us-west-2", endpoint = fake.url,
      credentials = servers.FAKE_CREDENTIALS })
  end

  it("StopPipelineExecution: target header, sagemaker scope, filled ClientRequestToken", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = cjson.encode { PipelineExecutionArn = ARN } } }
    local out = must(sagemaker():stopPipelineExecution { PipelineExecutionArn = ARN })
    assert.are.equal(ARN, out.PipelineExecutionArn)
    local req = fake.requests()[1]
    assert.are.equal("POST", req.method)
    assert.are.equal("/", req.path)
    assert.are.equal("SageMaker.StopPipelineExecution", req.headers["X-Amz-Target"])
    assert.are.equal("application/x-amz-json-1.1", req.headers["Content-Type"])
    assert.is_true(req.signature.valid, req.signature.reason)
    assert.are.equal("sagemaker", req.signature.service)
    assert.are.equal("us-west-2", req.signature.region)
    local body = cjson.decode(req.body)
    assert.are.equal(ARN, body.PipelineExecutionArn)
    assert.matches("^%x+%-%x+%-4%x+%-[89ab]%x+%-%x+$", body.ClientRequestToken)
  end)

  it("ListPipelineExecutionSteps decodes steps and timestamps", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = cjson.encode { PipelineExecutionSteps = { { StepName = "Train", StepStatus = "Executing",
        StartTime = 1700000000.5 } } } } }
    local out = must(sagemaker():listPipelineExecutionSteps { PipelineExecutionArn = ARN })
    assert.are.equal("Train", out.PipelineExecutionSteps[1].StepName)
    assert.are.equal(1700000000.5, out.PipelineExecutionSteps[1].StartTime)
    assert.is_true(fake.requests()[1].signature.valid)
  end)

  it("keeps the connection alive between calls", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = "{}" } }
    local sm = sagemaker()
    for _ = 1, 3 do must(sm:describePipelineExecution { PipelineExecutionArn = ARN }) end
    local reqs = fake.requests()
    assert.are.equal(3, #reqs)
    -- one TCP connection (the same client port) carried all three
    assert.are.equal(reqs[1].client_port, reqs[2].client_port)
    assert.are.equal(reqs[1].client_port, reqs[3].client_port)
  end)
end)

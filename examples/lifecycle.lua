-- lifecycle.lua: start, watch and stop one piece of work on each service.
--
-- It is ordinary awsjobs code: region, endpoint and credentials come from the usual
-- environment (AWS_REGION, AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ...). `make demo` points it
-- at a local moto_server; with EMULATOR=moto it also creates the few fixtures the emulator
-- needs from services awsjobs has no client for (see emulator_fixtures.lua).
local awsjobs = require "awsjobs"

local emulator = os.getenv("EMULATOR") == "moto"
local failures = 0

-- step(service, operation, summary, out, err): prints one line; the call's results come last
-- so that both of them (out, err) reach it.
local function step(service, operation, summary, out, err)
  local line
  if out then
    line = summary and summary(out) or "ok"
  else
    line = "FAILED: " .. tostring(err)
    failures = failures + 1
  end
  print(("  %-9s %-28s %s"):format(service, operation, line))
  return out
end

local function short(arn) return arn and (arn:match("([^/]+/[^/]+)$") or arn) or "?" end

local function client(name)
  local c, err = awsjobs.client(name, {})
  if not c then
    print("cannot make a " .. name .. " client: " .. tostring(err))
    os.exit(1)
  end
  return c
end

print("== ECS: run a task, watch it, stop it")
local ecs = client("ecs")
step("ecs", "CreateCluster", nil, ecs:createCluster { clusterName = "demo" })
step("ecs", "RegisterTaskDefinition",
  function(o) return o.taskDefinition.family .. ":" .. o.taskDefinition.revision end,
  ecs:registerTaskDefinition { family = "nightly-report", containerDefinitions = {
    { name = "report", image = "busybox", memory = 128, command = { "sleep", "600" } } } })
local run = step("ecs", "RunTask",
  function(o) return short(o.tasks[1].taskArn) .. "  " .. o.tasks[1].lastStatus end,
  ecs:runTask { cluster = "demo", taskDefinition = "nightly-report", startedBy = "lifecycle-demo",
    launchType = "FARGATE", networkConfiguration = { awsvpcConfiguration = { subnets = { "subnet-0demo" } } } })
local task = run and run.tasks[1].taskArn
if task then
  step("ecs", "DescribeTasks", function(o) return short(task) .. "  " .. o.tasks[1].lastStatus end,
    ecs:describeTasks { cluster = "demo", tasks = { task } })
  step("ecs", "StopTask",
    function(o) return ("%s  reason: %q"):format(o.task.lastStatus, o.task.stoppedReason) end,
    ecs:stopTask { cluster = "demo", task = task, reason = "lifecycle demo finished" })
end

print("== Batch: submit a job, terminate it")
local batch = client("batch")
local role = "arn:aws:iam::123456789012:role/batch-service"
if emulator then
  local fixtures = require "emulator_fixtures"
  role = fixtures.create_role(os.getenv("AWS_ENDPOINT_URL"), "batch-service")
  print("  (emulator) IAM role for Batch: " .. role)
end
local ce = step("batch", "CreateComputeEnvironment", function(o) return o.computeEnvironmentName end,
  batch:createComputeEnvironment { computeEnvironmentName = "demo-ce", type = "UNMANAGED", serviceRole = role })
if ce then
  step("batch", "CreateJobQueue", function(o) return o.jobQueueName end,
    batch:createJobQueue { jobQueueName = "demo-queue", state = "ENABLED", priority = 1,
      computeEnvironmentOrder = { { order = 1, computeEnvironment = ce.computeEnvironmentArn } } })
end
step("batch", "RegisterJobDefinition", function(o) return o.jobDefinitionName .. ":" .. o.revision end,
  batch:registerJobDefinition { jobDefinitionName = "demo-def", type = "container",
    containerProperties = { image = "busybox", vcpus = 1, memory = 128, command = { "sleep", "600" } } })
local job = step("batch", "SubmitJob", function(o) return o.jobId end,
  batch:submitJob { jobName = "nightly", jobQueue = "demo-queue", jobDefinition = "demo-def" })
if job then
  step("batch", "TerminateJob", nil, batch:terminateJob { jobId = job.jobId, reason = "lifecycle demo finished" })
  step("batch", "DescribeJobs",
    function(o) return ("%s  reason: %q"):format(o.jobs[1].status, o.jobs[1].statusReason or "") end,
    batch:describeJobs { jobs = { job.jobId } })
end

print("== IoT: create a job for a thing, cancel the thing's execution")
local iot = client("iot")
local thing = step("iot", "CreateThing", function(o) return o.thingName end,
  iot:createThing { thingName = "demo-sensor" })
if thing then
  local execution = { jobId = "firmware-42", thingName = "demo-sensor" }
  step("iot", "CreateJob", function(o) return o.jobId end,
    iot:createJob { jobId = "firmware-42", targets = { thing.thingArn }, document = '{"firmware":"4.2"}' })
  step("iot", "DescribeJobExecution", function(o) return o.execution.status end,
    iot:describeJobExecution(execution))
  step("iot", "CancelJobExecution", nil,
    iot:cancelJobExecution { jobId = "firmware-42", thingName = "demo-sensor", force = true })
  step("iot", "DescribeJobExecution", function(o) return o.execution.status end,
    iot:describeJobExecution(execution))
end

print("== SageMaker: start a pipeline execution, stop it")
local sm = client("sagemaker")
step("sagemaker", "CreatePipeline", function(o) return short(o.PipelineArn) end,
  sm:createPipeline { PipelineName = "train", RoleArn = "arn:aws:iam::123456789012:role/sm",
    PipelineDefinition = '{"Version":"2020-12-01","Steps":[]}' })
local started = step("sagemaker", "StartPipelineExecution", function(o) return short(o.PipelineExecutionArn) end,
  sm:startPipelineExecution { PipelineName = "train" })
if started then
  local arn = started.PipelineExecutionArn
  step("sagemaker", "DescribePipelineExecution", function(o) return o.PipelineExecutionStatus end,
    sm:describePipelineExecution { PipelineExecutionArn = arn })
  local out, err = sm:stopPipelineExecution { PipelineExecutionArn = arn }
  if not out and emulator and err.status == 500 then
    -- moto has no StopPipelineExecution; the specs check this call against a fake instead.
    print(("  %-9s %-28s %s"):format("sagemaker", "StopPipelineExecution",
      "not implemented by moto (HTTP 500 after " .. err.attempts .. " attempts); built, signed and sent"))
  else
    step("sagemaker", "StopPipelineExecution", function(o) return short(o.PipelineExecutionArn) end, out, err)
  end
end

print(failures == 0 and "lifecycle demo: every step succeeded"
  or ("lifecycle demo: %d step(s) failed"):format(failures))
os.exit(failures == 0 and 0 or 1)

-- The job-control commands of bin/awsjobs (cli/verb_*.lua) as a CI step runs them, against
-- spec/fakes/fake_jobs.py: run-task --wait stopped --logs (lines in order, the container's
-- exit code), failures (254), stop-all (plan, --dry-run, --yes, a second run), Batch, IoT,
-- SageMaker, chunked waiters and help.
local cli_run = require "helpers.cli_run"
local servers = require "helpers.servers"

local EXECUTION = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1"
local KEYS = ("AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s "):format(servers.FAKE_CREDENTIALS.access_key_id,
  servers.FAKE_CREDENTIALS.secret_access_key)

local SCRIPT = {
  task_definitions = {
    ["web:1"] = { containers = {
      { name = "app", essential = true, log = { group = "/ecs/web", prefix = "ecs", region = "us-east-1" } } } },
    ["forever:1"] = { containers = { { name = "app", essential = true } } },
  },
  runs = {
    ["web:1"] = { pending = 0.2, running = 0.5, exit_codes = { app = 7 },
                  logs = { app = { "starting", "working", "done" } } },
    ["full:1"] = { failures = { { reason = "RESOURCE:MEMORY" } } },
  },
  tasks = {
    { cluster = "c", task_definition = "forever:1", group = "service:api", last_status = "RUNNING", count = 2 },
    { cluster = "c", task_definition = "forever:1", started_by = "cron", last_status = "RUNNING", count = 3 },
    { cluster = "big", task_definition = "forever:1", last_status = "STOPPED", count = 150 },
  },
  batch = {
    queues = { q = { { job_id = "j1", job_name = "n1", status = "RUNNING" } } },
    runs = { ["jd:1"] = { pending = 0.1, running = 0.3, exit_code = 2, logs = { "b1", "b2" } } },
  },
  iot = { jobs = { ["job-1"] = { { thing = "t1", status = "QUEUED" }, { thing = "t2", status = "IN_PROGRESS" } } } },
  sagemaker = { executions = { [EXECUTION] = { status = "Executing", stopping = 0.2 } } },
}

local fake

local function cli(words, opts)
  local w = { "--endpoint-url", fake.url }
  for _, x in ipairs(words) do w[#w + 1] = x end
  return cli_run.run(w, KEYS, opts)
end

local function count(operation) return #fake.requests(operation) end

setup(function() fake = servers.fake_jobs(SCRIPT) end)
teardown(function() if fake then fake.stop() end end)

describe("awsjobs ecs run-task (job control)", function()
  it("--wait stopped --logs prints the task's lines in order and exits with its exit code", function()
    local out, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "web:1",
      "--wait", "stopped", "--logs", "--delay", "0.1" }
    assert.are.equal("starting\nworking\ndone\n", out, err)
    assert.are.equal(7, rc, err)
    assert.matches("ended with exit code 7", err)
  end)

  it("--wait stopped without --logs prints the stopped task as DescribeTasks shows it", function()
    local out, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "web:1",
      "--wait", "stopped", "--delay", "0.1", "--query", "tasks[0].[lastStatus, containers[0].exitCode]" }
    assert.are.equal(7, rc, err)
    assert.are.same({ "STOPPED", 7 }, cli_run.json_of(out, err))
  end)

  it("--wait running exits 0 once the task runs", function()
    local out, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "web:1",
      "--wait", "running", "--delay", "0.05", "--query", "tasks[0].lastStatus" }
    assert.are.equal(0, rc, err)
    assert.are.equal("RUNNING", cli_run.json_of(out, err))
  end)

  it("a failures answer exits 254 and prints each reason", function()
    local out, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "full:1", "--wait", "stopped" }
    assert.are.equal(254, rc)
    assert.are.equal("", out)
    assert.matches("RunTask failure: RESOURCE:MEMORY", err)
  end)

  it("without job-control options it is the plain operation, failures list and all", function()
    local out, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "full:1" }
    assert.are.equal(0, rc, err)
    assert.are.equal("RESOURCE:MEMORY", cli_run.json_of(out, err).failures[1].reason)
  end)

  it("--timeout is a time budget: a task that keeps running fails the wait with 255", function()
    local _, err, rc = cli { "ecs", "run-task", "--cluster", "r", "--task-definition", "forever:1",
      "--wait", "stopped", "--timeout", "0.5", "--delay", "0.1" }
    assert.are.equal(255, rc)
    assert.matches("Waiter TasksStopped failed: Timed out", err)
  end)

  it("a bad --wait value is a usage error (252)", function()
    local _, err, rc = cli { "ecs", "run-task", "--task-definition", "web:1", "--wait", "soon" }
    assert.are.equal(252, rc)
    assert.matches("argument %-%-wait: Invalid choice: 'soon'", err)
  end)
end)

describe("awsjobs ecs stop-all", function()
  it("--dry-run prints the plan and stops nothing", function()
    local out, err, rc = cli { "ecs", "stop-all", "--cluster", "c", "--reason", "x", "--dry-run" }
    assert.are.equal(0, rc, err)
    local doc = cli_run.json_of(out, err)
    assert.are.same({ 3, 2 }, { #doc.pending, #doc.skipped })
    assert.matches("left alone", err)
    assert.matches("service:api", err)
    assert.are.equal(0, count("StopTask"))
  end)

  it("with stdin not a terminal it requires --yes, and stops nothing without it", function()
    local _, err, rc = cli { "ecs", "stop-all", "--cluster", "c", "--reason", "x" }
    assert.are.equal(252, rc)
    assert.matches("pass %-%-yes", err)
    assert.are.equal(0, count("StopTask"))
  end)

  it("--yes stops all but the service's tasks; a second run reports them already stopped", function()
    local out, err, rc = cli { "ecs", "stop-all", "--cluster", "c", "--reason", "cleanup", "--yes" }
    assert.are.equal(0, rc, err)
    local doc = cli_run.json_of(out, err)
    assert.are.same({ 3, 2, 0 }, { #doc.stopped, #doc.skipped, #doc.failed })
    assert.are.equal(3, count("StopTask"))
    out, err, rc = cli { "ecs", "stop-all", "--cluster", "c", "--reason", "cleanup", "--yes" }
    assert.are.equal(0, rc, err)
    doc = cli_run.json_of(out, err)
    assert.are.same({ 0, 3, 2 }, { #doc.stopped, #doc.alreadyStopped, #doc.skipped })
    assert.are.equal(3, count("StopTask"))
  end)
end)

describe("awsjobs batch, iot and sagemaker job control", function()
  it("batch run-job --logs prints the job's lines and exits with its container's code", function()
    local out, err, rc = cli { "batch", "run-job", "--job-name", "n", "--job-queue", "q", "--job-definition", "jd:1",
      "--logs", "--delay", "0.1" }
    assert.are.equal("b1\nb2\n", out, err)
    assert.are.equal(2, rc, err)
  end)

  it("batch terminate-all --yes terminates the queue's running jobs", function()
    local out, err, rc = cli { "batch", "terminate-all", "--job-queue", "q", "--reason", "drain",
      "--status", "RUNNING,RUNNABLE", "--yes" }
    assert.are.equal(0, rc, err)
    assert.are.same({ "j1" }, cli_run.json_of(out, err).stopped)
    local _, err2, rc2 = cli { "batch", "terminate-all", "--job-queue", "q" }
    assert.are.equal(252, rc2)
    assert.matches("required: %-%-reason", err2)
  end)

  it("iot cancel-all --force --yes cancels queued and in-progress executions", function()
    local out, err, rc = cli { "iot", "cancel-all", "--job-id", "job-1", "--force", "--yes" }
    assert.are.equal(0, rc, err)
    local stopped = cli_run.json_of(out, err).stopped
    table.sort(stopped)
    assert.are.same({ "t1", "t2" }, stopped)
  end)

  it("sagemaker stop-pipeline-execution --wait waits for Stopped", function()
    local out, err, rc = cli { "sagemaker", "stop-pipeline-execution", "--pipeline-execution-arn", EXECUTION,
      "--wait", "--delay", "0.1", "--query", "PipelineExecutionStatus" }
    assert.are.equal(0, rc, err)
    assert.are.equal("Stopped", cli_run.json_of(out, err))
  end)

  it("ecs wait tasks-stopped over 150 tasks asks DescribeTasks in chunks", function()
    local out, err, rc = cli { "ecs", "list-tasks", "--cluster", "big", "--desired-status", "STOPPED",
      "--query", "taskArns" }
    assert.are.equal(0, rc, err)
    local arns = cli_run.json_of(out, err)
    assert.are.equal(150, #arns)
    local words = { "ecs", "wait", "tasks-stopped", "--cluster", "big", "--delay", "0.1", "--tasks" }
    for _, a in ipairs(arns) do words[#words + 1] = a end
    local _, werr, wrc = cli(words)
    assert.are.equal(0, wrc, werr)
  end)

  it("help names the verbs and their options", function()
    local out, _, rc = cli { "ecs", "help" }
    assert.are.equal(0, rc)
    assert.matches("stop%-all", out)
    out = cli { "ecs", "run-task", "help" }
    assert.matches("%-%-wait running|stopped", out)
    assert.matches("%-%-task%-definition", out)  -- the operation's own parameters are there too
    out = cli { "batch", "terminate-all", "help" }
    assert.matches("%-%-job%-queue Q", out)
  end)
end)

-- bin/awsjobs against the real AWS CLI (/usr/bin/aws, Debian's awscli 2.x): both point at
-- the same moto_server state (or the same scripted fake where moto lacks the operation),
-- and their parsed JSON output and exit codes must be the same.
local cjson = require "cjson"
local servers = require "helpers.servers"
local setup = require "emulator_fixtures"
local awsjobs = require "awsjobs"

local AWS = "/usr/bin/aws"
local have_aws = io.open(AWS, "r")
if have_aws then have_aws:close() end

local ENV = "env -i PATH=/usr/bin:/bin HOME=/tmp AWS_ACCESS_KEY_ID=AKIDMOTO AWS_SECRET_ACCESS_KEY=moto-secret " ..
  "AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null " ..
  "AWS_EC2_METADATA_DISABLED=true AWS_PAGER= "

local function quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- run(program, words, url[, env]) -> stdout, stderr, exit code
local function run(program, words, url, env)
  local errfile = os.tmpname()
  local parts = {}
  for i, w in ipairs(words) do parts[i] = quote(w) end
  local cmd = ("%s %s timeout 30 %s %s --endpoint-url %s 2>%s; echo \"rc=$?\""):format(ENV, env or "",
    program, table.concat(parts, " "), url, errfile)
  local p = assert(io.popen(cmd, "r"))
  local out = p:read("a")
  p:close()
  local f = io.open(errfile)
  local err = f and f:read("a") or ""
  if f then f:close() end
  os.remove(errfile)
  local body, rc = out:match("^(.-)rc=(%d+)\n$")
  return body, err, tonumber(rc)
end

local function decode(text, who, err)
  local ok, v = pcall(cjson.decode, text)
  assert(ok, who .. " printed no JSON: " .. tostring(text) .. " / stderr: " .. tostring(err))
  return v
end

-- Runs both, asserts the same exit code 0 and the same document; returns it.
local function same(words, url)
  local a, aerr, arc = run("bin/awsjobs", words, url)
  local b, berr, brc = run(AWS, words, url)
  assert.are.equal(0, brc, "aws failed: " .. berr)
  assert.are.equal(0, arc, "awsjobs failed: " .. aerr)
  local da, db = decode(a, "awsjobs", aerr), decode(b, "aws", berr)
  assert.are.same(db, da)
  return da, a
end

local describe_if = have_aws and describe or pending

describe_if("bin/awsjobs against " .. AWS .. " (same moto_server state)", function()
  local moto, url

  lazy_setup(function()
    moto = servers.moto()
    url = moto.url
  end)
  lazy_teardown(function() if moto then moto.stop() end end)

  local function client(service)
    return assert(awsjobs.client(service, { region = setup.REGION, endpoint = url,
      credentials = setup.CREDENTIALS, max_attempts = 1 }))
  end

  describe("ECS", function()
    local tasks = {}
    lazy_setup(function()
      local ecs = client("ecs")
      assert(ecs:createCluster { clusterName = "cmp" })
      assert(ecs:registerTaskDefinition { family = "cmp",
        containerDefinitions = { { name = "main", image = "busybox", memory = 128 } } })
      local out = assert(ecs:runTask { cluster = "cmp", taskDefinition = "cmp", count = 3, launchType = "FARGATE" })
      for i, t in ipairs(out.tasks) do tasks[i] = t.taskArn end
    end)

    it("RunTask (seed): the same document", function()
      -- a fresh task each; the documents differ by their ids, so compare their shape
      local a = decode((run("bin/awsjobs", { "ecs", "run-task", "--cluster", "cmp", "--task-definition", "cmp",
        "--launch-type", "FARGATE" }, url)), "awsjobs")
      local b = decode((run(AWS, { "ecs", "run-task", "--cluster", "cmp", "--task-definition", "cmp",
        "--launch-type", "FARGATE" }, url)), "aws")
      local function skeleton(v)
        if type(v) ~= "table" then return type(v) end
        local s = {}
        for k, x in pairs(v) do s[k] = skeleton(x) end
        return s
      end
      assert.are.same(skeleton(b), skeleton(a))
      assert.are.same(b.failures, a.failures)
    end)

    it("StopTask (seed): the same document", function()
      local doc = same({ "ecs", "stop-task", "--cluster", "cmp", "--task", tasks[1], "--reason", "cmp" }, url)
      assert.are.equal("cmp", doc.task.stoppedReason)
    end)

    -- a stopped task: moto moves the others on at every describe
    it("DescribeTasks (a describe)", function()
      local doc = same({ "ecs", "describe-tasks", "--cluster", "cmp", "--tasks", tasks[1] }, url)
      assert.are.equal(1, #doc.tasks)
      assert.are.equal("STOPPED", doc.tasks[1].lastStatus)
    end)

    it("a service error: the same exit code (254) and message", function()
      local _, aerr, arc = run("bin/awsjobs", { "ecs", "stop-task", "--cluster", "nope", "--task", "x" }, url)
      local _, berr, brc = run(AWS, { "ecs", "stop-task", "--cluster", "nope", "--task", "x" }, url)
      assert.are.equal(254, brc)
      assert.are.equal(brc, arc)
      assert.are.equal(berr:match("An error occurred[^\n]*"), aerr:match("^[^\n]*"))
    end)

    it("a bad parameter: the same exit code (252)", function()
      local _, _, arc = run("bin/awsjobs", { "ecs", "stop-task", "--cluster", "cmp" }, url)
      local _, _, brc = run(AWS, { "ecs", "stop-task", "--cluster", "cmp" }, url)
      assert.are.equal(252, brc)
      assert.are.equal(brc, arc)
      _, _, arc = run("bin/awsjobs", { "ecs", "stop-task", "--task", "x", "--no-such-option", "1" }, url)
      _, _, brc = run(AWS, { "ecs", "stop-task", "--task", "x", "--no-such-option", "1" }, url)
      assert.are.equal(252, brc)
      assert.are.equal(brc, arc)
    end)

    it("missing credentials: the same exit code (253)", function()
      local _, _, arc = run("bin/awsjobs", { "ecs", "list-tasks" }, url, "AWS_ACCESS_KEY_ID= AWS_SECRET_ACCESS_KEY=")
      local _, _, brc = run(AWS, { "ecs", "list-tasks" }, url, "AWS_ACCESS_KEY_ID= AWS_SECRET_ACCESS_KEY=")
      assert.are.equal(253, brc)
      assert.are.equal(brc, arc)
    end)

    it("--output text is the CLI's", function()
      local a = run("bin/awsjobs", { "ecs", "describe-tasks", "--cluster", "cmp", "--tasks", tasks[1],
        "--output", "text" }, url)
      local b = run(AWS, { "ecs", "describe-tasks", "--cluster", "cmp", "--tasks", tasks[1], "--output", "text" }, url)
      assert.are.equal(b, a)
    end)
  end)

  describe("Batch", function()
    local job_id
    lazy_setup(function()
      local batch = client("batch")
      local role = setup.create_role(url, "cmp-role")
      local ce = assert(batch:createComputeEnvironment { computeEnvironmentName = "cmp-ce", type = "UNMANAGED",
        serviceRole = role })
      assert(batch:createJobQueue { jobQueueName = "cmp-q", state = "ENABLED", priority = 1,
        computeEnvironmentOrder = { { order = 1, computeEnvironment = ce.computeEnvironmentArn } } })
      assert(batch:registerJobDefinition { jobDefinitionName = "cmp-def", type = "container",
        containerProperties = { image = "busybox", vcpus = 1, memory = 128, command = { "sleep", "600" } } })
      job_id = assert(batch:submitJob { jobName = "nightly", jobQueue = "cmp-q", jobDefinition = "cmp-def" }).jobId
    end)

    it("TerminateJob (seed): the same (empty) output", function()
      local a, _, arc = run("bin/awsjobs", { "batch", "terminate-job", "--job-id", job_id, "--reason", "r" }, url)
      local b, _, brc = run(AWS, { "batch", "terminate-job", "--job-id", job_id, "--reason", "r" }, url)
      assert.are.same({ 0, b }, { arc, a })
      assert.are.same({ 0, "" }, { brc, b })
    end)
  end)

  describe("IoT", function()
    lazy_setup(function()
      local iot = client("iot")
      for _, name in ipairs { "t1", "t2", "t3" } do assert(iot:createThing { thingName = name }) end
      local thing = assert(iot:describeThing { thingName = "t1" })
      assert(iot:createJob { jobId = "cmp-job", targets = { thing.thingArn }, document = '{"v":1}' })
    end)

    it("DescribeJobExecution: timestamps as the CLI prints them", function()
      local doc, text = same({ "iot", "describe-job-execution", "--job-id", "cmp-job", "--thing-name", "t1" }, url)
      assert.is_string(doc.execution.queuedAt)
      assert.matches('"queuedAt": "%d%d%d%d%-%d%d%-%d%dT', text)
    end)

    it("CancelJobExecution (seed): the same output", function()
      local a, _, arc = run("bin/awsjobs", { "iot", "cancel-job-execution", "--job-id", "cmp-job",
        "--thing-name", "t1", "--force" }, url)
      assert.are.same({ 0, "" }, { arc, a })
      local doc = same({ "iot", "describe-job-execution", "--job-id", "cmp-job", "--thing-name", "t1" }, url)
      assert.are.equal("CANCELED", doc.execution.status)
    end)

    it("ListThings over pages of one (a paginated list): the same merged document", function()
      local doc = same({ "iot", "list-things", "--page-size", "1" }, url)
      assert.are.equal(3, #doc.things)
      doc = same({ "iot", "list-things", "--max-results", "1", "--no-paginate" }, url)
      assert.are.equal(1, #doc.things)
      assert.is_string(doc.nextToken)
    end)

    it("--query gives the same value", function()
      same({ "iot", "list-things", "--query", "sort_by(things, &thingName)[].{n: thingName, v: version}" }, url)
      same({ "iot", "list-things", "--query", "length(things[?starts_with(thingName, 't')])" }, url)
    end)
  end)
end)

describe_if("bin/awsjobs against " .. AWS .. " (the same scripted fake)", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("StopPipelineExecution (seed, not in moto): the same document", function()
    local arn = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/e1"
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = cjson.encode { PipelineExecutionArn = arn } } }
    -- the fake checks signatures with its own key
    local env = "AWS_ACCESS_KEY_ID=" .. servers.FAKE_CREDENTIALS.access_key_id ..
      " AWS_SECRET_ACCESS_KEY=" .. servers.FAKE_CREDENTIALS.secret_access_key
    local words = { "sagemaker", "stop-pipeline-execution", "--pipeline-execution-arn", arn }
    local a, aerr, arc = run("bin/awsjobs", words, fake.url, env)
    local b, berr, brc = run(AWS, words, fake.url, env)
    assert.are.same({ 0, 0 }, { brc, arc }, aerr .. berr)
    assert.are.same(decode(b, "aws"), decode(a, "awsjobs"))
    local reqs = fake.requests()
    assert.are.equal(2, #reqs)
    for _, r in ipairs(reqs) do
      assert.is_true(r.signature.valid)
      assert.is_string(cjson.decode(r.body).ClientRequestToken)  -- filled in, as the CLI does
    end
  end)
end)

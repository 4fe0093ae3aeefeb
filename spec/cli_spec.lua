-- bin/awsjobs as a subprocess: arguments of every shape kind (checked in the request a
-- scripted fake receives), shorthand, --cli-input-json, help, --query, pagination, waiters,
-- exit codes and --debug, against moto_server and spec/fakes/fake_aws.py.
local cjson = require "cjson"
local servers = require "helpers.servers"
local setup = require "emulator_fixtures"
local awsjobs = require "awsjobs"

local cli_run = require "helpers.cli_run"
local MOTO_KEYS = "AWS_ACCESS_KEY_ID=AKIDMOTO AWS_SECRET_ACCESS_KEY=moto-secret "
local FAKE_KEYS = ("AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s "):format(
  servers.FAKE_CREDENTIALS.access_key_id, servers.FAKE_CREDENTIALS.secret_access_key,
  "session-token-that-is-secret-0123456789")
local BASE_ENV, quote = cli_run.BASE_ENV, cli_run.quote
local awsjobs_cli, json_of = cli_run.run, cli_run.json_of

describe("bin/awsjobs arguments (the request a fake receives)", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  -- Runs one command against a fake answering {} and returns the JSON body it received.
  local function sent(words, response)
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = response or "{}" } }
    local w = { table.unpack(words) }
    w[#w + 1] = "--endpoint-url"
    w[#w + 1] = fake.url
    local out, err, rc = awsjobs_cli(w, FAKE_KEYS)
    assert.are.equal(0, rc, err)
    local req = assert(fake.requests()[1], "no request")
    assert.is_true(req.signature.valid)
    fake.stop()
    fake = nil
    return cjson.decode(req.body), out, req
  end

  it("strings, integers, booleans (--flag / --no-flag, renamed), lists as words, structures as JSON", function()
    local body = sent { "ecs", "run-task", "--task-definition", "td:1", "--count", "2",
      "--enable-ecs-managed-tags", "--disable-execute-command",
      "--overrides", '{"containerOverrides": [{"name": "main", "command": ["echo", "hi"]}], "cpu": "256"}' }
    assert.is_string(body.clientToken)  -- an idempotency token is filled in, as the CLI does
    body.clientToken = nil
    assert.are.same({ taskDefinition = "td:1", count = 2, enableECSManagedTags = true, enableExecuteCommand = false,
      overrides = { containerOverrides = { { name = "main", command = { "echo", "hi" } } }, cpu = "256" } }, body)
    body = sent { "ecs", "describe-tasks", "--cluster", "c", "--tasks", "a", "b", "c" }
    assert.are.same({ cluster = "c", tasks = { "a", "b", "c" } }, body)
    body = sent { "ecs", "describe-tasks", "--tasks", '["x", "y"]', "--no-paginate" }
    assert.are.same({ tasks = { "x", "y" } }, body)
  end)

  it("shorthand: structures, nested lists, lists of structures as several words, maps", function()
    local body = sent { "ecs", "run-task", "--task-definition", "td",
      "--network-configuration", "awsvpcConfiguration={subnets=[s1,s2],assignPublicIp=ENABLED}",
      "--capacity-provider-strategy", "capacityProvider=FARGATE,weight=1", "capacityProvider=SPOT,base=2" }
    assert.are.same({ awsvpcConfiguration = { subnets = { "s1", "s2" }, assignPublicIp = "ENABLED" } },
      body.networkConfiguration)
    assert.are.same({ { capacityProvider = "FARGATE", weight = 1 }, { capacityProvider = "SPOT", base = 2 } },
      body.capacityProviderStrategy)
    body = sent { "batch", "submit-job", "--job-name", "j", "--job-queue", "q", "--job-definition", "d",
      "--parameters", "k1=v1,k2=v2", "--tags", '{"team": "a"}' }
    assert.are.same({ k1 = "v1", k2 = "v2" }, body.parameters)
    assert.are.same({ team = "a" }, body.tags)
  end)

  it("timestamps and doubles", function()
    local body = sent { "sagemaker", "list-training-jobs", "--creation-time-after", "2024-01-02T03:04:05Z",
      "--no-paginate" }
    assert.are.equal(1704164645, body.CreationTimeAfter)
  end)

  it("blobs in base64, as CLI v2 takes them", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/json" }, body = "{}" } }
    local _, err, rc = awsjobs_cli({ "iot", "create-command", "--command-id", "c1",
      "--payload", "content=aGVsbG8=,contentType=text/plain", "--endpoint-url", fake.url }, FAKE_KEYS)
    assert.are.equal(0, rc, err)
    local body = cjson.decode(fake.requests()[1].body)
    assert.are.same({ content = "aGVsbG8=", contentType = "text/plain" }, body.payload)
  end)

  it("file:// values and --cli-input-json (a string or file://), options overriding its members", function()
    local path = os.tmpname()
    local f = io.open(path, "w")
    f:write('{"cluster": "from-file", "task": "t1", "reason": "file"}')
    f:close()
    local body = sent { "ecs", "stop-task", "--cli-input-json", "file://" .. path, "--reason", "option" }
    assert.are.same({ cluster = "from-file", task = "t1", reason = "option" }, body)
    body = sent { "ecs", "stop-task", "--cli-input-json", '{"task": "t2"}' }
    assert.are.same({ task = "t2" }, body)
    f = io.open(path, "w")
    f:write('{"containerOverrides": [{"name": "n"}]}')
    f:close()
    body = sent { "ecs", "run-task", "--task-definition", "td", "--overrides", "file://" .. path }
    assert.are.same({ containerOverrides = { { name = "n" } } }, body.overrides)
    os.remove(path)
  end)

  it("global options anywhere on the line; --output text; --query", function()
    local response = cjson.encode { task = { taskArn = "arn:1", lastStatus = "STOPPED", createdAt = 1700000000.5 } }
    local _, out = sent({ "--output", "text", "ecs", "stop-task", "--query", "task.[taskArn, lastStatus]",
      "--task", "t" }, response)
    assert.are.equal("arn:1\tSTOPPED\n", out)
    _, out = sent({ "ecs", "stop-task", "--task", "t" }, response)
    assert.are.same({ task = { taskArn = "arn:1", lastStatus = "STOPPED", createdAt = "2023-11-14T22:13:20.500000+00:00" } },
      json_of(out))
  end)

  it("wait: a time budget that runs out exits 255; a status line only on a terminal", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"tasks": [{"lastStatus": "RUNNING"}], "failures": []}' } }
    local words = { "ecs", "wait", "tasks-stopped", "--tasks", "t1", "--delay", "0.1", "--timeout", "0.45",
      "--endpoint-url", fake.url }
    local out, err, rc = awsjobs_cli(words, FAKE_KEYS)
    assert.are.same({ 255, "", "Waiter TasksStopped failed: Timed out\n" }, { rc, out, err })
    local n = #fake.requests()
    assert.truthy(n >= 2 and n <= 6, n)
    -- on a terminal (script(1) gives it one): the one status line, rewritten in place
    local parts = {}
    for i, w in ipairs(words) do parts[i] = quote(w) end
    local p = assert(io.popen(("%s %s timeout 20 script -qec %s /dev/null"):format(BASE_ENV, FAKE_KEYS,
      quote("bin/awsjobs " .. table.concat(parts, " "))), "r"))
    local tty = p:read("a")
    p:close()
    assert.matches("\r\27[Kwaiting for ecs tasks-stopped: RUNNING (attempt 1,", tty, 1, true)
    assert.matches("Waiter TasksStopped failed: Timed out", tty, 1, true)
  end)

  it("^C while waiting exits 130", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"tasks": [{"lastStatus": "RUNNING"}], "failures": []}' } }
    local p = assert(io.popen(("%s %s timeout --preserve-status -s INT 1 bin/awsjobs ecs wait tasks-stopped " ..
      "--tasks t1 --delay 30 --endpoint-url %s 2>&1; echo \"rc=$?\""):format(BASE_ENV, FAKE_KEYS, fake.url), "r"))
    local out = p:read("a")
    p:close()
    assert.matches("rc=130\n$", out)
  end)

  it("a call loads only the model it uses: no help text, no other model", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"task": {"taskArn": "arn:1"}}' } }
    local lua = ([[
      package.path = 'lua/?.lua;lua/?/init.lua;' .. package.path
      package.cpath = 'build/?.so;' .. package.cpath
      io.stdout = io.open('/dev/null', 'w')
      local code = require('awsjobs.cli').main { 'ecs', 'stop-task', '--task', 't', '--endpoint-url', '%s' }
      local loaded = {}
      for k in pairs(package.loaded) do
        if k:match('^awsjobs%%.docs') or k:match('^awsjobs%%.models%%.') or k:match('help') then
          loaded[#loaded + 1] = k
        end
      end
      io.stderr:write(code, ' ', table.concat(loaded, ','))
    ]]):format(fake.url)
    local p = assert(io.popen(("%s %s timeout 20 lua5.4 -e %s 2>&1"):format(BASE_ENV, FAKE_KEYS, quote(lua)), "r"))
    local out = p:read("a")
    p:close()
    assert.are.equal("0 awsjobs.models.ecs", out)
  end)

  it("a job-control verb plugs in as the contract says (cli/verbs.lua, ctx)", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"task": {"taskArn": "arn:1", "lastStatus": "STOPPED"}}' } }
    local lua = ([[
      package.path = 'lua/?.lua;lua/?/init.lua;' .. package.path
      package.cpath = 'build/?.so;' .. package.cpath
      package.preload['awsjobs.cli.verbs'] = function()
        return { ecs = { ['stop-task'] = function(ctx, rest)
          local params, extras = ctx.parse('ecs', 'stop-task', rest, { ['--wait'] = 'string', ['--n'] = 'number',
            ['--yes'] = 'flag' })
          if not params then return ctx.fail(extras) end
          if not extras['--wait'] then return ctx.operation('ecs', 'stop-task', rest) end
          ctx.errout(('verb %s %s %s %s %s|'):format(#rest, params.task, extras['--wait'], extras['--n'] + 1,
            tostring(extras['--yes'])))
          local c = assert(ctx.client('ecs'))
          local out = assert(c:stopTask(params))
          ctx.print(out.task)
          return 7
        end } }
      end
      os.exit(require('awsjobs.cli').main(arg), true)
    ]])
    local function run(extra)
      local p = assert(io.popen(("%s %s timeout 20 lua5.4 -e %s - ecs stop-task --task t --output text " ..
        "--query lastStatus --endpoint-url %s %s 2>&1; echo \"rc=$?\""):format(BASE_ENV, FAKE_KEYS, quote(lua),
        fake.url, extra), "r"))
      local out = p:read("a")
      p:close()
      return out
    end
    assert.are.equal("verb 7 t stopped 3 true|STOPPED\nrc=7\n", run("--wait stopped --n 2 --yes"))
    -- without its own options the verb runs the generic operation
    assert.are.equal("None\nrc=0\n", run(""))
    assert.matches("rc=252\n$", run("--wait stopped --n two"))
  end)

  it("--debug shows each request and response on stderr, without the secret key, token or signature", function()
    fake = servers.fake { { status = 200, headers = { ["Content-Type"] = "application/x-amz-json-1.1" },
      body = '{"task": {"taskArn": "arn:1"}}' } }
    local _, err, rc = awsjobs_cli({ "ecs", "stop-task", "--task", "t", "--debug", "--endpoint-url", fake.url },
      FAKE_KEYS)
    assert.are.equal(0, rc, err)
    assert.matches("DEBUG request: POST " .. fake.url, err, 1, true)
    assert.matches("X-Amz-Target: AmazonEC2ContainerServiceV20141113.StopTask", err, 1, true)
    assert.matches("DEBUG response: HTTP 200", err, 1, true)
    assert.matches('"taskArn": "arn:1"', err, 1, true)
    local sig = fake.requests()[1].headers.Authorization:match("Signature=(%x+)")
    assert.is_string(sig)
    for _, secret in ipairs { servers.FAKE_CREDENTIALS.secret_access_key, "session-token-that-is-secret-0123456789",
                              sig } do
      assert.is_nil(err:find(secret, 1, true), "a secret in the debug output")
    end
  end)
end)

describe("bin/awsjobs against moto_server", function()
  local moto, arns

  lazy_setup(function()
    moto = servers.moto()
    local ecs = assert(awsjobs.client("ecs", { region = setup.REGION, endpoint = moto.url,
      credentials = setup.CREDENTIALS, max_attempts = 1 }))
    assert(ecs:createCluster { clusterName = "cli" })
    assert(ecs:registerTaskDefinition { family = "cli",
      containerDefinitions = { { name = "main", image = "busybox", memory = 128 } } })
    local out = assert(ecs:runTask { cluster = "cli", taskDefinition = "cli", count = 2, launchType = "FARGATE" })
    arns = { out.tasks[1].taskArn, out.tasks[2].taskArn }
    local iot = assert(awsjobs.client("iot", { region = setup.REGION, endpoint = moto.url,
      credentials = setup.CREDENTIALS, max_attempts = 1 }))
    for i = 1, 5 do assert(iot:createThing { thingName = "thing-" .. i }) end
  end)
  lazy_teardown(function() if moto then moto.stop() end end)

  local function cli(words, env)
    local w = { table.unpack(words) }
    w[#w + 1] = "--endpoint-url"
    w[#w + 1] = moto.url
    return awsjobs_cli(w, env or MOTO_KEYS)
  end

  it("a paginated list fetches every page and merges them; --no-paginate gives one page", function()
    local out, err, rc = cli { "iot", "list-things", "--page-size", "2", "--debug" }
    assert.are.equal(0, rc, err)
    local doc = json_of(out, err)
    assert.are.equal(5, #doc.things)
    assert.is_nil(doc.nextToken)
    local _, requests = err:gsub("DEBUG request:", "")
    assert.are.equal(3, requests)
    out, err, rc = cli { "iot", "list-things", "--max-results", "2", "--no-paginate" }
    assert.are.equal(0, rc, err)
    doc = json_of(out, err)
    assert.are.equal(2, #doc.things)
    assert.is_string(doc.nextToken)
    out = cli { "iot", "list-things", "--starting-token", doc.nextToken, "--query", "length(things)" }
    assert.are.equal("3\n", out)
  end)

  it("--query: projections, filters, functions; text output", function()
    local out, err, rc = cli { "iot", "list-things", "--query", "sort_by(things, &thingName)[-1].thingName" }
    assert.are.equal(0, rc, err)
    assert.are.equal('"thing-5"\n', out)
    out = cli { "iot", "list-things", "--output", "text", "--query", "things[?thingName == 'thing-2'].thingName" }
    assert.are.equal("thing-2\n", out)
    local _, qerr, qrc = cli { "iot", "list-things", "--query", "things[" }
    assert.are.equal(252, qrc)
    assert.matches("--query", qerr, 1, true)
  end)

  it("exit codes: 0, 252 bad parameters, 253 no credentials, 254 a service error", function()
    local _, err, rc = cli { "ecs", "describe-tasks", "--cluster", "cli", "--tasks", arns[1] }
    assert.are.equal(0, rc, err)
    _, err, rc = cli { "ecs", "stop-task", "--cluster", "cli" }
    assert.are.same({ 252, "awsjobs: error: the following arguments are required: --task\n" }, { rc, err })
    _, err, rc = cli { "ecs", "stop-task", "--task", "t", "--bogus", "x" }
    assert.are.same({ 252, "awsjobs: error: Unknown options: --bogus, x\n" }, { rc, err })
    _, err, rc = cli { "ecs", "describe-tasks", "--tasks", "a", "--include", "NOPE" }
    assert.are.equal(252, rc)
    assert.matches("^Parameter validation failed: ", err)
    _, _, rc = cli { "ecs", "no-such-operation" }
    assert.are.equal(252, rc)
    _, _, rc = cli { "nosuchservice", "list" }
    assert.are.equal(252, rc)
    _, err, rc = cli({ "ecs", "list-tasks" }, "")
    assert.are.equal(253, rc)
    assert.matches("^Unable to locate credentials", err)
    _, err, rc = cli { "ecs", "stop-task", "--cluster", "nope", "--task", "x" }
    assert.are.same({ 254, "An error occurred (ClusterNotFoundException) when calling the StopTask operation: " ..
      "Cluster not found.\n" }, { rc, err })
    local _, e2, rc2 = awsjobs_cli({ "ecs", "list-tasks", "--endpoint-url", "http://127.0.0.1:1" }, MOTO_KEYS)
    assert.are.equal(255, rc2)
    assert.matches("^Could not connect to the endpoint URL", e2)
  end)

  it("wait: success exits 0 and prints nothing; a failure state exits 255", function()
    local _, err, rc = cli { "ecs", "stop-task", "--cluster", "cli", "--task", arns[1] }
    assert.are.equal(0, rc, err)
    local out
    out, err, rc = cli { "ecs", "wait", "tasks-stopped", "--cluster", "cli", "--tasks", arns[1], "--delay", "0.1" }
    assert.are.same({ 0, "", "" }, { rc, out, err })
    -- piped: no status line, one error line at the end
    out, err, rc = cli { "ecs", "wait", "services-inactive", "--cluster", "cli", "--services", "nope",
      "--delay", "0.1", "--timeout", "0.35" }
    assert.are.equal(255, rc)
    assert.are.equal("", out)
    assert.matches("^Waiter ServicesInactive failed: ", err)
    assert.are.equal(1, select(2, err:gsub("\n", "")))
    _, err, rc = cli { "ecs", "wait", "no-such-waiter" }
    assert.are.equal(252, rc)
    assert.matches("tasks-stopped", err, 1, true)
  end)
end)

describe("cli/names", function()
  it("names every operation, member and waiter of the five models as botocore's xform_name does", function()
    local names = require "awsjobs.cli.names"
    local script = [[
import botocore.session
from botocore import xform_name
s = botocore.session.get_session()
for svc in ["ecs", "batch", "iot", "sagemaker", "logs"]:
    m = s.get_service_model(svc)
    for op in m.operation_names:
        print(svc, op, xform_name(op, "-"))
        shape = m.operation_model(op).input_shape
        for mem in (shape.members if shape else []):
            print(svc, op + "." + mem, xform_name(mem, "-"))
    try:
        waiters = s.get_waiter_model(svc).waiter_names
    except Exception:
        waiters = []
    for w in waiters:
        print(svc, "waiter." + w, xform_name(w, "-"))
]]
    local p = assert(io.popen("timeout 60 python3 -c " .. quote(script), "r"))
    local checked, wrong = 0, {}
    for line in p:lines() do
      local svc, what, want = line:match("^(%S+) (%S+) (%S+)$")
      local name = what:match("%.(.+)$") or what
      local got = names.xform(name)
      checked = checked + 1
      if got ~= want then wrong[#wrong + 1] = ("%s %s: %s, botocore %s"):format(svc, what, got, want) end
    end
    p:close()
    assert.truthy(checked > 4000, checked)
    assert.are.same({}, wrong)
    -- and the AWS CLI's own renames on top
    assert.are.equal("disable-execute-command", names.negative_option("ecs", "run-task", "enableExecuteCommand"))
    assert.are.equal("version-number", names.option("sagemaker", "describe-image-version", "Version"))
  end)
end)

describe("bin/awsjobs help", function()
  it("awsjobs help: services, global options, exit codes", function()
    local out, _, rc = awsjobs_cli { "help" }
    assert.are.equal(0, rc)
    for _, s in ipairs { "ecs", "batch", "iot", "sagemaker", "logs", "--query", "--no-paginate", "253" } do
      assert.matches(s, out, 1, true)
    end
  end)

  it("awsjobs ecs help: every operation, named as the CLI names them, and the waiters", function()
    local out, _, rc = awsjobs_cli { "ecs", "help" }
    assert.are.equal(0, rc)
    assert.matches("\n  stop%-task +Stops a running task%.", out)
    assert.matches("\n  describe-task-definition ", out, 1, true)
    assert.matches("\n  tasks-stopped\n", out, 1, true)
  end)

  it("awsjobs ecs stop-task help: description, types, required, documentation", function()
    local out, _, rc = awsjobs_cli { "ecs", "stop-task", "help" }
    assert.are.equal(0, rc)
    assert.matches("Stops a running task.", out, 1, true)
    assert.matches("--task (string) [required]", out, 1, true)
    assert.matches("--cluster (string)\n", out, 1, true)
    assert.matches("The short name or full Amazon Resource Name", out, 1, true)
  end)

  it("constraints: enums, lengths, ranges; booleans with their negative; paging options", function()
    local out = awsjobs_cli { "ecs", "run-task", "help" }
    assert.matches("--launch-type (string)\n      one of: EC2, FARGATE, EXTERNAL", out, 1, true)
    assert.matches("--enable-ecs-managed-tags | --no-enable-ecs-managed-tags (boolean)", out, 1, true)
    assert.matches("--tasks (list of string) [required]", (awsjobs_cli { "ecs", "describe-tasks", "help" }), 1, true)
    out = awsjobs_cli { "batch", "submit-job", "help" }
    assert.matches("--scheduling-priority-override (integer)", out, 1, true)
    out = awsjobs_cli { "sagemaker", "stop-pipeline-execution", "help" }
    assert.matches("--pipeline-execution-arn (string) [required]\n      length 0 to 2048", out, 1, true)
    out = awsjobs_cli { "ecs", "list-tasks", "help" }
    assert.matches("--starting-token", out, 1, true)
    assert.is_nil(out:find("--next-token", 1, true))
    out = awsjobs_cli { "ecs", "wait", "tasks-stopped", "help" }
    assert.matches("--timeout", out, 1, true)
    assert.matches("600 seconds", out, 1, true)
  end)
end)

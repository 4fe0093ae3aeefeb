-- Clients without a network: what prepare() builds for each protocol, validation, options,
-- region / endpoint / credential resolution, and lazy model loading.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local config = require "awsjobs.config"
local credentials = require "awsjobs.credentials"
local endpoints = require "awsjobs.endpoints"
local servers = require "helpers.servers"

local CREDS = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }
local TASK = "arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef"

local function client(service, extra)
  local opts = { region = "us-east-1", credentials = CREDS }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.client(service, opts))
end

local function scope_of(req)
  return req.headers.Authorization:match("Credential=[^/]+/%d+/([^,]+)/aws4_request")
end

-- Runs a Lua snippet in a fresh interpreter with the given environment; returns its output.
local function run_lua(env, code)
  local parts = {}
  for k, v in pairs(env) do parts[#parts + 1] = k .. "='" .. v .. "'" end
  local cmd = ("env -u AWS_REGION -u AWS_DEFAULT_REGION -u AWS_PROFILE -u AWS_ENDPOINT_URL " ..
    "-u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY AWS_EC2_METADATA_DISABLED=true %s " ..
    "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' lua5.4 -e %q 2>&1"):format(
    table.concat(parts, " "), code)
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  p:close()
  return out
end

describe("client:prepare", function()
  it("builds an awsJson1_1 ECS StopTask signed for ecs", function()
    local req = assert(client("ecs"):prepare("StopTask", { task = TASK, reason = "done" }))
    assert.are.equal("POST", req.method)
    assert.are.equal("https://ecs.us-east-1.amazonaws.com/", req.url)
    assert.are.equal("AmazonEC2ContainerServiceV20141113.StopTask", req.headers["X-Amz-Target"])
    assert.are.equal("application/x-amz-json-1.1", req.headers["Content-Type"])
    assert.are.equal("us-east-1/ecs", scope_of(req))
    assert.are.same({ task = TASK, reason = "done" }, cjson.decode(req.body))
    assert.are.equal(tostring(#req.body), req.headers["Content-Length"])
  end)

  it("sends SageMaker to api.sagemaker but signs for sagemaker, and fills ClientRequestToken", function()
    local sm = client("sagemaker", { region = "eu-west-1" })
    local arn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/abc"
    local req = assert(sm:prepare("StopPipelineExecution", { PipelineExecutionArn = arn }))
    assert.are.equal("https://api.sagemaker.eu-west-1.amazonaws.com/", req.url)
    assert.are.equal("eu-west-1/sagemaker", scope_of(req))
    assert.are.equal("SageMaker.StopPipelineExecution", req.headers["X-Amz-Target"])
    local body = cjson.decode(req.body)
    assert.are.equal(arn, body.PipelineExecutionArn)
    assert.matches("^%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-[89ab]%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x$",
      body.ClientRequestToken)
    local again = cjson.decode(sm:prepare("StopPipelineExecution", { PipelineExecutionArn = arn }).body)
    assert.are_not.equal(body.ClientRequestToken, again.ClientRequestToken)
    local given = cjson.decode(sm:prepare("StopPipelineExecution",
      { PipelineExecutionArn = arn, ClientRequestToken = "mine-0123456789abcdef0123456789ab" }).body)
    assert.are.equal("mine-0123456789abcdef0123456789ab", given.ClientRequestToken)
  end)

  it("builds IoT CancelJobExecution on the REST path, labels encoded so they cannot move it", function()
    local iot = client("iot")
    local req = assert(iot:prepare("CancelJobExecution", { thingName = "../x", jobId = "job 1", force = true }))
    assert.are.equal("PUT", req.method)
    assert.are.equal("https://iot.us-east-1.amazonaws.com/things/..%2Fx/jobs/job%201/cancel?force=true", req.url)
    assert.are.equal("us-east-1/iot", scope_of(req))
    assert.are.equal("{}", req.body)
    req = assert(iot:prepare("CancelJobExecution", { thingName = "t", jobId = "j", force = false,
      statusDetails = { reason = "stop" } }))
    assert.matches("?force=false$", req.url)
    assert.are.same({ statusDetails = { reason = "stop" } }, cjson.decode(req.body))
  end)

  it("builds Batch TerminateJob as restJson1", function()
    local req = assert(client("batch"):prepare("TerminateJob", { jobId = "j-1", reason = "stop" }))
    assert.are.equal("POST", req.method)
    assert.are.equal("https://batch.us-east-1.amazonaws.com/v1/terminatejob", req.url)
    assert.are.equal("application/json", req.headers["Content-Type"])
    assert.are.same({ jobId = "j-1", reason = "stop" }, cjson.decode(req.body))
  end)

  it("keeps empty lists as [], empty maps as {} and false booleans", function()
    local req = assert(client("ecs"):prepare("RunTask", {
      taskDefinition = "td", overrides = { containerOverrides = {} }, enableECSManagedTags = false,
      tags = {},
    }))
    assert.matches('"containerOverrides":%[%]', req.body)
    assert.matches('"tags":%[%]', req.body)
    assert.matches('"enableECSManagedTags":false', req.body)
    req = assert(client("batch"):prepare("SubmitJob", { jobName = "n", jobQueue = "q", jobDefinition = "d",
      parameters = {} }))
    assert.matches('"parameters":{}', req.body)
  end)

  it("uses a custom endpoint, with its port and base path", function()
    local req = assert(client("ecs", { endpoint = "http://127.0.0.1:4566/base/" }):prepare("ListTasks", {}))
    assert.are.equal("http://127.0.0.1:4566/base/", req.url)
  end)
end)

describe("every operation of the four models is a method", function()
  for _, service in ipairs { "ecs", "batch", "iot", "sagemaker" } do
    it(service, function()
      local c = client(service)
      local n = 0
      for name in pairs(c.model.operations) do
        local method = name:sub(1, 1):lower() .. name:sub(2)
        assert.is_function(c[method], method)
        n = n + 1
      end
      assert.is_true(n > 40)
      assert.is_nil(c.notAnOperation)
    end)
  end
end)

describe("validation before sending", function()
  local ecs, sm = client("ecs"), client("sagemaker")

  local function problem(c, op, params)
    local req, err = c:prepare(op, params)
    assert.is_nil(req)
    assert.are.equal("validation", err.kind)
    assert.are.equal("ParamValidationError", err.code)
    assert.are.equal(op, err.operation)
    return err.message
  end

  it("names a missing required parameter", function()
    assert.matches("task: required parameter missing", problem(ecs, "StopTask", { reason = "x" }))
  end)

  it("returns error objects awsjobs.is_error recognises, and nothing else", function()
    local _, err = ecs:prepare("StopTask", {})
    assert.is_true(awsjobs.is_error(err))
    assert.is_false(awsjobs.is_error({ kind = "validation" }))
    assert.is_false(awsjobs.is_error("text"))
  end)

  it("suggests the right spelling of an unknown member", function()
    assert.matches("pipelineExecutionArn: unknown parameter %(did you mean PipelineExecutionArn%?%)",
      problem(sm, "StopPipelineExecution", { pipelineExecutionArn = "arn:x" }))
    assert.matches("reson: unknown parameter %(did you mean reason%?%)",
      problem(ecs, "StopTask", { task = TASK, reson = "x" }))
  end)

  it("gives the path of a nested problem", function()
    local msg = problem(ecs, "RunTask", { taskDefinition = "td",
      overrides = { containerOverrides = { { name = 5 } } } })
    assert.matches("overrides%.containerOverrides%[1%]%.name: must be a string", msg)
    assert.matches("overrides%.containerOverride: unknown parameter %(did you mean overrides%.containerOverrides%?%)",
      problem(ecs, "RunTask", { taskDefinition = "td", overrides = { containerOverride = {} } }))
    local batch = client("batch")
    local job = { jobName = "j", jobQueue = "q", jobDefinition = "d" }
    job.tags = { [""] = "v", ok = string.rep("x", 300) }
    local tags = problem(batch, "SubmitJob", job)
    assert.matches('tags%[""%] %(key%): length must be at least 1', tags)
    assert.matches('tags%["ok"%]: length must be at most 256', tags)
  end)

  it("checks enums, lengths, list sizes, ranges and types", function()
    assert.matches("launchType: must be one of EC2, FARGATE, EXTERNAL",
      problem(ecs, "RunTask", { taskDefinition = "td", launchType = "MOON" }))
    assert.matches("count: must be an integer", problem(ecs, "RunTask", { taskDefinition = "td", count = 1.5 }))
    assert.matches("PipelineExecutionArn: length must be at most 2048",
      problem(sm, "StopPipelineExecution", { PipelineExecutionArn = string.rep("a", 2049) }))
    assert.matches("ClientRequestToken: length must be at least 32",
      problem(sm, "StopPipelineExecution", { PipelineExecutionArn = "arn:x", ClientRequestToken = "short" }))
    assert.matches("MaxResults: value must be at most 100",
      problem(sm, "ListPipelineExecutions", { PipelineName = "p", MaxResults = 101 }))
    assert.matches("tasks: must be a list", problem(ecs, "DescribeTasks", { tasks = { a = 1 } }))
    assert.matches("must be valid UTF%-8", problem(ecs, "StopTask", { task = "\255\254" }))
    assert.matches("parameters must be a table", problem(ecs, "StopTask", "oops"))
  end)

  it("never puts the value itself in the message", function()
    local msg = problem(ecs, "RunTask", { taskDefinition = "td", launchType = "s3cr3t-value" })
    assert.is_nil(msg:find("s3cr3t", 1, true))
  end)

  it("rejects an unknown operation with a hint", function()
    local req, err = ecs:prepare("StopTasks", {})
    assert.is_nil(req)
    assert.matches("unknown operation StopTasks %(did you mean StopTask%?%)", err.message)
  end)
end)

describe("client options", function()
  it("reject unknown and mistyped options with a hint", function()
    local c, err = awsjobs.ecs { regoin = "us-east-1" }
    assert.is_nil(c)
    assert.matches("options.regoin: unknown option %(did you mean region%?%)", err.message)
    c, err = awsjobs.ecs { region = "us-east-1", timeout = "5" }
    assert.is_nil(c)
    assert.matches("options.timeout: must be a number", err.message)
    c, err = awsjobs.ecs { region = "us-east-1", max_attempts = 0 }
    assert.is_nil(c)
    assert.matches("max_attempts", err.message)
  end)

  it("accept transport choices, and say when cosockets cannot be used outside nginx", function()
    local c, err = awsjobs.ecs { region = "us-east-1", transport = "pigeon" }
    assert.is_nil(c)
    assert.matches("options.transport: must be", err.message)
    c = assert(awsjobs.ecs { region = "us-east-1", transport = "cosocket", credentials = CREDS })
    local out
    out, err = c:listClusters {}
    assert.is_nil(out)
    assert.are.same({ "validation", "UnsupportedPhase" }, { err.kind, err.code })
    assert.matches("only inside nginx", err.message)
  end)

  it("reject a region that could change the host", function()
    local c, err = awsjobs.ecs { region = "evil.com/x" }
    assert.is_nil(c)
    assert.matches("region:", err.message)
  end)

  it("reject an endpoint that is not http(s)", function()
    local c, err = awsjobs.ecs { region = "us-east-1", endpoint = "ftp://x" }
    assert.is_nil(c)
    assert.matches("endpoint must use http or https", err.message)
  end)

  it("raise for an unknown service name (a programming error)", function()
    assert.has_error(function() awsjobs.client("s3", {}) end)
  end)
end)

describe("region", function()
  local function env(t) return function(k) return t[k] end end

  it("comes from the option, then AWS_REGION, AWS_DEFAULT_REGION, then the profile", function()
    local dir = os.tmpname()
    local f = assert(io.open(dir, "w"))
    f:write("[default]\nregion = ap-south-1\n[profile other]\nregion = sa-east-1\n")
    f:close()
    assert.are.equal("us-east-1", config.region({ region = "us-east-1" }, env { AWS_REGION = "x" }))
    assert.are.equal("eu-west-1", config.region({}, env { AWS_REGION = "eu-west-1", AWS_DEFAULT_REGION = "y" }))
    assert.are.equal("eu-west-2", config.region({}, env { AWS_DEFAULT_REGION = "eu-west-2" }))
    assert.are.equal("ap-south-1", config.region({}, env { AWS_CONFIG_FILE = dir }))
    assert.are.equal("sa-east-1", config.region({ profile = "other" }, env { AWS_CONFIG_FILE = dir }))
    assert.are.equal("sa-east-1", config.region({}, env { AWS_CONFIG_FILE = dir, AWS_PROFILE = "other" }))
    assert.is_nil(config.region({}, env { AWS_CONFIG_FILE = dir .. ".missing" }))
    os.remove(dir)
  end)

  it("is a clear error when missing", function()
    local out = run_lua({ AWS_CONFIG_FILE = "/nonexistent" },
      'local c, e = require("awsjobs").ecs{}; print(c, e.kind, e.message)')
    assert.matches("nil\tvalidation\tno region", out)
  end)
end)

describe("endpoint resolution", function()
  local meta = { serviceId = "SageMaker", endpointPrefix = "api.sagemaker" }
  local function env(t) return function(k) return t[k] end end

  it("follows explicit, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, then the default", function()
    local function url(explicit, e, region)
      return endpoints.url_for(assert(endpoints.resolve(meta, region or "us-east-1", explicit, env(e))), { path = "/" })
    end
    assert.are.equal("http://a:1/", url("http://a:1", { AWS_ENDPOINT_URL_SAGEMAKER = "http://b" }))
    assert.are.equal("http://b/", url(nil, { AWS_ENDPOINT_URL_SAGEMAKER = "http://b", AWS_ENDPOINT_URL = "http://c" }))
    assert.are.equal("http://c/", url(nil, { AWS_ENDPOINT_URL = "http://c" }))
    assert.are.equal("https://api.sagemaker.us-east-1.amazonaws.com/", url(nil, {}))
    assert.are.equal("https://api.sagemaker.cn-north-1.amazonaws.com.cn/", url(nil, {}, "cn-north-1"))
  end)

  it("reads AWS_ENDPOINT_URL_ECS through the public API", function()
    local out = run_lua({ AWS_ENDPOINT_URL_ECS = "http://127.0.0.1:9" },
      'local c = require("awsjobs").ecs{region="us-east-1", credentials={access_key_id="A", ' ..
      'secret_access_key="B"}}; print(c:prepare("ListTasks", {}).url)')
    assert.are.equal("http://127.0.0.1:9/\n", out)
  end)
end)

describe("credentials", function()
  local env = servers.env
  local function write(text)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write(text)
    f:close()
    return path
  end

  it("prefers explicit credentials", function()
    local c = assert(credentials.new({ credentials = CREDS, getenv = env { AWS_ACCESS_KEY_ID = "ENV" } }):get())
    assert.are.equal("AKIDEXAMPLE", c.access_key_id)
    assert.are.equal("explicit credentials", c.source)
  end)

  it("reads the environment, with the session token", function()
    local c = assert(credentials.new({ getenv = env {
      AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "envsecret", AWS_SESSION_TOKEN = "tok",
    } }):get())
    assert.are.same({ "AKIDENV", "envsecret", "tok", "environment" },
      { c.access_key_id, c.secret_access_key, c.session_token, c.source })
  end)

  it("reads the shared credentials file, then static keys in the config file", function()
    local creds_file = write("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n" ..
      "[dev]\naws_access_key_id=AKIDDEV\naws_secret_access_key=devsecret\naws_session_token=devtoken\n")
    local config_file = write("[profile cfg]\naws_access_key_id = AKIDCFG\naws_secret_access_key = cfgsecret\n")
    local e = { AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_CONFIG_FILE = config_file }
    assert.are.equal("AKIDFILE", assert(credentials.new({ getenv = env(e) }):get()).access_key_id)
    local dev = assert(credentials.new({ profile = "dev", getenv = env(e) }):get())
    assert.are.same({ "AKIDDEV", "devtoken" }, { dev.access_key_id, dev.session_token })
    assert.are.equal("AKIDCFG", assert(credentials.new({ profile = "cfg", getenv = env(e) }):get()).access_key_id)
    os.remove(creds_file)
    os.remove(config_file)
  end)

  it("lets the environment keys beat AWS_PROFILE; only the profile option selects the profile (as botocore)", function()
    local creds_file = write("[dev]\naws_access_key_id=AKIDDEV\naws_secret_access_key=devsecret\n")
    local e = { AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_CONFIG_FILE = "/nonexistent",
                AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "envsecret", AWS_PROFILE = "dev" }
    assert.are.equal("AKIDENV", assert(credentials.new({ getenv = env(e) }):get()).access_key_id)
    assert.are.equal("AKIDDEV", assert(credentials.new({ profile = "dev", getenv = env(e) }):get()).access_key_id)
    os.remove(creds_file)
  end)

  it("says which sources were tried when none has credentials", function()
    local c, err = credentials.new({ getenv = env { AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
                                                   AWS_CONFIG_FILE = "/nonexistent" } }):get()
    assert.is_nil(c)
    assert.are.equal("credentials", err.kind)
    assert.matches("environment: AWS_ACCESS_KEY_ID not set", err.message)
    assert.matches("shared credentials file: no keys for profile \"default\"", err.message)
    assert.matches("instance metadata: disabled by AWS_EC2_METADATA_DISABLED", err.message)
  end)

  it("fails a call with kind credentials, naming the operation", function()
    local out = run_lua({ AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_CONFIG_FILE = "/nonexistent" },
      'local c = require("awsjobs").ecs{region="us-east-1"}; local r, e = c:stopTask{task="t"}; ' ..
      'print(r, e.kind, e.operation, e.code)')
    assert.are.equal("nil\tcredentials\tStopTask\tNoCredentials\n", out)
  end)

  it("reports explicit but incomplete credentials without looking elsewhere", function()
    local c, err = credentials.new({ credentials = { access_key_id = "A" },
                                     getenv = env { AWS_ACCESS_KEY_ID = "E", AWS_SECRET_ACCESS_KEY = "S" } }):get()
    assert.is_nil(c)
    assert.matches("explicit credentials: secret_access_key missing", err.message)
  end)
end)

describe("loading", function()
  it("loads a service model only when a client of it is made", function()
    local out = run_lua({}, 'local a = require "awsjobs"; ' ..
      'print(package.loaded["awsjobs.models.sagemaker"] == nil, package.loaded["awsjobs.models.ecs"] == nil); ' ..
      'a.sagemaker{region = "us-east-1"}; print(package.loaded["awsjobs.models.sagemaker"] ~= nil)')
    assert.are.equal("true\ttrue\ntrue\n", out)
  end)
end)

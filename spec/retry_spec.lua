-- Retries in the AWS SDKs' standard mode, against a local fake server that answers with
-- scripted failures (spec/fakes/fake_aws.py), and the retry policy's own arithmetic.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local retry = require "awsjobs.retry"
local servers = require "helpers.servers"

local ARN = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abc"
local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }

local function ok_response()
  return { status = 200, headers = JSON, body = cjson.encode { PipelineExecutionArn = ARN } }
end

local function error_response(status, code, message)
  return { status = status, headers = { ["Content-Type"] = "application/x-amz-json-1.1",
    ["x-amzn-RequestId"] = "req-" .. code },
    body = cjson.encode { __type = "com.amazonaws.sagemaker#" .. code, message = message } }
end

-- A SageMaker client on the fake whose sleeps are recorded instead of slept.
local function client_for(fake, extra)
  local slept = {}
  local opts = {
    region = "us-east-1", endpoint = fake.url, credentials = servers.FAKE_CREDENTIALS,
    retry = { sleep = function(s) slept[#slept + 1] = s end, random = function() return 0.5 end },
  }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.sagemaker(opts)), slept
end

describe("retries against a scripted server", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  it("retries a 503 and keeps the idempotency token the same across attempts", function()
    fake = servers.fake { error_response(503, "ServiceUnavailable", "busy"), ok_response() }
    local sm, slept = client_for(fake)
    local out, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.is_table(out, err and tostring(err))
    assert.are.equal(ARN, out.PipelineExecutionArn)
    local reqs = fake.requests()
    assert.are.equal(2, #reqs)
    local t1 = cjson.decode(reqs[1].body).ClientRequestToken
    local t2 = cjson.decode(reqs[2].body).ClientRequestToken
    assert.is_string(t1)
    assert.are.equal(t1, t2)
    assert.is_true(reqs[1].signature.valid and reqs[2].signature.valid)
    assert.are.same({ 0.5 }, slept)  -- random 0.5 * min(20, 1 * 2^0)
  end)

  it("gives up on throttling after max_attempts, with the code, status and request id", function()
    fake = servers.fake { error_response(400, "ThrottlingException", "Rate exceeded") }
    local sm, slept = client_for(fake)
    local out, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.is_nil(out)
    assert.are.same({ "service", "ThrottlingException", 400, 3, true, "StopPipelineExecution" },
      { err.kind, err.code, err.status, err.attempts, err.retryable, err.operation })
    assert.are.equal("req-ThrottlingException", err.request_id)
    assert.are.equal("Rate exceeded", err.message)
    assert.are.equal(3, #fake.requests())
    assert.are.same({ 0.5, 1 }, slept)  -- exponential: 0.5 * 1, 0.5 * 2
    assert.matches("^awsjobs: service error ThrottlingException in StopPipelineExecution %(HTTP 400%): " ..
      "Rate exceeded %[request id req%-ThrottlingException%] after 3 attempts$", tostring(err))
  end)

  it("honours max_attempts", function()
    fake = servers.fake { error_response(500, "InternalFailure", "oops") }
    local sm = client_for(fake, { max_attempts = 5 })
    local _, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.are.equal(5, err.attempts)
    assert.are.equal(5, #fake.requests())
  end)

  it("does not retry an error that is the caller's", function()
    fake = servers.fake { error_response(400, "ValidationException", "bad arn") }
    local sm = client_for(fake)
    local _, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.are.same({ "ValidationException", false, 1 }, { err.code, err.retryable, err.attempts })
    assert.are.equal(1, #fake.requests())
  end)

  it("retries a connection reset", function()
    fake = servers.fake { { reset = true }, ok_response() }
    local sm = client_for(fake)
    local out, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.is_table(out, err and tostring(err))
    assert.are.equal(2, #fake.requests())
  end)

  it("reports a slow response as a timeout, and retries it", function()
    fake = servers.fake { { delay = 1.5, status = 200, headers = JSON, body = "{}" } }
    local sm = client_for(fake, { timeout = 0.3, max_attempts = 2 })
    local out, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.is_nil(out)
    assert.are.same({ "timeout", 2, true }, { err.kind, err.attempts, err.retryable })
  end)

  it("reports a refused connection as a network error", function()
    local sm = assert(awsjobs.sagemaker { region = "us-east-1", endpoint = "http://127.0.0.1:1",
      credentials = servers.FAKE_CREDENTIALS, max_attempts = 1 })
    local out, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    assert.is_nil(out)
    assert.are.equal("network", err.kind)
    assert.are.equal("NetworkError", err.code)
  end)

  it("keeps the secret key and session token out of a server's message", function()
    local creds = { access_key_id = "AKIDFAKE", secret_access_key = servers.FAKE_CREDENTIALS.secret_access_key,
                    session_token = "TOKEN-abcdefghijklmnop" }
    fake = servers.fake { error_response(403, "InvalidSignatureException",
      "The canonical request was x-amz-security-token:TOKEN-abcdefghijklmnop and key " ..
      creds.secret_access_key .. " Signature=abcdef0123") }
    local sm = assert(awsjobs.sagemaker { region = "us-east-1", endpoint = fake.url, credentials = creds })
    local _, err = sm:stopPipelineExecution { PipelineExecutionArn = ARN }
    local text = tostring(err)
    assert.is_nil(text:find("TOKEN-abcdefghijklmnop", 1, true))
    assert.is_nil(text:find(creds.secret_access_key, 1, true))
    assert.is_nil(text:find("abcdef0123", 1, true))
    assert.matches("%[redacted%]", text)
  end)
end)

describe("retry policy", function()
  it("waits a full-jitter exponential delay capped at 20 s", function()
    local p = retry.new { random = function() return 1 end }
    assert.are.same({ 1, 2, 4, 8, 16, 20, 20 }, { p:delay(1), p:delay(2), p:delay(3), p:delay(4),
      p:delay(5), p:delay(6), p:delay(10) })
    p = retry.new { random = function() return 0 end }
    assert.are.equal(0, p:delay(5))
  end)

  it("draws 5 tokens a retry and 10 after a timeout, and stops when the quota is spent", function()
    local p = retry.new { max_attempts = 1000 }
    local throttled = { kind = "service", code = "ThrottlingException", status = 400 }
    local n, LIMIT = 0, 1000  -- bounded: a quota that never runs out fails here instead of hanging
    while p:acquire(throttled, 1) do
      n = n + 1
      assert(n < LIMIT, "the quota still gave a retry after " .. LIMIT .. " draws; it must run out at 100")
    end
    assert.are.equal(100, n)  -- 500 / 5
    assert.are.equal(0, p.quota)
    p:release(5)
    assert.are.equal(5, p.quota)
    assert.is_nil(p:acquire({ kind = "timeout" }, 1))  -- a timeout costs 10
    assert.are.equal(5, p:acquire(throttled, 1))
  end)

  it("pays back on success, up to the initial 500", function()
    local p = retry.new {}
    p:acquire({ kind = "network" }, 1)
    assert.are.equal(495, p.quota)
    p:release(5)
    assert.are.equal(500, p.quota)
    p:release(nil)
    assert.are.equal(500, p.quota)
  end)

  it("classifies errors as the SDKs do", function()
    assert.is_true(retry.retryable { kind = "service", code = "TooManyRequestsException", status = 429 })
    assert.is_true(retry.retryable { kind = "service", code = "Whatever", status = 502 })
    assert.is_true(retry.retryable { kind = "network" })
    assert.is_false(retry.retryable { kind = "service", code = "AccessDeniedException", status = 403 })
    assert.is_false(retry.retryable { kind = "validation" })
    assert.is_false(retry.retryable { kind = "credentials" })
  end)
end)

-- The libcurl transport's edges: TLS verification, response size cap, chunked bodies.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local servers = require "helpers.servers"

local JSON = { ["Content-Type"] = "application/x-amz-json-1.1" }
local ARN = "arn:aws:ecs:us-east-1:123456789012:task/default/abc"

local function ecs(url, extra)
  local opts = { region = "us-east-1", endpoint = url, credentials = servers.FAKE_CREDENTIALS, max_attempts = 1 }
  for k, v in pairs(extra or {}) do opts[k] = v end
  return assert(awsjobs.ecs(opts))
end

describe("the libcurl transport", function()
  local fake, dir
  after_each(function()
    if fake then fake.stop() end
    if dir then os.execute("rm -rf " .. dir) end
    fake, dir = nil, nil
  end)

  it("verifies TLS certificates: a CA it trusts works, an unknown one is refused", function()
    local cert, key
    cert, key, dir = servers.self_signed()
    fake = servers.fake { tls = { cert = cert, key = key },
      responses = { { status = 200, headers = JSON, body = cjson.encode { task = { taskArn = ARN } } } } }
    assert.matches("^https://", fake.url)
    local out, err = ecs(fake.url, { ca_file = cert }):stopTask { task = ARN }
    assert.is_table(out, err and tostring(err))
    assert.are.equal(ARN, out.task.taskArn)
    out, err = ecs(fake.url):stopTask { task = ARN }
    assert.is_nil(out)
    assert.are.equal("network", err.kind)
    assert.matches("certificate", err.message)
    assert.are.equal(1, #fake.requests())  -- the refused one never got as far as a request
  end)

  it("refuses a response larger than max_response", function()
    fake = servers.fake { { status = 200, headers = JSON, body = cjson.encode { task = { taskArn = ("x"):rep(5000) } } } }
    local out, err = ecs(fake.url, { max_response = 1000 }):stopTask { task = ARN }
    assert.is_nil(out)
    assert.are.equal("network", err.kind)
    assert.matches("larger than max_response", err.message)
    assert.is_table(ecs(fake.url):stopTask { task = ARN })
  end)

  it("reads a chunked response", function()
    fake = servers.fake { { status = 200, headers = JSON, chunked = 7,
      body = cjson.encode { task = { taskArn = ARN, stoppedReason = ("r"):rep(100) } } } }
    local out = assert(ecs(fake.url):stopTask { task = ARN })
    assert.are.equal(("r"):rep(100), out.task.stoppedReason)
  end)
end)

-- The signature-checking proxy in front of moto (spec/fakes/sigv4_proxy.py, started by
-- servers.moto()): a right signature reaches moto, a wrong one gets AWS's 403, so the
-- moto-backed specs fail when signing is wrong (moto itself accepts any signature).
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"
local servers = require "helpers.servers"

local RIGHT = { access_key_id = "AKIDMOTO", secret_access_key = servers.MOTO_CREDENTIALS.AKIDMOTO }

local function ecs(url, credentials)
  return assert(awsjobs.ecs { region = "us-east-1", endpoint = url, credentials = credentials, max_attempts = 1 })
end

describe("servers.moto()'s signature check", function()
  local moto
  lazy_setup(function() moto = servers.moto() end)
  lazy_teardown(function() if moto then moto.stop() end end)

  it("forwards a rightly signed call to moto", function()
    local out, err = ecs(moto.url, RIGHT):listClusters {}
    assert.is_table(out, err and tostring(err))
    assert.is_table(out.clusterArns)
  end)

  it("refuses a wrong signature with 403 InvalidSignatureException (JSON protocols)", function()
    local _, err = ecs(moto.url, { access_key_id = "AKIDMOTO", secret_access_key = "wrong" }):listClusters {}
    assert.are.same({ 403, "InvalidSignatureException" }, { err.status, err.code })
  end)

  it("refuses an unknown access key", function()
    local _, err = ecs(moto.url, { access_key_id = "AKIDNOBODY", secret_access_key = "x" }):listClusters {}
    assert.are.same({ 403, "UnrecognizedClientException" }, { err.status, err.code })
  end)

  it("refuses a wrong signature with 403 SignatureDoesNotMatch in XML (query protocol)", function()
    local req = { method = "POST", url = moto.url .. "/", body = "Action=GetCallerIdentity&Version=2011-06-15",
                  headers = { ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8" } }
    local function call(secret)
      local headers = assert(awsjobs.sign(req, { region = "us-east-1", service = "sts",
        credentials = { access_key_id = "AKIDMOTO", secret_access_key = secret } }))
      return core.http { timeout = 30 }:request("POST", req.url, headers, req.body)
    end
    local status, _, body = call("wrong")
    assert.are.equal(403, status)
    assert.matches("<Code>SignatureDoesNotMatch</Code>", body, 1, true)
    status, _, body = call(RIGHT.secret_access_key)
    assert.are.equal(200, status, body)
    assert.matches("GetCallerIdentityResult", body, 1, true)
  end)

  it("refuses an unsigned call, except the STS calls AWS takes unsigned", function()
    local conn = core.http { timeout = 30 }
    local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
    local status, _, body = conn:request("POST", moto.url .. "/", form, "Action=GetCallerIdentity&Version=2011-06-15")
    assert.are.equal(403, status)
    assert.matches("MissingAuthenticationToken", body, 1, true)
    status = conn:request("POST", moto.url .. "/", form, "Action=AssumeRoleWithWebIdentity&Version=2011-06-15" ..
      "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fci&RoleSessionName=s&WebIdentityToken=eyJ.a.b")
    assert.are.equal(200, status)
  end)
end)

-- The credential chain, source by source, against servers on 127.0.0.1: moto's STS, and
-- fakes for STS (to see the request), the SSO portal, container credentials and IMDSv2.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local core = require "awsjobs.core"
local credentials = require "awsjobs.credentials"
local servers = require "helpers.servers"
local timestamp = require "awsjobs.timestamp"

local env = servers.env
local NOW = 1800000000  -- a fixed clock for expiry arithmetic

local function write(text, path)
  path = path or os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  return path
end

local function sts_xml(action, id, expiration)
  return ("<%sResponse><%sResult><Credentials><AccessKeyId>%s</AccessKeyId>" ..
    "<SecretAccessKey>secret&amp;%s</SecretAccessKey><SessionToken>token-%s</SessionToken>" ..
    "<Expiration>%s</Expiration></Credentials></%sResult></%sResponse>"):format(
    action, action, id, id, id, timestamp.iso8601(expiration), action, action)
end

local function form(body)
  local t = {}
  for k, v in body:gmatch("([^&=]+)=([^&]*)") do
    t[k] = v:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end)
  end
  return t
end

describe("assume-role profiles", function()
  local fake, files = nil, {}
  after_each(function()
    if fake then fake.stop() end
    fake = nil
    for _, f in ipairs(files) do os.remove(f) end
  end)

  local function profiles(config_text, creds_text)
    local c, k = write(config_text), write(creds_text or "")
    files[#files + 1], files[#files + 2] = c, k
    return c, k
  end

  it("sign STS AssumeRole with the source_profile's keys and use the role's credentials", function()
    fake = servers.fake { { status = 200, body = sts_xml("AssumeRole", "ASIAROLE", NOW + 3600) } }
    local config_file, creds_file = profiles(
      "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = base\n" ..
      "role_session_name = nightly\nexternal_id = ext-1\n",
      "[base]\naws_access_key_id = AKIDFAKE\naws_secret_access_key = " .. servers.FAKE_CREDENTIALS.secret_access_key .. "\n")
    local chain = credentials.new { profile = "deploy", region = "eu-west-1", now = function() return NOW end,
      getenv = env { AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = creds_file,
                     AWS_ENDPOINT_URL_STS = fake.url } }
    local c = assert(chain:get())
    assert.are.same({ "ASIAROLE", "secret&ASIAROLE", "token-ASIAROLE", NOW + 3600, "assume role" },
      { c.access_key_id, c.secret_access_key, c.session_token, c.expiration, c.source })
    local req = fake.requests()[1]
    assert.is_true(req.signature.valid, req.signature.reason)
    assert.are.same({ "sts", "eu-west-1", "AKIDFAKE" },
      { req.signature.service, req.signature.region, req.signature.access_key_id })
    local body = form(req.body)
    assert.are.same({ "AssumeRole", "arn:aws:iam::123456789012:role/deployer", "nightly", "ext-1" },
      { body.Action, body.RoleArn, body.RoleSessionName, body.ExternalId })
  end)

  it("work against moto's STS, end to end through a client", function()
    local moto = servers.moto()
    local config_file, creds_file = profiles(
      "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/deployer\ncredential_source = Environment\n")
    local chain = credentials.new { profile = "deploy", region = "us-east-1", getenv = env {
      AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_ENDPOINT_URL_STS = moto.url,
      AWS_ACCESS_KEY_ID = "AKIDSOURCE", AWS_SECRET_ACCESS_KEY = "source-secret" } }
    local c, err = chain:get()
    moto.stop()
    assert.is_table(c, err and tostring(err))
    assert.matches("^ASIA", c.access_key_id)
    assert.is_string(c.session_token)
    assert.is_number(c.expiration)
  end)

  it("report STS's error, a missing source and a source_profile loop, without secrets", function()
    fake = servers.fake { { status = 403, body = "<ErrorResponse><Error><Code>AccessDenied</Code>" ..
      "<Message>not allowed to assume deployer</Message></Error></ErrorResponse>" } }
    local config_file, creds_file = profiles(
      "[profile deploy]\nrole_arn = arn:aws:iam::1:role/deployer\nsource_profile = base\n" ..
      "[profile nosource]\nrole_arn = arn:aws:iam::1:role/x\n" ..
      "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n" ..
      "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n",
      "[base]\naws_access_key_id = AKIDFAKE\naws_secret_access_key = base-secret-value\n")
    local e = { AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_ENDPOINT_URL_STS = fake.url }
    local _, err = credentials.new({ profile = "deploy", getenv = env(e) }):get()
    assert.matches("assume role: STS AssumeRole failed: AccessDenied: not allowed to assume deployer %(HTTP 403%)",
      err.message)
    assert.is_nil(err.message:find("base-secret-value", 1, true))
    _, err = credentials.new({ profile = "nosource", getenv = env(e) }):get()
    assert.matches("has role_arn but no source_profile or credential_source", err.message)
    _, err = credentials.new({ profile = "a", getenv = env(e) }):get()
    assert.matches("source_profile loop", err.message)
  end)
end)

describe("web identity", function()
  local fake, token_file
  before_each(function() token_file = write("eyJ.header.payload\n") end)
  after_each(function()
    if fake then fake.stop() end
    fake = nil
    os.remove(token_file)
  end)

  it("trades the token file for role credentials, unsigned, from the environment", function()
    fake = servers.fake { { status = 200, body = sts_xml("AssumeRoleWithWebIdentity", "ASIAWEB", NOW + 900) } }
    local c = assert(credentials.new({ region = "us-west-2", getenv = env {
      AWS_WEB_IDENTITY_TOKEN_FILE = token_file, AWS_ROLE_ARN = "arn:aws:iam::1:role/pod",
      AWS_ROLE_SESSION_NAME = "pod-1", AWS_ENDPOINT_URL_STS = fake.url,
      AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" } }):get())
    assert.are.same({ "ASIAWEB", "web identity" }, { c.access_key_id, c.source })
    local req = fake.requests()[1]
    assert.is_nil(req.headers.Authorization)
    local body = form(req.body)
    assert.are.same({ "AssumeRoleWithWebIdentity", "eyJ.header.payload", "pod-1", "arn:aws:iam::1:role/pod" },
      { body.Action, body.WebIdentityToken, body.RoleSessionName, body.RoleArn })
  end)

  it("reads web_identity_token_file from the profile, and moto's STS accepts it", function()
    local moto = servers.moto()
    local config_file = write("[profile ci]\nweb_identity_token_file = " .. token_file ..
      "\nrole_arn = arn:aws:iam::123456789012:role/ci\n")
    local c, err = credentials.new({ profile = "ci", getenv = env {
      AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_ENDPOINT_URL_STS = moto.url } }):get()
    moto.stop()
    os.remove(config_file)
    assert.is_table(c, err and tostring(err))
    assert.are.equal("web identity", c.source)
    assert.is_string(c.session_token)
  end)

  it("says so when the token file cannot be read", function()
    local _, err = credentials.new({ getenv = env { AWS_WEB_IDENTITY_TOKEN_FILE = "/nonexistent/token",
      AWS_ROLE_ARN = "arn:aws:iam::1:role/pod" } }):get()
    assert.matches("web identity: cannot read the token file /nonexistent/token", err.message)
  end)
end)

describe("IAM Identity Center (SSO)", function()
  local fake, home, config_file
  before_each(function()
    home = os.tmpname()
    os.remove(home)
    assert(os.execute("mkdir -p " .. home .. "/.aws/sso/cache"))
    config_file = write("[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n" ..
      "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-central-1\n")
  end)
  after_each(function()
    if fake then fake.stop() end
    fake = nil
    os.execute("rm -rf " .. home)
    os.remove(config_file)
  end)

  local function cache(expires_at)
    write(cjson.encode { accessToken = "sso-access-token", expiresAt = timestamp.iso8601(expires_at) },
      home .. "/.aws/sso/cache/" .. core.sha1_hex("corp") .. ".json")
  end

  it("uses the cached token with the portal's GetRoleCredentials", function()
    cache(NOW + 3600)
    fake = servers.fake { routes = { { method = "GET", path = "/federation/credentials", status = 200,
      require_headers = { ["x-amz-sso_bearer_token"] = "sso-access-token" },
      body = cjson.encode { roleCredentials = { accessKeyId = "ASIASSO", secretAccessKey = "sso-secret",
        sessionToken = "sso-session", expiration = (NOW + 3600) * 1000 } } } } }
    local c, err = credentials.new({ profile = "dev", now = function() return NOW end, getenv = env {
      HOME = home, AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_ENDPOINT_URL_SSO = fake.url } }):get()
    assert.is_table(c, err and tostring(err))
    assert.are.same({ "ASIASSO", "sso-session", NOW + 3600, "sso" },
      { c.access_key_id, c.session_token, c.expiration, c.source })
    assert.matches("account_id=123456789012", fake.requests()[1].query)
    assert.matches("role_name=Dev", fake.requests()[1].query)
  end)

  it("asks for `aws sso login` when the cached token has expired or is missing", function()
    cache(NOW - 1)
    local e = env { HOME = home, AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }
    local _, err = credentials.new({ profile = "dev", now = function() return NOW end, getenv = e }):get()
    assert.matches("sso: the cached SSO token has expired; run `aws sso login`", err.message)
    os.execute("rm -f " .. home .. "/.aws/sso/cache/*.json")
    _, err = credentials.new({ profile = "dev", now = function() return NOW end, getenv = e }):get()
    assert.matches("no cached SSO token", err.message)
  end)
end)

describe("credential_process", function()
  it("runs the command and reads its JSON", function()
    local script = write("#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", " ..
      "\"SecretAccessKey\": \"proc-secret\", \"SessionToken\": \"proc-token\", " ..
      "\"Expiration\": \"2027-01-15T10:00:00Z\"}'\n")
    local config_file = write("[default]\ncredential_process = sh " .. script .. "\n")
    local c = assert(credentials.new({ getenv = env { AWS_CONFIG_FILE = config_file,
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" } }):get())
    assert.are.same({ "AKIDPROC", "proc-secret", "proc-token", timestamp.parse("2027-01-15T10:00:00Z"), "credential_process" },
      { c.access_key_id, c.secret_access_key, c.session_token, c.expiration, c.source })
    os.remove(script)
    os.remove(config_file)
  end)

  it("reports a failing command without repeating its output", function()
    local config_file = write("[default]\ncredential_process = sh -c 'echo leaked-secret-value; exit 3'\n")
    local _, err = credentials.new({ getenv = env { AWS_CONFIG_FILE = config_file,
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" } }):get()
    assert.matches("credential_process: the credential_process command failed %(exit 3%)", err.message)
    assert.is_nil(tostring(err):find("leaked-secret-value", 1, true))
    os.remove(config_file)
  end)
end)

describe("container credentials", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  local function container_reply(id, expiration)
    return { status = 200, body = cjson.encode { AccessKeyId = id, SecretAccessKey = "container-secret",
      Token = "container-token", Expiration = timestamp.iso8601(expiration) } }
  end

  it("reads AWS_CONTAINER_CREDENTIALS_FULL_URI with the token file's Authorization", function()
    fake = servers.fake { routes = { { method = "GET", path = "/v1/creds",
      require_headers = { Authorization = "pod-token" }, status = 200,
      body = container_reply("ASIACONT", NOW + 3600).body } } }
    local token_file = write("pod-token\n")
    local c, err = credentials.new({ now = function() return NOW end, getenv = env {
      AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_CONTAINER_CREDENTIALS_FULL_URI = fake.url .. "/v1/creds",
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = token_file } }):get()
    os.remove(token_file)
    assert.is_table(c, err and tostring(err))
    assert.are.same({ "ASIACONT", "container-token", NOW + 3600, "container" },
      { c.access_key_id, c.session_token, c.expiration, c.source })
  end)

  it("refuses a plain-http full URI to another host, without calling it", function()
    local _, err = credentials.new({ getenv = env { AWS_CONFIG_FILE = "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_CONTAINER_CREDENTIALS_FULL_URI = "http://10.1.2.3/creds" } }):get()
    assert.matches("must be https, or http to a loopback", err.message)
  end)

  it("refreshes before expiry, keeps old credentials in the advisory window, fails after", function()
    fake = servers.fake { container_reply("ASIA1", NOW + 3600), container_reply("ASIA2", NOW + 7200),
      { status = 500, body = "down" } }
    local clock = NOW
    local chain = credentials.new({ now = function() return clock end, getenv = env {
      AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_CONTAINER_CREDENTIALS_FULL_URI = fake.url .. "/creds" } })
    assert.are.equal("ASIA1", assert(chain:get()).access_key_id)
    clock = NOW + 3600 - 16 * 60                         -- still fresh: no request
    assert.are.equal("ASIA1", assert(chain:get()).access_key_id)
    assert.are.equal(1, #fake.requests())
    clock = NOW + 3600 - 14 * 60                         -- advisory window: refreshed
    assert.are.equal("ASIA2", assert(chain:get()).access_key_id)
    clock = NOW + 7200 - 12 * 60                         -- refresh fails: the old ones still do
    assert.are.equal("ASIA2", assert(chain:get()).access_key_id)
    clock = NOW + 7200 - 5 * 60                          -- mandatory window: an error
    local c, err = chain:get()
    assert.is_nil(c)
    assert.matches("refreshing credentials from container failed", err.message)
    assert.are.equal(4, #fake.requests())
  end)
end)

describe("EC2 instance metadata (IMDSv2)", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  local ROUTES = {
    { method = "PUT", path = "/latest/api/token", status = 200, body = "imds-session-token",
      require_headers = { ["X-aws-ec2-metadata-token-ttl-seconds"] = "21600" } },
    { method = "GET", path = "/latest/meta-data/iam/security-credentials/", status = 200, body = "web-role\n",
      require_headers = { ["X-aws-ec2-metadata-token"] = "imds-session-token" } },
    { method = "GET", path = "/latest/meta-data/iam/security-credentials/web-role", status = 200,
      require_headers = { ["X-aws-ec2-metadata-token"] = "imds-session-token" },
      body = cjson.encode { Code = "Success", AccessKeyId = "ASIAEC2", SecretAccessKey = "ec2-secret",
        Token = "ec2-token", Expiration = "2027-01-01T00:00:00Z" } },
  }

  it("gets a session token first and sends it with every metadata request", function()
    fake = servers.fake { routes = ROUTES }
    local c, err = credentials.new({ getenv = env { AWS_CONFIG_FILE = "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_EC2_METADATA_SERVICE_ENDPOINT = fake.url } }):get()
    assert.is_table(c, err and tostring(err))
    assert.are.same({ "ASIAEC2", "ec2-token", "instance metadata" }, { c.access_key_id, c.session_token, c.source })
    local reqs = fake.requests()
    assert.are.same({ "PUT", "GET", "GET" }, { reqs[1].method, reqs[2].method, reqs[3].method })
  end)

  it("fails, not hangs, where there is no metadata service, and can be turned off", function()
    local started = core.monotonic()
    local _, err = credentials.new({ getenv = env { AWS_CONFIG_FILE = "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_EC2_METADATA_SERVICE_ENDPOINT = "http://127.0.0.1:1" } }):get()
    assert.matches("instance metadata: no instance metadata service at http://127.0.0.1:1", err.message)
    assert.is_true(core.monotonic() - started < 3)
    _, err = credentials.new({ getenv = env { AWS_CONFIG_FILE = "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_EC2_METADATA_DISABLED = "true" } }):get()
    assert.matches("instance metadata: disabled by AWS_EC2_METADATA_DISABLED", err.message)
  end)
end)

describe("the chain's order", function()
  it("puts explicit before environment before files, and names the source", function()
    local creds_file = write("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n")
    local e = { AWS_SHARED_CREDENTIALS_FILE = creds_file, AWS_CONFIG_FILE = "/nonexistent",
                AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "env-secret" }
    assert.are.equal("AKIDEXPL", assert(credentials.new({ getenv = env(e),
      credentials = { access_key_id = "AKIDEXPL", secret_access_key = "x" } }):get()).access_key_id)
    assert.are.equal("environment", assert(credentials.new({ getenv = env(e) }):get()).source)
    e.AWS_ACCESS_KEY_ID = nil
    assert.are.equal("shared credentials file", assert(credentials.new({ getenv = env(e) }):get()).source)
    os.remove(creds_file)
  end)

  it("gives clients temporary credentials with their session token", function()
    local c = assert(awsjobs.ecs { region = "us-east-1",
      credentials = { access_key_id = "ASIAX", secret_access_key = "s", session_token = "the-token" } })
    local req = assert(c:prepare("ListClusters", {}))
    assert.are.equal("the-token", req.headers["X-Amz-Security-Token"])
  end)
end)

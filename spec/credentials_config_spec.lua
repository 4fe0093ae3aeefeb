-- The credential sources' share of the shared configuration: AWS_SECURITY_TOKEN, the
-- AWS_PROFILE rule (compared with botocore), the instance metadata settings and the IMDSv1
-- fallback against a recording fake, and the SSO token renewed through a fake SSO OIDC.
local cjson = require "cjson"
local core = require "awsjobs.core"
local credentials = require "awsjobs.credentials"
local servers = require "helpers.servers"
local timestamp = require "awsjobs.timestamp"

local env = servers.env
local NOW = 1800000000  -- a fixed clock for expiry arithmetic
local files = {}

local function write(text, path)
  path = path or os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  files[#files + 1] = path
  return path
end

local function read(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("a")
  f:close()
  return text
end

after_each(function()
  for _, f in ipairs(files) do os.remove(f) end
  files = {}
end)

-- What botocore finds for the same variables (spec/helpers/botocore_config.py).
local function botocore_access_key(vars, profile)
  local cases = write(cjson.encode { { env = vars, profile = profile, credentials = true } })
  local pipe = assert(io.popen("python3 spec/helpers/botocore_config.py " .. cases, "r"))
  local out = cjson.decode(pipe:read("l"))
  pipe:close()
  return out.access_key, out.error
end

local function header(req, name)
  for k, v in pairs(req.headers) do
    if k:lower() == name:lower() then return v end
  end
end

describe("environment keys", function()
  it("take the session token from AWS_SECURITY_TOKEN, its legacy name, first as botocore does", function()
    local vars = { AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "env-secret",
                   AWS_SECURITY_TOKEN = "legacy-token", AWS_CONFIG_FILE = "/nonexistent",
                   AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }
    assert.are.equal("legacy-token", assert(credentials.new({ getenv = env(vars) }):get()).session_token)
    vars.AWS_SESSION_TOKEN = "session-token"
    assert.are.equal("legacy-token", assert(credentials.new({ getenv = env(vars) }):get()).session_token)
    vars.AWS_SECURITY_TOKEN = nil
    assert.are.equal("session-token", assert(credentials.new({ getenv = env(vars) }):get()).session_token)
  end)

  it("and aws_security_token in the credentials file, the same way", function()
    local creds = write("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n" ..
      "aws_security_token = legacy-file-token\naws_session_token = file-token\n")
    local c = assert(credentials.new({ getenv = env { AWS_SHARED_CREDENTIALS_FILE = creds,
      AWS_CONFIG_FILE = "/nonexistent" } }):get())
    assert.are.equal("legacy-file-token", c.session_token)
  end)
end)

describe("the AWS_PROFILE rule", function()
  local vars
  before_each(function()
    local creds = write("[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n")
    vars = { AWS_SHARED_CREDENTIALS_FILE = creds, AWS_CONFIG_FILE = "/nonexistent",
             AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "env-secret", AWS_PROFILE = "dev" }
  end)

  it("lets the environment's keys beat a profile chosen by AWS_PROFILE, as botocore does", function()
    local c = assert(credentials.new({ getenv = env(vars) }):get())
    assert.are.same({ "AKIDENV", "environment" }, { c.access_key_id, c.source })
    assert.are.equal(c.access_key_id, botocore_access_key(vars))
  end)

  it("lets only the profile option select the profile over them, as Session(profile=) does", function()
    local c = assert(credentials.new({ profile = "dev", getenv = env(vars) }):get())
    assert.are.same({ "AKIDPROFILE", "shared credentials file" }, { c.access_key_id, c.source })
    assert.are.equal(c.access_key_id, botocore_access_key(vars, "dev"))
  end)

  it("still reads AWS_PROFILE's profile when the environment has no keys", function()
    vars.AWS_ACCESS_KEY_ID, vars.AWS_SECRET_ACCESS_KEY = nil, nil
    assert.are.equal("AKIDPROFILE", assert(credentials.new({ getenv = env(vars) }):get()).access_key_id)
    assert.are.equal("AKIDPROFILE", botocore_access_key(vars))
  end)
end)

describe("instance metadata settings", function()
  local fake
  after_each(function() if fake then fake.stop() end fake = nil end)

  local ROLE = "/latest/meta-data/iam/security-credentials/"
  local DOC = cjson.encode { Code = "Success", AccessKeyId = "ASIAEC2", SecretAccessKey = "ec2-secret",
    Token = "ec2-token", Expiration = "2027-01-01T00:00:00Z" }

  -- The token request answered as given; the metadata itself answered with or without a token.
  local function metadata(token_step)
    token_step.method, token_step.path = "PUT", "/latest/api/token"
    return servers.fake { routes = { token_step,
      { method = "GET", path = ROLE, status = 200, body = "web-role\n" },
      { method = "GET", path = ROLE .. "web-role", status = 200, body = DOC } } }
  end

  local function get(extra, config_text)
    local vars = { AWS_CONFIG_FILE = config_text and write(config_text) or "/nonexistent",
                   AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_EC2_METADATA_SERVICE_ENDPOINT = fake.url }
    for k, v in pairs(extra or {}) do vars[k] = v end
    return credentials.new({ getenv = env(vars) }):get()
  end

  local function calls()
    local out = {}
    for _, r in ipairs(fake.requests()) do
      out[#out + 1] = r.method .. " " .. r.path .. (header(r, "X-aws-ec2-metadata-token") and " +token" or "")
    end
    return out
  end

  for _, status in ipairs { 403, 404, 405 } do
    it("fall back to IMDSv1 when the token request is refused with " .. status, function()
      fake = metadata { status = status, body = "no" }
      local c, err = get()
      assert.is_table(c, err and tostring(err))
      assert.are.equal("ASIAEC2", c.access_key_id)
      assert.are.same({ "PUT /latest/api/token", "GET " .. ROLE, "GET " .. ROLE .. "web-role" }, calls())
    end)
  end

  it("do not fall back when ec2_metadata_v1_disabled is true (environment or profile)", function()
    fake = metadata { status = 403, body = "no" }
    local c, err = get { AWS_EC2_METADATA_V1_DISABLED = "true" }
    assert.is_nil(c)
    assert.matches("instance metadata: no IMDSv2 session token from http://127.0.0.1:%d+, and IMDSv1 is disabled",
      err.message)
    c = get(nil, "[default]\nec2_metadata_v1_disabled = true\n")
    assert.is_nil(c)
    assert.are.same({ "PUT /latest/api/token", "PUT /latest/api/token" }, calls())
  end)

  it("treat a 400 to the token request as an error, not a reason to fall back", function()
    fake = metadata { status = 400, body = "bad" }
    local c, err = get()
    assert.is_nil(c)
    assert.matches("the IMDSv2 token request answered HTTP 400", err.message)
    assert.are.same({ "PUT /latest/api/token" }, calls())
  end)

  it("try each request metadata_service_num_attempts times (default 1)", function()
    fake = metadata { status = 500, body = "busy" }
    assert.is_table(get())
    assert.are.same({ "PUT /latest/api/token", "GET " .. ROLE, "GET " .. ROLE .. "web-role" }, calls())
    fake.stop()
    fake = metadata { status = 500, body = "busy" }
    assert.is_table(get { AWS_METADATA_SERVICE_NUM_ATTEMPTS = "3" })
    assert.are.same({ "PUT /latest/api/token", "PUT /latest/api/token", "PUT /latest/api/token",
      "GET " .. ROLE, "GET " .. ROLE .. "web-role" }, calls())
    fake.stop()
    fake = metadata { status = 500, body = "busy" }
    assert.is_table(get(nil, "[default]\nmetadata_service_num_attempts = 2\n"))
    assert.are.same({ "PUT /latest/api/token", "PUT /latest/api/token",
      "GET " .. ROLE, "GET " .. ROLE .. "web-role" }, calls())
  end)

  it("wait metadata_service_timeout seconds for an answer (default 1), then fall back", function()
    -- the token arrives after 1.5 s: too late by default, in time with a 3 s timeout
    fake = metadata { status = 200, body = "imds-session-token", delay = 1.5 }
    assert.is_table(get())
    assert.are.same({ "PUT /latest/api/token", "GET " .. ROLE, "GET " .. ROLE .. "web-role" }, calls())
    fake.stop()
    fake = metadata { status = 200, body = "imds-session-token", delay = 1.5 }
    assert.is_table(get { AWS_METADATA_SERVICE_TIMEOUT = "3" })
    assert.are.same({ "PUT /latest/api/token", "GET " .. ROLE .. " +token", "GET " .. ROLE .. "web-role +token" },
      calls())
    fake.stop()
    fake = metadata { status = 200, body = "imds-session-token", delay = 1.5 }
    assert.is_table(get(nil, "[default]\nmetadata_service_timeout = 3\n"))
    assert.are.equal("GET " .. ROLE .. " +token", calls()[2])
  end)

  it("refuse a bad setting with its source, without calling the service", function()
    fake = metadata { status = 200, body = "imds-session-token" }
    local c, err = get { AWS_METADATA_SERVICE_NUM_ATTEMPTS = "many" }
    assert.is_nil(c)
    assert.matches("instance metadata: metadata_service_num_attempts from environment " ..
      "AWS_METADATA_SERVICE_NUM_ATTEMPTS: must be a whole number of at least 1", err.message)
    assert.are.same({}, calls())
  end)
end)

describe("an SSO token near or past its expiry", function()
  local fake, home, config_file, cache_file
  before_each(function()
    home = os.tmpname()
    os.remove(home)
    assert(os.execute("mkdir -p " .. home .. "/.aws/sso/cache"))
    config_file = write("[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n" ..
      "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-central-1\n")
    cache_file = home .. "/.aws/sso/cache/" .. core.sha1_hex("corp") .. ".json"
  end)
  after_each(function()
    if fake then fake.stop() end
    fake = nil
    os.execute("rm -rf " .. home)
  end)

  local function cache(expires_at, extra)
    local doc = { startUrl = "https://corp.awsapps.com/start", region = "eu-central-1",
      accessToken = "old-access-token", expiresAt = timestamp.iso8601(expires_at),
      refreshToken = "old-refresh-token", clientId = "client-id-1", clientSecret = "client-secret-1",
      registrationExpiresAt = timestamp.iso8601(NOW + 86400 * 30) }
    for k, v in pairs(extra or {}) do doc[k] = v end
    write(cjson.encode(doc), cache_file)
    assert(os.execute("chmod 600 " .. cache_file))
  end

  local function portal_route(token)
    return { method = "GET", path = "/federation/credentials", status = 200,
      require_headers = { ["x-amz-sso_bearer_token"] = token },
      body = cjson.encode { roleCredentials = { accessKeyId = "ASIASSO", secretAccessKey = "sso-secret",
        sessionToken = "sso-session", expiration = (NOW + 3600) * 1000 } } }
  end

  local function get()
    return credentials.new({ profile = "dev", now = function() return NOW end, getenv = env {
      HOME = home, AWS_CONFIG_FILE = config_file, AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
      AWS_ENDPOINT_URL_SSO = fake.url, AWS_ENDPOINT_URL_SSO_OIDC = fake.url } }):get()
  end

  it("is renewed with SSO OIDC CreateToken and the cache rewritten as the CLI writes it", function()
    cache(NOW - 60)
    fake = servers.fake { routes = {
      { method = "POST", path = "/token", status = 200, body = cjson.encode {
        accessToken = "new-access-token", expiresIn = 28800, refreshToken = "new-refresh-token",
        tokenType = "Bearer" } },
      portal_route("new-access-token") } }
    local c, err = get()
    assert.is_table(c, err and tostring(err))
    assert.are.equal("ASIASSO", c.access_key_id)
    local reqs = fake.requests()
    assert.are.same({ "POST /token", "GET /federation/credentials" },
      { reqs[1].method .. " " .. reqs[1].path, reqs[2].method .. " " .. reqs[2].path })
    assert.is_nil(header(reqs[1], "Authorization"))  -- unsigned
    assert.matches("^application/json", header(reqs[1], "Content-Type"))
    assert.are.same({ grantType = "refresh_token", clientId = "client-id-1", clientSecret = "client-secret-1",
      refreshToken = "old-refresh-token" }, cjson.decode(reqs[1].body))
    assert.are.same({ startUrl = "https://corp.awsapps.com/start", region = "eu-central-1",
      accessToken = "new-access-token", expiresAt = timestamp.iso8601(NOW + 28800),
      clientId = "client-id-1", clientSecret = "client-secret-1",
      registrationExpiresAt = timestamp.iso8601(NOW + 86400 * 30), refreshToken = "new-refresh-token" },
      cjson.decode(read(cache_file)))
    assert.matches("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$", cjson.decode(read(cache_file)).expiresAt)
    local p = io.popen("stat -c %a " .. cache_file)
    assert.are.equal("600", p:read("l"))
    p:close()
  end)

  it("is renewed inside the last 15 minutes, and still used if renewal fails while valid", function()
    cache(NOW + 10 * 60)
    fake = servers.fake { routes = { { method = "POST", path = "/token", status = 500, body = "down" },
      portal_route("old-access-token") } }
    local c, err = get()
    assert.is_table(c, err and tostring(err))
    assert.are.equal("POST", fake.requests()[1].method)
    assert.are.equal("old-access-token", cjson.decode(read(cache_file)).accessToken)
  end)

  it("is not renewed while more than 15 minutes are left", function()
    cache(NOW + 20 * 60)
    fake = servers.fake { routes = { portal_route("old-access-token") } }
    assert.is_table(get())
    assert.are.equal(1, #fake.requests())
  end)

  it("fails without a token, a secret or the server's text in the message when renewal is refused", function()
    cache(NOW - 60)
    local before = read(cache_file)
    fake = servers.fake { routes = { { method = "POST", path = "/token", status = 400,
      body = '{"error":"invalid_grant","echo":"old-refresh-token client-secret-1 old-access-token"}' } } }
    local c, err = get()
    assert.is_nil(c)
    assert.matches("sso: the cached SSO token has expired %(SSO OIDC CreateToken failed %(HTTP 400%)%); " ..
      "run `aws sso login`", err.message)
    for _, secret in ipairs { "old-refresh-token", "client-secret-1", "old-access-token", "invalid_grant" } do
      assert.is_nil(tostring(err):find(secret, 1, true), secret)
    end
    assert.are.equal(before, read(cache_file))
  end)

  it("is not renewed once the client registration has expired", function()
    cache(NOW - 60, { registrationExpiresAt = timestamp.iso8601(NOW - 1) })
    fake = servers.fake { routes = { portal_route("old-access-token") } }
    local c, err = get()
    assert.is_nil(c)
    assert.matches("the SSO client registration in the cache has expired", err.message)
    assert.are.equal(0, #fake.requests())
  end)
end)

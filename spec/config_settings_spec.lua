-- The shared configuration as botocore reads it: the INI forms (nested keys, [services],
-- [sso-session]) compared with botocore's configloader, every setting of config.settings
-- with its precedence (option > environment > profile > default), botocore's answers for the
-- same files and variables, bad values, and the files read once per modification time.
local cjson = require "cjson"
local config = require "awsjobs.config"
local core = require "awsjobs.core"
local servers = require "helpers.servers"

local env = servers.env
local files = {}

local function write(text, path)
  path = path or os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  files[#files + 1] = path
  return path
end

-- Runs spec/helpers/botocore_config.py over the cases: one answer per case.
local function botocore(cases)
  local path = write(cjson.encode(cases))
  local pipe = assert(io.popen("python3 spec/helpers/botocore_config.py " .. path, "r"))
  local out = {}
  for line in pipe:lines() do out[#out + 1] = cjson.decode(line) end
  pipe:close()
  assert.are.equal(#cases, #out, "botocore_config.py answered fewer cases than asked")
  return out
end

local function botocore_profiles(path)
  local pipe = assert(io.popen("python3 spec/helpers/botocore_config.py --profiles " .. path, "r"))
  local out = cjson.decode(pipe:read("a"))
  pipe:close()
  return out
end

-- An empty JSON object decodes as {} in both, so the views compare directly.
local function ours(path)
  local map, err = config.shared_config(env { AWS_CONFIG_FILE = path })
  if not map then return { error = err } end
  return { profiles = map.profiles, sso_sessions = map.sso_sessions, services = map.services }
end

after_each(function()
  for _, f in ipairs(files) do os.remove(f) end
  files = {}
end)

describe("the INI reader", function()
  it("reads nested keys, [services NAME], [sso-session NAME] and the profile forms as botocore does", function()
    local path = write(table.concat({
      "# a comment", "; another", "[default]", "region = us-west-2", "s3 =",
      "  max_concurrent_requests = 10", "", "  addressing_style = path",
      "Endpoint_URL: http://127.0.0.1:1 # kept: no inline comments", "multi = a", "   b",
      "[profile \"dev x\"]", "services = local", "  # an indented comment", "retry_mode=adaptive",
      "[profile  spaced]", "x = 1", "[profilebad]", "y = 2", "[profile a b]", "z = 3",
      "[services local]", "ecs =", "  endpoint_url = http://127.0.0.1:9", "cloudwatch_logs =",
      "    endpoint_url = http://127.0.0.1:8",
      "[sso-session corp]", "sso_region = eu-west-1", "sso_start_url = https://corp.awsapps.com/start",
      "[ profile padded ]", "w = 4", "[preview]", "v = 5",
    }, "\n") .. "\n")
    local mine = ours(path)
    assert.are.same(botocore_profiles(path), mine)
    -- and what that means, spelled out
    assert.are.same({ max_concurrent_requests = "10", addressing_style = "path" }, mine.profiles.default.s3)
    assert.are.equal("http://127.0.0.1:1 # kept: no inline comments", mine.profiles.default.endpoint_url)
    assert.are.equal("a\nb", mine.profiles.default.multi)
    assert.are.equal("local", mine.profiles["dev x"].services)
    assert.are.same({ endpoint_url = "http://127.0.0.1:9" }, mine.services["local"].ecs)
    assert.are.equal("eu-west-1", mine.sso_sessions.corp.sso_region)
    assert.is_nil(mine.profiles.bad)
    assert.is_nil(mine.profiles.padded)
  end)

  it("lets the later of [default] and [profile default] win, as botocore does", function()
    for _, text in ipairs {
      "[default]\nregion = a\n[profile default]\nregion = b\n",
      "[profile default]\nregion = b\n[default]\nregion = a\n",
    } do
      local path = write(text)
      assert.are.same(botocore_profiles(path), ours(path))
    end
  end)

  it("refuses the files botocore refuses, naming the line", function()
    for _, case in ipairs {
      { "region = x\n[default]\n", "line 1: a setting before any %[section%] header" },
      { "[default]\nregion = x\n[default]\nregion = y\n", "line 3: section %[default%] appears twice" },
      { "[default]\nregion = x\nregion = y\n", "line 3: key region appears twice in %[default%]" },
      { "[default]\njust words\n", "line 2: not a 'key = value' line" },
      { "[default]\ns3 =\n  no equals here\n", "%[default%] s3: nested line" },
    } do
      local path = write(case[1])
      assert.is_string(botocore_profiles(path).error, "botocore accepts " .. case[1])
      local got = ours(path)
      assert.is_string(got.error, case[1])
      assert.matches(case[2], got.error)
    end
  end)

  it("reads the credentials file's sections as plain profile names", function()
    local creds = write("[dev]\naws_access_key_id = AKIDDEV\n[profile other]\naws_access_key_id = AKIDOTHER\n")
    local e = env { AWS_SHARED_CREDENTIALS_FILE = creds }
    assert.are.equal("AKIDDEV", config.credentials_profile("dev", e).aws_access_key_id)
    assert.are.equal("AKIDOTHER", config.credentials_profile("profile other", e).aws_access_key_id)
    assert.is_nil(config.credentials_profile("other", e))
  end)
end)

-- Each setting: its option (when it has one), variable, config-file key, and a value per
-- layer chosen so that each layer differs from the one below it.
local CASES = {
  { name = "max_attempts", option = "max_attempts", env = "AWS_MAX_ATTEMPTS",
    values = { 7, "5", "4" }, want = { 7, 5, 4, 3 } },
  { name = "retry_mode", option = "retry_mode", env = "AWS_RETRY_MODE",
    values = { "adaptive", "standard", "adaptive" }, want = { "adaptive", "standard", "adaptive", "standard" } },
  { name = "ca_bundle", option = "ca_file", env = "AWS_CA_BUNDLE",
    values = { "/o.pem", "/e.pem", "/p.pem" }, want = { "/o.pem", "/e.pem", "/p.pem", nil } },
  { name = "use_fips_endpoint", option = "use_fips_endpoint", env = "AWS_USE_FIPS_ENDPOINT",
    values = { true, "false", "true" }, want = { true, false, true, false } },
  { name = "use_dualstack_endpoint", option = "use_dualstack_endpoint", env = "AWS_USE_DUALSTACK_ENDPOINT",
    values = { true, "false", "TRUE" }, want = { true, false, true, false } },
  { name = "sdk_ua_app_id", option = "sdk_ua_app_id", env = "AWS_SDK_UA_APP_ID",
    values = { "opt-app", "env-app", "prof-app" }, want = { "opt-app", "env-app", "prof-app", nil } },
  { name = "metadata_service_timeout", env = "AWS_METADATA_SERVICE_TIMEOUT",
    values = { nil, "3", "4" }, want = { nil, 3, 4, 1 } },
  { name = "metadata_service_num_attempts", env = "AWS_METADATA_SERVICE_NUM_ATTEMPTS",
    values = { nil, "3", "2" }, want = { nil, 3, 2, 1 } },
  { name = "ec2_metadata_v1_disabled", env = "AWS_EC2_METADATA_V1_DISABLED",
    values = { nil, "false", "true" }, want = { nil, false, true, false } },
  { name = "ignore_configured_endpoint_urls", option = "ignore_configured_endpoint_urls",
    env = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", values = { true, "false", "true" }, want = { true, false, true, false } },
}

describe("config.settings", function()
  for _, case in ipairs(CASES) do
    it(case.name .. ": option > " .. case.env .. " > profile > default", function()
      local cfg = write("[profile dev]\n" .. case.name .. " = " .. tostring(case.values[3]) .. "\n")
      local layers = {
        { opts = { profile = "dev", [case.option or "-"] = case.values[1] },
          vars = { AWS_CONFIG_FILE = cfg, [case.env] = case.values[2] }, source = "option " .. tostring(case.option) },
        { opts = { profile = "dev" }, vars = { AWS_CONFIG_FILE = cfg, [case.env] = case.values[2] },
          source = "environment " .. case.env },
        { opts = { profile = "dev" }, vars = { AWS_CONFIG_FILE = cfg },
          source = case.name .. " in profile dev (" .. cfg .. ")" },
        { opts = {}, vars = { AWS_CONFIG_FILE = cfg }, source = "default" },
      }
      for i, layer in ipairs(layers) do
        if case.option or i > 1 then
          layer.vars.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent"
          local s, sources = config.settings("ECS", layer.opts, env(layer.vars))
          assert.is_table(s, sources and tostring(sources))
          assert.are.equal(case.want[i], s[case.name], case.name .. " at layer " .. i)
          assert.are.equal(layer.source, sources[case.name], case.name .. " at layer " .. i)
        end
      end
    end)
  end

  it("agree with botocore's session for the environment and profile layers", function()
    local cfg = write("[default]\nmax_attempts = 4\nretry_mode = adaptive\nca_bundle = /p.pem\n" ..
      "use_fips_endpoint = true\nsdk_ua_app_id = prof-app\nmetadata_service_timeout = 4\n" ..
      "metadata_service_num_attempts = 2\nec2_metadata_v1_disabled = true\n")
    local layers = {
      { AWS_CONFIG_FILE = cfg },
      { AWS_CONFIG_FILE = cfg, AWS_MAX_ATTEMPTS = "6", AWS_RETRY_MODE = "standard", AWS_CA_BUNDLE = "/e.pem",
        AWS_USE_FIPS_ENDPOINT = "false", AWS_USE_DUALSTACK_ENDPOINT = "true", AWS_SDK_UA_APP_ID = "env-app",
        AWS_METADATA_SERVICE_TIMEOUT = "3", AWS_METADATA_SERVICE_NUM_ATTEMPTS = "5",
        AWS_EC2_METADATA_V1_DISABLED = "false", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true" },
    }
    local cases = {}
    for i, vars in ipairs(layers) do cases[i] = { env = vars } end
    local theirs = botocore(cases)
    for i, vars in ipairs(layers) do
      vars.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent"
      local s = assert(config.settings("ECS", {}, env(vars)))
      for name, value in pairs(theirs[i].settings) do
        if value == cjson.null then value = nil end
        local mine = s[name]
        -- botocore leaves unset booleans as None where awsjobs says false
        if value == nil and mine == false then mine = nil end
        assert.are.equal(value, mine, name .. " in case " .. i)
      end
    end
  end)

  it("take the credentials file's keys over the config file's for the same profile, as botocore", function()
    local cfg = write("[profile dev]\nmax_attempts = 4\nretry_mode = adaptive\n")
    local creds = write("[dev]\nmax_attempts = 9\n")
    local vars = { AWS_CONFIG_FILE = cfg, AWS_SHARED_CREDENTIALS_FILE = creds, AWS_PROFILE = "dev" }
    local s, sources = assert(config.settings("ECS", {}, env(vars)))
    assert.are.same({ 9, "adaptive" }, { s.max_attempts, s.retry_mode })
    assert.are.equal("max_attempts in profile dev (" .. creds .. ")", sources.max_attempts)
    assert.are.equal(9, botocore({ { env = vars } })[1].settings.max_attempts)
  end)

  it("refuse bad values, naming the setting, its source and the rule", function()
    local cfg = write("[default]\nretry_mode = fast\n[profile nested]\nmax_attempts =\n  a = 1\n")
    local function err_of(opts, vars)
      vars.AWS_CONFIG_FILE, vars.AWS_SHARED_CREDENTIALS_FILE = vars.AWS_CONFIG_FILE or "/nonexistent", "/nonexistent"
      local s, err = config.settings("ECS", opts, env(vars))
      assert.is_nil(s)
      assert.are.same({ "validation", "InvalidConfiguration" }, { err.kind, err.code })
      return err.message
    end
    assert.are.equal('max_attempts from environment AWS_MAX_ATTEMPTS: must be a whole number of at least 1 (got "x")',
      err_of({}, { AWS_MAX_ATTEMPTS = "x" }))
    assert.matches("max_attempts from environment AWS_MAX_ATTEMPTS: must be a whole number",
      err_of({}, { AWS_MAX_ATTEMPTS = "0" }))
    assert.matches("max_attempts from option max_attempts: must be a whole number", err_of({ max_attempts = 2.5 }, {}))
    assert.are.equal("retry_mode from retry_mode in profile default (" .. cfg .. "): must be standard or adaptive " ..
      '(got "fast")', err_of({}, { AWS_CONFIG_FILE = cfg }))
    assert.matches("retry_mode from environment AWS_RETRY_MODE: legacy is not supported by awsjobs: use standard",
      err_of({}, { AWS_RETRY_MODE = "legacy" }))
    assert.matches('use_fips_endpoint from environment AWS_USE_FIPS_ENDPOINT: must be true or false %(got "yes"%)',
      err_of({}, { AWS_USE_FIPS_ENDPOINT = "yes" }))
    assert.matches("metadata_service_timeout from environment AWS_METADATA_SERVICE_TIMEOUT: must be a number of " ..
      "seconds above 0", err_of({}, { AWS_METADATA_SERVICE_TIMEOUT = "0" }))
    assert.matches("metadata_service_num_attempts from environment AWS_METADATA_SERVICE_NUM_ATTEMPTS: must be a " ..
      "whole number", err_of({}, { AWS_METADATA_SERVICE_NUM_ATTEMPTS = "1.5" }))
    assert.matches("sdk_ua_app_id from environment AWS_SDK_UA_APP_ID: must be 1 to 50 printable characters",
      err_of({}, { AWS_SDK_UA_APP_ID = "my app" }))
    assert.matches("max_attempts from max_attempts in profile nested %(.*%): must be a single value",
      err_of({ profile = "nested" }, { AWS_CONFIG_FILE = cfg }))
  end)
end)

describe("endpoint_url", function()
  local cfg
  before_each(function()
    cfg = write("[default]\nendpoint_url = http://127.0.0.1:1001\nservices = local\n" ..
      "[profile plain]\nendpoint_url = http://127.0.0.1:1002\n" ..
      "[profile ignoring]\nendpoint_url = http://127.0.0.1:1003\nignore_configured_endpoint_urls = true\n" ..
      "[profile lost]\nservices = nowhere\n" ..
      "[services local]\necs =\n  endpoint_url = http://127.0.0.1:2001\ncloudwatch_logs =\n" ..
      "  endpoint_url = http://127.0.0.1:2002\n")
  end)

  -- {service id, botocore client, profile, variables, option} -> endpoint_url awsjobs and botocore use
  local URL_CASES = {
    { "ECS", "ecs", nil, {}, nil, "http://127.0.0.1:2001" },       -- [services] per-service key over the profile's
    { "Batch", "batch", nil, {}, nil, "http://127.0.0.1:1001" },   -- no key for batch: the profile's endpoint_url
    { "CloudWatch Logs", "logs", nil, {}, nil, "http://127.0.0.1:2002" },
    { "ECS", "ecs", "plain", {}, nil, "http://127.0.0.1:1002" },
    { "ECS", "ecs", nil, { AWS_ENDPOINT_URL = "http://127.0.0.1:3001" }, nil, "http://127.0.0.1:3001" },
    { "ECS", "ecs", nil, { AWS_ENDPOINT_URL = "http://127.0.0.1:3001", AWS_ENDPOINT_URL_ECS = "http://127.0.0.1:3002" },
      nil, "http://127.0.0.1:3002" },
    { "CloudWatch Logs", "logs", nil, { AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = "http://127.0.0.1:3003" }, nil,
      "http://127.0.0.1:3003" },
    { "ECS", "ecs", nil, { AWS_ENDPOINT_URL_ECS = "http://127.0.0.1:3002" }, "http://127.0.0.1:4001",
      "http://127.0.0.1:4001" },
    { "ECS", "ecs", nil, { AWS_ENDPOINT_URL_ECS = "http://127.0.0.1:3002", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true" },
      nil, nil },
    { "ECS", "ecs", "ignoring", { AWS_ENDPOINT_URL = "http://127.0.0.1:3001" }, nil, nil },
    { "ECS", "ecs", "ignoring", {}, "http://127.0.0.1:4001", "http://127.0.0.1:4001" },
  }

  it("are found as botocore finds them: option, then (unless ignored) env per service, env, " ..
     "[services] per service, profile", function()
    local asks = {}
    for i, c in ipairs(URL_CASES) do
      local vars = { AWS_CONFIG_FILE = cfg, AWS_PROFILE = c[3] }
      for k, v in pairs(c[4]) do vars[k] = v end
      asks[i] = { env = vars, client = c[2], endpoint = c[5] }
    end
    local theirs = botocore(asks)
    for i, c in ipairs(URL_CASES) do
      local vars = { AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }
      for k, v in pairs(asks[i].env) do vars[k] = v end
      local s, sources = config.settings(c[1], { endpoint = c[5] }, env(vars))
      assert.is_table(s, sources and tostring(sources))
      assert.are.equal(c[6], s.endpoint_url, "case " .. i .. " (" .. tostring(sources.endpoint_url) .. ")")
      if c[6] then
        assert.are.equal(c[6], theirs[i].endpoint_url, "botocore, case " .. i)
      else  -- nothing configured: botocore's own endpoint for the region
        assert.matches("^https://ecs%.us%-east%-1%.amazonaws%.com", theirs[i].endpoint_url, "botocore, case " .. i)
      end
    end
  end)

  it("say where the URL came from", function()
    local _, sources = config.settings("ECS", {}, env { AWS_CONFIG_FILE = cfg })
    assert.are.equal("endpoint_url of ecs in [services local] (" .. cfg .. ")", sources.endpoint_url)
    _, sources = config.settings("Batch", {}, env { AWS_CONFIG_FILE = cfg })
    assert.are.equal("endpoint_url in profile default (" .. cfg .. ")", sources.endpoint_url)
  end)

  it("fail where the profile names a services section that does not exist, as botocore does", function()
    local s, err = config.settings("ECS", { profile = "lost" }, env { AWS_CONFIG_FILE = cfg })
    assert.is_nil(s)
    assert.matches("profile lost names services = nowhere, but the config file has no %[services nowhere%]", err.message)
    local theirs = botocore { { env = { AWS_CONFIG_FILE = cfg, AWS_PROFILE = "lost" }, client = "ecs" } }
    assert.matches("InvalidConfigError", theirs[1].error)
  end)
end)

describe("the shared files", function()
  local real_open, reads, cfg
  local real_mtime = core.file_mtime

  before_each(function()
    cfg = write("[default]\nmax_attempts = 4\n")
    reads = 0
    real_open = io.open
    io.open = function(path, ...)  -- luacheck: ignore
      if path == cfg then reads = reads + 1 end
      return real_open(path, ...)
    end
  end)
  after_each(function()
    io.open = real_open  -- luacheck: ignore
    core.file_mtime = real_mtime
  end)

  local function set_mtime(path, t)
    assert(os.execute(("touch -d @%d %s"):format(t, path)))
  end

  local function settings()
    return assert(config.settings("ECS", {}, env { AWS_CONFIG_FILE = cfg, AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }))
  end

  it("are read once, and again only when the modification time changes (core.file_mtime)", function()
    if not real_mtime then
      -- the C core does not have file_mtime yet: the same contract, with stat(1) standing in
      core.file_mtime = function(path)
        local p = io.popen("stat -c %Y " .. path .. " 2>/dev/null")
        local t = tonumber(p:read("a"))
        p:close()
        return t
      end
    end
    set_mtime(cfg, 1700000000)
    assert.are.equal(4, settings().max_attempts)
    assert.are.equal(4, settings().max_attempts)
    assert.are.equal("4", config.config_profile("default", env { AWS_CONFIG_FILE = cfg }).max_attempts)
    assert.are.equal(1, reads)
    local f = real_open(cfg, "w")
    f:write("[default]\nmax_attempts = 6\n")
    f:close()
    set_mtime(cfg, 1700000100)
    assert.are.equal(6, settings().max_attempts)
    assert.are.equal(6, settings().max_attempts)
    assert.are.equal(2, reads)
    os.remove(cfg)
    assert.are.equal(3, settings().max_attempts)  -- gone: the default, and nothing stale
    assert.are.equal(2, reads)
  end)

  it("are read on every use where the core has no file_mtime", function()
    core.file_mtime = nil
    settings()
    settings()
    assert.are.equal(2, reads)
  end)
end)

-- The client takes its settings from config.settings: run in a child Lua with exactly the
-- given environment, as a user's process would be.
local function run_lua(vars, code)
  local parts = { "env -i PATH=/usr/bin:/bin AWS_EC2_METADATA_DISABLED=true" }
  for k, v in pairs(vars) do parts[#parts + 1] = ("%s='%s'"):format(k, v) end
  local script = write(code)
  parts[#parts + 1] = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' lua5.4 " .. script .. " 2>&1"
  local p = assert(io.popen(table.concat(parts, " ")))
  local out = p:read("a")
  p:close()
  return out
end

describe("a client", function()
  local CREDS = 'credentials = { access_key_id = "A", secret_access_key = "B" }'

  it("takes max_attempts, retry_mode, the endpoint, the CA bundle and the app id from the settings", function()
    local cfg = write("[profile dev]\nmax_attempts = 6\nretry_mode = adaptive\nendpoint_url = http://127.0.0.1:7\n" ..
      "ca_bundle = /etc/ssl/certs/ca-certificates.crt\nsdk_ua_app_id = jobs-app\n")
    local code = 'local c = assert(require("awsjobs").ecs { region = "us-east-1", ' .. CREDS .. ' })\n' ..
      'local req = c:prepare("ListTasks", {})\n' ..
      'print(c.retry.max_attempts, c.retry.mode, req.url, c.user_agent:match("app/%S+"))'
    assert.are.equal("6\tadaptive\thttp://127.0.0.1:7/\tapp/jobs-app\n",
      run_lua({ AWS_CONFIG_FILE = cfg, AWS_PROFILE = "dev", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }, code))
    assert.are.equal("2\tstandard\thttp://127.0.0.1:8/\tapp/env-app\n", run_lua({ AWS_CONFIG_FILE = cfg,
      AWS_PROFILE = "dev", AWS_MAX_ATTEMPTS = "2", AWS_RETRY_MODE = "standard", AWS_ENDPOINT_URL = "http://127.0.0.1:8",
      AWS_SDK_UA_APP_ID = "env-app", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent" }, code))
  end)

  it("is refused, with the setting, source and rule, for a bad value", function()
    local out = run_lua({ AWS_MAX_ATTEMPTS = "x", AWS_CONFIG_FILE = "/nonexistent" },
      'local c, e = require("awsjobs").ecs { region = "us-east-1" }; print(c, e.kind, e.code, e.message)')
    assert.are.equal('nil\tvalidation\tInvalidConfiguration\tmax_attempts from environment AWS_MAX_ATTEMPTS: ' ..
      'must be a whole number of at least 1 (got "x")\n', out)
  end)

  it("uses AWS_CA_BUNDLE for TLS where no ca_file is given", function()
    local cert, key, dir = servers.self_signed()
    local fake = servers.fake { tls = { cert = cert, key = key }, responses = { { status = 200,
      headers = { ["Content-Type"] = "application/x-amz-json-1.1" }, body = '{"taskArns": ["t1"]}' } } }
    local code = 'local c = assert(require("awsjobs").ecs { region = "us-east-1", endpoint = "' .. fake.url ..
      '", ' .. CREDS .. ' })\nlocal r, e = c:listTasks {}\nprint(r and r.taskArns[1], e and e.kind)'
    local vars = { AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
                   AWS_MAX_ATTEMPTS = "1" }
    local untrusted = run_lua(vars, code)
    vars.AWS_CA_BUNDLE = cert
    local trusted = run_lua(vars, code)
    local profile = run_lua({ AWS_CONFIG_FILE = write("[default]\nca_bundle = " .. cert .. "\n"),
      AWS_SHARED_CREDENTIALS_FILE = "/nonexistent", AWS_MAX_ATTEMPTS = "1" }, code)
    fake.stop()
    os.execute("rm -rf " .. dir)
    assert.are.equal("nil\tnetwork\n", untrusted)
    assert.are.equal("t1\tnil\n", trusted)
    assert.are.equal("t1\tnil\n", profile)
  end)

  it("is made with no read of the shared files beyond the first", function()
    local cfg = write("[default]\nregion = eu-west-1\nmax_attempts = 5\n")
    local creds = write("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
    local out = run_lua({ AWS_CONFIG_FILE = cfg, AWS_SHARED_CREDENTIALS_FILE = creds },
      'local real, n = io.open, 0\n' ..
      'io.open = function(...) n = n + 1 return real(...) end\n' ..
      'local awsjobs = require("awsjobs")\n' ..
      'assert(awsjobs.ecs {})\nlocal first = n\n' ..
      'for _ = 1, 5 do assert(awsjobs.ecs {}) end\n' ..
      'print(first > 0, n - first, awsjobs.ecs{}.retry.max_attempts)')
    assert.are.equal("true\t0\t5\n", out)
  end)
end)

-- Differential: awsjobs' endpoints against botocore's, in the same run. A seeded random matrix
-- of service, region (every region of every partition in botocore's partitions.json, unlisted
-- but well-formed ones, malformed ones), FIPS, dual-stack, a custom endpoint, and where each
-- comes from (client option or environment variable) goes to spec/fakes/botocore_endpoints.py,
-- which makes botocore clients and stops their first request before it is sent. awsjobs must
-- give the same URL and signing region/name, or an error where botocore raises one.
-- AWSJOBS_ENDPOINT_SEED=<n> picks another matrix.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local endpoints = require "awsjobs.endpoints"
local engine = require "awsjobs.endpoint_rules.engine"
local sts = require "awsjobs.sts"

local FAKE = "spec/fakes/botocore_endpoints.py"
local unpack_args = table.unpack or unpack  -- luacheck: ignore unpack (LuaJIT)
local SEED = tonumber(os.getenv("AWSJOBS_ENDPOINT_SEED")) or 20261204
local RANDOM_CASES = 220
local CREDS = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }
local OPERATIONS = { ecs = "ListClusters", batch = "DescribeJobQueues", iot = "ListThings",
                     sagemaker = "ListPipelines", logs = "DescribeLogGroups", sts = "GetCallerIdentity" }
local SERVICES = { "ecs", "batch", "iot", "sagemaker", "logs", "sts" }
local ENV_SERVICE = { ecs = "ECS", batch = "BATCH", iot = "IOT", sagemaker = "SAGEMAKER", logs = "CLOUDWATCH_LOGS",
                      sts = "STS" }
-- Both sides run with no config or credentials files.
local BASE_ENV = { AWS_CONFIG_FILE = "/nonexistent", AWS_SHARED_CREDENTIALS_FILE = "/nonexistent",
                   AWS_EC2_METADATA_DISABLED = "true" }

local function run_fake(args, input)
  local path = os.tmpname()
  if input then
    local f = assert(io.open(path, "w"))
    f:write(cjson.encode(input))
    f:close()
  end
  local p = assert(io.popen(("timeout 300 python3 %s %s < %s"):format(FAKE, args, input and path or "/dev/null")))
  local out = p:read("a")
  p:close()
  os.remove(path)
  local ok, doc = pcall(cjson.decode, out)
  assert(ok, "botocore_endpoints.py answered: " .. out)
  return doc
end

-- Park-Miller, exact in doubles: the same matrix under Lua 5.4 and LuaJIT.
local function random(seed)
  local s = seed % 2147483647
  if s <= 0 then s = s + 2147483646 end
  return function(n)
    s = s * 16807 % 2147483647
    return s % n + 1
  end
end

local PARTITIONS = run_fake("--partitions")
local LISTED, PARTITION_OF = {}, {}
for id, regions in pairs(PARTITIONS) do
  for _, r in ipairs(regions) do
    LISTED[#LISTED + 1] = r
    PARTITION_OF[r] = id
  end
end
table.sort(LISTED)
local UNLISTED = { "us-north-9", "eu-central-7", "ap-southeast-9", "mx-west-8", "il-south-2", "cn-east-5",
                   "us-gov-south-3", "us-iso-north-7", "us-isob-south-4", "us-isof-north-2", "eu-isoe-south-3",
                   "eusc-de-north-2", "xx-east-1", "mars-base-1", "local", "US-EAST-1", "a1" }
local MALFORMED = { "", "123", "-us-east-1", "us-east-1-", "us_east_1", "us.east.1", "evil.com/x", "us east 1",
                    string.rep("a", 64), "us-east-1?x=1", "us-east-1-fips", "fips-us-gov-west-1", "fips-ca-central-1" }
local CUSTOM = { "http://127.0.0.1:5000", "https://example.com/base", "http://localhost:8080/" }

-- A case: service, options, env, and a label saying where each setting came from. The STS
-- endpoint of the credential providers takes the client's region and reads the rest from the
-- environment only.
local function new_case(service, region, fips, dualstack, custom)
  local case = { service = service, options = {}, env = {}, label = {} }
  local function put(option, var, value, how)
    if value == nil then return end
    if how == "option" then
      case.options[option] = value
      case.label[#case.label + 1] = option .. "=" .. tostring(value)
    else
      case.env[var] = type(value) == "boolean" and tostring(value) or value
      case.label[#case.label + 1] = var .. "=" .. case.env[var]
    end
  end
  local sts_env = service == "sts" and "env" or nil
  if region then put("region", "AWS_DEFAULT_REGION", region[1], service == "sts" and "option" or region[2]) end
  if fips then put("use_fips_endpoint", "AWS_USE_FIPS_ENDPOINT", fips[1], sts_env or fips[2]) end
  if dualstack then
    put("use_dualstack_endpoint", "AWS_USE_DUALSTACK_ENDPOINT", dualstack[1], sts_env or dualstack[2])
  end
  if custom then
    local how = custom[2] == "option" and service ~= "sts" and "option" or "env"
    local var = custom[2] == "service env" and "AWS_ENDPOINT_URL_" .. ENV_SERVICE[service] or "AWS_ENDPOINT_URL"
    put("endpoint", var, custom[1], how)
  end
  case.label = service .. " " .. (region and ("%q"):format(region[1]) or "(no region)") .. " " ..
    table.concat(case.label, " ")
  return case
end

local function matrix()
  local pick = random(SEED)
  local function one(list) return list[pick(#list)] end
  local function flag()
    local r = pick(10)
    if r <= 4 then return nil end
    local how = pick(2) == 1 and "option" or "env"
    if r == 10 and how == "env" then return { pick(2) == 1 and "TRUE" or "yes", "env" } end
    return { r <= 7, how }
  end
  local function region_of(list) return { one(list), pick(2) == 1 and "option" or "env" } end
  local cases = {
    -- named in issue #10
    new_case("ecs", { "us-iso-east-1", "option" }),
    new_case("ecs", { "eusc-de-east-1", "env" }),
    new_case("ecs", { "us-east-1", "option" }, { true, "env" }),
    new_case("ecs", { "us-east-1", "option" }, nil, { true, "env" }),
    new_case("ecs", { "us-gov-west-1", "option" }, { true, "option" }),
    new_case("sts", { "aws-global", "option" }),
    new_case("ecs", { "us-east-1", "env" }, { false, "option" }, nil),
  }
  local named = #cases
  -- botocore's older data at work: aws-global signs for us-east-1 on every variant; no
  -- dual-stack in aws-iso-f; a FIPS pseudo-region
  cases[#cases + 1] = new_case("sts", { "aws-global", "option" }, { true, "env" })
  cases[#cases + 1] = new_case("ecs", { "us-isof-south-1", "option" }, nil, { true, "option" })
  cases[#cases + 1] = new_case("sagemaker", { "us-gov-west-1-fips", "env" })
  for _, list in ipairs { LISTED, UNLISTED } do  -- every listed region, and each unlisted one, once
    for _, r in ipairs(list) do
      cases[#cases + 1] = new_case(one(SERVICES), { r, pick(2) == 1 and "option" or "env" }, flag(), flag())
    end
  end
  for _ = 1, RANDOM_CASES do
    local kind, region, service = pick(10), nil, one(SERVICES)
    if kind <= 5 then region = region_of(LISTED)
    elseif kind <= 7 then region = region_of(UNLISTED)
    elseif kind <= 9 or service == "sts" then region = region_of(MALFORMED) end  -- STS always has the client's
    local custom
    if pick(6) == 1 then custom = { one(CUSTOM), one { "option", "service env", "env" } } end
    cases[#cases + 1] = new_case(service, region, flag(), flag(), custom)
  end
  return cases, named
end

local function scope_of(req)
  local auth = req.headers.Authorization or ""
  return auth:match("Credential=[^/]+/%d+/([^/]+)/([^/]+)/aws4_request")
end

-- awsjobs' answer, through the public API, with the case's environment as os.getenv's.
local function awsjobs_answer(case)
  local env = {}
  for k, v in pairs(BASE_ENV) do env[k] = v end
  for k, v in pairs(case.env) do env[k] = v end
  local real = os.getenv
  os.getenv = function(k) return env[k] end  -- luacheck: ignore (restored below)
  local ok, answer = pcall(function()
    if case.service == "sts" then
      local ep, err = sts.endpoint { region = case.options.region, getenv = os.getenv }
      if not ep then return { error = err } end
      return { endpoint = ep.url, url = endpoints.url_for(ep, { path = "/" }), signing_region = ep.signing_region,
               signing_name = ep.signing_name }
    end
    local opts = { credentials = CREDS }
    for k, v in pairs(case.options) do opts[k] = v end
    local c, err = awsjobs.client(case.service, opts)
    if not c then return { error = err.message, kind = err.kind } end
    local req, perr = c:prepare(OPERATIONS[case.service], {})
    if not req then return { error = perr.message } end
    local region, name = scope_of(req)
    return { endpoint = c.endpoint.url, url = req.url, signing_region = region, signing_name = name }
  end)
  os.getenv = real  -- luacheck: ignore
  assert(ok, answer)
  return answer
end

local function has_custom(case)
  if case.options.endpoint then return true end
  for k in pairs(case.env) do
    if k:find("^AWS_ENDPOINT_URL") then return true end
  end
  return false
end

local function flag_on(case, option, var)
  local v = case.options[option]
  if v ~= nil then return v end
  return (case.env[var] or ""):lower() == "true"
end

-- A FIPS / dual-stack variable that is read and is neither true nor false (any case).
local function odd_flag_var(case)
  for option, var in pairs { use_fips_endpoint = "AWS_USE_FIPS_ENDPOINT",
                             use_dualstack_endpoint = "AWS_USE_DUALSTACK_ENDPOINT" } do
    local v = case.env[var]
    if v and case.options[option] == nil and v:lower() ~= "true" and v:lower() ~= "false" then return var end
  end
  return nil
end

-- FIPS asked for, by a setting or by a FIPS pseudo-region ("fips-us-gov-west-1").
local function fips_on(case)
  local region = case.options.region or case.env.AWS_DEFAULT_REGION or ""
  return flag_on(case, "use_fips_endpoint", "AWS_USE_FIPS_ENDPOINT") or region:find("fips%-") or region:find("%-fips")
end

describe("endpoints against botocore", function()
  local cases, named = matrix()
  local answers = run_fake("", { cases = cases }).cases
  local agreed, both_errors, divergent, partitions_seen = 0, 0, 0, {}

  it("answers every case (" .. #cases .. " cases, seed " .. SEED .. ")", function()
    assert.are.equal(#cases, #answers)
    assert.is_true(#cases >= 200)
  end)

  it("agrees with what issue #10 says botocore does", function()
    local want = { "https://ecs.us-iso-east-1.c2s.ic.gov/", "https://ecs.eusc-de-east-1.amazonaws.eu/",
                   "https://ecs-fips.us-east-1.amazonaws.com/", "https://ecs.us-east-1.api.aws/",
                   "https://ecs-fips.us-gov-west-1.amazonaws.com/", "https://sts.amazonaws.com/",
                   "https://ecs.us-east-1.amazonaws.com/" }
    for i = 1, named do assert.are.equal(want[i], answers[i].url, cases[i].label) end
    assert.are.equal("us-east-1", answers[6].signing_region)
  end)

  for i, case in ipairs(cases) do
    it(case.label, function()
      local theirs, ours = answers[i], awsjobs_answer(case)
      local custom = has_custom(case)
      if odd_flag_var(case) and not theirs.error then
        -- Deliberate difference 1 (config.lua): botocore reads "yes" as false; awsjobs refuses
        -- it, so a typo cannot turn FIPS off without a word.
        assert.matches("^use_%a+_endpoint from environment AWS_USE_%a+_ENDPOINT: must be true or false", ours.error)
        divergent = divergent + 1
        return
      end
      if custom and not theirs.error and (fips_on(case)
          or flag_on(case, "use_dualstack_endpoint", "AWS_USE_DUALSTACK_ENDPOINT")) then
        -- Deliberate difference 2: botocore drops FIPS / dual-stack silently when a custom
        -- endpoint is set; awsjobs refuses with the rule set's message (issue #10: no silent fallback).
        assert.matches("^Invalid Configuration: %a+ and custom endpoint are not supported$", ours.error)
        divergent = divergent + 1
        return
      end
      if theirs.error then
        assert.is_not_nil(ours.error, "botocore: " .. theirs.error .. "; awsjobs: " .. tostring(ours.url))
        both_errors = both_errors + 1
        return
      end
      assert.is_nil(ours.error, "botocore: " .. tostring(theirs.url))
      assert.are.same({ theirs.endpoint, theirs.signing_region, theirs.signing_name },
        { ours.endpoint, ours.signing_region, ours.signing_name })
      -- The request URL too, but for one botocore quirk: a custom endpoint's base path without
      -- the "/" of requestUri "/" (awsjobs keeps it, as the Smithy HostWithPath tests expect).
      if not (custom and ours.url == theirs.url .. "/") then assert.are.equal(theirs.url, ours.url) end
      agreed = agreed + 1
      local r = case.options.region or case.env.AWS_DEFAULT_REGION
      if PARTITION_OF[r] and not custom then partitions_seen[PARTITION_OF[r]] = true end
    end)
  end

  it("covered every partition, errors and agreements", function()
    for id in pairs(PARTITIONS) do assert.is_true(partitions_seen[id], id) end
    assert.is_true(agreed >= 150, "agreed " .. agreed)
    assert.is_true(both_errors >= 20, "both errors " .. both_errors)
    print(("\nendpoints vs botocore: %d cases, %d same endpoint and signing, %d errors on both sides, " ..
      "%d refused by awsjobs only (custom endpoint + FIPS/dual-stack, or a variable neither true nor false)")
      :format(#cases, agreed, both_errors, divergent))
  end)
end)

describe("the rule set functions against botocore's", function()
  local NULL = cjson.null
  local calls = {}
  local function add(fn, ...) calls[#calls + 1] = { fn = fn, argv = { ... } } end
  for _, u in ipairs { "https://example.com", "http://127.0.0.1:5000/a/b", "https://[::1]:8443/x/../y",
                       "https://example.com:99999", "https://example.com:abc", "ftp://x", "https://example.com/?q=1",
                       "https://example.com/a%20b/", "https://user@host:1/p", "HTTPS://EXAMPLE.com/A",
                       "https://example.com/a/./b//c/", "https://1.2.3.4", "https://[fe80::1%25eth0]/",
                       "https://[::ffff:1.2.3.4]", "https://[1:2:3:4:5:6:7:8]", "https://999.1.1.1",
                       "https://host/path with space", "https://example.com#frag", "https://example.com/\195\169",
                       "https://example.com:", "http://a/../..", "https://h/a/b/..", "https://h/.", "https://h//" } do
    add("parseURL", u)
  end
  for _, s in ipairs { "a b/c?d=e&f", "~-._", "\195\169", "", "100%" } do add("uriEncode", s) end
  add("substring", "abcdef", 0, 3, false)
  add("substring", "abcdef", 0, 3, true)
  add("substring", "abcdef", 2, 1, false)
  add("substring", "ab", 0, 3, false)
  add("substring", "h\195\169llo", 0, 2, false)
  add("substring", "abcdef", 1, 6, true)
  add("substring", 1, 0, 1, false)
  for _, l in ipairs { "abc", "-abc", "abc-", "a.b", "", string.rep("a", 63), string.rep("a", 64), "ab_c", "A1" } do
    add("isValidHostLabel", l, false)
    add("isValidHostLabel", l, true)
  end
  add("isValidHostLabel", "a..b", true)
  add("isValidHostLabel", "a.b.c", true)
  for _, a in ipairs { "arn:aws:s3:::bucket", "arn:aws:iam::123:role/x", "arn::s3:::b", "arn:aws:s3:us-east-1:1:",
                       "arn:aws", "notarn:aws:s3:::b", "arn:aws:ecs:us-east-1:123:task/c/abc:1", "arn:aws:s3:::a//b" } do
    add("aws.parseArn", a)
  end
  for _, b in ipairs { "bucket", "Bucket", "ab", "1.2.3.4", "a.b.c", "bucket-", "my..bucket", "a-b-c" } do
    add("aws.isVirtualHostableS3Bucket", b, false)
    add("aws.isVirtualHostableS3Bucket", b, true)
  end
  for _, v in ipairs { true, false, "", "x", 0, 1 } do add("not", v) end
  add("isSet", "x")
  add("stringEquals", "a", "a")
  add("stringEquals", "a", "b")
  add("stringEquals", "a", 1)
  add("booleanEquals", true, true)
  add("booleanEquals", true, "true")
  add("getAttr", { a = { b = { 1, 2 } } }, "a.b[1]")
  add("getAttr", { a = { b = { 1, 2 } } }, "a.b[2]")
  add("getAttr", { a = { 1 } }, "a")
  add("getAttr", { a = 1 }, "b")
  add("getAttr", { { x = 1 } }, "[0]")
  for _, list in ipairs { LISTED, UNLISTED, MALFORMED } do
    for _, r in ipairs(list) do add("aws.partition", r) end
  end
  local answers = run_fake("", { calls = calls }).calls

  local function plain(v)  -- JSON null as nil, inside tables too
    if v == NULL then return nil end
    if type(v) ~= "table" then return v end
    local out = {}
    for k, x in pairs(v) do out[k] = plain(x) end
    return out
  end

  for i, call in ipairs(calls) do
    local args = {}
    for j, a in ipairs(call.argv) do args[j] = type(a) == "string" and ("%q"):format(a) or cjson.encode(a) end
    it(call.fn .. "(" .. table.concat(args, ", ") .. ")", function()
      local f = engine.functions[call.fn]
      local ok, got = pcall(f, unpack_args(call.argv, 1, #call.argv))
      if answers[i].error then
        assert.is_false(ok, "botocore: " .. answers[i].error)
        assert.is_table(got, "a rule set error, not a Lua error: " .. tostring(got))
        return
      end
      assert.is_true(ok, tostring(type(got) == "table" and got.message or got))
      assert.are.same(plain(answers[i].value), got)
    end)
  end
end)

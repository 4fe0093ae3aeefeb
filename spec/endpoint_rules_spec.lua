-- Endpoint rule sets: botocore's endpoint tests for every shipped rule set (the vendored
-- spec/fixtures/conformance/endpoints/<service>.json), evaluated by the rules engine and through
-- endpoints.resolve; the engine's semantics on small rule sets (each checked against botocore
-- when written); and what a client makes of the result.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local engine = require "awsjobs.endpoint_rules.engine"
local endpoints = require "awsjobs.endpoints"
local sts = require "awsjobs.sts"

local DIR = "spec/fixtures/conformance/endpoints/"
-- service -> cases in botocore 1.43.67's endpoint-tests-1.json (see the fixture's README)
local SERVICES = { { "ecs", 49 }, { "batch", 48 }, { "iot", 45 }, { "sagemaker", 47 }, { "sts", 69 }, { "logs", 49 } }
local CREDS = { access_key_id = "AKIDEXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }

local function read_cases(service)
  local f = assert(io.open(DIR .. service .. ".json", "rb"), "missing fixture " .. DIR .. service .. ".json")
  local doc = cjson.decode(f:read("a"))
  f:close()
  return doc.testCases
end

local function metadata(service)
  if service == "sts" then return { serviceId = "STS", endpointPrefix = "sts" } end
  return require("awsjobs.models." .. service).metadata
end

-- The endpoint expected of a case: url, properties, headers (absent ones empty).
local function expected(case)
  local e = case.expect.endpoint
  return { url = e.url, properties = e.properties or {}, headers = e.headers or {} }
end

for _, entry in ipairs(SERVICES) do
  local service, count = entry[1], entry[2]
  describe(service .. " endpoint rule set", function()
    local rule_set = require("awsjobs.endpoint_rules." .. service)
    local cases = read_cases(service)
    local meta = metadata(service)

    it("has every case of botocore's endpoint tests", function()
      assert.are.equal(count, #cases)
      assert.are.equal(meta.serviceId, rule_set.service_id)
    end)

    for _, case in ipairs(cases) do
      it(case.documentation, function()
        local ep, err = engine.evaluate(rule_set, case.params or {})
        if case.expect.error then
          assert.is_nil(ep)
          assert.are.equal(case.expect.error, err)
        else
          assert.is_nil(err)
          assert.are.same(expected(case), ep)
        end
        -- the same parameters given as the SDK built-ins they come from
        for _, input in ipairs(case.operationInputs or {}) do
          local via, verr = engine.evaluate(rule_set, {}, input.builtInParams)
          if case.expect.error then assert.are.equal(case.expect.error, verr)
          else assert.are.same(expected(case), via) end
        end
        -- and through endpoints.resolve, as a client asks (every client has a region)
        local p = case.params or {}
        if p.Region then
          local rep, rerr = endpoints.resolve(meta, p.Region, p.Endpoint, { use_fips = p.UseFIPS,
            use_dualstack = p.UseDualStack, use_global_endpoint = p.UseGlobalEndpoint })
          if case.expect.error then
            assert.are.equal(case.expect.error, rerr)
          else
            assert.is_nil(rerr)
            assert.are.equal(case.expect.endpoint.url, rep.url)
            local scheme = (expected(case).properties.authSchemes or {})[1] or {}
            assert.are.equal(scheme.signingRegion or p.Region, rep.signing_region)
            assert.are.equal(scheme.signingName or meta.signingName or meta.endpointPrefix, rep.signing_name)
          end
        end
      end)
    end
  end)
end

describe("the rules engine", function()
  local function ref(name) return { ref = name } end
  local PARAMS = { Region = { type = "string", builtIn = "AWS::Region" },
                   UseFIPS = { type = "boolean", default = false, required = true } }
  local function rules(list, extra)
    local params = {}
    for k, v in pairs(PARAMS) do params[k] = v end
    for k, v in pairs(extra or {}) do params[k] = v end
    return { version = "1.0", parameters = params, rules = list }
  end

  it("keeps a name a condition assigns inside its rule", function()
    local rs = rules {
      { type = "endpoint", conditions = { { fn = "aws.partition", ref("Region"), assign = "P" },
                                          { fn = "booleanEquals", ref("UseFIPS"), true } },
        endpoint = { url = "https://fips" } },
      { type = "endpoint", conditions = { { fn = "isSet", ref("P") } }, endpoint = { url = "https://leak" } },
      { type = "error", error = "fell through in {Region}" },
    }
    assert.are.same({ nil, "fell through in us-east-1" }, { engine.evaluate(rs, { Region = "us-east-1" }) })
    assert.are.equal("https://fips", engine.evaluate(rs, { Region = "us-east-1", UseFIPS = true }).url)
  end)

  it("refuses to assign a name twice", function()
    local rs = rules { { type = "tree", conditions = { { fn = "aws.partition", ref("Region"), assign = "Region" } },
                         rules = { { type = "endpoint", endpoint = { url = "x" } } } } }
    local _, err = engine.evaluate(rs, { Region = "us-east-1" })
    assert.are.equal("Assignment Region already exists in scoped variables and cannot be overwritten", err)
  end)

  it("fills templates in the URL, properties and headers; doubled braces are braces", function()
    local rs = rules { { type = "endpoint", endpoint = {
      url = "https://{Region}.x/{{literal}}",
      properties = { authSchemes = { { name = "sigv4", signingRegion = "{Region}", n = "a{{b}}" } } },
      headers = { ["x-a"] = { "{Region}", "b" } } } } }
    assert.are.same({ url = "https://us-east-1.x/{literal}",
                      properties = { authSchemes = { { name = "sigv4", signingRegion = "us-east-1", n = "a{b}" } } },
                      headers = { ["x-a"] = { "us-east-1", "b" } } },
      engine.evaluate(rs, { Region = "us-east-1" }))
  end)

  it("reads attributes by path and index, and nested template names", function()
    local rs = rules { { type = "tree",
      conditions = { { fn = "aws.parseArn", "arn:aws:s3:us-west-2:123:bucket/key:v", assign = "A" },
                     { fn = "getAttr", ref("A"), "resourceId[2]", assign = "K" } },
      rules = { { type = "endpoint", endpoint = { url = "https://{K}.{A#region}.{A#partition}" } } } } }
    assert.are.equal("https://v.us-west-2.aws", engine.evaluate(rs, {}).url)
  end)

  it("goes on with the next rule when no rule of a tree matches", function()
    local rs = rules {
      { type = "tree", conditions = { { fn = "booleanEquals", ref("UseFIPS"), false } },
        rules = { { type = "endpoint", conditions = { { fn = "isSet", ref("Nope") } }, endpoint = { url = "x" } } } },
      { type = "endpoint", endpoint = { url = "https://next" } },
    }
    assert.are.equal("https://next", engine.evaluate(rs, {}).url)
  end)

  it("reports type errors, missing required parameters and no match as nil, message", function()
    local _, err = engine.evaluate(rules { { type = "endpoint", conditions = {
      { fn = "booleanEquals", ref("Region"), true } }, endpoint = { url = "x" } } }, { Region = "us-east-1" })
    assert.matches("must be bools", err)
    _, err = engine.evaluate(rules({ { type = "endpoint", endpoint = { url = "x" } } },
      { Need = { type = "string", required = true } }), {})
    assert.are.equal("Cannot find value for required parameter Need", err)
    _, err = engine.evaluate(rules { { type = "endpoint", endpoint = { url = "x" } } }, { Region = true })
    assert.matches("^Value %(Region%) is the wrong type", err)
    _, err = engine.evaluate(rules { { type = "endpoint", conditions = {
      { fn = "booleanEquals", ref("UseFIPS"), true } }, endpoint = { url = "x" } } }, {})
    assert.matches("no endpoint rule matched", err)
    _, err = engine.evaluate(rules { { type = "endpoint", conditions = { { fn = "noSuchFn" } },
      endpoint = { url = "x" } } }, {})
    assert.matches("unknown rule set function noSuchFn", err)
  end)

  it("raises on a bug in the engine's caller (not a rule set failure)", function()
    assert.has_error(function() engine.evaluate({ parameters = {}, rules = "not a list" }, {}) end)
  end)

  it("is not kept loaded once a client has its endpoint; the answer is", function()
    local out = io.popen("env -u AWS_ENDPOINT_URL AWS_CONFIG_FILE=/nonexistent LUA_PATH='lua/?.lua;lua/?/init.lua;;' " ..
      "LUA_CPATH='build/?.so;;' lua5.4 -e '" ..
      "local a = require \"awsjobs\"; local c = assert(a.ecs{region = \"us-iso-east-1\"}); " ..
      "local kept = {} for k in pairs(package.loaded) do if k:find(\"endpoint_rules\") then kept[#kept + 1] = k end end; " ..
      "local e = require \"awsjobs.endpoints\"; local x, y = e.resolve(c.model.metadata, \"us-iso-east-1\"), " ..
      "e.resolve(c.model.metadata, \"us-iso-east-1\"); " ..
      "print(#kept, c.endpoint.url, x ~= y and x.url == y.url)' 2>&1")
    local text = out:read("a")
    out:close()
    assert.are.equal("0\thttps://ecs.us-iso-east-1.c2s.ic.gov\ttrue\n", text)
  end)

  it("loads the less used functions only when a rule set calls one", function()
    local out = io.popen("LUA_PATH='lua/?.lua;;' lua5.4 -e '" ..
      "local e = require \"awsjobs.endpoint_rules.engine\"; " ..
      "e.evaluate(require \"awsjobs.endpoint_rules.ecs\", {Region = \"us-east-1\"}); " ..
      "print(package.loaded[\"awsjobs.endpoint_rules.library\"] == nil, e.functions.uriEncode(\"a b\"), " ..
      "package.loaded[\"awsjobs.endpoint_rules.library\"] ~= nil)' 2>&1")
    local text = out:read("a")
    out:close()
    assert.are.equal("true\ta%20b\ttrue\n", text)
  end)
end)

describe("endpoints.resolve", function()
  local ECS = require("awsjobs.models.ecs").metadata

  it("keeps a custom endpoint with a port and a base path", function()
    local ep = assert(endpoints.resolve(ECS, "us-east-1", "http://127.0.0.1:5000/base/"))
    assert.are.same({ "http", "127.0.0.1:5000", "/base", "us-east-1", "ecs" },
      { ep.scheme, ep.authority, ep.base_path, ep.signing_region, ep.signing_name })
  end)

  it("names where a bad custom endpoint came from", function()
    local _, err = endpoints.resolve(ECS, "us-east-1", "ftp://x", { source = "environment endpoint" })
    assert.are.equal("environment endpoint must use http or https", err)
  end)

  it("refuses FIPS or dual-stack with a custom endpoint, as the rule set says", function()
    local _, err = endpoints.resolve(ECS, "us-east-1", "http://127.0.0.1:5000", { use_fips = true })
    assert.are.equal("Invalid Configuration: FIPS and custom endpoint are not supported", err)
    _, err = endpoints.resolve(ECS, "us-east-1", "http://127.0.0.1:5000", { use_dualstack = true })
    assert.are.equal("Invalid Configuration: Dualstack and custom endpoint are not supported", err)
  end)

  it("reads a FIPS pseudo-region as the region with FIPS on, as botocore does", function()
    for _, r in ipairs { "us-east-1-fips", "fips-us-east-1" } do
      local ep = assert(endpoints.resolve(ECS, r))
      assert.are.same({ "https://ecs-fips.us-east-1.amazonaws.com", "us-east-1" }, { ep.url, ep.signing_region })
    end
  end)

  it("checks the region as botocore does", function()
    for _, r in ipairs { "us-east-1", "US-EAST-1", "a1", string.rep("a", 63) } do
      assert.is_true(endpoints.valid_region(r), r)
    end
    for _, r in ipairs { "", "123", "-us-east-1", "us-east-1-", "us_east_1", "us.east.1", "evil.com/x",
                         string.rep("a", 64), "us east 1" } do
      assert.is_nil(endpoints.valid_region(r), r)
      assert.matches("^region: ", select(2, endpoints.resolve(ECS, r)))
    end
  end)

  it("still takes the old form, resolve(metadata, region, explicit, getenv)", function()
    local env = { AWS_ENDPOINT_URL_ECS = "http://b:1" }
    local ep = assert(endpoints.resolve(ECS, "us-east-1", nil, function(k) return env[k] end))
    assert.are.equal("http://b:1", ep.url)
    local _, err = endpoints.resolve(ECS, "us-east-1", nil, function(k) return ({ AWS_ENDPOINT_URL = "x" })[k] end)
    assert.matches("^environment endpoint ", err)
  end)

  it("gives a service without a rule set its partition's DNS suffix", function()
    local ep = assert(endpoints.resolve({ serviceId = "SSO", endpointPrefix = "portal.sso" }, "us-iso-east-1"))
    assert.are.equal("https://portal.sso.us-iso-east-1.c2s.ic.gov", ep.url)
  end)
end)

describe("a client's endpoint", function()
  local function client(opts)
    opts.credentials = CREDS
    return awsjobs.ecs(opts)
  end
  local function scope_of(req)
    return req.headers.Authorization:match("Credential=[^/]+/%d+/([^,]+)/aws4_request")
  end

  it("follows use_fips_endpoint and use_dualstack_endpoint", function()
    local c = assert(client { region = "us-east-1", use_fips_endpoint = true })
    assert.are.equal("https://ecs-fips.us-east-1.amazonaws.com/", c:prepare("ListClusters", {}).url)
    c = assert(client { region = "us-east-1", use_dualstack_endpoint = true })
    assert.are.equal("https://ecs.us-east-1.api.aws/", c:prepare("ListClusters", {}).url)
    c = assert(client { region = "us-gov-west-1", use_fips_endpoint = true, use_dualstack_endpoint = true })
    assert.are.equal("https://ecs-fips.us-gov-west-1.api.aws/", c:prepare("ListClusters", {}).url)
    assert.are.equal("us-gov-west-1/ecs", scope_of(c:prepare("ListClusters", {})))
  end)

  it("reaches every partition", function()
    for region, url in pairs { ["us-iso-east-1"] = "https://ecs.us-iso-east-1.c2s.ic.gov/",
                               ["eusc-de-east-1"] = "https://ecs.eusc-de-east-1.amazonaws.eu/",
                               ["cn-north-1"] = "https://ecs.cn-north-1.amazonaws.com.cn/",
                               ["us-isob-east-1"] = "https://ecs.us-isob-east-1.sc2s.sgov.gov/" } do
      assert.are.equal(url, assert(client { region = region }):prepare("ListClusters", {}).url)
    end
  end)

  it("keeps a local custom endpoint (as the moto specs use)", function()
    local c = assert(client { region = "us-east-1", endpoint = "http://127.0.0.1:5000" })
    local req = c:prepare("ListClusters", {})
    assert.are.equal("http://127.0.0.1:5000/", req.url)
    assert.are.equal("us-east-1/ecs", scope_of(req))
  end)

  it("is a validation error, with the rule set's message, when the combination is impossible", function()
    local c, err = client { region = "us-east-1", endpoint = "http://127.0.0.1:5000", use_fips_endpoint = true }
    assert.is_nil(c)
    assert.are.same({ "validation", "Invalid Configuration: FIPS and custom endpoint are not supported" },
      { err.kind, err.message })
  end)

  it("checks the new options' types", function()
    local c, err = client { region = "us-east-1", use_fips_endpoint = "true" }
    assert.is_nil(c)
    assert.are.equal("options.use_fips_endpoint: must be a boolean", err.message)
  end)

  it("reads AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT through the public API", function()
    local cmd = "env -u AWS_ENDPOINT_URL -u AWS_ENDPOINT_URL_ECS AWS_USE_FIPS_ENDPOINT=true " ..
      "AWS_USE_DUALSTACK_ENDPOINT=TRUE AWS_CONFIG_FILE=/nonexistent " ..
      "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' lua5.4 -e '" ..
      "local c = require(\"awsjobs\").ecs{region = \"us-east-1\", credentials = {access_key_id = \"A\", " ..
      "secret_access_key = \"B\"}}; print(c:prepare(\"ListClusters\", {}).url)' 2>&1"
    local p = io.popen(cmd)
    local out = p:read("a")
    p:close()
    assert.are.equal("https://ecs-fips.us-east-1.api.aws/\n", out)
  end)
end)

describe("the STS endpoint of the credential providers", function()
  local function env(t) return function(k) return t[k] end end

  it("is regional, signed for its region", function()
    local ep = assert(sts.endpoint { region = "eu-west-1", getenv = env {} })
    assert.are.same({ "https://sts.eu-west-1.amazonaws.com", "eu-west-1", "sts" },
      { ep.url, ep.signing_region, ep.signing_name })
  end)

  it("signs for us-east-1 where the rule set says so (aws-global)", function()
    local ep = assert(sts.endpoint { region = "aws-global", getenv = env {} })
    assert.are.same({ "https://sts.amazonaws.com", "us-east-1" }, { ep.url, ep.signing_region })
  end)

  it("follows AWS_USE_FIPS_ENDPOINT and AWS_ENDPOINT_URL_STS", function()
    local ep = assert(sts.endpoint { region = "us-east-2", getenv = env { AWS_USE_FIPS_ENDPOINT = "true" } })
    assert.are.equal("https://sts-fips.us-east-2.amazonaws.com", ep.url)
    ep = assert(sts.endpoint { region = "us-east-2", getenv = env { AWS_ENDPOINT_URL_STS = "http://127.0.0.1:9" } })
    assert.are.equal("http://127.0.0.1:9", ep.url)
  end)
end)

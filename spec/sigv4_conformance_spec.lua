-- The AWS SigV4 test suites (spec/fixtures/conformance/sigv4, vendored), run case by case:
-- the v4 suite (header and query variants) and botocore's legacy aws4_testsuite.
local awsjobs = require "awsjobs"
local cjson = require "cjson"
local conf = require "helpers.conformance"

local root = conf.root() .. "/sigv4"
local cjson_safe = cjson.new()

local function options_for(ctx)
  return {
    region = ctx.region,
    service = ctx.service,
    time = conf.epoch(ctx.timestamp),
    credentials = {
      access_key_id = ctx.credentials.access_key_id,
      secret_access_key = ctx.credentials.secret_access_key,
      session_token = ctx.credentials.token,
    },
    normalize_path = ctx.normalize,
    content_sha256 = ctx.sign_body,
    omit_session_token = ctx.omit_session_token,
    expires = ctx.expiration_in_seconds,
  }
end

-- The request as awsjobs takes it. The suite's paths are raw (not yet percent-encoded), which
-- is exactly what a signer that encodes the wire path once more must be given (see README).
local function request_for(text)
  local req = conf.parse_http(text)
  local headers = conf.header_table(req.headers)
  local host = headers.Host or headers.host
  return {
    method = req.method,
    url = "https://" .. host .. req.target,
    headers = headers,
    body = req.body,
  }
end

describe("SigV4 v4 suite", function()
  local cases = conf.list(root .. "/v4")
  it("has the 38 cases the README lists", function()
    assert.are.equal(38, #cases)
  end)

  for _, name in ipairs(cases) do
    local dir = root .. "/v4/" .. name .. "/"
    local ctx = cjson_safe.decode(conf.read(dir .. "context.json"))
    local request_text = conf.read(dir .. "request.txt")

    it(name .. " (header signing)", function()
      local headers, info = awsjobs.sign(request_for(request_text), options_for(ctx))
      assert.is_table(headers, info and tostring(info))
      assert.are.equal(conf.read(dir .. "header-canonical-request.txt"), info.canonical_request)
      assert.are.equal(conf.read(dir .. "header-string-to-sign.txt"), info.string_to_sign)
      assert.are.equal(conf.read(dir .. "header-signature.txt"), info.signature)
      -- End to end: the signed request carries exactly the expected headers.
      local expected = conf.parse_http(conf.read(dir .. "header-signed-request.txt"))
      assert.are.same(conf.header_multiset(conf.header_table(expected.headers)),
        conf.header_multiset(headers))
    end)

    it(name .. " (query signing)", function()
      local url, info = awsjobs.presign(request_for(request_text), options_for(ctx))
      assert.is_string(url, info and tostring(info))
      assert.are.equal(conf.read(dir .. "query-canonical-request.txt"), info.canonical_request)
      assert.are.equal(conf.read(dir .. "query-string-to-sign.txt"), info.string_to_sign)
      assert.are.equal(conf.read(dir .. "query-signature.txt"), info.signature)
      local expected = conf.parse_http(conf.read(dir .. "query-signed-request.txt"))
      local want_query = expected.target:match("%?(.*)$")
      local got_query = url:match("%?(.*)$")
      assert.are.same(conf.query_set(want_query), conf.query_set(got_query))
    end)
  end
end)

-- Finds every case directory (one holding <name>.req) below dir.
local function legacy_cases(dir, prefix, out)
  for _, name in ipairs(conf.list(dir)) do
    local path = dir .. "/" .. name
    if conf.is_dir(path) then
      if conf.exists(path .. "/" .. name .. ".req") then
        out[#out + 1] = { name = prefix .. name, path = path .. "/" .. name }
      end
      legacy_cases(path, prefix .. name .. "/", out)
    end
  end
  return out
end

describe("SigV4 legacy aws4_testsuite (botocore)", function()
  local cases = legacy_cases(root .. "/legacy-aws4_testsuite", "", {})
  it("has the 34 cases the README lists", function()
    assert.are.equal(34, #cases)
  end)

  for _, case in ipairs(cases) do
    it(case.name, function()
      local creq = conf.read(case.path .. ".creq")
      local sreq = conf.read(case.path .. ".sreq")
      local options = options_for {
        region = "us-east-1", service = "service", timestamp = "20150830T123600Z", normalize = true,
        credentials = { access_key_id = "AKIDEXAMPLE",
                        secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
      }
      -- The token is signed where the canonical request shows it; where it shows only in
      -- the signed request (post-sts-header-after), it was added after signing.
      local signed_token = creq:match("\nx%-amz%-security%-token:([^\n]*)")
      local late_token = sreq:match("\n[Xx]%-[Aa]mz%-[Ss]ecurity%-[Tt]oken:([^\n]*)")
      options.credentials.session_token = signed_token or late_token
      options.omit_session_token = late_token ~= nil and signed_token == nil

      local headers, info = awsjobs.sign(request_for(conf.read(case.path .. ".req")), options)
      assert.is_table(headers, info and tostring(info))
      assert.are.equal(creq, info.canonical_request)
      assert.are.equal(conf.read(case.path .. ".sts"), info.string_to_sign)
      assert.are.equal(conf.read(case.path .. ".authz"), headers.Authorization)
    end)
  end
end)

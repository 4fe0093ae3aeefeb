-- botocore's protocol test cases (vendored in spec/fixtures/conformance) for awsJson1_1 and
-- restJson1: serialising inputs and parsing outputs, case by case, through the same
-- protocol modules the clients use. Cases for features awsjobs does not have are
-- skipped by name with the reason (see SKIP below).
local cjson = require "cjson"
local common = require "awsjobs.protocol.common"
local conf = require "helpers.conformance"
local endpoints = require "awsjobs.endpoints"
local tree = require "helpers.json_tree"
local PROTOCOLS = {
  json = require "awsjobs.protocol.json",
  ["rest-json"] = require "awsjobs.protocol.rest_json",
}

local json = cjson.new()
local root = conf.root() .. "/protocols/"
local TOKEN = "00000000-0000-4000-8000-000000000000"

-- Features outside what awsjobs does, with the reason; matched against `given` and shapes.
-- Cases whose expectation awsjobs does not share, by file and suite/case, with the reason.
local SKIP_CASES = {
  ["legacy/input/rest-json.json Content-Type and JSON body #26.7"] =
    "botocore leaves a raw payload's Content-Length to its HTTP layer; awsjobs sets it on every " ..
    "body it signs, as the current suite's RestJsonHttpPayloadTraitsWithBlob requires",
  ["legacy/input/rest-json.json List in header #27.2"] =
    "an empty list header is omitted here but sent empty by the current suite's " ..
    "RestJsonNullAndEmptyHeaders, which awsjobs follows",
  ["legacy/output/rest-json.json JSON value trait #13.1"] =
    "a jsonvalue string member is returned as the JSON text, as the current suite's " ..
    "MediaTypeHeaderOutputBase64 expects; this older case wants it decoded",
  ["legacy/output/rest-json.json Supports header maps #10.1"] =
    "awsjobs reports response header names lower-cased (HTTP names are case-insensitive); " ..
    "the case expects the wire case in prefix-header map keys",
}

local function skip_reason(suite, case, name)
  if SKIP_CASES[name] then return SKIP_CASES[name] end
  local given = case.given
  if given.requestcompression then
    return "request compression (gzip): no ECS, Batch, IoT or SageMaker operation asks for it"
  end
  if given.httpChecksumRequired then
    return "httpChecksumRequired (Content-MD5): no ECS, Batch, IoT or SageMaker operation has it"
  end
  local function flagged(shape_name, seen)
    seen = seen or {}
    if not shape_name or seen[shape_name] then return nil end
    seen[shape_name] = true
    local s = suite.shapes[shape_name]
    if not s then return nil end
    if s.eventstream then return "event streams are not used by ECS, Batch, IoT or SageMaker" end
    if s.streaming then return "streaming payloads: no ECS, Batch, IoT or SageMaker operation has one" end
    for _, m in pairs(s.members or {}) do
      local r = flagged(m.shape, seen)
      if r then return r end
    end
    if s.member then return flagged(s.member.shape, seen) end
    if s.value then return flagged(s.value.shape, seen) end
    return nil
  end
  return flagged(given.input and given.input.shape) or flagged(given.output and given.output.shape)
end

local function model_for(suite, case)
  local given = case.given
  local op = {
    name = given.name,
    http = given.http or { method = "POST", requestUri = "/" },
    input = given.input and given.input.shape,
    output = given.output and given.output.shape,
    endpoint = given.endpoint,
    errors = {},
  }
  for i, e in ipairs(given.errors or {}) do op.errors[i] = e.shape end
  -- The legacy files put `payload` beside the input shape's name, not in the shape.
  if given.input and given.input.payload then
    local copy = {}
    for k, v in pairs(suite.shapes[op.input]) do copy[k] = v end
    copy.payload = given.input.payload
    op.input = op.input .. "#payload"
    suite.shapes[op.input] = copy
  end
  -- They may also bind a member through its target shape's `location`; move it onto the
  -- member, where the service models (and awsjobs) keep it.
  for _, shape in pairs(suite.shapes) do
    for _, m in pairs(shape.members or {}) do
      local target = suite.shapes[m.shape]
      if target and target.location and not m.location then
        m.location = target.location
        m.locationName = m.locationName or target.locationName
      end
    end
  end
  return { metadata = suite.metadata, shapes = suite.shapes, operations = { [given.name] = op } }, op
end

local function query_items(q)
  local items = {}
  for item in (q or ""):gmatch("[^&]+") do items[#items + 1] = item end
  table.sort(items)
  return items
end

local function header(headers, name)
  for k, v in pairs(headers) do
    if k:lower() == name:lower() then return v end
  end
  return nil
end

local function raw_payload(suite, op)
  local shape = op.input and suite.shapes[op.input]
  local payload = shape and shape.payload and shape.members[shape.payload]
  local ps = payload and suite.shapes[payload.shape]
  return ps and (ps.type == "blob" or ps.type == "string")
end

local function check_input(suite, case)
  local model, op = model_for(suite, case)
  local protocol = PROTOCOLS[suite.metadata.protocol]
  local shape = op.input and model.shapes[op.input]
  local params = common.fill_idempotency_tokens(case.params or {}, shape, function() return TOKEN end)
  local req = protocol.build(model, op, params)
  local want = case.serialized

  assert.are.equal(want.method or op.http.method, req.method)
  -- The URL as the client would send it, from the suite's endpoint (which may have a path).
  local ep = assert(endpoints.parse(case.clientEndpoint or suite.clientEndpoint or "https://example.com"))
  local url = endpoints.url_for(ep, req)
  local host, path, query = url:match("^https?://([^/]+)([^?]*)%??(.*)$")
  local want_path, want_query = want.uri:match("^([^?]*)%??(.*)$")
  assert.are.equal(want_path, path)
  assert.are.same(query_items(want_query), query_items(query))
  for name, value in pairs(want.headers or {}) do
    local got = header(req.headers, name)
    -- List headers: items joined by ", " or by "," are both accepted (conformance README).
    if type(got) == "string" and got ~= value and got:gsub(", ", ",") == value then got = value end
    assert.are.equal(value, got, "header " .. name)
  end
  for _, name in ipairs(want.requireHeaders or {}) do
    assert.is_not_nil(header(req.headers, name), "required header " .. name)
  end
  for _, name in ipairs(want.forbidHeaders or {}) do
    assert.is_nil(header(req.headers, name), "forbidden header " .. name)
  end
  if want.body ~= nil then
    if want.body == "" or raw_payload(suite, op) then
      assert.are.equal(want.body, req.body)
    else
      local ok = tree.equal(tree.parse(want.body), tree.parse(req.body))
      assert.is_true(ok, "body\nwant: " .. want.body .. "\ngot:  " .. req.body)
    end
  end
  if want.host then
    -- The suite writes the host with the endpoint's base path, as in "example.com/custom".
    assert.are.equal(want.host, host .. ep.base_path)
  end
end

-- Our results against the expected ones: special floats are written as strings there.
local function same_value(want, got)
  if want == json.null then return got == nil end
  if type(want) == "string" and type(got) == "number" then
    if want == "NaN" then return got ~= got end
    if want == "Infinity" then return got == math.huge end
    if want == "-Infinity" then return got == -math.huge end
  end
  if type(want) ~= "table" or type(got) ~= "table" then
    if type(want) == "number" and type(got) == "number" then return math.abs(want - got) < 1e-6 end
    return want == got
  end
  for k, v in pairs(want) do
    if v ~= json.null and not same_value(v, got[k]) then return false end
  end
  for k in pairs(got) do
    if want[k] == nil then return false end
  end
  return true
end

local function describe_value(v)
  local ok, s = pcall(json.encode, v)
  return ok and s or tostring(v)
end

local function check_output(suite, case)
  local model, op = model_for(suite, case)
  local protocol = PROTOCOLS[suite.metadata.protocol]
  local r = case.response
  local headers = {}
  for k, v in pairs(r.headers or {}) do headers[k:lower()] = v end
  local result, err = protocol.parse(model, op, r.status_code, headers, r.body or "")
  if case.errorCode then
    assert.is_nil(result)
    assert.are.equal("service", err.kind)
    assert.are.equal(case.errorCode, err.code)
    if case.errorMessage then assert.are.equal(case.errorMessage, err.message) end
    local want = {}
    for k, v in pairs(case.error or {}) do want[k] = v end
    want.Error = nil
    local got = err.data or {}
    assert.is_true(same_value(want, got),
      "error members\nwant: " .. describe_value(want) .. "\ngot:  " .. describe_value(got))
  else
    assert.is_table(result, err and tostring(err))
    assert.is_true(same_value(case.result or {}, result),
      "result\nwant: " .. describe_value(case.result) .. "\ngot:  " .. describe_value(result))
  end
end

local counts = {}

local function run_file(path, kind)
  -- read with the project's tree reader, so integer-form numbers stay integers
  local suites = tree.to_lua(tree.parse(conf.read(root .. path)), json.null)
  describe("protocol cases " .. path, function()
    for si, suite in ipairs(suites) do
      for ci, case in ipairs(suite.cases) do
        local name = (case.id or suite.description) .. " #" .. si .. "." .. ci
        local reason = skip_reason(suite, case, path .. " " .. name)
        counts[path] = counts[path] or { run = 0, skipped = 0 }
        if reason then
          counts[path].skipped = counts[path].skipped + 1
          pending(name .. ": " .. reason)
        else
          counts[path].run = counts[path].run + 1
          it(name, function()
            if kind == "input" then check_input(suite, case) else check_output(suite, case) end
          end)
        end
      end
    end
  end)
end

run_file("input/json.json", "input")
run_file("input/rest-json.json", "input")
run_file("legacy/input/json.json", "input")
run_file("legacy/input/rest-json.json", "input")
run_file("output/json.json", "output")
run_file("output/rest-json.json", "output")
run_file("legacy/output/json.json", "output")
run_file("legacy/output/rest-json.json", "output")

describe("protocol case counts", function()
  it("covers every case of the eight files (run or skipped by name)", function()
    local total = 0
    for _, c in pairs(counts) do total = total + c.run + c.skipped end
    -- 54 + 113 + 24 + 56 input, 58 + 91 + 20 + 33 output (conformance README)
    assert.are.equal(449, total)
  end)
end)

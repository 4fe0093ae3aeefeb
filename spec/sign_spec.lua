-- awsjobs.sign / awsjobs.presign beyond the conformance suites: the rules the SDKs apply
-- to real requests, and what bad input gets back.
local awsjobs = require "awsjobs"
local core = require "awsjobs.core"

local SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
local TOKEN = "FQoGZXIvYXdzEXAMPLETOKEN//////////wEaDEXAMPLE"

local function options(extra)
  local o = {
    region = "us-east-1", service = "ecs", time = 1440938160,
    credentials = { access_key_id = "AKIDEXAMPLE", secret_access_key = SECRET },
  }
  for k, v in pairs(extra or {}) do o[k] = v end
  return o
end

local function stop_task_request()
  return {
    method = "POST",
    url = "https://ecs.us-east-1.amazonaws.com/",
    headers = {
      ["Content-Type"] = "application/x-amz-json-1.1",
      ["X-Amz-Target"] = "AmazonEC2ContainerServiceV20141113.StopTask",
    },
    body = '{"cluster":"default","task":"arn:aws:ecs:us-east-1:123456789012:task/default/abc","reason":"done"}',
  }
end

local function assert_no_secret(err)
  local text = tostring(err) .. " " .. tostring(err.message)
  assert.is_nil(text:find(SECRET, 1, true))
  assert.is_nil(text:find(TOKEN, 1, true))
  assert.is_nil(text:find("Signature=", 1, true))
end

describe("awsjobs.sign", function()
  it("returns the request's headers plus X-Amz-Date and Authorization", function()
    local req = stop_task_request()
    local headers, info = awsjobs.sign(req, options())
    assert.are.equal("application/x-amz-json-1.1", headers["Content-Type"])
    assert.are.equal(req.headers["X-Amz-Target"], headers["X-Amz-Target"])
    assert.are.equal("20150830T123600Z", headers["X-Amz-Date"])
    assert.matches("^AWS4%-HMAC%-SHA256 Credential=AKIDEXAMPLE/20150830/us%-east%-1/ecs/aws4_request, " ..
      "SignedHeaders=content%-type;host;x%-amz%-date;x%-amz%-target, Signature=%x+$", headers.Authorization)
    assert.are.equal(64, #info.signature)
    assert.is_nil(headers["X-Amz-Security-Token"])
    assert.is_nil(req.headers.Authorization, "the caller's table is not modified")
  end)

  it("adds and signs X-Amz-Security-Token when a session token is given", function()
    local o = options()
    o.credentials.session_token = TOKEN
    local headers, info = awsjobs.sign(stop_task_request(), o)
    assert.are.equal(TOKEN, headers["X-Amz-Security-Token"])
    assert.matches("x%-amz%-security%-token:" .. TOKEN:gsub("%p", "%%%0"), info.canonical_request)
  end)

  it("signs the host with a non-default port and without a default one", function()
    local req = stop_task_request()
    req.url = "http://127.0.0.1:8080/"
    local _, info = awsjobs.sign(req, options())
    assert.matches("\nhost:127.0.0.1:8080\n", info.canonical_request, 1, true)
    req.url = "https://ecs.us-east-1.amazonaws.com:443/"
    _, info = awsjobs.sign(req, options())
    assert.matches("\nhost:ecs.us-east-1.amazonaws.com\n", info.canonical_request, 1, true)
    req.url = "http://[::1]:80/"
    _, info = awsjobs.sign(req, options())
    assert.matches("\nhost:[::1]\n", info.canonical_request, 1, true)
  end)

  it("encodes the wire path once more and normalises it", function()
    local req = stop_task_request()
    req.url = "https://iot.us-east-1.amazonaws.com/things/a%20b/jobs//x/./y/../cancel?force=true"
    local _, info = awsjobs.sign(req, options())
    local uri = info.canonical_request:match("^POST\n([^\n]*)\n")
    assert.are.equal("/things/a%2520b/jobs/x/cancel", uri)
    local query = info.canonical_request:match("^POST\n[^\n]*\n([^\n]*)\n")
    assert.are.equal("force=true", query)
  end)

  it("sorts query parameters by encoded name then value", function()
    local req = stop_task_request()
    req.url = "https://x.amazonaws.com/?b=2&a=z&a=y&c&%41=1"
    local _, info = awsjobs.sign(req, options())
    assert.are.equal("A=1&a=y&a=z&b=2&c=", info.canonical_request:match("^POST\n/\n([^\n]*)\n"))
  end)

  it("joins list values in order and trims and collapses whitespace", function()
    local req = stop_task_request()
    req.headers["My-Header"] = { "  b   c ", "a" }
    local headers, info = awsjobs.sign(req, options())
    assert.matches("\nmy-header:b c,a\n", info.canonical_request, 1, true)
    assert.are.same({ "  b   c ", "a" }, headers["My-Header"])
  end)

  it("does not sign headers that proxies rewrite, but keeps them", function()
    local req = stop_task_request()
    req.headers["User-Agent"] = "awsjobs/0.1"
    req.headers["X-Amzn-Trace-Id"] = "Root=1"
    req.headers.Expect = "100-continue"
    local headers, info = awsjobs.sign(req, options())
    assert.is_nil(info.canonical_request:find("user-agent", 1, true))
    assert.is_nil(info.canonical_request:find("x-amzn-trace-id", 1, true))
    assert.is_nil(info.canonical_request:find("expect", 1, true))
    assert.are.equal("awsjobs/0.1", headers["User-Agent"])
  end)

  it("replaces a stale X-Amz-Date and Authorization whatever their case", function()
    local req = stop_task_request()
    req.headers["x-amz-date"] = "19990101T000000Z"
    req.headers.authorization = "old"
    local headers, info = awsjobs.sign(req, options())
    assert.is_nil(headers["x-amz-date"])
    assert.is_nil(headers.authorization)
    assert.matches("\nx-amz-date:20150830T123600Z\n", info.canonical_request, 1, true)
  end)

  it("is deterministic for a given time and matches a fresh signer (key cache)", function()
    local a1 = awsjobs.sign(stop_task_request(), options()).Authorization
    local o2 = options()
    o2.credentials.secret_access_key = "another-secret"
    local b = awsjobs.sign(stop_task_request(), o2).Authorization
    local a2 = awsjobs.sign(stop_task_request(), options()).Authorization
    assert.are.equal(a1, a2)
    assert.are_not.equal(a1, b)
    -- a new day, region or service must not reuse a cached key
    local o3 = options { time = 1440938160 + 86400 }
    local c = awsjobs.sign(stop_task_request(), o3).Authorization
    local fresh = core.signer()
    assert.are.equal(c, (fresh:sign(stop_task_request(), o3, false, false)).Authorization)
    assert.are.equal(b, (fresh:sign(stop_task_request(), o2, false, false)).Authorization)
    fresh:close()
    fresh:close() -- idempotent
    assert.has_error(function() fresh:sign(stop_task_request(), o3) end)
  end)

  it("signs a body of any bytes, and a large one", function()
    local req = stop_task_request()
    req.body = string.rep("\0\255x", 400000)
    local headers, info = awsjobs.sign(req, options())
    assert.is_table(headers)
    assert.are.equal(64, #info.canonical_request:match("(%x+)$"))
  end)
end)

describe("awsjobs.sign rejects bad input with nil, err", function()
  local cases = {
    { "missing credentials", function(_, o) o.credentials = nil end, "credentials", "options.credentials" },
    { "empty access key", function(_, o) o.credentials.access_key_id = "" end, "credentials", "access_key_id" },
    { "missing secret", function(_, o) o.credentials.secret_access_key = nil end, "credentials", "secret_access_key" },
    { "a token with a newline", function(_, o) o.credentials.session_token = TOKEN .. "\r\nX: y" end,
      "credentials", "session_token" },
    { "a URL without scheme", function(r) r.url = "ecs.us-east-1.amazonaws.com/" end, "validation",
      "http:// or https://" },
    { "a URL without host", function(r) r.url = "https:///path" end, "validation", "no host" },
    { "a URL with user info", function(r) r.url = "https://user:pw@host/" end, "validation", "'@'" },
    { "a URL with a bad port", function(r) r.url = "https://host:99x/" end, "validation", "port" },
    { "a URL with CRLF", function(r) r.url = "https://host/\r\nX-Injected: 1" end, "validation", "control" },
    { "a non-string header value", function(r) r.headers["Content-Length"] = 12 end, "validation",
      "string or a list of strings" },
    { "a CR LF in a header value", function(r) r.headers["X-Evil"] = "a\r\nInjected: yes" end,
      "validation", "request.headers['X-Evil']: a header value must not contain CR, LF or NUL" },
    { "a CR LF in a header name", function(r) r.headers["X-Evil\r\nInjected"] = "yes" end,
      "validation", "request.headers['X-Evil\\x0D\\x0AInjected']" },
    { "a space in a header name", function(r) r.headers["Bad Name"] = "x" end, "validation", "token characters" },
    { "one name twice in different case", function(r)
        r.headers["content-type"] = "text/plain"
      end, "validation", "different letter case" },
    { "a missing region", function(_, o) o.region = nil end, "validation", "options.region" },
    { "a region with a slash", function(_, o) o.region = "us/east" end, "validation", "region:" },
    { "a non-numeric time", function(_, o) o.time = "now" end, "validation", "options.time" },
    { "a body that is a table", function(r) r.body = {} end, "validation", "request.body" },
    { "a lowercase-only method with a space", function(r) r.method = "PO ST" end, "validation", "method" },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local req, o = stop_task_request(), options()
      c[2](req, o)
      local headers, err = awsjobs.sign(req, o)
      assert.is_nil(headers)
      assert.are.equal(c[3], err.kind)
      assert.are.equal(c[3] == "validation" and "ParamValidationError" or "CredentialsError", err.code)
      assert.truthy(err.message:find(c[4], 1, true), err.message)
      assert.matches("^awsjobs: " .. c[3] .. " error", tostring(err))
      assert_no_secret(err)
    end)
  end

  it("raises for a programmer's wrong argument types", function()
    assert.has_error(function() awsjobs.sign("GET /", options()) end)
    assert.has_error(function() awsjobs.sign(stop_task_request(), nil) end)
  end)
end)

describe("awsjobs.presign", function()
  it("returns a URL carrying the signature in the query", function()
    local req = { method = "GET", url = "https://ecs.us-east-1.amazonaws.com/path?x=1" }
    local o = options { expires = 60 }
    o.credentials.session_token = TOKEN
    local url, info = awsjobs.presign(req, o)
    assert.matches("^https://ecs%.us%-east%-1%.amazonaws%.com/path%?", url)
    assert.matches("X%-Amz%-Expires=60", url)
    assert.matches("X%-Amz%-Security%-Token=", url)
    assert.matches("&X%-Amz%-Signature=" .. info.signature .. "$", url)
    assert.matches("x=1", url)
  end)

  it("rejects an out-of-range expiry", function()
    local url, err = awsjobs.presign({ method = "GET", url = "https://h/" }, options { expires = 0 })
    assert.is_nil(url)
    assert.matches("expires", err.message)
  end)
end)

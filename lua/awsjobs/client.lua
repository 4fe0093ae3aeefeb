-- client: one AWS service client. Every operation of the service's model is a method in
-- lowerCamel (ecs:stopTask{...}) and is reachable as client:call("StopTask", params).
-- A call runs validate -> build (protocol) -> sign -> send -> parse, retried as retry.lua says.
local common = require "awsjobs.protocol.common"
local compat = require "awsjobs.compat"
local config = require "awsjobs.config"
local credentials = require "awsjobs.credentials"
local endpoints = require "awsjobs.endpoints"
local errors = require "awsjobs.errors"
local jmespath = require "awsjobs.jmespath"
local redact = require "awsjobs.redact"
local retry = require "awsjobs.retry"
local sdk_headers = require "awsjobs.sdk_headers"
local signer = require "awsjobs.signer"
local transports = require "awsjobs.transport"
local uuid = require "awsjobs.uuid"
local validate = require "awsjobs.validate"
local waiters = require "awsjobs.waiters"
local waiters_extra = require "awsjobs.waiters_extra"

local M = {}

M.SERVICES = { ecs = true, batch = true, iot = true, sagemaker = true, logs = true }

local PROTOCOLS = {
  json = "awsjobs.protocol.json",
  ["rest-json"] = "awsjobs.protocol.rest_json",
}

local OPTIONS = {
  region = "string", endpoint = "string", credentials = "table", profile = "string",
  timeout = "number", connect_timeout = "number", max_attempts = "number", ca_file = "string",
  max_response = "number", retry = "table", transport = "transport",
  retry_mode = "string", sdk_ua_app_id = "string", keepalive_timeout = "number", pool_size = "number",
  use_fips_endpoint = "boolean", use_dualstack_endpoint = "boolean", ignore_configured_endpoint_urls = "boolean",
  shared_dict = "string",
}

local services = {}  -- service name -> {model, protocol, methods}: models load on first use

local function lower_camel(name)
  return name:sub(1, 1):lower() .. name:sub(2)
end

local function service(name)
  local s = services[name]
  if s then return s end
  local model = require("awsjobs.models." .. name)
  local methods = {}
  for op_name, op in pairs(model.operations) do
    op.name = op_name
    local method = lower_camel(op_name)
    methods[method] = function(self, params)
      if type(self) ~= "table" or rawget(self, "_service") == nil then
        error(("awsjobs: call %s with a colon: client:%s{...}, not client.%s{...}"):format(method, method, method), 2)
      end
      return self:call(op_name, params)
    end
  end
  -- botocore's waiters, and ours (waiters_extra.lua) for what the SDKs do not ship
  local all_waiters = {}
  for w, def in pairs(model.waiters or {}) do all_waiters[w] = def end
  for w, def in pairs(waiters_extra[name] or {}) do all_waiters[w] = def end
  s = { model = model, protocol = require(PROTOCOLS[model.metadata.protocol]), methods = methods,
        waiters = all_waiters }
  services[name] = s
  return s
end

local Client = {}

local function index(self, key)
  local f = Client[key]
  if f then return f end
  return rawget(self, "_service").methods[key]
end

local function invalid(message, operation)
  return nil, errors.new { kind = "validation", message = message, operation = operation }
end

local MIN_TIMEOUT, MAX_TIMEOUT = 0.001, 86400 * 30
local MAX_RESPONSE = 2 ^ 53  -- the largest byte count a Lua number holds exactly; fits a size_t
local RETRY_NUMBERS = { base_delay = true, max_backoff = true }
local RETRY_FUNCTIONS = { sleep = true, random = true, clock = true }

local function check_retry(r)
  if r == nil then return nil end
  for k, v in pairs(r) do
    if RETRY_NUMBERS[k] then
      if type(v) ~= "number" or not (v > 0 and v < math.huge) then
        return ("options.retry.%s: must be a positive, finite number of seconds"):format(k)
      end
    elseif RETRY_FUNCTIONS[k] then
      if type(v) ~= "function" then return ("options.retry.%s: must be a function"):format(k) end
    else
      return ("options.retry.%s: unknown setting (base_delay, max_backoff, sleep, random, clock)"):format(tostring(k))
    end
  end
  return nil
end

local function check_options(opts)
  for k, v in pairs(opts) do
    local want = OPTIONS[k]
    if not want then
      local hint = type(k) == "string" and validate.suggest(k, OPTIONS)
      return ("options.%s: unknown option%s"):format(tostring(k), hint and (" (did you mean " .. hint .. "?)") or "")
    end
    if want == "transport" then
      if type(v) ~= "table" and v ~= "auto" and v ~= "curl" and v ~= "cosocket" then
        return "options.transport: must be \"auto\", \"curl\", \"cosocket\" or a transport object"
      end
    elseif type(v) ~= want then
      return ("options.%s: must be a %s"):format(k, want)
    end
  end
  if opts.max_attempts and (compat.tointeger(opts.max_attempts) == nil or opts.max_attempts < 1) then
    return "options.max_attempts: must be a whole number of at least 1"
  end
  for _, k in ipairs { "timeout", "connect_timeout" } do
    local v = opts[k]
    -- under 1 ms libcurl's millisecond timeout would be 0, which it reads as "no timeout"
    if v and not (v >= MIN_TIMEOUT and v <= MAX_TIMEOUT) then
      return ("options.%s: must be from %g to %d seconds"):format(k, MIN_TIMEOUT, MAX_TIMEOUT)
    end
  end
  -- the cosocket transport's keep-alive pool (setkeepalive); libcurl keeps its own
  local keep = opts.keepalive_timeout
  if keep and not (keep > 0 and keep < math.huge) then
    return "options.keepalive_timeout: must be a finite number of seconds more than 0"
  end
  local size = opts.pool_size
  if size and not (compat.tointeger(size) and size >= 1 and size < math.huge) then
    return "options.pool_size: must be a whole number of at least 1"
  end
  local max = opts.max_response
  if max and not (compat.tointeger(max) and max >= 1 and max <= MAX_RESPONSE) then
    return ("options.max_response: must be a whole number of bytes from 1 to %d"):format(MAX_RESPONSE)
  end
  if opts.retry_mode and not retry.MODES[opts.retry_mode] then
    return "options.retry_mode: must be \"standard\" or \"adaptive\""
  end
  if opts.sdk_ua_app_id and #opts.sdk_ua_app_id > sdk_headers.MAX_APP_ID then
    return ("options.sdk_ua_app_id: must be at most %d characters"):format(sdk_headers.MAX_APP_ID)
  end
  if opts.shared_dict then
    local bad = credentials.check_shared_dict(opts.shared_dict)
    if bad then return bad end
  end
  return check_retry(opts.retry)
end

-- The chain behind a closure: a dump of the client's tables cannot reach the keys it holds.
local function hidden(chain)
  local get = function()
    local creds, err = chain:get()
    if creds then  -- from now on these are cut out of every error
      redact.remember(creds.secret_access_key)
      redact.remember(creds.session_token)
    end
    return creds, err
  end
  return setmetatable({}, { __index = { get = get }, __metatable = false })
end

-- new(service_name, opts) -> client | nil, err
function M.new(name, opts)
  if not M.SERVICES[name] then
    error(("awsjobs.client: unknown service %q (ecs, batch, iot, sagemaker or logs)"):format(tostring(name)), 2)
  end
  opts = opts or {}
  if type(opts) ~= "table" then error("awsjobs." .. name .. ": options must be a table", 2) end
  local bad = check_options(opts)
  if bad then return invalid(bad) end

  local s = service(name)
  local region = config.region(opts)
  if not region then
    return invalid("no region: pass region = \"us-east-1\" (or another), or set AWS_REGION")
  end
  -- option > environment > profile > default, for every setting (config.settings)
  local set, where = config.settings(s.model.metadata.serviceId, opts)
  if not set then return nil, where end
  local ep, msg = endpoints.resolve(s.model.metadata, region, set.endpoint_url, { source = where.endpoint_url,
    use_fips = set.use_fips_endpoint, use_dualstack = set.use_dualstack_endpoint })
  if not ep then return invalid(msg) end

  -- AWS_CA_BUNDLE or the profile's ca_bundle, where no ca_file is given, for libcurl; inside
  -- nginx the cosockets trust lua_ssl_trusted_certificate, which the README points to
  local transport_opts = opts
  local curl = opts.transport == "curl" or ((opts.transport or "auto") == "auto" and not transports.in_nginx())
  if set.ca_bundle and not opts.ca_file and curl then
    transport_opts = setmetatable({ ca_file = set.ca_bundle }, { __index = opts })
  end
  local transport, terr = transports.new(transport_opts)
  if not transport then return invalid(terr) end
  local retry_opts = opts.retry or {}
  return setmetatable({
    _service = s,
    model = s.model,
    region = region,
    endpoint = ep,
    signing = { region = ep.signing_region, service = ep.signing_name },
    credentials = hidden(credentials.new { credentials = opts.credentials, profile = opts.profile, region = region,
      shared_dict = opts.shared_dict }),
    user_agent = sdk_headers.user_agent(sdk_headers.transport_name(opts.transport, transports.in_nginx()),
      set.sdk_ua_app_id),
    retry = retry.new {
      mode = set.retry_mode, max_attempts = set.max_attempts, base_delay = retry_opts.base_delay,
      max_backoff = retry_opts.max_backoff, sleep = retry_opts.sleep or transports.sleep,
      random = retry_opts.random, clock = retry_opts.clock,
    },
    transport = transport,
    -- a request table goes back to the protocol once its call is over, while the transport
    -- is the one made here (one of the caller's may keep the requests it was given)
    _own_transport = type(opts.transport) ~= "table" and transport or nil,
  }, { __index = index, __name = "awsjobs." .. name })
end

local function build(self, op, params)
  local shape = op.input and self.model.shapes[op.input]
  params = common.fill_idempotency_tokens(params, shape, uuid.v4)
  local ok, err = validate.input(self.model, op, params)
  if not ok then return nil, err end
  local req = self._service.protocol.build(self.model, op, params)
  req.url = endpoints.url_for(self.endpoint, req)
  req.headers["User-Agent"] = self.user_agent  -- never signed (the signer skips it)
  return req
end

local null = require("cjson").null
local PLAIN_DEPTH = 32

-- Whether no caller's code can run while params is read: tables without metatables all the
-- way down, keys strings or numbers, values strings, numbers, booleans or null (raw walk:
-- next, never __pairs). Deeper than PLAIN_DEPTH (or a cycle) is taken as not plain.
local function plain(t, depth)
  if depth > PLAIN_DEPTH then return false end
  for k, v in next, t do
    local tk, tv = type(k), type(v)
    if tk ~= "string" and tk ~= "number" then return false end
    if tv == "table" then
      if getmetatable(v) ~= nil or not plain(v, depth + 1) then return false end
    elseif tv ~= "string" and tv ~= "number" and tv ~= "boolean" and v ~= null then
      return false
    end
  end
  return true
end

-- Validates and serialises: the request before signing, or nil, err.
function Client:_build(name, params)
  local op = type(name) == "string" and self.model.operations[name]
  if not op then
    local hint = type(name) == "string" and validate.suggest(name, self.model.operations)
    return invalid(("unknown operation %s%s"):format(tostring(name),
      hint and (" (did you mean " .. hint .. "?)") or ""))
  end
  if params == nil then params = {} end
  if type(params) ~= "table" then return invalid("parameters must be a table", name) end
  -- A parameter table's own metamethods (__index, __pairs) may raise: nil, err, not a throw.
  -- Plain tables (the usual) have none, so they go without the pcall: LuaJIT cannot compile
  -- a return into pcall from a trace begun inside it, which it would abort on every call.
  if getmetatable(params) == nil and plain(params, 1) then
    local req, err = build(self, op, params)
    if not req then return nil, err end
    return req, op
  end
  local ok, req, err = pcall(build, self, op, params)
  if not ok then return invalid("parameters could not be read: " .. tostring(req), name) end
  if not req then return nil, err end
  return req, op
end

-- Signs req (in place) for this attempt: req, creds | nil, err
function Client:_sign(req)
  local creds, err = self.credentials:get()
  if not creds then return nil, err end
  -- the credentials sit in the signing options only while the C signer runs
  local signing = self.signing
  signing.credentials = creds
  local headers, serr = signer.sign_in_place(req, signing)
  signing.credentials = nil
  if not headers then return nil, serr end
  return req, creds
end

-- prepare(operation, params) -> {method, url, headers, body} as it would be sent | nil, err
function Client:prepare(name, params)
  local req, op = self:_build(name, params)
  if not req then return nil, op end
  local signed, err = self:_sign(req)
  if not signed then
    err.operation = name
    return nil, err
  end
  return { method = signed.method, url = signed.url, headers = signed.headers, body = signed.body }
end

-- The call that built req is over: its table goes back to the protocol for the next.
local function release(self, req)
  local give = self._service.protocol.release
  if give and self.transport == self._own_transport then give(req) end
end

-- call(operation, params) -> result | nil, err
function Client:call(name, params)
  local req, op = self:_build(name, params)
  if not req then return nil, op end
  local policy, attempt, last_cost = self.retry, 0, nil
  local invocation_id = uuid.v4()
  while true do
    attempt = attempt + 1
    local result, err
    sdk_headers.unset(req.headers)  -- the SDKs' per-attempt headers stay out of the signature
    policy:before_send()  -- adaptive mode: waits for the client's rate limit
    local signed, creds = self:_sign(req)
    if not signed then
      err = creds
    else
      sdk_headers.set(signed.headers, invocation_id, attempt, policy.max_attempts)
      local status, headers, body, code = self.transport:send(signed)
      if status then
        result, err = self._service.protocol.parse(self.model, op, status, headers, body)
      else
        err = errors.new { kind = headers, message = body, code = code }
      end
      -- a server may echo the request: this attempt's signature goes too
      if err then errors.scrub(err, redact.signature_of(signed.headers)) end
      policy:after_send(err)
    end
    if result then
      policy:release(last_cost)
      release(self, req)
      return result
    end
    err.operation, err.attempts = name, attempt
    err.retryable = retry.retryable(err)
    local cost = policy:acquire(err, attempt)
    if not cost then
      release(self, req)
      return nil, err
    end
    last_cost = cost
    policy.sleep(policy:delay(attempt))
  end
end

-- waitUntil(name, params, opts) -> final response | nil, err (kind "waiter", or the
-- validation error of a bad name). opts: delay, max_attempts, max_wait, on_attempt(n, out, err).
function Client:waitUntil(name, params, opts)
  local def = type(name) == "string" and self._service.waiters[name]
  if not def then
    local hint = type(name) == "string" and validate.suggest(name, self._service.waiters)
    return invalid(("unknown waiter %s%s"):format(tostring(name), hint and (" (did you mean " .. hint .. "?)") or ""))
  end
  if not (opts and opts.sleep) then
    local o = {}
    for k, v in pairs(opts or {}) do o[k] = v end
    o.sleep = self.retry.sleep
    opts = o
  end
  return waiters.wait(self, name, def, params, opts)
end

-- The paginator of an operation, or nil, err.
function Client:_paginator(name)
  local p = type(name) == "string" and (self.model.paginators or {})[name]
  if p then return p end
  return invalid(("%s has no paginator"):format(tostring(name)), name)
end

-- for page, err in client:pages(operation, params) do ... end
-- Each page is a response; on failure the loop gets page == false and err, then stops.
-- A token the service already returned ends the walk with an error instead of a loop.
function Client:pages(name, params)
  local p, perr = self:_paginator(name)
  local token, seen, finished, pending_err = nil, {}, false, perr
  return function()
    if pending_err then
      local e = pending_err
      pending_err, finished = nil, true
      return false, e
    end
    if finished then return nil end
    local input = {}
    for k, v in pairs(params or {}) do input[k] = v end
    if token ~= nil then input[p.input_token] = token end
    local out, err = self:call(name, input)
    if not out then
      finished = true
      return false, err
    end
    local next_token = jmespath.search(p.output_token, out)
    if next_token == nil or next_token == "" or (p.more_results and not jmespath.search(p.more_results, out)) then
      finished = true
    elseif seen[next_token] then
      pending_err = errors.new { kind = "service", code = "RepeatedPaginationToken", operation = name,
        message = name .. " returned a pagination token it had returned before; stopping" }
    else
      seen[next_token] = true
      token = next_token
    end
    return out
  end
end

-- all(operation, params) -> the result list of every page joined | nil, err. Where the
-- paginator has several result keys, a table of lists by key.
function Client:all(name, params)
  local p, perr = self:_paginator(name)
  if not p then return nil, perr end
  local keys = type(p.result_key) == "table" and p.result_key or { p.result_key }
  local lists = {}
  for _, k in ipairs(keys) do lists[k] = {} end
  for page, err in self:pages(name, params) do
    if not page then return nil, err end
    for _, k in ipairs(keys) do
      local items = jmespath.search(k, page)
      if type(items) == "table" then
        local list = lists[k]
        for _, item in ipairs(items) do list[#list + 1] = item end
      end
    end
  end
  if #keys == 1 then return lists[keys[1]] end
  return lists
end

function Client:close()
  if self.transport.close then self.transport:close() end
end

return M

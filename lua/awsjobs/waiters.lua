-- waiters: polls an operation until its response matches an acceptor, with botocore's
-- semantics: acceptors are tried in order, the first that matches decides (success,
-- failure or retry); matchers are path, pathAll, pathAny (a JMESPath expression compared
-- with `expected`), status (the HTTP status) and error (the error code, or true / false
-- for "any error" / "no error").
local chunked = require "awsjobs.chunked"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local jmespath = require "awsjobs.jmespath"

local M = {}

local equal = jmespath.equal

-- Whether one acceptor matches the outcome of one attempt (out or err).
local function matches(acceptor, out, err)
  local m, expected = acceptor.matcher, acceptor.expected
  if m == "error" then
    if expected == true then return err ~= nil end
    if expected == false then return err == nil end
    return err ~= nil and err.code == expected
  elseif m == "status" then
    if err then return err.status == expected end
    return expected == 200
  end
  if not out then return false end
  local v = jmespath.search(acceptor.argument, out)
  if m == "path" then return equal(v, expected) end
  if type(v) ~= "table" or #v == 0 then return false end
  if m == "pathAll" then
    for _, x in ipairs(v) do if not equal(x, expected) then return false end end
    return true
  elseif m == "pathAny" then
    for _, x in ipairs(v) do if equal(x, expected) then return true end end
    return false
  end
  error("awsjobs: unknown waiter matcher " .. tostring(m))
end
M.matches = matches

local function waiter_error(code, message, fields)
  fields.kind, fields.code, fields.message = "waiter", code, message
  return errors.new(fields)
end

-- wait(client, name, definition, params, opts) -> last response | nil, err (kind "waiter")
-- opts: delay, max_attempts, max_wait (seconds), on_attempt(n, response_or_nil, err_or_nil),
-- sleep, now (for tests)
function M.wait(client, name, def, params, opts)
  opts = opts or {}
  local delay = opts.delay or def.delay or 15
  local max_attempts = opts.max_attempts or def.maxAttempts or 40
  local sleep = opts.sleep or core.sleep
  local now = opts.now or core.monotonic
  local started = now()
  local out, err
  for attempt = 1, max_attempts do
    -- DescribeTasks takes 100 tasks at a time: a waiter over more asks in chunks
    out, err = chunked.call(client, def.operation, params)
    if opts.on_attempt then opts.on_attempt(attempt, out, err) end
    local state
    for _, acceptor in ipairs(def.acceptors) do
      if matches(acceptor, out, err) then
        state = acceptor.state
        break
      end
    end
    local common = { waiter = name, operation = def.operation, attempts = attempt,
                     last_response = out, last_error = err }
    if state == "success" then
      return out or {}
    elseif state == "failure" then
      return nil, waiter_error("WaiterFailure",
        ("%s: a failure state matched%s"):format(name, err and (" (" .. tostring(err.code) .. ")") or ""), common)
    elseif not state and err then
      -- an error no acceptor expects is not something to wait out
      return nil, waiter_error("WaiterUnexpectedError", name .. ": " .. tostring(err.message), common)
    end
    if attempt == max_attempts then
      return nil, waiter_error("WaiterMaxAttempts",
        ("%s: not done after %d attempts"):format(name, attempt), common)
    end
    if opts.max_wait and now() - started + delay > opts.max_wait then
      return nil, waiter_error("WaiterTimeout",
        ("%s: not done within %s seconds"):format(name, opts.max_wait), common)
    end
    sleep(delay)
  end
end

return M

-- cli/wait: `awsjobs <service> wait <waiter> <operation options> [--timeout S] [--delay S]`
-- for every waiter (botocore's and waiters_extra.lua). The budget is --timeout seconds (by
-- default the waiter's delay times its max attempts); on a terminal one status line says
-- what it waits for and the state it last saw. Success prints nothing, as the CLI's wait.
local compat = require "awsjobs.compat"
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local jmespath = require "awsjobs.jmespath"
local names = require "awsjobs.cli.names"

local M = {}

-- Every waiter of a service: botocore's and ours
function M.waiters(service)
  local all = {}
  for k, v in pairs(require("awsjobs.models." .. service).waiters or {}) do all[k] = v end
  for k, v in pairs(require("awsjobs.waiters_extra")[service] or {}) do all[k] = v end
  return all
end

-- The state an attempt shows: the values at the first path acceptor's argument.
local function state_of(def, out, err)
  if err then return tostring(err.code or err.kind) end
  for _, a in ipairs(def.acceptors) do
    if a.argument and out then
      local ok, v = pcall(jmespath.search, a.argument, out)
      if ok and type(v) == "table" then
        local parts = {}
        for i, x in ipairs(v) do parts[i] = tostring(x) end
        return table.concat(parts, ",")
      elseif ok and v ~= nil then
        return tostring(v)
      end
    end
  end
  return "?"
end

-- run(ctx, service, words) -> exit code; words[1] is the waiter's kebab name
function M.run(ctx, service, words)
  local waiters = M.waiters(service)
  local by_command = names.waiter_commands(waiters)
  local command = words[1]
  local name = command and by_command[command]
  if not name then
    local list = {}
    for c in pairs(by_command) do list[#list + 1] = c end
    table.sort(list)
    return ctx.fail(context.usage(("argument wait: Invalid choice: '%s', valid choices are: %s")
      :format(tostring(command), table.concat(list, ", "))))
  end
  local def = waiters[name]
  local rest = { compat.unpack(words, 2) }
  local op_command = names.xform(def.operation)
  local params, extras = ctx.parse(service, op_command, rest, { ["--timeout"] = "number", ["--delay"] = "number" })
  if not params then return ctx.fail(extras) end
  local delay = extras["--delay"] or def.delay or 15
  local timeout = extras["--timeout"] or (def.delay or 15) * (def.maxAttempts or 40)
  if delay <= 0 or timeout <= 0 then
    return ctx.fail(context.usage("argument --delay / --timeout: must be more than 0 seconds"))
  end
  local client, cerr = ctx.client(service)
  if not client then return ctx.fail(cerr) end
  local started = ctx.now()
  local _, err = client:waitUntil(name, params, {
    delay = delay, max_attempts = 2 ^ 53, max_wait = timeout, sleep = ctx.sleep, now = ctx.now,
    on_attempt = function(n, out, aerr)
      ctx.status(("waiting for %s %s: %s (attempt %d, %.0fs of %gs)"):format(service, command,
        state_of(def, out, aerr), n, ctx.now() - started, timeout))
    end,
  })
  ctx.status(nil)
  if err then return ctx.fail(err) end
  return exit.OK
end

return M

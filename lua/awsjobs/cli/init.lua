-- cli: the `awsjobs` command. main(argv) takes the global options out, then runs
-- `<service> <command> ...`: a job-control verb (cli/verbs.lua) first, then `wait`, then the
-- model's operation; `help` anywhere after the service asks for help instead. Returns the
-- exit code, as the AWS CLI v2 sets it (cli/exit.lua).
local compat = require "awsjobs.compat"
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local global = require "awsjobs.cli.global"

local M = {}

-- The job-control verbs of a service (cli/verbs.lua), if that module is there; a verbs
-- module that fails to load is a bug to show, not a reason to run without it.
local function verbs_of(service)
  local ok, verbs = pcall(require, "awsjobs.cli.verbs")
  if not ok then
    if tostring(verbs):find("module 'awsjobs.cli.verbs' not found", 1, true) then return nil end
    error(verbs, 0)
  end
  return type(verbs) == "table" and verbs[service] or nil
end

local function help(ctx, service, words)
  local h = require "awsjobs.cli.help"
  local text
  if not service then
    text = h.top()
  elseif not context.SERVICES[service] then
    return nil
  elseif #words == 0 then
    text = h.service(service, verbs_of(service))
  elseif words[1] == "wait" then
    text = words[2] and h.waiter(service, words[2]) or h.service(service, verbs_of(service))
  else
    -- a verb that is also an operation (ecs run-task) adds its own options to the operation's
    text = h.operation(service, words[1])
    local verbs = verbs_of(service)
    local verb_help = verbs and verbs.help and verbs.help[words[1]]
    if text and verb_help then
      text = text .. "\n" .. verb_help
    elseif not text then
      text = verb_help
    end
  end
  if not text then return nil end
  ctx.out(text)
  return exit.OK
end

local function run(argv)
  local g, rest = global.parse(argv)
  if not g then
    io.stderr:write("awsjobs: error: " .. rest .. "\n")
    return exit.USAGE
  end
  local ctx = context.new(g)
  local service, command = rest[1], rest[2]
  if service == "--version" then
    ctx.out(require("awsjobs")._VERSION .. "\n")
    return exit.OK
  end
  if service == nil then
    ctx.errout("usage: awsjobs [global options] <service> <command> [parameters]\n" ..
      "awsjobs: error: the following arguments are required: service (run: awsjobs help)\n")
    return exit.USAGE
  end
  -- `help` as the last word: awsjobs help, awsjobs ecs help, awsjobs ecs stop-task help
  if rest[#rest] == "help" then
    local words = { compat.unpack(rest, 2, #rest - 1) }
    local code = help(ctx, service ~= "help" and service or nil, words)
    if code then return code end
  end
  if not context.SERVICES[service] then
    return ctx.fail(context.usage(("argument service: Invalid choice: '%s', valid choices are: " ..
      "ecs, batch, iot, sagemaker, logs"):format(service)))
  end
  if command == nil then
    return ctx.fail(context.usage("the following arguments are required: operation (run: awsjobs " ..
      service .. " help)"))
  end
  local words = { compat.unpack(rest, 3) }
  local verbs = verbs_of(service)
  local verb = verbs and verbs[command]
  if type(verb) == "function" then return verb(ctx, words) end
  if command == "wait" then return require("awsjobs.cli.wait").run(ctx, service, words) end
  return ctx.operation(service, command, words)
end

-- main(argv) -> exit code. An interrupt (^C; lua raises "interrupted!") is 130; a Lua
-- error is a bug, printed with its traceback, 255.
function M.main(argv)
  local ok, code = xpcall(run, function(e)
    if tostring(e):match("interrupted!$") then return "interrupted" end
    return debug.traceback(tostring(e), 2)
  end, argv)
  if ok then return code end
  if code == "interrupted" then
    io.stderr:write("\n")
    return exit.INTERRUPTED
  end
  io.stderr:write("awsjobs: internal error: " .. tostring(code) .. "\n")
  return exit.OTHER
end

return M

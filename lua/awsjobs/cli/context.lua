-- cli/context: the ctx every command runs with (see notes/cli-contract.md): clients with the
-- global options applied, option parsing by the model, the generic operation path, printing
-- as --output / --query say, errors as exit codes, the TTY status line and confirmation.
-- Nothing here loads a model before a command needs it.
local args = require "awsjobs.cli.args"
local core = require "awsjobs.core"
local errors = require "awsjobs.errors"
local exit = require "awsjobs.cli.exit"

local M = {}

local SERVICES = { ecs = true, batch = true, iot = true, sagemaker = true, logs = true }
M.SERVICES = SERVICES

local function tty(fd)
  local ok = os.execute("test -t " .. fd)
  return ok == true or ok == 0
end

-- usage(message) -> an error that exits 252, printed as the CLI prints a bad command line
function M.usage(message)
  return errors.new { kind = "validation", code = "Usage", message = message }
end

local function model_of(service)
  return require("awsjobs.models." .. service)
end

-- The model's operation for a kebab command, by the CLI's names (cached per service).
local commands = {}
function M.operation_of(service, command)
  local c = commands[service]
  if not c then
    c = require("awsjobs.cli.names").commands(model_of(service))
    commands[service] = c
  end
  return c[command]
end

-- new(global) -> ctx
function M.new(global)
  local ctx = { global = global, now = core.monotonic }
  -- in slices, so that ^C (which the interpreter turns into an error between two Lua
  -- instructions) ends a long wait at once, not when the sleep is over
  function ctx.sleep(seconds)
    local until_t = core.monotonic() + seconds
    for _ = 1, math.ceil(seconds / 0.2) + 1 do
      local left = until_t - core.monotonic()
      if left <= 0 then return end
      core.sleep(math.min(left, 0.2))
    end
  end
  local clients = {}

  function ctx.out(s) io.stdout:write(s) end
  function ctx.errout(s) io.stderr:write(s) end

  -- client(service[, region]) -> client | nil, err; region: another than the command's
  -- (the logs of a task in the region its task definition names)
  function ctx.client(service, region)
    local key = service .. "/" .. tostring(region)
    if clients[key] then return clients[key] end
    if not SERVICES[service] then return nil, M.usage("unknown service " .. tostring(service)) end
    local opts = { region = region or global.region, profile = global.profile, endpoint = global.endpoint_url }
    -- the CLI's 0 means no timeout; the client's default then stands
    if global.read_timeout and global.read_timeout > 0 then opts.timeout = global.read_timeout end
    if global.connect_timeout and global.connect_timeout > 0 then opts.connect_timeout = global.connect_timeout end
    if global.debug then
      local inner, err = require("awsjobs.transport").new { timeout = opts.timeout,
        connect_timeout = opts.connect_timeout }
      if not inner then return nil, M.usage(err) end
      opts.transport = require("awsjobs.cli.debug").wrap(inner)
    end
    local c, err = require("awsjobs.client").new(service, opts)
    if not c then return nil, err end
    clients[key] = c
    return c
  end

  -- parse(service, command, words, extra) -> params, extras | nil, err
  -- extra: {["--wait"] = "string" | "number" | "flag" | "list"}; extras come back by the same names.
  function ctx.parse(service, command, words, extra)
    if not SERVICES[service] then return nil, M.usage("unknown service " .. tostring(service)) end
    local model = model_of(service)
    local op_name = M.operation_of(service, command)
    local op = op_name and model.operations[op_name] or { name = command }
    local kinds, numbers = {}, {}
    for name, kind in pairs(extra or {}) do
      local bare = name:gsub("^%-%-", "")
      kinds[bare] = (kind == "flag" or kind == "list") and kind or "value"
      numbers[bare] = kind == "number"
    end
    local items, serr = args.split(words, 1)
    if not items then return nil, M.usage(serr) end
    local params, got = args.parse(service, command, op, model, items, kinds)
    if not params then return nil, M.usage(got) end
    local extras = {}
    for bare, v in pairs(got) do
      if numbers[bare] then
        local n = tonumber(v)
        if not n then return nil, M.usage(("argument --%s: invalid number: '%s'"):format(bare, tostring(v))) end
        v = n
      end
      extras["--" .. bare] = v
    end
    return params, extras
  end

  function ctx.print(value)
    local output = require "awsjobs.cli.output"
    local queried = global.query ~= nil
    if queried then
      local ok, v = pcall(require("awsjobs.jmespath").search, global.query, value)
      if not ok then
        return ctx.fail(M.usage("Bad value for --query " .. global.query .. ": " .. tostring(v)))
      end
      value = v
    end
    if value == nil then value = core.null end
    ctx.out(output.render(value, global.output, queried))
    return exit.OK
  end

  function ctx.fail(err)
    if type(err) == "string" then err = errors.new { kind = "other", message = err } end
    local code, line
    if err.code == "Usage" then
      code, line = exit.USAGE, "awsjobs: error: " .. exit.one_line(err.message)
    else
      code, line = exit.of(err)
    end
    ctx.status(nil)
    ctx.errout(line .. "\n")
    return code
  end

  local status_shown = false
  function ctx.status(s)
    if not ctx.stderr_tty then return end
    if s == nil then
      if status_shown then io.stderr:write("\r\27[K") end
      status_shown = false
      return
    end
    io.stderr:write("\r\27[K" .. exit.one_line(s))
    io.stderr:flush()
    status_shown = true
  end

  function ctx.confirm(prompt)
    if not ctx.stdin_tty then return false end
    io.stderr:write(prompt .. " [y/N] ")
    io.stderr:flush()
    local answer = io.stdin:read("l")
    return answer ~= nil and (answer:lower() == "y" or answer:lower() == "yes")
  end

  function ctx.operation(service, command, words)
    return require("awsjobs.cli.operation").run(ctx, service, command, words)
  end

  -- ctx.stdin_tty / ctx.stderr_tty: asked of the system the first time they are read
  return setmetatable(ctx, { __index = function(t, k)
    if k == "stdin_tty" or k == "stderr_tty" then
      local v = tty(k == "stdin_tty" and 0 or 2)
      rawset(t, k, v)
      return v
    end
  end })
end

return M

-- cli/help: `awsjobs help`, `awsjobs <service> help`, `awsjobs <service> <command> help`
-- and `awsjobs <service> wait <waiter> help`. Text from the models (types, required,
-- constraints) and the generated documentation (lua/awsjobs/docs/<service>.lua), which only
-- help loads.
local names = require "awsjobs.cli.names"

local M = {}

local SERVICE_LIST = { "ecs", "batch", "iot", "sagemaker", "logs" }

local GLOBAL = [[
Global options (anywhere on the line):
  --region REGION             the AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile)
  --profile NAME              a profile of ~/.aws/config and ~/.aws/credentials
  --endpoint-url URL          send to this URL instead of the service's endpoint
  --output json|text          how to print the response (default json)
  --query EXPR                a JMESPath expression applied to the response before printing
  --no-paginate               one page only (paginated operations otherwise fetch them all)
  --debug                     each request and response on stderr, secrets left out
  --cli-read-timeout S        seconds to wait for a response (0: no limit)
  --cli-connect-timeout S     seconds to wait for a connection (0: no limit)

Exit codes: 0 success, 252 bad command line or parameters, 253 configuration or
credentials, 254 an error from the service, 255 anything else, 130 interrupted.
]]

local function wrap(text, indent, width)
  local out = {}
  for para in (text .. "\n\n"):gmatch("(.-)\n\n+") do
    if para:match("^%s*$") then  -- luacheck: ignore 542
    elseif para:match("^```") or para:match("^%s*[-*] ") then
      for l in (para .. "\n"):gmatch("(.-)\n") do out[#out + 1] = indent .. l end
    else
      local line = indent
      for word in para:gmatch("%S+") do
        if #line + #word + 1 > width and #line > #indent then
          out[#out + 1] = line
          line = indent
        end
        line = line .. (#line > #indent and " " or "") .. word
      end
      if #line > #indent then out[#out + 1] = line end
    end
    if not para:match("^%s*$") then out[#out + 1] = "" end
  end
  return (table.concat(out, "\n"):gsub("\n+$", "")) .. "\n"
end

local function docs_of(service)
  local ok, d = pcall(require, "awsjobs.docs." .. service)
  return ok and d or { operations = {}, shapes = {} }
end

-- The operation's description: the doc page's text between its title and the code example.
local function description(docs, op)
  local md = docs.operations[op] or ""
  md = md:gsub("^## [^\n]*\n+", "")
  local stop = md:find("\n```lua", 1, true) or md:find("\n**Request**", 1, true)
  if stop then md = md:sub(1, stop - 1) end
  return md
end

local function first_sentence(text)
  text = (text or ""):gsub("%s+", " ")
  local s = text:match("^(.-%.)%s") or text
  if #s > 100 then s = s:sub(1, 97) .. "..." end
  return s
end

-- type_of(shape) -> "string", "list of string", "structure", ...
local function type_of(shapes, shape)
  local t = shape.type
  if t == "list" then return "list of " .. type_of(shapes, shapes[shape.member.shape]) end
  if t == "map" then return "map of string to " .. type_of(shapes, shapes[shape.value.shape]) end
  if t == "structure" and shape.document then return "document (JSON)" end
  return t
end

local function constraints(shape)
  local c = {}
  local what = shape.type == "string" and "length" or (shape.type == "list" or shape.type == "map") and "items"
    or "value"
  if shape.min and shape.max then
    c[#c + 1] = ("%s %s to %s"):format(what, shape.min, shape.max)
  elseif shape.min then
    c[#c + 1] = ("%s at least %s"):format(what, shape.min)
  elseif shape.max then
    c[#c + 1] = ("%s at most %s"):format(what, shape.max)
  end
  if shape.enum then c[#c + 1] = "one of: " .. table.concat(shape.enum, ", ") end
  if shape.pattern then c[#c + 1] = "pattern: " .. shape.pattern end
  return c
end

local function sorted_keys(t)
  local k = {}
  for name in pairs(t or {}) do k[#k + 1] = name end
  table.sort(k)
  return k
end

-- The OPTIONS section of one operation's input (hidden: options left out of the list).
local function options_text(service, command, model, docs, input, hidden)
  local shapes = model.shapes
  local shape = input and shapes[input]
  if not shape then return "  (none)\n" end
  local required = {}
  for _, r in ipairs(shape.required or {}) do required[r] = true end
  local member_docs = (docs.shapes[input] or {}).members or {}
  local out = {}
  for _, member in ipairs(sorted_keys(shape.members)) do
    if not (hidden and hidden[member]) then
      local ms = shapes[shape.members[member].shape]
      local opt = "--" .. names.option(service, command, member)
      if ms.type == "boolean" then opt = opt .. " | --" .. names.negative_option(service, command, member) end
      out[#out + 1] = ("  %s (%s)%s"):format(opt, type_of(shapes, ms), required[member] and " [required]" or "")
      for _, c in ipairs(constraints(ms)) do out[#out + 1] = "      " .. c end
      local inner = ms.type == "list" and shapes[ms.member.shape] or ms
      if inner.type == "structure" and inner.members and not inner.document then
        local parts = {}
        for _, k in ipairs(sorted_keys(inner.members)) do
          parts[#parts + 1] = k .. "=" .. type_of(shapes, shapes[inner.members[k].shape])
        end
        out[#out + 1] = "      shorthand: " .. table.concat(parts, ",") .. "  (or JSON)"
      end
      local d = member_docs[member]
      if d and d ~= "" then out[#out + 1] = wrap(d, "      ", 90) end
      out[#out + 1] = ""
    end
  end
  return table.concat(out, "\n") .. "\n"
end

local function synopsis(service, command, model, input, hidden, extra)
  local shape = input and model.shapes[input]
  local parts = { "awsjobs " .. service .. " " .. command }
  local required = {}
  for _, r in ipairs(shape and shape.required or {}) do required[r] = true end
  for _, member in ipairs(sorted_keys(shape and shape.members)) do
    if not (hidden and hidden[member]) then
      local o = "--" .. names.option(service, command, member) .. " <value>"
      parts[#parts + 1] = required[member] and o or "[" .. o .. "]"
    end
  end
  for _, e in ipairs(extra or {}) do parts[#parts + 1] = "[" .. e .. "]" end
  parts[#parts + 1] = "[--cli-input-json <value>]"
  return wrap(table.concat(parts, " "), "  ", 90)
end

-- top() -> the text of `awsjobs help`
function M.top()
  return "awsjobs: AWS job control from the command line\n\n" ..
    "Usage: awsjobs [global options] <service> <command> [parameters]\n" ..
    "       awsjobs <service> help\n       awsjobs <service> <command> help\n\n" ..
    "Services: " .. table.concat(SERVICE_LIST, ", ") .. "\n\n" .. GLOBAL
end

-- service(name, verbs) -> the text of `awsjobs <service> help`
function M.service(service, verbs)
  local model = require("awsjobs.models." .. service)
  local docs = docs_of(service)
  local out = { ("awsjobs %s <command> [parameters]\n\nCommands (the %s API, named as the AWS CLI names them):")
    :format(service, model.metadata.serviceId) }
  local cmds = names.commands(model)
  for _, c in ipairs(sorted_keys(cmds)) do
    out[#out + 1] = ("  %-44s %s"):format(c, first_sentence(description(docs, cmds[c])))
  end
  if verbs and next(verbs) then
    out[#out + 1] = "\nJob control:"
    for _, v in ipairs(sorted_keys(verbs)) do
      if type(verbs[v]) == "function" then out[#out + 1] = "  " .. v end
    end
  end
  local waiters = require("awsjobs.cli.wait").waiters(service)
  if next(waiters) then
    out[#out + 1] = "\nWaiters (awsjobs " .. service .. " wait <waiter> ...):"
    for _, w in ipairs(sorted_keys(names.waiter_commands(waiters))) do out[#out + 1] = "  " .. w end
  end
  out[#out + 1] = "\n" .. GLOBAL
  return table.concat(out, "\n")
end

-- operation(service, command) -> the text of `awsjobs <service> <command> help` | nil
function M.operation(service, command)
  local model = require("awsjobs.models." .. service)
  local op_name = names.commands(model)[command]
  if not op_name then return nil end
  local op = model.operations[op_name]
  local docs = docs_of(service)
  local p = (model.paginators or {})[op_name]
  local hidden, extra = {}, nil
  if p then  -- as the CLI does: the paging members give way to its paging options
    hidden[p.input_token] = true
    if p.limit_key then hidden[p.limit_key] = true end
    extra = { "--starting-token <value>", "--page-size <value>" }
  end
  local out = {
    "NAME\n  " .. command .. "  (" .. model.metadata.serviceId .. " " .. op_name .. ")\n",
    "DESCRIPTION\n" .. wrap(description(docs, op_name), "  ", 90),
    "SYNOPSIS\n" .. synopsis(service, command, model, op.input, hidden, extra),
    "OPTIONS\n" .. options_text(service, command, model, docs, op.input, hidden),
  }
  if p then
    out[#out + 1] = "  --starting-token (string)\n" ..
      "      where to start: the NextToken a --no-paginate call printed\n\n" ..
      "  --page-size (integer)\n      items per request; every page is still fetched unless --no-paginate\n"
  end
  out[#out + 1] = "  --cli-input-json (string)\n      the parameters as one JSON document (or file://path); " ..
    "options given beside it override its members\n"
  return table.concat(out, "\n")
end

-- waiter(service, command) -> the text of `awsjobs <service> wait <waiter> help` | nil
function M.waiter(service, command)
  local wait = require "awsjobs.cli.wait"
  local waiters = wait.waiters(service)
  local name = names.waiter_commands(waiters)[command]
  if not name then return nil end
  local def = waiters[name]
  local model = require("awsjobs.models." .. service)
  local op_command = names.xform(def.operation)
  local delay, attempts = def.delay or 15, def.maxAttempts or 40
  return table.concat({
    "NAME\n  wait " .. command .. "\n",
    ("DESCRIPTION\n  Calls %s every %d seconds until %s (by default for at most %d seconds).\n")
      :format(op_command, delay, name, delay * attempts),
    "SYNOPSIS\n" .. synopsis(service, "wait " .. command, model, model.operations[def.operation].input, nil,
      { "--timeout <seconds>", "--delay <seconds>" }),
    "OPTIONS\n" .. options_text(service, op_command, model, docs_of(service), model.operations[def.operation].input),
    ("  --timeout (number)\n      the time budget in seconds (default %d)\n\n" ..
      "  --delay (number)\n      seconds between calls (default %d)\n"):format(delay * attempts, delay),
  }, "\n")
end

return M

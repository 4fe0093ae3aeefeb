-- cli/operation: the generic command, one model operation. Parses the options by the input
-- shape, calls, and prints the response as the AWS CLI does; a paginated operation fetches
-- every page and merges the result keys (botocore's build_full_result) unless --no-paginate.
local compat = require "awsjobs.compat"
local context = require "awsjobs.cli.context"
local exit = require "awsjobs.cli.exit"
local jmespath = require "awsjobs.jmespath"
local output = require "awsjobs.cli.output"

local M = {}

-- The CLI's paging options of a paginated operation
local PAGING = { ["--starting-token"] = "string", ["--page-size"] = "number" }

-- Appends page's result keys to full (lists joined, numbers and strings added).
local function merge(full, page, keys)
  for _, k in ipairs(keys) do
    local v = jmespath.search(k, page)
    if v ~= nil then
      local have = full[k]
      if have == nil then
        full[k] = v
      elseif type(v) == "table" then
        for _, x in ipairs(v) do have[#have + 1] = x end
      elseif type(v) == "number" and type(have) == "number" then
        full[k] = have + v
      elseif type(v) == "string" and type(have) == "string" then
        full[k] = have .. v
      end
    end
  end
end

local function all_pages(client, op, p, params)
  local keys = type(p.result_key) == "table" and p.result_key or { p.result_key }
  local full = setmetatable({}, jmespath.object_mt)
  local first
  for page, err in client:pages(op.name, params) do
    if not page then return nil, err end
    page = output.display(page, op.output, client.model.shapes)
    first = first or page
    merge(full, page, keys)
  end
  -- non_aggregate_keys: taken from the first page, as botocore does
  for _, k in ipairs(p.non_aggregate_keys or {}) do
    if first and first[k] ~= nil and full[k] == nil then full[k] = first[k] end
  end
  return full
end

-- run(ctx, service, command, words) -> exit code
function M.run(ctx, service, command, words)
  local op_name = context.operation_of(service, command)
  if not op_name then
    return ctx.fail(context.usage(("argument operation: Invalid choice: '%s' (run: awsjobs %s help)")
      :format(command, service)))
  end
  local model = require("awsjobs.models." .. service)
  local op = model.operations[op_name]
  op.name = op_name
  local p = (model.paginators or {})[op_name]
  local params, extras = ctx.parse(service, command, words, p and PAGING or nil)
  if not params then return ctx.fail(extras) end
  local client, cerr = ctx.client(service)
  if not client then return ctx.fail(cerr) end
  local result, err
  if p then
    if extras["--starting-token"] then params[p.input_token] = extras["--starting-token"] end
    if extras["--page-size"] and p.limit_key then params[p.limit_key] = compat.tointeger(extras["--page-size"]) end
  end
  if p and not ctx.global.no_paginate then
    result, err = all_pages(client, op, p, params)
  else
    result, err = client:call(op_name, params)
    if result then result = output.display(result, op.output, model.shapes) end
  end
  if not result then return ctx.fail(err) end
  return ctx.print(result) or exit.OK
end

return M

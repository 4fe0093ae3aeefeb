-- cli/names: the AWS CLI's names for operations and members (StopTask -> stop-task,
-- taskDefinition -> task-definition), derived as botocore's xform_name derives them, plus
-- the few renames the AWS CLI makes where a name would clash with its own options.
local M = {}

-- botocore's partial renames after the case split
local PARTIAL = { { "ipv-6", "ipv6" }, { "s-3-resources", "s3-resources" } }

-- CLI renames by "service.operation.argument" ("*" for any operation)
local RENAMES = {
  ["sagemaker.delete-image-version.version"] = "version-number",
  ["sagemaker.describe-image-version.version"] = "version-number",
  ["sagemaker.list-aliases.version"] = "version-number",
  ["sagemaker.update-image-version.version"] = "version-number",
  ["ecs.*.no-enable-execute-command"] = "disable-execute-command",
  ["ecs.execute-command.no-interactive"] = "non-interactive",
}

local cache = {}

-- xform(name) -> kebab-case name ("DescribeTasks" -> "describe-tasks", "taskARNs" -> "task-arns")
function M.xform(name)
  local hit = cache[name]
  if hit then return hit end
  local s = name
  if not s:find("-", 1, true) then
    local head, caps = s:match("^(.-)(%u%u+s)$")
    if head then s = head .. "-" .. caps:lower() end
    s = s:gsub("(.)(%u%l+)", "%1-%2")
    s = s:gsub("([%l%d])(%u)", "%1-%2"):lower()
    for _, r in ipairs(PARTIAL) do
      local i, j = s:find(r[1], 1, true)
      while i do
        s = s:sub(1, i - 1) .. r[2] .. s:sub(j + 1)
        i, j = s:find(r[1], i + #r[2], true)
      end
    end
  end
  cache[name] = s
  return s
end

-- The option name (without "--") of a member of an operation's input, after the CLI's renames.
function M.option(service, command, member)
  local x = M.xform(member)
  return RENAMES[service .. "." .. command .. "." .. x] or RENAMES[service .. ".*." .. x] or x
end

-- The option name of a boolean member's negative form (--no-force, or a rename).
function M.negative_option(service, command, member)
  local x = "no-" .. M.xform(member)
  return RENAMES[service .. "." .. command .. "." .. x] or RENAMES[service .. ".*." .. x] or x
end

-- commands(model) -> {["stop-task"] = "StopTask", ...}
function M.commands(model)
  local out = {}
  for op in pairs(model.operations) do out[M.xform(op)] = op end
  return out
end

-- waiter_commands(waiters) -> {["tasks-stopped"] = "TasksStopped", ...}
function M.waiter_commands(waiters)
  local out = {}
  for w in pairs(waiters) do out[M.xform(w)] = w end
  return out
end

return M

-- cli/verbs: the job-control commands beside the models' operations (see cli/init.lua).
-- Loaded on every call, so it only names them: each service's commands and help texts are
-- in cli/verb_<service>.lua, loaded when one of them runs.
local function commands(module, names)
  local t = { help = setmetatable({}, { __index = function(_, name)
    return require(module).help[name]
  end }) }
  for _, name in ipairs(names) do
    t[name] = function(ctx, words) return require(module).commands[name](ctx, words) end
  end
  return t
end

return {
  ecs = commands("awsjobs.cli.verb_ecs", { "run-task", "stop-all" }),
  batch = commands("awsjobs.cli.verb_batch", { "run-job", "terminate-all" }),
  iot = commands("awsjobs.cli.verb_iot", { "cancel-all" }),
  sagemaker = commands("awsjobs.cli.verb_sagemaker", { "stop-pipeline-execution" }),
}

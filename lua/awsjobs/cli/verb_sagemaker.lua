-- cli/verb_sagemaker: `awsjobs sagemaker stop-pipeline-execution ... --wait`, on awsjobs.jobs.
local exit = require "awsjobs.cli.exit"
local follow = require "awsjobs.cli.follow"
local jobs = require "awsjobs.jobs"
local output = require "awsjobs.cli.output"

local M = { commands = {}, help = {} }

M.help["stop-pipeline-execution"] = [[
Job control (awsjobs):
  --wait                      after asking it to stop, wait until the execution is no
                              longer Executing or Stopping, and print it as
                              describe-pipeline-execution does. One that had already ended
                              counts as stopped (exit 0).
  --timeout S                 give up waiting after S seconds (default 7200)
  --delay S                   seconds between two looks (default 30)
]]

M.commands["stop-pipeline-execution"] = function(ctx, words)
  local params, extras = ctx.parse("sagemaker", "stop-pipeline-execution", words,
    { ["--wait"] = "flag", ["--timeout"] = "number", ["--delay"] = "number" })
  if not params then return ctx.fail(extras) end
  if next(extras) == nil then return ctx.operation("sagemaker", "stop-pipeline-execution", words) end
  local sm, cerr = ctx.client("sagemaker")
  if not sm then return ctx.fail(cerr) end
  local o = follow.options(ctx, false, function(out)
    return "waiting for the stop: " .. tostring(out.PipelineExecutionStatus)
  end)
  o.arn, o.client_request_token = params.PipelineExecutionArn, params.ClientRequestToken
  o.wait, o.timeout, o.delay = true, extras["--timeout"] or 7200, extras["--delay"] or 30
  local out, err = jobs.stop_pipeline_execution(sm, o)
  ctx.status(nil)
  if not out then return ctx.fail(err) end
  local model = require "awsjobs.models.sagemaker"
  return ctx.print(output.display(out, model.operations.DescribePipelineExecution.output, model.shapes)) or exit.OK
end

return M

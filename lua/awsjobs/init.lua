-- awsjobs: start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines).
--   local ecs = awsjobs.ecs{region = "us-east-1"}
--   local out, err = ecs:stopTask{task = arn, reason = "done"}
local client = require "awsjobs.client"
local concurrent = require "awsjobs.concurrent"
local errors = require "awsjobs.errors"
local signer = require "awsjobs.signer"

local M = {
  _VERSION = "awsjobs 0.1.0",
  sign = signer.sign,
  presign = signer.presign,
  is_error = errors.is_error,
  -- map(items, fn, {concurrency = 16}) -> results, errs: fn(item, i) for every item,
  -- concurrently, its calls sharing one libcurl multi handle (see concurrent.lua)
  map = concurrent.map,
  -- stop_ecs_tasks, terminate_batch_jobs, cancel_iot_job_executions (see jobs.lua)
  jobs = require "awsjobs.jobs",
}

-- client(service, opts) -> client | nil, err; service is "ecs", "batch", "iot", "sagemaker" or "logs".
function M.client(service, opts)
  return client.new(service, opts)
end

for name in pairs(client.SERVICES) do
  M[name] = function(opts) return client.new(name, opts) end
end

return M

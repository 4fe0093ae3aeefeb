-- awsjobs: start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines).
--   local ecs = awsjobs.ecs{region = "us-east-1"}
--   local out, err = ecs:stopTask{task = arn, reason = "done"}
local client = require "awsjobs.client"
local errors = require "awsjobs.errors"
local signer = require "awsjobs.signer"

local M = {
  _VERSION = "awsjobs 0.1.0",
  sign = signer.sign,
  presign = signer.presign,
  is_error = errors.is_error,
}

-- client(service, opts) -> client | nil, err; service is "ecs", "batch", "iot" or "sagemaker".
function M.client(service, opts)
  return client.new(service, opts)
end

for name in pairs(client.SERVICES) do
  M[name] = function(opts) return client.new(name, opts) end
end

return M

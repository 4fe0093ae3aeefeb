-- awsjobs: start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines).
local signer = require "awsjobs.signer"
local errors = require "awsjobs.errors"

local M = {
  _VERSION = "awsjobs 0.1.0",
  sign = signer.sign,
  presign = signer.presign,
  is_error = errors.is_error,
}

return M

--- awsjobs: start, watch and stop work on AWS (ECS, Batch, IoT jobs, SageMaker pipelines).
-- Every call returns its result, or `nil, err` with `err` an `awsjobs.Error` (kind, code,
-- message, status, request_id, retryable, attempts, operation). The operations of each
-- service are listed in docs/&lt;service&gt;.md; editor types are in types/awsjobs/.
-- @module awsjobs
-- @usage
-- local awsjobs = require "awsjobs"
-- local ecs = assert(awsjobs.ecs { region = "us-east-1" })
-- local out, err = ecs:stopTask { task = arn, reason = "done" }
local client = require "awsjobs.client"
local concurrent = require "awsjobs.concurrent"
local errors = require "awsjobs.errors"
local signer = require "awsjobs.signer"

--- Signs a request with AWS Signature Version 4 (in headers).
-- @function sign
-- @tparam table request `{method =, url = (path and query as sent), headers =, body =}`
-- @tparam table options `{region =, service =, credentials = {access_key_id =, secret_access_key =,
-- session_token =}, time =, normalize_path =, content_sha256 =, omit_session_token =}`
-- @treturn table a new headers table: the request's plus X-Amz-Date and Authorization
-- @treturn table info `{canonical_request =, string_to_sign =, signature =}`; or `nil, err`
-- @usage local headers = assert(awsjobs.sign(req, { region = "us-east-1", service = "ecs", credentials = creds }))

--- Signs the query string instead of the headers: a presigned URL.
-- @function presign
-- @tparam table request as for `sign`
-- @tparam table options as for `sign`, plus `expires` (seconds, default 3600)
-- @treturn string the URL
-- @treturn table info; or `nil, err`

--- Whether a value is an awsjobs error.
-- @function is_error
-- @param value anything
-- @treturn boolean

--- Runs `fn(item, i)` for every item, up to `opts.concurrency` at a time.
-- fn makes ordinary calls; each runs in a coroutine of its own, parked while its request is
-- on the wire (all share one libcurl multi handle). One item's failure, even a Lua error in
-- fn, stays that item's.
-- @function map
-- @tparam table items a list
-- @tparam function fn called as `fn(item, i)`
-- @tparam[opt] table opts `{concurrency = 16}`
-- @treturn table results in input order (`false` where fn returned nil)
-- @treturn table errs: `errs[i]` is fn's error for item i
-- @usage local results, errs = awsjobs.map(arns, function(arn)
--   return ecs:stopTask { cluster = "batch", task = arn }
-- end, { concurrency = 32 })

local M = {
  _VERSION = "awsjobs 0.2.0",
  sign = signer.sign,
  presign = signer.presign,
  is_error = errors.is_error,
  -- map(items, fn, {concurrency = 16}) -> results, errs: fn(item, i) for every item,
  -- concurrently, its calls sharing one libcurl multi handle (see concurrent.lua)
  map = concurrent.map,
  --- Job control (jobs/init.lua): run and wait with logs and exit codes (`run_and_wait`,
  -- `run_job`), and stop plans (`stop_all`, `terminate_all`, `cancel_all`) with one outcome
  -- per item; `stop_pipeline_execution`.
  -- @table jobs
  jobs = require "awsjobs.jobs",
}

--- Makes a client of a service by name.
-- @tparam string service "ecs", "batch", "iot", "sagemaker" or "logs"
-- @tparam[opt] table opts client options: region, endpoint, credentials, profile, timeout,
-- connect_timeout, max_attempts, ca_file, max_response, retry, transport, ... (README, Options)
-- @treturn Client the client; or `nil, err` (a bad option or no region)
-- @usage local batch = assert(awsjobs.client("batch", { region = "eu-west-1" }))
function M.client(service, opts)
  return client.new(service, opts)
end

--- An ECS client: `awsjobs.ecs(opts)` is `awsjobs.client("ecs", opts)`.
-- @function ecs
-- @tparam[opt] table opts client options
-- @treturn Client the client; or `nil, err`

--- A Batch client.
-- @function batch
-- @tparam[opt] table opts client options
-- @treturn Client the client; or `nil, err`

--- An IoT client.
-- @function iot
-- @tparam[opt] table opts client options
-- @treturn Client the client; or `nil, err`

--- A SageMaker client.
-- @function sagemaker
-- @tparam[opt] table opts client options
-- @treturn Client the client; or `nil, err`

--- A CloudWatch Logs client.
-- @function logs
-- @tparam[opt] table opts client options
-- @treturn Client the client; or `nil, err`
for name in pairs(client.SERVICES) do
  M[name] = function(opts) return client.new(name, opts) end
end

--- A service client (client.lua). Besides these, every operation of the service's model is a
-- method in lowerCamel: `ecs:stopTask(params)` is `ecs:call("StopTask", params)`.
-- @type Client

--- Calls an operation by its model name.
-- @function Client:call
-- @tparam string operation e.g. "StopTask"
-- @tparam[opt] table params the request members
-- @treturn table the response; or `nil, err`

--- The signed request a call would send, without sending it.
-- @function Client:prepare
-- @tparam string operation
-- @tparam[opt] table params
-- @treturn table `{method =, url =, headers =, body =}`; or `nil, err`

--- Polls until the work reaches a state (botocore's waiters and waiters_extra.lua).
-- @function Client:waitUntil
-- @tparam string name e.g. "TasksStopped"
-- @tparam[opt] table params the operation's request
-- @tparam[opt] table opts `{delay =, max_attempts =, max_wait =, on_attempt = function(n, out, err)}`
-- @treturn table the last response; or `nil, err` (err.kind "waiter")

--- Iterates over the pages of a paginated operation; a failed page is `false, err`.
-- @function Client:pages
-- @tparam string operation
-- @tparam[opt] table params
-- @treturn function an iterator for a generic `for`
-- @usage for page, err in ecs:pages("ListTasks", { cluster = "default" }) do ... end

--- The result list of every page joined (a table of lists by key where there are several).
-- @function Client:all
-- @tparam string operation
-- @tparam[opt] table params
-- @treturn table the items; or `nil, err`

return M

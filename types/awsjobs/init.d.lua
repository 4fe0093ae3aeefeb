---@meta
-- LuaLS definitions of awsjobs' public API besides the service operations (hand-written;
-- the operations are in the generated types/awsjobs/<service>.d.lua beside this file).
-- Point lua-language-server at this folder: "workspace.library": ["<checkout>/types"].

---Unix seconds (responses always give a number); requests also take an ISO 8601 string.
---@alias awsjobs.Timestamp number|string

---@alias awsjobs.ErrorKind "validation"|"credentials"|"network"|"timeout"|"service"|"parse"|"waiter"|"memory"|"error"

---The error of every failed call (`nil, err`); `tostring(err)` is one line without secrets.
---@class awsjobs.Error
---@field kind awsjobs.ErrorKind What failed.
---@field code? string The AWS error code without namespace, or ParamValidationError, NetworkError, ...
---@field message? string What went wrong; for validation, every problem with its parameter path.
---@field status? integer The HTTP status of a service error.
---@field request_id? string The x-amzn-RequestId of a service error.
---@field retryable boolean Whether the error is one retries are for.
---@field attempts? integer How many attempts were made.
---@field operation? string The operation, e.g. "StopTask".
---@field data? table The modeled error's members, when the service sent a modeled error.
---@field last_response? table Waiter errors: the last response.
---@field last_error? awsjobs.Error Waiter errors: the last error.

---@class awsjobs.Credentials
---@field access_key_id string
---@field secret_access_key string
---@field session_token? string

---@class awsjobs.RetryOptions
---@field base_delay? number Seconds; the backoff is random() * min(max_backoff, base_delay * 2^(attempt-1)).
---@field max_backoff? number Seconds (default 20).

---A transport object: send(request) -> status, headers, body | nil, kind, message, code.
---@class awsjobs.Transport
---@field send fun(self: awsjobs.Transport, request: awsjobs.Request): integer|nil, table|string|nil, string|nil, string|nil
---@field close? fun(self: awsjobs.Transport)

---Client options; all optional. A misspelt option is an error with a hint.
---@class awsjobs.ClientOptions
---@field region? string AWS region; else AWS_REGION, AWS_DEFAULT_REGION, the profile's region.
---@field endpoint? string URL override (may carry a base path); else AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL.
---@field credentials? awsjobs.Credentials Static keys; else the credential chain.
---@field profile? string Profile of the shared config and credentials files (else AWS_PROFILE, else default).
---@field timeout? number Seconds for the whole request (default 60).
---@field connect_timeout? number Seconds for connecting (default 10).
---@field max_attempts? integer Attempts per call, retries included (default 3).
---@field ca_file? string CA bundle for TLS verification (on by default).
---@field max_response? integer Largest response body accepted, bytes (default 64 MiB).
---@field retry? awsjobs.RetryOptions Backoff tuning.
---@field retry_mode? string "standard" (default) or "adaptive", as the AWS SDKs name them.
---@field sdk_ua_app_id? string An application id added to the User-Agent.
---@field transport? "auto"|"curl"|"cosocket"|awsjobs.Transport Default "auto": cosockets inside nginx, libcurl elsewhere.
---@field use_fips_endpoint? boolean Use the service's FIPS endpoint.
---@field use_dualstack_endpoint? boolean Use the service's dual-stack (IPv6) endpoint.
---@field ignore_configured_endpoint_urls? boolean Ignore AWS_ENDPOINT_URL* and the profile's endpoint_url settings.
---@field keepalive_timeout? number Cosocket transport: seconds an idle pooled connection is kept.
---@field pool_size? integer Cosocket transport: connections kept per pool.
---@field shared_dict? string Name of a lua_shared_dict caching temporary credentials for every nginx worker.

---@class awsjobs.Request
---@field method string
---@field url string Path and query exactly as sent (percent-encoded).
---@field headers? table<string, string|string[]>
---@field body? string

---@class awsjobs.SignOptions
---@field region string
---@field service string The signing name, e.g. "ecs" or "sagemaker".
---@field credentials awsjobs.Credentials
---@field time? number Unix seconds; default now.
---@field normalize_path? boolean Default true.
---@field content_sha256? boolean Add and sign X-Amz-Content-Sha256.
---@field omit_session_token? boolean Leave X-Amz-Security-Token out of the signature.
---@field expires? integer presign only: seconds the URL is valid (default 3600).

---@class awsjobs.SignInfo
---@field canonical_request string
---@field string_to_sign string
---@field signature string

---@class awsjobs.WaiterOptions
---@field delay? number Seconds between attempts (default: the waiter's).
---@field max_attempts? integer Attempts before WaiterMaxAttempts (default: the waiter's).
---@field max_wait? number Seconds before WaiterTimeout.
---@field on_attempt? fun(n: integer, out: table?, err: awsjobs.Error?) Called after every attempt.

---What client:prepare returns: the signed request as it would be sent.
---@class awsjobs.PreparedRequest
---@field method string
---@field url string
---@field headers table<string, string>
---@field body string

---What every service client has; the operations are the generated methods of each service.
---@class awsjobs.Client
---@field model table The service model (lua/awsjobs/models/<service>.lua).
---@field region string
---@field endpoint table The resolved endpoint.
local Client = {}

---Calls an operation by its model name: client:call("StopTask", params) is client:stopTask(params).
---@param operation string
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function Client:call(operation, params) end

---The signed request a call would send, without sending it.
---@param operation string
---@param params? table
---@return awsjobs.PreparedRequest? request
---@return awsjobs.Error? err
function Client:prepare(operation, params) end

---Polls until the work reaches a state; the last response, or err.kind == "waiter".
---@param name string A waiter of botocore's waiters-2.json or of waiters_extra.lua.
---@param params? table
---@param opts? awsjobs.WaiterOptions
---@return table? result
---@return awsjobs.Error? err
function Client:waitUntil(name, params, opts) end

---`for page, err in client:pages(op, params)`: each page a response; a failed page arrives as false, err.
---@param operation string
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function Client:pages(operation, params) end

---The result list of every page joined (a table of lists by key where there are several).
---@param operation string
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function Client:all(operation, params) end

---Closes the client's connections (a client is also closed when collected).
function Client:close() end

---One entry per item of a job helper: the item's id and its response or error.
---@class awsjobs.JobItem
---@field id string
---@field result? table
---@field err? awsjobs.Error

---@class awsjobs.jobs
local jobs = {}

---@class awsjobs.StopEcsTasksOptions
---@field cluster? string
---@field family? string ListTasks filter (not with service_name).
---@field service_name? string ListTasks filter (not with family).
---@field started_by? string ListTasks filter.
---@field reason? string
---@field concurrency? integer Default 16.

---Stops every running task of the cluster that matches the filters.
---@param ecs awsjobs.ecs.Client
---@param opts? awsjobs.StopEcsTasksOptions
---@return awsjobs.JobItem[]? items
---@return awsjobs.Error? err The listing's error; a failure to stop one item is in its entry.
function jobs.stop_ecs_tasks(ecs, opts) end

---@class awsjobs.TerminateBatchJobsOptions
---@field job_queue string
---@field reason string
---@field statuses? awsjobs.batch.JobStatus[] Default: every state a job can still be stopped in.
---@field concurrency? integer Default 16.

---Terminates the jobs of a queue in the given states.
---@param batch awsjobs.batch.Client
---@param opts awsjobs.TerminateBatchJobsOptions
---@return awsjobs.JobItem[]? items
---@return awsjobs.Error? err
function jobs.terminate_batch_jobs(batch, opts) end

---@class awsjobs.CancelIotJobExecutionsOptions
---@field job_id string
---@field status? awsjobs.iot.JobExecutionStatus Filter of ListJobExecutionsForJob.
---@field force? boolean Also cancel IN_PROGRESS executions.
---@field reason_code? string
---@field concurrency? integer Default 16.

---Cancels the queued (and, with force, in-progress) executions of an IoT job.
---@param iot awsjobs.iot.Client
---@param opts awsjobs.CancelIotJobExecutionsOptions
---@return awsjobs.JobItem[]? items
---@return awsjobs.Error? err
function jobs.cancel_iot_job_executions(iot, opts) end

---The states terminate_batch_jobs stops by default.
---@type awsjobs.batch.JobStatus[]
jobs.ACTIVE_BATCH_STATES = {}

---@class awsjobs.MapOptions
---@field concurrency? integer Calls in flight at once (default 16).

---@class awsjobs
---@field _VERSION string
---@field jobs awsjobs.jobs
local awsjobs = {}

---Makes a client of a service by name.
---@param service "ecs"|"batch"|"iot"|"sagemaker"|"logs"
---@param opts? awsjobs.ClientOptions
---@return awsjobs.Client? client
---@return awsjobs.Error? err
function awsjobs.client(service, opts) end

---@param opts? awsjobs.ClientOptions
---@return awsjobs.ecs.Client? client
---@return awsjobs.Error? err
function awsjobs.ecs(opts) end

---@param opts? awsjobs.ClientOptions
---@return awsjobs.batch.Client? client
---@return awsjobs.Error? err
function awsjobs.batch(opts) end

---@param opts? awsjobs.ClientOptions
---@return awsjobs.iot.Client? client
---@return awsjobs.Error? err
function awsjobs.iot(opts) end

---@param opts? awsjobs.ClientOptions
---@return awsjobs.sagemaker.Client? client
---@return awsjobs.Error? err
function awsjobs.sagemaker(opts) end

---@param opts? awsjobs.ClientOptions
---@return awsjobs.logs.Client? client
---@return awsjobs.Error? err
function awsjobs.logs(opts) end

---Signs a request with SigV4 (headers); returns a new headers table with X-Amz-Date and Authorization.
---@param request awsjobs.Request
---@param options awsjobs.SignOptions
---@return table<string, string>? headers
---@return awsjobs.SignInfo|awsjobs.Error info The signing steps, or the error.
function awsjobs.sign(request, options) end

---Signs the query string instead; returns the URL (options.expires, default 3600 s).
---@param request awsjobs.Request
---@param options awsjobs.SignOptions
---@return string? url
---@return awsjobs.SignInfo|awsjobs.Error info
function awsjobs.presign(request, options) end

---Whether value is an awsjobs error.
---@param value any
---@return boolean
function awsjobs.is_error(value) end

---Runs fn(item, i) for every item, up to opts.concurrency at a time; results and errors in input order.
---results[i] is fn's first result (false when it returned nil), errs[i] its error.
---@generic T
---@param items T[]
---@param fn fun(item: T, i: integer): any, awsjobs.Error?
---@param opts? awsjobs.MapOptions
---@return any[] results
---@return (awsjobs.Error|nil)[] errs
function awsjobs.map(items, fn, opts) end

return awsjobs

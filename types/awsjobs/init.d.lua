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

---One item of a stop plan: a task ARN, job id or thing name, and how it ended.
---@class awsjobs.PlanItem
---@field id string
---@field outcome "pending"|"stopped"|"already_stopped"|"not_found"|"skipped"|"failed"
---@field why? string Why it was skipped.
---@field result? table The stop call's response (outcome stopped).
---@field err? awsjobs.Error The stop call's error (outcome failed, not_found, already_stopped).

---A stop plan: from a dry run every item to stop is "pending"; carry_out stops those.
---@class awsjobs.Plan
---@field items awsjobs.PlanItem[]

---@class awsjobs.jobs
local jobs = {}

---@class awsjobs.WatchOptions
---@field timeout? number Seconds to wait at most (a time budget, not a number of attempts).
---@field delay? number Seconds between two looks.
---@field on_status? fun(value: table, n: integer) Told each look's result.
---@field logs? fun(region: string?): (table?, awsjobs.Error?) Returns a logs client for a region; turns on log reading.
---@field on_log? fun(event: table, tail: table) Each new log event, oldest first.
---@field on_log_error? fun(err: awsjobs.Error, tail: table) A stream that cannot be read (once per stream).
---@field sleep? fun(seconds: number)
---@field now? fun(): number

---@class awsjobs.WaitTasksOptions: awsjobs.WatchOptions
---@field cluster? string
---@field tasks string[] Task ARNs (any number: DescribeTasks is asked in chunks of 100).
---@field status? "RUNNING"|"STOPPED" Default STOPPED.
---@field task_definition? table The tasks' task definition, for their awslogs streams.

---@class awsjobs.RunAndWaitOptions: awsjobs.WatchOptions
---@field status? "RUNNING"|"STOPPED" Default STOPPED.
---@field on_started? fun(run_task_answer: table)

---RunTask; a non-empty failures list is an error (code RunTaskFailure, err.failures, err.tasks).
---@param ecs awsjobs.ecs.Client
---@param params table RunTask's parameters.
---@return table? answer
---@return awsjobs.Error? err
function jobs.run_task(ecs, params) end

---RunTask, then wait until the tasks have stopped (or are running); with opts.logs, their awslogs output.
---@param ecs awsjobs.ecs.Client
---@param params table RunTask's parameters.
---@param opts? awsjobs.RunAndWaitOptions
---@return table[]? tasks As DescribeTasks describes them.
---@return integer|awsjobs.Error|nil code The first essential container exit code that is not 0, else 0; nil with a reason when a task has none; the error when tasks is nil.
---@return string? reason
function jobs.run_and_wait(ecs, params, opts) end

---Waits until every task is RUNNING or STOPPED, within a time budget.
---@param ecs awsjobs.ecs.Client
---@param opts awsjobs.WaitTasksOptions
---@return table[]? tasks
---@return awsjobs.Error? err
function jobs.wait_tasks(ecs, opts) end

---DescribeTasks for any number of tasks (in chunks of 100), in the order given.
---@param ecs awsjobs.ecs.Client
---@param cluster string?
---@param arns string[]
---@return table[]? tasks
---@return awsjobs.Error? err
function jobs.describe_tasks(ecs, cluster, arns) end

---DescribeTaskDefinition's task definition.
---@param ecs awsjobs.ecs.Client
---@param arn string
---@return table? task_definition
---@return awsjobs.Error? err
function jobs.task_definition(ecs, arn) end

---The essential containers' exit code (the first that is not 0, else 0), or nil and the stop reason.
---@param task table
---@param task_definition? table
---@return integer? code
---@return string? reason
function jobs.task_exit_code(task, task_definition) end

---@class awsjobs.StopAllOptions
---@field cluster? string
---@field family? string ListTasks filter (not with service_name).
---@field service_name? string ListTasks filter (not with family).
---@field started_by? string ListTasks filter.
---@field reason? string
---@field include_service_tasks? boolean Also stop tasks whose group starts with "service:".
---@field dry_run? boolean Only make the plan.
---@field concurrency? integer Default 16.

---Stops every task of the cluster that matches; service tasks are skipped unless asked for.
---@param ecs awsjobs.ecs.Client
---@param opts awsjobs.StopAllOptions
---@return awsjobs.Plan? plan
---@return awsjobs.Error? err The listing's error; a failure to stop one item is in its entry.
function jobs.stop_all(ecs, opts) end

---@class awsjobs.WaitJobOptions: awsjobs.WatchOptions
---@field job_id string

---SubmitJob, then wait until the job has SUCCEEDED or FAILED.
---@param batch awsjobs.batch.Client
---@param params table SubmitJob's parameters.
---@param opts? awsjobs.WatchOptions
---@return table? job As DescribeJobs describes it.
---@return integer|awsjobs.Error|nil code The container's exit code; nil with a reason when it has none; the error when job is nil.
---@return string? reason
function jobs.run_job(batch, params, opts) end

---Waits until a Batch job has SUCCEEDED or FAILED.
---@param batch awsjobs.batch.Client
---@param opts awsjobs.WaitJobOptions
---@return table? job
---@return awsjobs.Error? err
function jobs.wait_job(batch, opts) end

---A Batch job's container exit code, or nil and the reason.
---@param job table
---@return integer? code
---@return string? reason
function jobs.job_exit_code(job) end

---@class awsjobs.TerminateAllOptions
---@field job_queue string
---@field reason string
---@field statuses? awsjobs.batch.JobStatus[] Default: every state a job can still be stopped in.
---@field dry_run? boolean
---@field concurrency? integer Default 16.

---Terminates the jobs of a queue in the given states.
---@param batch awsjobs.batch.Client
---@param opts awsjobs.TerminateAllOptions
---@return awsjobs.Plan? plan
---@return awsjobs.Error? err
function jobs.terminate_all(batch, opts) end

---The states terminate_all stops by default.
---@type awsjobs.batch.JobStatus[]
jobs.ACTIVE_BATCH_STATES = {}

---@class awsjobs.CancelAllOptions
---@field job_id string
---@field force? boolean Also cancel IN_PROGRESS executions (skipped otherwise).
---@field dry_run? boolean
---@field concurrency? integer Default 16.

---Cancels every execution of an IoT job that has not ended.
---@param iot awsjobs.iot.Client
---@param opts awsjobs.CancelAllOptions
---@return awsjobs.Plan? plan
---@return awsjobs.Error? err
function jobs.cancel_all(iot, opts) end

---@class awsjobs.StopPipelineOptions: awsjobs.WatchOptions
---@field arn string
---@field client_request_token? string
---@field wait? boolean Wait until it is no longer Executing or Stopping.

---Stops a pipeline execution; one that already ended counts as stopped.
---@param sagemaker awsjobs.sagemaker.Client
---@param opts awsjobs.StopPipelineOptions
---@return table? execution DescribePipelineExecution's answer.
---@return awsjobs.Error? err
function jobs.stop_pipeline_execution(sagemaker, opts) end

---Stops a dry run's pending items (bounded concurrency) and sets each outcome.
---@param plan awsjobs.Plan
---@return awsjobs.Plan plan
function jobs.carry_out(plan) end

---The number of items of each outcome.
---@param plan awsjobs.Plan
---@return table<string, integer>
function jobs.counts(plan) end

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

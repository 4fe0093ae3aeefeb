-- waiters_extra: waiters the AWS SDKs do not ship, for the jobs awsjobs watches. They are
-- written in the format of botocore's waiters-2.json (operation, delay, maxAttempts,
-- acceptors with matcher / argument / expected / state) and run by the same code.

-- One path acceptor per status, all leading to state.
local function on_statuses(argument, statuses, state)
  local list = {}
  for i, status in ipairs(statuses) do
    list[i] = { matcher = "path", argument = argument, expected = status, state = state }
  end
  return list
end

local function concat(...)
  local out = {}
  for _, list in ipairs { ... } do
    for _, a in ipairs(list) do out[#out + 1] = a end
  end
  return out
end

local IOT_TERMINAL_FAILURES = { "FAILED", "TIMED_OUT", "REJECTED", "REMOVED", "CANCELED" }
local IOT_GONE = { { matcher = "error", expected = "ResourceNotFoundException", state = "failure" } }

return {
  batch = {
    -- A Batch job finishing: SUCCEEDED is success, FAILED is failure (as is no such job).
    JobComplete = {
      operation = "DescribeJobs", delay = 10, maxAttempts = 360,
      acceptors = concat(
        on_statuses("jobs[0].status", { "SUCCEEDED" }, "success"),
        on_statuses("jobs[0].status", { "FAILED" }, "failure"),
        { { matcher = "path", argument = "length(jobs) == `0`", expected = true, state = "failure" } }),
    },
  },
  iot = {
    -- An IoT job execution reaching any terminal status; the response tells which.
    JobExecutionTerminal = {
      operation = "DescribeJobExecution", delay = 5, maxAttempts = 720,
      acceptors = concat(
        on_statuses("execution.status", { "SUCCEEDED" }, "success"),
        on_statuses("execution.status", IOT_TERMINAL_FAILURES, "success"),
        IOT_GONE),
    },
    -- An IoT job execution succeeding; any other terminal status is failure.
    JobExecutionSucceeded = {
      operation = "DescribeJobExecution", delay = 5, maxAttempts = 720,
      acceptors = concat(
        on_statuses("execution.status", { "SUCCEEDED" }, "success"),
        on_statuses("execution.status", IOT_TERMINAL_FAILURES, "failure"),
        IOT_GONE),
    },
  },
  sagemaker = {
    -- A pipeline execution finishing: Succeeded is success; Failed and Stopped are failure.
    PipelineExecutionComplete = {
      operation = "DescribePipelineExecution", delay = 30, maxAttempts = 240,
      acceptors = concat(
        on_statuses("PipelineExecutionStatus", { "Succeeded" }, "success"),
        on_statuses("PipelineExecutionStatus", { "Failed", "Stopped" }, "failure"),
        { { matcher = "error", expected = "ResourceNotFound", state = "failure" } }),
    },
  },
}

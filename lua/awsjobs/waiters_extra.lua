-- waiters_extra: waiters the AWS SDKs do not ship, for the jobs awsjobs watches. They are
-- written in the format of botocore's waiters-2.json (operation, delay, maxAttempts,
-- acceptors with matcher / argument / expected / state) and run by the same code.
return {
  batch = {
    -- A Batch job finishing: SUCCEEDED is success, FAILED is failure.
    JobComplete = {
      operation = "DescribeJobs", delay = 10, maxAttempts = 360,
      acceptors = {
        { matcher = "path", argument = "jobs[0].status", expected = "SUCCEEDED", state = "success" },
        { matcher = "path", argument = "jobs[0].status", expected = "FAILED", state = "failure" },
        { matcher = "path", argument = "length(jobs) == `0`", expected = true, state = "failure" },
      },
    },
  },
  iot = {
    -- An IoT job execution reaching any terminal status; the response tells which.
    JobExecutionTerminal = {
      operation = "DescribeJobExecution", delay = 5, maxAttempts = 720,
      acceptors = {
        { matcher = "path", argument = "execution.status", expected = "SUCCEEDED", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "FAILED", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "TIMED_OUT", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "REJECTED", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "REMOVED", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "CANCELED", state = "success" },
        { matcher = "error", expected = "ResourceNotFoundException", state = "failure" },
      },
    },
    -- An IoT job execution succeeding; any other terminal status is failure.
    JobExecutionSucceeded = {
      operation = "DescribeJobExecution", delay = 5, maxAttempts = 720,
      acceptors = {
        { matcher = "path", argument = "execution.status", expected = "SUCCEEDED", state = "success" },
        { matcher = "path", argument = "execution.status", expected = "FAILED", state = "failure" },
        { matcher = "path", argument = "execution.status", expected = "TIMED_OUT", state = "failure" },
        { matcher = "path", argument = "execution.status", expected = "REJECTED", state = "failure" },
        { matcher = "path", argument = "execution.status", expected = "REMOVED", state = "failure" },
        { matcher = "path", argument = "execution.status", expected = "CANCELED", state = "failure" },
        { matcher = "error", expected = "ResourceNotFoundException", state = "failure" },
      },
    },
  },
  sagemaker = {
    -- A pipeline execution finishing: Succeeded is success; Failed and Stopped are failure.
    PipelineExecutionComplete = {
      operation = "DescribePipelineExecution", delay = 30, maxAttempts = 240,
      acceptors = {
        { matcher = "path", argument = "PipelineExecutionStatus", expected = "Succeeded", state = "success" },
        { matcher = "path", argument = "PipelineExecutionStatus", expected = "Failed", state = "failure" },
        { matcher = "path", argument = "PipelineExecutionStatus", expected = "Stopped", state = "failure" },
        { matcher = "error", expected = "ResourceNotFound", state = "failure" },
      },
    },
  },
}

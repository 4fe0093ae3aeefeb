--- Job control: the loops people write around the AWS CLI and jq, done once.
-- Run and wait (with logs and the exit code), and "stop everything that matches" as a plan
-- of items that can be shown first (`dry_run`) and then carried out with bounded
-- concurrency; every item ends as stopped, already_stopped, not_found, skipped or failed.
-- @module awsjobs.jobs
local batch = require "awsjobs.jobs.batch"
local ecs = require "awsjobs.jobs.ecs"
local iot = require "awsjobs.jobs.iot"
local plan = require "awsjobs.jobs.plan"
local sagemaker = require "awsjobs.jobs.sagemaker"

return {
  -- ECS
  run_task = ecs.run_task,                 -- RunTask; a failures list is nil, err
  run_and_wait = ecs.run_and_wait,         -- RunTask, then wait; tasks, exit code
  wait_tasks = ecs.wait_tasks,             -- until RUNNING / STOPPED, with logs
  describe_tasks = ecs.describe_tasks,     -- in chunks of 100
  task_definition = ecs.task_definition,
  task_exit_code = ecs.exit_code,          -- the essential containers' exit code
  stop_all = ecs.stop_all,                 -- every matching task; service tasks skipped
  -- Batch
  run_job = batch.run_job,                 -- SubmitJob, then wait; job, exit code
  wait_job = batch.wait_job,
  job_exit_code = batch.exit_code,
  terminate_all = batch.terminate_all,
  ACTIVE_BATCH_STATES = batch.ACTIVE_STATES,
  -- IoT
  cancel_all = iot.cancel_all,             -- every execution of a job not ended yet
  -- SageMaker
  stop_pipeline_execution = sagemaker.stop_pipeline_execution,
  -- plans
  carry_out = plan.carry_out,              -- stops a dry run's pending items
  counts = plan.counts,                    -- {outcome = n}
}

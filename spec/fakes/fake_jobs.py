#!/usr/bin/env python3
"""A fake job-control service on 127.0.0.1 that plays scripted lifecycles, for the specs.

Usage: fake_jobs.py SCRIPT.json LOG.jsonl
One server answers ECS, CloudWatch Logs and SageMaker (awsJson1_1, told apart by X-Amz-Target)
and Batch and IoT (restJson1, by path), with the operations job control needs: ECS RunTask,
DescribeTasks, ListTasks, StopTask, DescribeTaskDefinition; Logs GetLogEvents; Batch SubmitJob,
DescribeJobs, ListJobs, TerminateJob; IoT ListJobExecutionsForJob, CancelJobExecution;
SageMaker StopPipelineExecution, DescribePipelineExecution. Anything else is 400
UnknownOperationException. moto cannot script a task that runs for 0.3 s and exits 3.

SCRIPT (every key optional):
  page_size           page size of ListTasks / ListJobs / ListJobExecutionsForJob (100)
  task_definitions    {"web:1": {"containers": [{"name", "essential", "log": {"group", "prefix",
                      "region"}}]}}; a request's bare "web" means its latest revision
  runs                {"web:1": {"pending": s, "running": s, "exit_codes": {container: n},
                      "stopped_reason", "logs": {container: [lines]}, "failures": [{"reason"}]}}:
                      what RunTask does. No "running": it runs until stopped. Exit codes show once
                      the run ran its course (not after StopTask). "failures": RunTask answers
                      them (arn: the cluster's) and starts nothing.
  tasks               [{"cluster", "task_definition", "group", "started_by", "last_status",
                      "count"}]: tasks that exist at start, fixed in that status until stopped
                      (a definition not in task_definitions gets one container, its family)
  batch               {"queues": {q: [{"job_id", "job_name", "status"}]}, "runs": {"jd:1":
                      {"pending", "running", "exit_code", "logs": [lines]}}}: SubmitJob's jobs
                      are RUNNABLE for pending, RUNNING for running, then SUCCEEDED or FAILED;
                      their stream is "<definition name>/default/<job id>" in /aws/batch/job
  iot                 {"jobs": {job: [{"thing", "status"}]}}
  sagemaker           {"executions": {arn: {"status", "stopping": s}}}: after
                      StopPipelineExecution, Stopping for `stopping` seconds, then Stopped;
                      a scripted status holds until then
States move with time.time(), computed at each request. Log events of a run are spread evenly
over its RUNNING period (the first as it starts); a stream exists once its task runs.
Every request is checked with fake_aws.verify (botocore's signer, test credentials) and must be
signed for the service it calls; a failed check is 403 InvalidSignatureException. Each request
is appended to LOG as one JSON line: service, operation, method, path, query, body (decoded JSON
or {}), signature_valid. Prints the port on stdout once listening; stops on SIGTERM (or after
600 seconds).
"""
import json
import os
import signal
import sys
import threading
import time
import traceback
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fake_aws import verify  # noqa: E402  (botocore's signer with the test credentials)

REGION, ACCOUNT = "us-east-1", "123456789012"
TARGETS = {"AmazonEC2ContainerServiceV20141113": "ecs", "Logs_20140328": "logs", "SageMaker": "sagemaker"}
MAX_DESCRIBE = 100  # DescribeTasks and DescribeJobs take at most 100 ids
BATCH_LOG_GROUP = "/aws/batch/job"
BATCH_ENDED = ("SUCCEEDED", "FAILED")


class Fault(Exception):
    """An AWS error answer: status, code, message."""

    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def arn(service, resource):
    return "arn:aws:%s:%s:%s:%s" % (service, REGION, ACCOUNT, resource)


def last_segment(value):
    return value.rsplit("/", 1)[-1]


def ms(t):
    return int(t * 1000)


def spread(lines, start, duration):
    """Times of the lines, evenly over [start, start + duration), the first at start."""
    step = (duration or 0) / len(lines) if lines else 0
    return [(start + i * step, line) for i, line in enumerate(lines)]


def page(items, token, limit):
    """items: (seq, value) in seq order; the token is the seq of the last item handed out, so
    items that leave the list between pages (a task stopped meanwhile) move no other."""
    after = -1
    if token:
        try:
            after = int(token.split("-", 1)[1])
        except (IndexError, ValueError):
            raise Fault(400, "InvalidParameterException", "Invalid nextToken")
    rest = [(seq, v) for seq, v in items if seq > after]
    out = rest[:limit]
    more = len(rest) > limit
    return [v for _, v in out], ("next-%d" % out[-1][0]) if more else None


class Task:
    def __init__(self, world, cluster, td, run, group, started_by, static_status=None, overrides=None):
        self.seq = world.next_seq()
        self.id = uuid.uuid4().hex
        self.cluster, self.td, self.run = cluster, td, run or {}
        self.group, self.started_by, self.overrides = group, started_by, overrides
        self.static_status = static_status
        self.created = time.time()
        self.user_stop = None  # (time, reason) after StopTask
        self.container_ids = {c["name"]: str(uuid.uuid4()) for c in td["containers"]}

    @property
    def arn(self):
        return arn("ecs", "task/%s/%s" % (self.cluster, self.id))

    def times(self):
        """started (or None), natural stop (or None), for a task RunTask started."""
        started = self.created + (self.run.get("pending") or 0)
        running = self.run.get("running")
        return started, (started + running) if running is not None else None

    def state(self, now):
        """lastStatus, startedAt, stoppedAt, stopCode, stoppedReason at time now."""
        if self.static_status:
            status = self.static_status
            started = self.created if status in ("RUNNING", "DEACTIVATING", "STOPPING", "STOPPED") else None
            stopped = self.created if status == "STOPPED" else None
            code = reason = None
        else:
            started, stopped = self.times()
            code = "EssentialContainerExited"
            reason = self.run.get("stopped_reason", "Essential container in task exited")
            if now < started:
                status, started, stopped = "PENDING", None, None
            elif stopped is None or now < stopped:
                status, stopped = "RUNNING", None
            else:
                status = "STOPPED"
        if self.user_stop and (stopped is None or self.user_stop[0] < stopped):
            status, stopped = "STOPPED", self.user_stop[0]
            code, reason = "UserInitiated", self.user_stop[1]
            if started is not None and started > stopped:
                started = None
        return status, started, stopped, code, reason

    def describe(self, now):
        status, started, stopped, code, reason = self.state(now)
        task = {"taskArn": self.arn, "clusterArn": arn("ecs", "cluster/" + self.cluster),
                "taskDefinitionArn": self.td["arn"], "group": self.group, "lastStatus": status,
                "desiredStatus": "STOPPED" if status == "STOPPED" else "RUNNING",
                "createdAt": self.created, "launchType": "FARGATE", "version": 1}
        if self.started_by:
            task["startedBy"] = self.started_by
        if self.overrides is not None:
            task["overrides"] = self.overrides
        if started is not None:
            task["startedAt"] = started
        if stopped is not None:
            task["stoppedAt"] = stopped
            if code:
                task["stopCode"] = code
            if reason is not None:
                task["stoppedReason"] = reason
        # exit codes are the run's own: only when it ran its course, not after StopTask
        exit_codes = (self.run.get("exit_codes") or {}) if code == "EssentialContainerExited" else {}
        task["containers"] = []
        for c in self.td["containers"]:
            container = {"name": c["name"], "taskArn": self.arn, "lastStatus": status,
                         "containerArn": arn("ecs", "container/%s/%s/%s" % (self.cluster, self.id,
                                                                           self.container_ids[c["name"]]))}
            if status == "STOPPED" and c["name"] in exit_codes:
                container["exitCode"] = exit_codes[c["name"]]
            task["containers"].append(container)
        return task

    def log_events(self, container, now):
        """(time, line) of the container's stream up to now, or None: no stream yet."""
        status, started, stopped, _, _ = self.state(now)
        if started is None:
            return None
        natural_start, natural_stop = self.times()
        lines = (self.run.get("logs") or {}).get(container) or []
        duration = (natural_stop - natural_start) if natural_stop is not None else 0
        end = stopped if stopped is not None else now
        return [(t, line) for t, line in spread(lines, started, duration) if t <= min(now, end)]


class Job:
    def __init__(self, world, queue, job_id, name, definition, run, static_status=None):
        self.seq = world.next_seq()
        self.id, self.name, self.queue = job_id, name, queue
        self.definition, self.run = definition, run or {}
        self.static_status = static_status
        self.created = time.time()
        self.terminated = None  # (time, reason) after TerminateJob

    def state(self, now):
        """status, statusReason, startedAt, stoppedAt, exitCode."""
        if self.static_status:
            status, reason, exit_code = self.static_status, None, None
            started = self.created if status in ("STARTING", "RUNNING") + BATCH_ENDED else None
            stopped = self.created if status in BATCH_ENDED else None
        else:
            started = self.created + (self.run.get("pending") or 0)
            running = self.run.get("running")
            stopped = started + running if running is not None else None
            exit_code = self.run.get("exit_code", 0)
            reason = None
            if now < started:
                status, started, stopped, exit_code = "RUNNABLE", None, None, None
            elif stopped is None or now < stopped:
                status, stopped, exit_code = "RUNNING", None, None
            elif exit_code == 0:
                status = "SUCCEEDED"
            else:
                status, reason = "FAILED", "Essential container in task exited"
        if self.terminated and (stopped is None or self.terminated[0] < stopped):
            status, reason, stopped, exit_code = "FAILED", self.terminated[1], self.terminated[0], None
            if started is not None and started > stopped:
                started = None
        return status, reason, started, stopped, exit_code

    def stream(self):
        return "%s/default/%s" % (self.definition.split(":")[0], self.id) if self.definition else None

    def describe(self, now, summary=False):
        status, reason, started, stopped, exit_code = self.state(now)
        job = {"jobId": self.id, "jobName": self.name, "jobArn": arn("batch", "job/" + self.id),
               "status": status, "createdAt": ms(self.created)}
        if not summary:
            job["jobQueue"] = arn("batch", "job-queue/" + self.queue)
        if self.definition:
            job["jobDefinition"] = arn("batch", "job-definition/" + self.definition)
        if reason is not None:
            job["statusReason"] = reason
        if started is not None:
            job["startedAt"] = ms(started)
        if stopped is not None:
            job["stoppedAt"] = ms(stopped)
        container = {}
        if exit_code is not None:
            container["exitCode"] = exit_code
        if started is not None and self.stream() and not summary:
            container["logStreamName"] = self.stream()
        if status == "FAILED" and reason is not None and exit_code is None:
            container["reason"] = reason
        job["container"] = container
        return job

    def log_events(self, now):
        status, _, started, stopped, _ = self.state(now)
        if started is None:
            return None
        running = self.run.get("running") or 0
        end = stopped if stopped is not None else now
        lines = spread(self.run.get("logs") or [], started, running)
        return [(t, line) for t, line in lines if t <= min(now, end)]


class World:
    """The whole scripted state, behind one lock."""

    def __init__(self, script):
        self.lock = threading.Lock()
        self.seq = 0
        self.page_size = script.get("page_size", 100)
        self.runs = script.get("runs", {})
        self.task_definitions = {}
        for key, td in script.get("task_definitions", {}).items():
            self.add_task_definition(key, td.get("containers"))
        for key, run in self.runs.items():  # a run without a definition: containers from its script
            if self.find_task_definition(key, must=False) is None:
                names = sorted(set(run.get("exit_codes", {})) | set(run.get("logs", {})))
                names = names or [key.split(":")[0]]
                self.add_task_definition(key, [{"name": n, "essential": True} for n in names])
        self.tasks = []
        for entry in script.get("tasks", []):
            td = self.find_task_definition(entry.get("task_definition", "default"), must=False) \
                or self.add_task_definition(entry.get("task_definition", "default"), None)
            for _ in range(entry.get("count", 1)):
                self.tasks.append(Task(self, entry.get("cluster", "default"), td, None,
                                       entry.get("group", "family:" + td["family"]), entry.get("started_by"),
                                       static_status=entry.get("last_status", "RUNNING")))
        batch = script.get("batch", {})
        self.batch_runs = batch.get("runs", {})
        self.jobs = []
        for queue, jobs in batch.get("queues", {}).items():
            for j in jobs:
                self.jobs.append(Job(self, queue, j.get("job_id") or str(uuid.uuid4()),
                                     j.get("job_name", "job"), j.get("job_definition"), None,
                                     static_status=j.get("status", "RUNNING")))
        self.iot = {}
        for job_id, executions in script.get("iot", {}).get("jobs", {}).items():
            self.iot[job_id] = [{"seq": self.next_seq(), "thing": e["thing"],
                                 "status": e.get("status", "QUEUED"),
                                 "queued": time.time(), "updated": time.time(), "version": 1}
                                for e in executions]
        self.executions = {}
        for execution_arn, e in script.get("sagemaker", {}).get("executions", {}).items():
            self.executions[execution_arn] = {"status": e.get("status", "Executing"),
                                              "stopping": e.get("stopping", 0), "stop_at": None,
                                              "created": time.time()}

    def next_seq(self):
        self.seq += 1
        return self.seq

    # ---- ECS
    def add_task_definition(self, key, containers):
        family, _, revision = key.partition(":")
        revision = int(revision or 1)
        td = {"family": family, "revision": revision,
              "containers": containers or [{"name": family, "essential": True}],
              "arn": arn("ecs", "task-definition/%s:%d" % (family, revision)), "key": key}
        self.task_definitions["%s:%d" % (family, revision)] = td
        return td

    def find_task_definition(self, name, must=True):
        name = last_segment(name) if name.startswith("arn:") else name
        td = self.task_definitions.get(name)
        if td is None and ":" not in name:
            revisions = [t for t in self.task_definitions.values() if t["family"] == name]
            td = max(revisions, key=lambda t: t["revision"]) if revisions else None
        if td is None and must:
            raise Fault(400, "ClientException", "Unable to describe task definition.")
        return td

    def run_of(self, td):
        key = "%s:%d" % (td["family"], td["revision"])
        return self.runs.get(key) or self.runs.get(td["key"]) or self.runs.get(td["family"])

    def find_task(self, cluster, ref):
        task_id = last_segment(ref)
        for t in self.tasks:
            if t.id == task_id and t.cluster == cluster and (not ref.startswith("arn:") or ref == t.arn):
                return t
        return None


def cluster_name(body):
    c = body.get("cluster") or "default"
    return last_segment(c) if c.startswith("arn:") else c


def ecs_run_task(w, body, now):
    cluster = cluster_name(body)
    td = w.find_task_definition(body.get("taskDefinition") or "", must=False)
    if td is None:
        raise Fault(400, "ClientException", "Unable to find task definition")
    run = w.run_of(td) or {}
    if run.get("failures"):
        failures = []
        for f in run["failures"]:
            failure = dict(f)
            failure.setdefault("arn", arn("ecs", "cluster/" + cluster))
            failures.append(failure)
        return {"tasks": [], "failures": failures}
    tasks = []
    for _ in range(body.get("count") or 1):
        t = Task(w, cluster, td, run, body.get("group") or "family:" + td["family"], body.get("startedBy"),
                 overrides=body.get("overrides"))
        w.tasks.append(t)
        tasks.append(t.describe(now))
    return {"tasks": tasks, "failures": []}


def ecs_describe_tasks(w, body, now):
    refs = body.get("tasks") or []
    if not refs:
        raise Fault(400, "InvalidParameterException", "Tasks cannot be empty.")
    if len(refs) > MAX_DESCRIBE:
        raise Fault(400, "InvalidParameterException", "Tasks cannot be longer than 100")
    cluster = cluster_name(body)
    tasks, failures = [], []
    for ref in refs:
        t = w.find_task(cluster, ref)
        if t:
            tasks.append(t.describe(now))
        else:
            failures.append({"arn": ref, "reason": "MISSING"})
    return {"tasks": tasks, "failures": failures}


def ecs_list_tasks(w, body, now):
    cluster = cluster_name(body)
    desired = body.get("desiredStatus") or "RUNNING"
    if desired not in ("RUNNING", "PENDING", "STOPPED"):
        raise Fault(400, "InvalidParameterException", "Invalid desiredStatus")
    family, service, started_by = body.get("family"), body.get("serviceName"), body.get("startedBy")
    # ECS: "When you specify startedBy as the filter, it must be the only filter that you use"
    if started_by and (family or service):
        raise Fault(400, "InvalidParameterException", "cannot specify startedBy with other arguments")
    if service and service.startswith("arn:"):
        service = last_segment(service)
    matching = []
    for t in w.tasks:
        if t.cluster != cluster or (family and t.td["family"] != family):
            continue
        if (service and t.group != "service:" + service) or (started_by and t.started_by != started_by):
            continue
        stopped = t.state(now)[0] == "STOPPED"
        # desiredStatus PENDING matches nothing: a task's desiredStatus is RUNNING or STOPPED
        if desired != "PENDING" and stopped == (desired == "STOPPED"):
            matching.append((t.seq, t.arn))
    limit = min(body.get("maxResults") or w.page_size, w.page_size)
    arns, token = page(matching, body.get("nextToken"), limit)
    out = {"taskArns": arns}
    if token:
        out["nextToken"] = token
    return out


def ecs_stop_task(w, body, now):
    t = w.find_task(cluster_name(body), body.get("task") or "")
    if t is None:
        raise Fault(400, "InvalidParameterException", "The referenced task was not found.")
    if t.state(now)[0] != "STOPPED":
        t.user_stop = (now, body.get("reason", "Task stopped by user"))
    return {"task": t.describe(now)}


def ecs_describe_task_definition(w, body, now):
    td = w.find_task_definition(body.get("taskDefinition") or "")
    containers = []
    for c in td["containers"]:
        d = {"name": c["name"], "essential": c.get("essential", True)}
        log = c.get("log")
        if log:
            d["logConfiguration"] = {"logDriver": "awslogs", "options": {
                "awslogs-group": log.get("group"), "awslogs-stream-prefix": log.get("prefix"),
                "awslogs-region": log.get("region", REGION)}}
        containers.append(d)
    return {"taskDefinition": {"taskDefinitionArn": td["arn"], "family": td["family"],
                               "revision": td["revision"], "status": "ACTIVE",
                               "containerDefinitions": containers}}


# ---- CloudWatch Logs
def logs_find_stream(w, group, stream, now):
    """The stream's visible (time, line) events; raises ResourceNotFoundException."""
    known_group = group == BATCH_LOG_GROUP
    for td in w.task_definitions.values():
        for c in td["containers"]:
            if (c.get("log") or {}).get("group") == group:
                known_group = True
    if not known_group:
        raise Fault(400, "ResourceNotFoundException", "The specified log group does not exist.")
    events = None
    if group == BATCH_LOG_GROUP:
        for j in w.jobs:
            if j.stream() == stream:
                events = j.log_events(now)
    else:
        for t in w.tasks:
            for c in t.td["containers"]:
                log = c.get("log")
                name = log and "%s/%s/%s" % (log.get("prefix"), c["name"], t.id)
                if log and log.get("group") == group and name == stream:
                    events = t.log_events(c["name"], now)
    if events is None:
        raise Fault(400, "ResourceNotFoundException", "The specified log stream does not exist.")
    return events


def logs_get_log_events(w, body, now):
    group = body.get("logGroupName") or body.get("logGroupIdentifier") or ""
    if group.startswith("arn:"):
        group = group.split(":log-group:", 1)[-1]
    events = logs_find_stream(w, group, body.get("logStreamName") or "", now)
    start, end = body.get("startTime"), body.get("endTime")
    events = [(t, line) for t, line in events
              if (start is None or ms(t) >= start) and (end is None or ms(t) < end)]
    limit = body.get("limit") or 10000
    token = body.get("nextToken")
    if token:
        direction, _, index = token.partition("/")
        if direction not in ("f", "b") or not index.isdigit():
            raise Fault(400, "InvalidParameterException", "The specified nextToken is invalid.")
        index = min(int(index), len(events))
    else:
        direction = "f" if body.get("startFromHead") else "b"
        index = 0 if direction == "f" else len(events)
    if direction == "f":
        first, last = index, min(index + limit, len(events))
    else:
        first, last = max(0, index - limit), index
    out = [{"timestamp": ms(t), "message": line, "ingestionTime": ms(t)} for t, line in events[first:last]]
    return {"events": out, "nextForwardToken": "f/%d" % last, "nextBackwardToken": "b/%d" % first}


# ---- Batch
def batch_find_run(w, definition):
    name = last_segment(definition) if definition.startswith("arn:") else definition
    if name in w.batch_runs:
        return name, w.batch_runs[name]
    if ":" not in name:  # a bare name: its latest revision
        revisions = [k for k in w.batch_runs if k.split(":")[0] == name]
        if revisions:
            key = max(revisions, key=lambda k: int(k.partition(":")[2] or 0))
            return key, w.batch_runs[key]
    raise Fault(400, "ClientException", "Job definition %s does not exist" % definition)


def batch_queue_name(value):
    return last_segment(value) if value.startswith("arn:") else value


def batch_submit_job(w, body, now):
    if not body.get("jobName") or not body.get("jobQueue") or not body.get("jobDefinition"):
        raise Fault(400, "ClientException", "jobName, jobQueue and jobDefinition are required")
    definition, run = batch_find_run(w, body["jobDefinition"])
    job = Job(w, batch_queue_name(body["jobQueue"]), str(uuid.uuid4()), body["jobName"], definition, run)
    w.jobs.append(job)
    return {"jobArn": arn("batch", "job/" + job.id), "jobName": job.name, "jobId": job.id}


def batch_describe_jobs(w, body, now):
    ids = body.get("jobs") or []
    if len(ids) > MAX_DESCRIBE:
        raise Fault(400, "ClientException", "jobs cannot be longer than 100")
    by_id = {j.id: j for j in w.jobs}
    return {"jobs": [by_id[i].describe(now) for i in ids if i in by_id]}  # unknown ids are left out


def batch_list_jobs(w, body, now):
    queue = batch_queue_name(body.get("jobQueue") or "")
    status = body.get("jobStatus") or "RUNNING"
    matching = [(j.seq, j.describe(now, summary=True)) for j in w.jobs
                if j.queue == queue and j.state(now)[0] == status]
    limit = min(body.get("maxResults") or w.page_size, w.page_size)
    jobs, token = page(matching, body.get("nextToken"), limit)
    out = {"jobSummaryList": jobs}
    if token:
        out["nextToken"] = token
    return out


def batch_terminate_job(w, body, now):
    job = next((j for j in w.jobs if j.id == body.get("jobId")), None)
    if job is None:
        raise Fault(400, "ClientException", "Job %s not found" % body.get("jobId"))
    if not body.get("reason"):
        raise Fault(400, "ClientException", "reason is required")
    if job.state(now)[0] not in BATCH_ENDED:  # ended jobs stay as they ended, as AWS does
        job.terminated = (now, body["reason"])
    return {}


# ---- IoT
def iot_list_executions(w, job_id, query, now):
    if job_id not in w.iot:
        raise Fault(404, "ResourceNotFoundException", "Job %s does not exist" % job_id)
    status = query.get("status")
    matching = []
    for e in w.iot[job_id]:
        if status and e["status"] != status:
            continue
        summary = {"status": e["status"], "executionNumber": 1, "queuedAt": e["queued"],
                   "lastUpdatedAt": e["updated"]}
        if e["status"] != "QUEUED":
            summary["startedAt"] = e["queued"]
        matching.append((e["seq"], {"thingArn": arn("iot", "thing/" + e["thing"]),
                                    "jobExecutionSummary": summary}))
    try:
        limit = min(int(query.get("maxResults") or w.page_size), w.page_size)
    except ValueError:
        raise Fault(400, "InvalidRequestException", "maxResults must be a number")
    summaries, token = page(matching, query.get("nextToken"), limit)
    out = {"executionSummaries": summaries}
    if token:
        out["nextToken"] = token
    return out


def iot_cancel_execution(w, thing, job_id, query, body, now):
    e = next((e for e in w.iot.get(job_id, []) if e["thing"] == thing), None)
    if e is None:
        raise Fault(404, "ResourceNotFoundException", "No job execution of %s on %s" % (job_id, thing))
    expected = body.get("expectedVersion")
    if expected is not None and expected != e["version"]:
        raise Fault(409, "VersionConflictException", "The expected version does not match")
    force = query.get("force") == "true"
    if e["status"] == "QUEUED" or (e["status"] == "IN_PROGRESS" and force):
        e["status"], e["updated"], e["version"] = "CANCELED", now, e["version"] + 1
        return None  # AWS answers 200 with an empty body
    if e["status"] == "IN_PROGRESS":
        raise Fault(409, "InvalidStateTransitionException",
                    "Cannot cancel an IN_PROGRESS job execution without force")
    raise Fault(409, "InvalidStateTransitionException", "Job execution is already %s" % e["status"])


# ---- SageMaker
def sagemaker_status(e, now):
    if e["stop_at"] is None:
        return e["status"]
    return "Stopping" if now < e["stop_at"] + e["stopping"] else "Stopped"


def sagemaker_find(w, body):
    execution_arn = body.get("PipelineExecutionArn")
    e = w.executions.get(execution_arn)
    if e is None:
        raise Fault(400, "ResourceNotFound", "Pipeline execution %s does not exist" % execution_arn)
    return execution_arn, e


def sagemaker_stop(w, body, now):
    execution_arn, e = sagemaker_find(w, body)
    status = sagemaker_status(e, now)
    if status == "Executing":
        e["stop_at"] = now
    elif status != "Stopping":
        raise Fault(400, "ConflictException",
                    "Pipeline execution %s is not in a stoppable state" % execution_arn)
    return {"PipelineExecutionArn": execution_arn}


def sagemaker_describe(w, body, now):
    execution_arn, e = sagemaker_find(w, body)
    status = sagemaker_status(e, now)
    modified = e["stop_at"] + e["stopping"] if status == "Stopped" else (e["stop_at"] or e["created"])
    return {"PipelineArn": execution_arn.split("/execution/")[0], "PipelineExecutionArn": execution_arn,
            "PipelineExecutionStatus": status, "CreationTime": e["created"],
            "LastModifiedTime": modified}


JSON_OPERATIONS = {
    ("ecs", "RunTask"): ecs_run_task, ("ecs", "DescribeTasks"): ecs_describe_tasks,
    ("ecs", "ListTasks"): ecs_list_tasks, ("ecs", "StopTask"): ecs_stop_task,
    ("ecs", "DescribeTaskDefinition"): ecs_describe_task_definition,
    ("logs", "GetLogEvents"): logs_get_log_events,
    ("sagemaker", "StopPipelineExecution"): sagemaker_stop,
    ("sagemaker", "DescribePipelineExecution"): sagemaker_describe,
}
BATCH_OPERATIONS = {
    "/v1/submitjob": ("SubmitJob", batch_submit_job),
    "/v1/describejobs": ("DescribeJobs", batch_describe_jobs),
    "/v1/listjobs": ("ListJobs", batch_list_jobs),
    "/v1/terminatejob": ("TerminateJob", batch_terminate_job),
}


def identify(method, path, headers):
    """(service, operation, handler(world, body, query, now)) or (service or None, None, None)."""
    target = headers.get("x-amz-target")
    if target:
        prefix, _, op = target.partition(".")
        service = TARGETS.get(prefix)
        fn = JSON_OPERATIONS.get((service, op))
        return service, op, fn and (lambda w, body, query, now: fn(w, body, now))
    if path in BATCH_OPERATIONS and method == "POST":
        op, fn = BATCH_OPERATIONS[path]
        return "batch", op, lambda w, body, query, now: fn(w, body, now)
    parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
    if method == "GET" and len(parts) == 3 and parts[0] == "jobs" and parts[2] == "things":
        return "iot", "ListJobExecutionsForJob", \
            lambda w, body, query, now: iot_list_executions(w, parts[1], query, now)
    if method == "PUT" and len(parts) == 5 and parts[0] == "things" and parts[2] == "jobs" and parts[4] == "cancel":
        return "iot", "CancelJobExecution", \
            lambda w, body, query, now: iot_cancel_execution(w, parts[1], parts[3], query, body, now)
    return ("batch" if path.startswith("/v1/") else None), None, None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

    def log_message(self, *args):
        pass

    def send_json(self, status, obj, error_type=None):
        data = json.dumps(obj).encode("utf-8") if obj is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if self.rest else "application/x-amz-json-1.1")
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        if error_type:
            self.send_header("x-amzn-ErrorType", error_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def fail(self, status, code, message):
        # awsJson1_1: the code in the body; restJson1: in x-amzn-ErrorType, the body {message}
        if self.rest:
            self.send_json(status, {"message": message}, code)
        else:
            self.send_json(status, {"__type": code, "message": message})

    def handle_any(self):
        server = self.server
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        lower = {k.lower(): v for k, v in headers.items()}
        path, _, query_string = self.path.partition("?")
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(query_string, keep_blank_values=True).items()}
        service, operation, handler = identify(self.command, path, lower)
        self.rest = service in ("batch", "iot") or (service is None and "x-amz-target" not in lower)
        try:
            body = json.loads(raw) if raw.strip() else {}
        except ValueError:
            body = None
        check = verify(self.command, "http://" + lower.get("host", "127.0.0.1") + self.path, headers, raw)
        # signed for the service it calls (ecs, logs, batch, iot, sagemaker), not just signed
        valid = bool(check.get("valid")) and (service is None or check.get("service") == service)
        entry = {"service": service, "operation": operation, "method": self.command, "path": path,
                 "query": query, "body": body if isinstance(body, dict) else {}, "signature_valid": valid}
        with server.world.lock:
            with open(server.log, "a") as f:
                f.write(json.dumps(entry) + "\n")
        if not valid:
            reason = check.get("reason") or ("signed for %s, not %s" % (check.get("service"), service)
                                             if check.get("valid") else "signature mismatch")
            message = "The request signature we calculated does not match the signature you provided (%s)" % reason
            self.send_json(403, {"__type": "InvalidSignatureException", "message": message},
                           "InvalidSignatureException")
            return
        if handler is None:
            self.send_json(400, {"__type": "UnknownOperationException", "message": "Unknown operation %s %s" % (
                self.command, operation or path)}, "UnknownOperationException")
            return
        if not isinstance(body, dict):
            self.fail(400, "SerializationException", "The request body is not a JSON object")
            return
        try:
            with server.world.lock:
                out = handler(server.world, body, query, time.time())
        except Fault as fault:
            self.fail(fault.status, fault.code, fault.message)
            return
        except Exception:  # a bug in the fake: an answer, and the traceback on stderr
            traceback.print_exc()
            self.fail(500, "InternalFailure", "fake_jobs.py failed; see its stderr")
            return
        self.send_json(200, out)

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


def main():
    script_path, log_path = sys.argv[1], sys.argv[2]
    with open(script_path) as f:
        script = json.load(f)
    ThreadingHTTPServer.request_queue_size = 128  # bursts from concurrent stop-all
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.world = World(script)
    server.log = log_path
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    threading.Timer(600, lambda: os._exit(0)).start()  # never outlive a test run by much
    print(server.server_address[1], flush=True)
    server.serve_forever(poll_interval=0.2)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""botocore's answer to endpoint questions, for spec/endpoints_botocore_spec.lua. Never sends.

  python3 botocore_endpoints.py --partitions   -> {"<partition id>": [regions of partitions.json]}
  python3 botocore_endpoints.py < questions     -> answers (JSON on stdout)

questions: {"cases": [case...], "calls": [call...]}
  case: {"service": "ecs", "options": {"region", "use_fips_endpoint", "use_dualstack_endpoint",
         "endpoint"}, "env": {"AWS_REGION": ...}}: a client made as the options and environment
         say (fake credentials); one operation prepared and signed, then stopped before sending.
         Answer: {"endpoint" (the rule set's URL), "url" (the request's), "signing_region",
         "signing_name"} or {"error": "<class>: <message>"}.
  call: {"fn": "parseURL", "argv": [...]}: botocore's rule-set standard library function.
         Answer: {"value": result} or {"error": message}.
"""
import json
import os
import re
import sys

import botocore.session
from botocore.config import Config
from botocore.endpoint_provider import RuleSetStandardLibrary
from botocore.loaders import create_loader

OPERATIONS = {"ecs": "ListClusters", "batch": "DescribeJobQueues", "iot": "ListThings",
              "sagemaker": "ListPipelines", "logs": "DescribeLogGroups", "sts": "GetCallerIdentity"}
BASE_ENV = {"AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
            "AWS_EC2_METADATA_DISABLED": "true"}
LOADER = create_loader()  # shared by every session: the models are read once


class Stop(Exception):
    """Raised from before-send: the request is recorded, not sent."""


def set_env(env):
    for k in list(os.environ):
        if k.startswith("AWS_"):
            del os.environ[k]
    os.environ.update(BASE_ENV)
    os.environ.update(env or {})


def answer_case(case):
    set_env(case.get("env"))
    opts = case.get("options", {})
    session = botocore.session.Session()
    session.register_component("data_loader", LOADER)
    config = {k: opts[k] for k in ("use_fips_endpoint", "use_dualstack_endpoint") if k in opts}
    seen = {}

    def record(request, **_):
        seen["url"] = request.url
        seen["auth"] = request.headers.get("Authorization", b"")
        raise Stop()

    try:
        client = session.create_client(case["service"], region_name=opts.get("region"),
                                       endpoint_url=opts.get("endpoint"), config=Config(**config),
                                       aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="SECRET")
        client.meta.events.register("before-send", record)
        op = OPERATIONS[case["service"]]
        try:
            client._make_api_call(op, {})
        except Stop:
            pass
        endpoint = client._ruleset_resolver.construct_endpoint(client.meta.service_model.operation_model(op), {}, {})
    except Exception as e:  # every botocore failure is an answer here
        return {"error": "%s: %s" % (type(e).__name__, e)}
    auth = seen["auth"].decode() if isinstance(seen["auth"], bytes) else seen["auth"]
    m = re.search(r"Credential=[^/]+/\d+/([^/]+)/([^/]+)/aws4_request", auth)
    if not m:
        return {"url": seen["url"], "error": "unsigned or unreadable Authorization: %r" % auth}
    return {"endpoint": endpoint.url, "url": seen["url"], "signing_region": m.group(1), "signing_name": m.group(2)}


def answer_call(lib, call):
    try:
        return {"value": lib.call_function({"fn": call["fn"], "argv": call["argv"]}, {})}
    except Exception as e:
        return {"error": "%s: %s" % (type(e).__name__, e)}


def partitions_data():
    return LOADER.load_data("partitions")


def main():
    if sys.argv[1:] == ["--partitions"]:
        data = partitions_data()
        json.dump({p["id"]: sorted(p["regions"]) for p in data["partitions"]}, sys.stdout)
        return
    questions = json.load(sys.stdin)
    lib = RuleSetStandardLibrary(partitions_data())
    out = {"cases": [answer_case(c) for c in questions.get("cases", [])],
           "calls": [answer_call(lib, c) for c in questions.get("calls", [])]}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

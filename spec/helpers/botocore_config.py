#!/usr/bin/env python3
"""What botocore makes of a shared configuration, for the specs to compare awsjobs with.

Usage: botocore_config.py CASES.json | botocore_config.py --profiles CONFIG_FILE
CASES is a list of {"env": {...}, "client": "ecs", "endpoint": URL or null}. For each case,
with exactly those environment variables (HOME pointed at an empty place), prints one JSON
line: the client's endpoint URL, the session's settings, and the access key of the
credentials it finds; or {"error": "..."} where botocore raises.
With --profiles: the config file's profiles, sso_sessions and services as botocore's
configloader parses them, or {"error": ...}.
"""
import json
import os
import sys
import tempfile

import botocore.configloader
import botocore.session

SETTINGS = {
    "max_attempts": "max_attempts", "retry_mode": "retry_mode", "ca_bundle": "ca_bundle",
    "use_fips_endpoint": "use_fips_endpoint", "use_dualstack_endpoint": "use_dualstack_endpoint",
    "sdk_ua_app_id": "user_agent_appid", "metadata_service_timeout": "metadata_service_timeout",
    "metadata_service_num_attempts": "metadata_service_num_attempts",
    "ec2_metadata_v1_disabled": "ec2_metadata_v1_disabled",
    "ignore_configured_endpoint_urls": "ignore_configured_endpoint_urls",
}


def run(case, home):
    os.environ.clear()
    os.environ.update({"HOME": home, "PATH": "/usr/bin:/bin"})
    os.environ.update(case.get("env", {}))
    session = botocore.session.Session(profile=case.get("profile"))
    out = {}
    try:
        out["settings"] = {ours: session.get_config_variable(theirs) for ours, theirs in SETTINGS.items()}
        if case.get("client"):
            client = session.create_client(case["client"], region_name="us-east-1",
                                           endpoint_url=case.get("endpoint"),
                                           aws_access_key_id="x", aws_secret_access_key="y")
            out["endpoint_url"] = client.meta.endpoint_url
        if case.get("credentials"):
            creds = session.get_credentials()
            out["access_key"] = creds and creds.access_key
    except Exception as e:  # what botocore raises is the answer
        return {"error": "%s: %s" % (type(e).__name__, e)}
    return out


def profiles(path):
    try:
        parsed = botocore.configloader.load_config(path)
    except Exception as e:
        return {"error": type(e).__name__}
    return {k: parsed[k] for k in ("profiles", "sso_sessions", "services")}


def main():
    if sys.argv[1] == "--profiles":
        print(json.dumps(profiles(sys.argv[2])))
        return
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    with tempfile.TemporaryDirectory() as home:
        for case in cases:
            print(json.dumps(run(case, home)), flush=True)


if __name__ == "__main__":
    main()

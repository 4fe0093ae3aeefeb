"""Whole StopTask calls per second through one boto3 client against the local stub.

Usage: call_boto3.py URL [seconds]; prints "boto3.stop_task <calls/s wall> <CPU us/call>"."""
import sys
import time

import boto3


def main():
    url = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    ecs = boto3.client("ecs", region_name="us-east-1", endpoint_url=url,
                       aws_access_key_id="AKIDEXAMPLE",
                       aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    params = dict(cluster="default", reason="done",
                  task="arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef")
    assert ecs.stop_task(**params)["task"]["stoppedReason"] == "done"
    for _ in range(200):  # warm up
        ecs.stop_task(**params)
    n = 0
    wall0, cpu0 = time.monotonic(), time.process_time()
    while time.monotonic() - wall0 < seconds:
        for _ in range(100):
            ecs.stop_task(**params)
        n += 100
    wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    print("boto3.stop_task %.0f %.3f" % (n / wall, cpu / n * 1e6))


main()

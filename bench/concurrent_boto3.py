"""N StopTask calls with C in flight: a C-thread pool over one boto3 client (clients are
thread-safe), with as many pooled connections. Usage: concurrent_boto3.py URL [N] [C];
prints "boto3.threads <calls/s wall> <CPU us/call>"."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config


def main():
    url = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    c = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    ecs = boto3.client("ecs", region_name="us-east-1", endpoint_url=url,
                       aws_access_key_id="AKIDEXAMPLE",
                       aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                       config=Config(max_pool_connections=c))
    tasks = ["arn:aws:ecs:us-east-1:123456789012:task/default/%032x" % i for i in range(n)]

    def stop(arn):
        return ecs.stop_task(cluster="default", task=arn, reason="done")

    with ThreadPoolExecutor(max_workers=c) as pool:
        list(pool.map(stop, tasks[:c]))  # warm up: one connection per thread
        wall0, cpu0 = time.monotonic(), time.process_time()
        results = list(pool.map(stop, tasks))
        wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    assert all(r["task"]["stoppedReason"] == "done" for r in results)
    print("boto3.threads %.0f %.3f" % (n / wall, cpu / n * 1e6))


main()

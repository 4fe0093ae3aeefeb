"""N StopTask calls from a C-thread pool over one boto3 client in retry mode "adaptive",
against the throttling stub (spec/fakes/throttle_stub.py); the stub's counts are read by
bench/throttle.sh. Usage: throttle_boto3.py URL [N] [C]; prints "boto3.adaptive <failed items> <wall s>"."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def main():
    url = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    c = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    ecs = boto3.client("ecs", region_name="us-east-1", endpoint_url=url,
                       aws_access_key_id="AKIDEXAMPLE",
                       aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                       config=Config(max_pool_connections=c, retries={"mode": "adaptive"}))
    tasks = ["arn:aws:ecs:us-east-1:123456789012:task/default/%032x" % i for i in range(n)]

    def stop(arn):
        try:
            ecs.stop_task(cluster="default", task=arn, reason="done")
            return True
        except ClientError:
            return False

    wall0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=c) as pool:
        results = list(pool.map(stop, tasks))
    wall = time.monotonic() - wall0
    print("boto3.adaptive %d %.2f" % (results.count(False), wall))


main()

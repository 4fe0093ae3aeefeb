"""Signatures per second through botocore's SigV4Auth.add_auth on the StopTask request.

A fresh AWSRequest per signature, as botocore makes one per call. Prints
"botocore.add_auth <rate> <us/op>"."""
import sys
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = ('{"cluster":"default","task":"arn:aws:ecs:us-east-1:123456789012:task/default/'
        '0123456789abcdef0123456789abcdef","reason":"done"}')
HEADERS = {
    "Content-Type": "application/x-amz-json-1.1",
    "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.StopTask",
}


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    auth = SigV4Auth(Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                     "ecs", "us-east-1")
    url = "https://ecs.us-east-1.amazonaws.com/"
    n = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for _ in range(1000):
            auth.add_auth(AWSRequest(method="POST", url=url, headers=dict(HEADERS), data=BODY))
        n += 1000
    elapsed = time.process_time() - start
    print("botocore.add_auth %.0f %.3f" % (n / elapsed, elapsed / n * 1e6))


main()

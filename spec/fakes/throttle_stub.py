#!/usr/bin/env python3
"""An ECS endpoint on 127.0.0.1 that throttles above a fixed rate, for the adaptive retry
spec and benchmark.

Usage: throttle_stub.py [RATE [BURST [LIFETIME]]]   (defaults: 50 requests/s, burst 5, 600 s)
Answers awsJson 1.1 StopTask calls: 200 with the task while its token bucket (RATE tokens a
second, at most BURST) has a token, else 400 ThrottlingException, as ECS does.
GET /stats -> {"ok": N, "throttled": N, "other": N}; POST /reset zeroes the counts and
refills the bucket. Prints the port on stdout once listening; stops on SIGTERM or after
LIFETIME seconds.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TARGET = "AmazonEC2ContainerServiceV20141113.StopTask"
JSON_TYPE = "application/x-amz-json-1.1"


class Bucket:
    def __init__(self, rate, burst):
        self.rate, self.burst = rate, burst
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.tokens, self.last = float(self.burst), time.monotonic()
        self.counts = {"ok": 0, "throttled": 0, "other": 0}

    def take(self):
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens >= 1:
                self.tokens -= 1
                self.counts["ok"] += 1
                return True
            self.counts["throttled"] += 1
            return False

    def count_other(self):
        with self.lock:
            self.counts["other"] += 1


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type=JSON_TYPE):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-amzn-RequestId", "stub-%d" % threading.get_ident())
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        bucket = self.server.bucket
        if self.path == "/stats":
            with bucket.lock:
                counts = dict(bucket.counts)
            return self.answer(200, counts, "application/json")
        self.answer(404, {"message": "no such path"}, "application/json")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        bucket = self.server.bucket
        if self.path == "/reset":
            with bucket.lock:
                bucket.reset()
            return self.answer(200, {}, "application/json")
        if self.headers.get("X-Amz-Target") != TARGET:
            bucket.count_other()
            return self.answer(400, {"__type": "UnknownOperationException", "message": "only StopTask"})
        try:
            params = json.loads(raw or b"{}")
        except ValueError:
            bucket.count_other()
            return self.answer(400, {"__type": "SerializationException", "message": "bad JSON"})
        if not bucket.take():
            return self.answer(400, {"__type": "ThrottlingException", "message": "Rate exceeded"})
        self.answer(200, {"task": {"taskArn": params.get("task", ""), "clusterArn": params.get("cluster", ""),
                                   "lastStatus": "RUNNING", "desiredStatus": "STOPPED",
                                   "stoppedReason": params.get("reason", "")}})


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    burst = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    lifetime = float(sys.argv[3]) if len(sys.argv) > 3 else 600.0
    ThreadingHTTPServer.request_queue_size = 256  # 64 clients connect at once
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.bucket = Bucket(rate, burst)
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    time.sleep(lifetime)  # never outlive a run by much


main()

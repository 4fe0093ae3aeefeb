#!/usr/bin/env python3
"""A stand-in for the ECS/EKS container credentials endpoint on 127.0.0.1, for the herd specs.

Usage: fake_container_creds.py [--delay SECONDS] [--expires-in SECONDS]
Every GET (any path but /count) is one credentials fetch: it waits --delay (default 0.05),
then answers {AccessKeyId, SecretAccessKey, Token, Expiration} with Expiration --expires-in
seconds from now (default 6 hours) and the token "token-N" for the N-th fetch.
GET /count answers the number of fetches so far, as text.
Prints the port on stdout once listening; stops on SIGTERM.
"""
import argparse
import datetime
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = "fake-secret-key/0123456789abcdefghijklmnop"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=float, default=0.05)
    ap.add_argument("--expires-in", type=float, default=6 * 3600)
    args = ap.parse_args()
    lock = threading.Lock()
    fetches = [0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def answer(self, body, ctype):
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/count":
                with lock:
                    n = fetches[0]
                self.answer(str(n), "text/plain")
                return
            with lock:
                fetches[0] += 1
                n = fetches[0]
            time.sleep(args.delay)
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=args.expires_in)
            self.answer(json.dumps({
                "AccessKeyId": "AKIDFAKE", "SecretAccessKey": SECRET, "Token": "token-%d" % n,
                "Expiration": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }), "application/json")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    sys.stdout.close()
    server.serve_forever()


if __name__ == "__main__":
    main()

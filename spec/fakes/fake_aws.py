#!/usr/bin/env python3
"""A scripted stand-in for an AWS endpoint on 127.0.0.1, for the specs.

Usage: fake_aws.py SCRIPT.json LOG.jsonl
SCRIPT is a list of responses served in turn (the last one repeats):
  {"status": 200, "headers": {...}, "body": "...", "delay": 0.5, "reset": true}
"reset" closes the connection without answering (a TCP reset); "delay" waits first;
"template" is a body with {{field}} filled from the request's JSON body, {{header:Name}}
from its headers and {{signature}} from its Authorization; "chunked" sends
the body with Transfer-Encoding: chunked, in pieces of that many bytes.
A script {"tls": {"cert": PATH, "key": PATH}, ...} serves HTTPS with that certificate.
Or {"routes": [...]}: each request gets the first route whose "method" and "path" match
(others 404); a route's "require_headers" {name: value or null} must be present (with that
value) or the answer is 401, as a metadata service insisting on its session token does.
Every request is appended to LOG as one JSON line: method, path, query, headers, body,
"in_flight" (requests being answered when it arrived, itself included),
and "signature": whether its SigV4 Authorization verifies under botocore's own signer
(an implementation independent of awsjobs) with the test credentials, plus the scope.
Prints the port on stdout once listening; stops on SIGTERM or after "max_requests".
"""
import json
import re
import socket
import ssl
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.compat import HTTPHeaders
from botocore.credentials import Credentials

SECRETS = {"AKIDFAKE": "fake-secret-key/0123456789abcdefghijklmnop"}


def verify(method, url, headers, body):
    try:
        return check_signature(method, url, headers, body)
    except Exception as e:  # a malformed header is a failed check, not a crashed fake
        return {"valid": False, "reason": "%s: %s" % (type(e).__name__, e)}


def check_signature(method, url, headers, body):
    auth = headers.get("authorization") or headers.get("Authorization")
    if not auth or not auth.startswith("AWS4-HMAC-SHA256 "):
        return {"valid": False, "reason": "no SigV4 Authorization header"}
    fields = dict(part.strip().split("=", 1) for part in auth[len("AWS4-HMAC-SHA256 "):].split(","))
    akid, date, region, service, _ = fields["Credential"].split("/")
    signed = fields["SignedHeaders"].split(";")
    secret = SECRETS.get(akid)
    if secret is None:
        return {"valid": False, "reason": "unknown access key", "service": service, "region": region}
    lower = {k.lower(): v for k, v in headers.items()}
    request = AWSRequest(method=method, url=url, data=body,
                         headers={name: lower.get(name, "") for name in signed})
    request.context["timestamp"] = lower.get("x-amz-date", "")
    signer = SigV4Auth(Credentials(akid, secret, lower.get("x-amz-security-token")), service, region)
    # Sign exactly the headers the client listed, as a server does.
    chosen = HTTPHeaders()
    for name in signed:
        chosen[name] = lower.get(name, "")
    signer.headers_to_sign = lambda req: chosen
    creq = signer.canonical_request(request)
    sts = signer.string_to_sign(request, creq)
    expected = signer.signature(sts, request)
    return {"valid": expected == fields["Signature"], "service": service, "region": region,
            "access_key_id": akid}


def route(routes, method, path, headers):
    lower = {k.lower(): v for k, v in headers.items()}
    for r in routes:
        if r.get("method", method) == method and r.get("path", path) == path:
            for name, value in r.get("require_headers", {}).items():
                got = lower.get(name.lower())
                if got is None or (value is not None and got != value):
                    return {"status": 401, "body": "missing or wrong " + name}
            return r
    return {"status": 404, "body": "no route"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

    def log_message(self, *args):
        pass

    def handle_any(self):
        # in_flight: requests being answered right now, this one included (logged with each)
        with self.server.lock:
            self.server.in_flight = getattr(self.server, "in_flight", 0) + 1
            self.in_flight = self.server.in_flight
        try:
            self.answer()
        finally:
            with self.server.lock:
                self.server.in_flight -= 1

    def answer(self):
        server = self.server
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        host = self.headers.get("Host", "127.0.0.1")
        path, _, query = self.path.partition("?")
        entry = {"method": self.command, "path": path, "query": query, "headers": headers,
                 "client_port": self.client_address[1], "in_flight": self.in_flight,
                 "body": body.decode("utf-8", "replace"),
                 "signature": verify(self.command, "http://" + host + self.path, headers, body)}
        with server.lock:
            index = min(server.count, len(server.script) - 1)
            server.count += 1
            with open(server.log, "a") as f:
                f.write(json.dumps(entry) + "\n")
        step = server.routes and route(server.routes, self.command, path, headers) or server.script[index]
        if step.get("delay"):
            time.sleep(step["delay"])
        if step.get("reset"):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        text = step.get("body", "")
        if step.get("template"):
            # {{field}}: the request body's JSON field, JSON-escaped (each caller its own answer);
            # {{header:Name}}: a request header, as a server that echoes the request would
            text = step["template"]
            sig = re.search(r"Signature=([0-9a-f]+)", self.headers.get("Authorization", ""))
            text = text.replace("{{signature}}", sig.group(1) if sig else "")
            for name in re.findall(r"\{\{header:([^}]+)\}\}", text):
                text = text.replace("{{header:%s}}" % name, json.dumps(self.headers.get(name, ""))[1:-1])
            try:
                fields = json.loads(body or b"{}")
            except ValueError:
                fields = {}
            for k, v in (fields.items() if isinstance(fields, dict) else []):
                text = text.replace("{{%s}}" % k, json.dumps(v)[1:-1] if isinstance(v, str) else json.dumps(v))
        data = text.encode("utf-8")
        self.send_response(step.get("status", 200))
        for k, v in step.get("headers", {}).items():
            self.send_header(k, v)
        piece = step.get("chunked")
        if piece:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(data), piece):
                chunk = data[i:i + piece]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
            return
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any


def main():
    script_path, log_path = sys.argv[1], sys.argv[2]
    with open(script_path) as f:
        script = json.load(f)
    ThreadingHTTPServer.request_queue_size = 128  # the default 5 drops bursts of connections
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.routes = script.get("routes") if isinstance(script, dict) else None
    server.script = (script.get("responses") or [{}]) if isinstance(script, dict) else script
    server.log = log_path
    server.count = 0
    server.lock = threading.Lock()
    tls = script.get("tls") if isinstance(script, dict) else None
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tls["cert"], tls["key"])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    deadline = time.time() + 300  # never outlive a test run by much
    server.timeout = 0.2
    while time.time() < deadline:
        server.handle_request()


if __name__ == "__main__":
    main()

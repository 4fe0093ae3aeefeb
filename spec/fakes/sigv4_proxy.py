#!/usr/bin/env python3
"""A signature-checking proxy for moto_server, which accepts any signature.

Usage: SIGV4_PROXY_CREDENTIALS="AKID:secret,AKID2:secret2" sigv4_proxy.py UPSTREAM_URL
Listens on 127.0.0.1 (a free port, printed as the first line on stdout). Each request's
SigV4 Authorization is verified with spec/fakes/fake_aws.py's check (botocore's own signer,
an implementation independent of awsjobs) under the given credentials; a valid request is
forwarded to UPSTREAM_URL as it came and moto's answer sent back. A wrong or missing
signature, or an unknown access key, gets 403 and an AWS-style error:
SignatureDoesNotMatch (XML) for query-protocol requests (STS), InvalidSignatureException
(JSON) for the others. Unsigned only: STS AssumeRoleWithWebIdentity and AssumeRoleWithSAML,
which AWS takes unsigned. Temporary credentials moto hands out (an AccessKeyId and
SecretAccessKey in an answer) are learnt, so requests signed with them verify too.
Every rejection is one line on stderr (method, path, reason; never a secret).
Stops on SIGTERM, or after 600 seconds.
"""
import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
UNSIGNED_ACTIONS = {"AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"}
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection",
              "te", "trailer", "upgrade"}


sys.path.insert(0, HERE)
import fake_aws  # noqa: E402  (its signature check; the server starts only when run as a script)
LEARNT = re.compile(rb"<AccessKeyId>([^<]+)</AccessKeyId>\s*<SecretAccessKey>([^<]+)</SecretAccessKey>")


def credentials_from_env():
    out = {}
    for pair in filter(None, os.environ.get("SIGV4_PROXY_CREDENTIALS", "").split(",")):
        akid, _, secret = pair.partition(":")
        out[akid] = secret
    return out


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reject(self, query_protocol, code, message):
        print("sigv4_proxy: %s %s refused: %s" % (self.command, self.path.split("?")[0], message),
              file=sys.stderr, flush=True)
        if query_protocol:
            body = ("<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>"
                    "<RequestId>sigv4-proxy</RequestId></ErrorResponse>" % (code, message)).encode()
            ctype = "text/xml"
        else:
            body = json.dumps({"__type": code, "message": message}).encode()
            ctype = "application/x-amz-json-1.1"
        self.send_response(403)
        self.send_header("Content-Type", ctype)
        self.send_header("x-amzn-ErrorType", code)
        self.send_header("x-amzn-RequestId", "sigv4-proxy")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        ctype = self.headers.get("Content-Type", "")
        query_protocol = ctype.startswith("application/x-www-form-urlencoded")
        if "Authorization" not in self.headers:
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace")) if query_protocol else {}
            if form.get("Action", [""])[0] not in UNSIGNED_ACTIONS:
                return self.reject(query_protocol, "MissingAuthenticationToken" if query_protocol
                                   else "MissingAuthenticationTokenException", "Request is missing Authentication Token")
        else:
            with self.server.lock:
                fake_aws.SECRETS = dict(self.server.secrets)
                check = fake_aws.verify(self.command, "http://" + self.headers.get("Host", "") + self.path,
                                           headers, body)
            if not check.get("valid"):
                if check.get("reason") == "unknown access key":
                    return self.reject(query_protocol, "InvalidClientTokenId" if query_protocol
                                       else "UnrecognizedClientException",
                                       "The security token included in the request is invalid.")
                return self.reject(query_protocol, "SignatureDoesNotMatch" if query_protocol
                                   else "InvalidSignatureException",
                                   "The request signature we calculated does not match the signature you provided.")
        self.forward(headers, body)

    def forward(self, headers, body):
        up = self.server.upstream
        conn = http.client.HTTPConnection(up.hostname, up.port, timeout=120)
        try:
            conn.request(self.command, self.path, body=body,
                         headers={k: v for k, v in headers.items() if k.lower() not in HOP_BY_HOP})
            resp = conn.getresponse()
            data = resp.read()
            status, resp_headers = resp.status, resp.getheaders()
        finally:
            conn.close()
        for akid, secret in LEARNT.findall(data):
            with self.server.lock:
                self.server.secrets[akid.decode()] = secret.decode()
        self.send_response(status)
        for k, v in resp_headers:
            if k.lower() not in HOP_BY_HOP and k.lower() not in ("server", "date"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = handle_any


def main():
    ThreadingHTTPServer.request_queue_size = 128  # the default 5 drops bursts of connections
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.upstream = urllib.parse.urlsplit(sys.argv[1])
    server.secrets = credentials_from_env()
    server.lock = threading.Lock()
    print(server.server_address[1], flush=True)
    server.timeout = 0.2
    deadline = time.time() + 600  # never outlive a test run by much
    while time.time() < deadline:
        server.handle_request()


if __name__ == "__main__":
    sys.exit(main())

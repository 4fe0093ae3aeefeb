#!/usr/bin/env python3
"""A forward HTTP proxy on 127.0.0.1 for the transport specs.

Usage: connect_proxy.py LOG
Prints its port on stdout once listening. A CONNECT host:port request opens a tunnel to
that target (127.0.0.1 only) and logs "connect host:port"; any other request (an absolute-
form target, http://host:port/path) is relayed to that host with the rest of the connection
and logs "forward <target>" (once per client connection). Stops on SIGTERM.
"""
import socket
import socketserver
import sys
import threading
import urllib.parse

LOG = None
_log_lock = threading.Lock()


def log(what, target):
    with _log_lock, open(LOG, "a") as f:
        f.write("%s %s\n" % (what, target))


def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        client = self.request
        client.settimeout(30)
        head = b""
        while b"\r\n\r\n" not in head and len(head) < 65536:
            data = client.recv(4096)
            if not data:
                return
            head += data
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            rest = head.split(b"\r\n\r\n", 1)[1]
        else:
            url = urllib.parse.urlsplit(target)
            host, port = url.hostname, url.port or 80
            rest = head
        if host != "127.0.0.1":
            client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = socket.create_connection((host, int(port)), timeout=30)
        if method == "CONNECT":
            log("connect", target)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            log("forward", target)
        if rest:
            upstream.sendall(rest)
        t = threading.Thread(target=pipe, args=(upstream, client), daemon=True)
        t.start()
        pipe(client, upstream)
        t.join(60)
        upstream.close()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    global LOG
    LOG = sys.argv[1]
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())

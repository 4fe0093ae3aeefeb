#!/usr/bin/env python3
"""A fault server for the transport specs: what a bad network or a broken server does.

Usage: fault_server.py
Listens on 127.0.0.1 (a free port, printed as the first line on stdout) and answers each
request by its path (the query string is ignored):
  /ok                   200 "ok" with Content-Length, kept alive; X-Connection: the serial
                        number of the TCP connection (pool specs count connections with it)
  /slow-body            Content-Length: 100, then the body at 1 byte a second
  /slow-headers         a status line, then one header line a second, never the blank line
  /endless-header       a header line that never ends, sent as fast as the client reads
  /many-headers         5000 header lines, then 200 "ok"
  /bad-chunk            chunked, with the chunk size "zz"
  /continue-then-200    100 Continue, then 200 "ok"
  /negative-length      Content-Length: -5
  /hex-length           Content-Length: 0x10
  /conflicting-length   two Content-Length headers that disagree
  /truncated            Content-Length: 100, 10 bytes, then the connection closes
  /garbage-status       a status line that is not HTTP
  /oversize-length      Content-Length: 4 MiB, and the body
  /oversize-chunked     4 MiB in 64 KiB chunks
  /reset                a TCP reset instead of an answer
  /ok-close             200 "ok" with Connection: close (the server then closes)
  /ok-http10            200 "ok" as HTTP/1.0 without keep-alive, the connection left open
  /connections          how many connections were accepted before this one's
  anything else         404 "no route", kept alive, with X-Connection (a client's calls)
  /ok-then-junk         200 "ok", then the bytes of a second, unasked answer ("stale"), the
                        connection left open: a client that pools it reads "stale" next
Every scripted stall stops after STALL_LIMIT seconds, so nothing outlives a spec for long.
Stops on SIGTERM.
"""
import os
import socket
import socketserver
import struct
import sys
import threading
import time

STALL_LIMIT = 60  # seconds any slow or endless answer goes on at most
BIG = 4 * 1024 * 1024

_serial_lock = threading.Lock()
_serial = [0]


def next_serial():
    with _serial_lock:
        _serial[0] += 1
        return _serial[0]


def read_request(rfile):
    """The request's path, and whether the client wants the connection kept; None at EOF."""
    line = rfile.readline(65536)
    if not line:
        return None
    parts = line.decode("latin-1").split()
    path = parts[1] if len(parts) > 1 else "/"
    length, keep = 0, True
    for _ in range(200):
        h = rfile.readline(65536)
        if h in (b"\r\n", b"\n", b""):
            break
        name, _, value = h.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "connection" and value.strip().lower() == "close":
            keep = False
    if length:
        rfile.read(length)
    if path.startswith("http://"):  # absolute form, through a proxy
        path = "/" + path.split("/", 3)[-1]
    # a client with the fault in its endpoint's path sends to "/fault/": the same fault
    return path.split("?", 1)[0].rstrip("/") or "/", keep


def slowly(wfile, pieces, every):
    deadline = time.monotonic() + STALL_LIMIT
    for p in pieces:
        if time.monotonic() > deadline:
            return
        wfile.write(p)
        wfile.flush()
        time.sleep(every)


def chunked(body, size):
    out = []
    for i in range(0, len(body), size):
        piece = body[i:i + size]
        out.append(b"%x\r\n" % len(piece) + piece + b"\r\n")
    out.append(b"0\r\n\r\n")
    return b"".join(out)


FAULTS = {"/slow-body", "/slow-headers", "/endless-header", "/many-headers", "/bad-chunk", "/continue-then-200",
          "/negative-length", "/hex-length", "/conflicting-length", "/truncated", "/garbage-status",
          "/oversize-length", "/oversize-chunked", "/reset", "/ok-close"}
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n"


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        conn_id = next_serial()
        w = self.wfile
        try:
            while True:
                req = read_request(self.rfile)
                if req is None:
                    return
                path, keep = req
                if path == "/ok":
                    w.write(OK + b"X-Connection: %d\r\n\r\nok" % conn_id)
                    w.flush()
                    if keep:
                        continue
                    return
                if path == "/ok-http10":
                    w.write(OK.replace(b"HTTP/1.1", b"HTTP/1.0") + b"X-Connection: %d\r\n\r\nok" % conn_id)
                    w.flush()
                    continue
                if path == "/ok-then-junk":
                    w.write(OK + b"X-Connection: %d\r\n\r\nok" % conn_id +
                            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstale")
                    w.flush()
                    continue
                if path == "/connections":
                    n = b"%d" % (conn_id - 1)  # before this one
                    w.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(n), n))
                    w.flush()
                    continue
                if path not in FAULTS:
                    w.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 8\r\nX-Connection: %d\r\n\r\nno route"
                            % conn_id)
                    w.flush()
                    continue
                if path == "/ok-close":
                    w.write(OK + b"Connection: close\r\nX-Connection: %d\r\n\r\nok" % conn_id)
                    return
                self.fault(path, w)
                return
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            return

    def fault(self, path, w):
        if path == "/slow-body":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
            slowly(w, [b"x"] * 100, 1)
        elif path == "/slow-headers":
            w.write(b"HTTP/1.1 200 OK\r\n")
            slowly(w, [b"X-Slow-%d: y\r\n" % i for i in range(STALL_LIMIT)], 1)
        elif path == "/endless-header":
            w.write(b"HTTP/1.1 200 OK\r\nX-Endless: ")
            # Letters that do not repeat in step with the reads: LuaJIT interns strings, so
            # pieces of one letter would all be one string and hide what a reader keeps.
            letters = bytes(97 + i % 26 for i in range(256))
            noise = os.urandom(8 * 1024 * 1024 + 7).translate(letters)
            deadline, at = time.monotonic() + STALL_LIMIT, 0
            while time.monotonic() < deadline:  # stops when the client gives up (EPIPE)
                w.write(noise[at:at + 65536])
                at = (at + 65536) % (len(noise) - 65536)
        elif path == "/many-headers":
            lines = b"".join(b"X-Many: %d\r\n" % i for i in range(5000))
            w.write(b"HTTP/1.1 200 OK\r\n" + lines + b"Content-Length: 2\r\n\r\nok")
        elif path == "/bad-chunk":
            w.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
        elif path == "/continue-then-200":
            w.write(b"HTTP/1.1 100 Continue\r\n\r\n" + OK + b"\r\nok")
        elif path == "/negative-length":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello")
        elif path == "/hex-length":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0x10\r\n\r\n0123456789abcdef")
        elif path == "/conflicting-length":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\nhello")
        elif path == "/truncated":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        elif path == "/garbage-status":
            w.write(b"GARBAGE NOT HTTP\r\nContent-Length: 2\r\n\r\nok")
        elif path == "/oversize-length":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % BIG)
            w.write(b"x" * BIG)
        elif path == "/oversize-chunked":
            w.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            w.write(chunked(b"x" * BIG, 65536))
        elif path == "/reset":
            # SO_LINGER with a zero timeout: close() sends RST, not FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        w.flush()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())

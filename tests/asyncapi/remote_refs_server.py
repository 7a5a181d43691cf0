#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""Remote documents for the remote reference tests, on Python's standard library (http.server), on
127.0.0.1 at a free port (printed). Stops when its standard input closes.
  /good.yaml        a payload schema: an object whose id is an integer
  /etag.yaml        the same with an ETag; If-None-Match with it gives 304
  /lastmod.yaml     the same with Last-Modified; If-Modified-Since gives 304
  /moved.yaml       302 to /good.yaml on the same server
  /slow.yaml        answers after 5 seconds
  /huge.yaml        2 MB, with Content-Length
  /huge-stream.yaml 2 MB without Content-Length (the connection closes at the end)
  /endless.yaml     streams without end, as fast as it can
  /to-file.yaml     302 to file:///etc/passwd
  /to-ftp.yaml      302 to ftp://127.0.0.1/good.yaml
  /loop.yaml        302 to /loop.yaml?1, which redirects to /loop.yaml?2, and so on
  /missing.yaml     404
  /page.yaml        an HTML page (text/html)
  /text.yaml        a plain text that is not YAML (text/plain)
  /stats            JSON: {path: [requests, answered 304]}"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCHEMA = b"type: object\nproperties:\n  id:\n    type: integer\n"
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 02 Nov 2026 10:00:00 GMT"
HUGE = b"type: object\ndescription: '" + b"x" * (2 * 1024 * 1024) + b"'\n"

stats = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def count(self, not_modified):
        with lock:
            seen = stats.setdefault(self.path, [0, 0])
            seen[0] += 1
            if not_modified:
                seen[1] += 1

    def send(self, status, body=b"", content_type="application/yaml", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send(302, b"moved", "text/plain", [("Location", location)])

    def do_GET(self):
        path = self.path
        if path == "/stats":
            with lock:
                body = json.dumps(stats).encode()
            self.send(200, body, "application/json")
            return
        not_modified = (path == "/etag.yaml" and self.headers.get("If-None-Match") == ETAG) or (
            path == "/lastmod.yaml" and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        )
        self.count(not_modified)
        if not_modified:
            self.send_response(304)
            self.end_headers()
        elif path == "/good.yaml":
            self.send(200, SCHEMA)
        elif path == "/etag.yaml":
            self.send(200, SCHEMA, headers=[("ETag", ETAG)])
        elif path == "/lastmod.yaml":
            self.send(200, SCHEMA, headers=[("Last-Modified", LAST_MODIFIED)])
        elif path == "/moved.yaml":
            self.redirect("/good.yaml")
        elif path.startswith("/slow.yaml"):
            time.sleep(5)
            self.send(200, SCHEMA)
        elif path == "/huge.yaml":
            self.send(200, HUGE)
        elif path == "/huge-stream.yaml":
            self.send_response(200)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for i in range(0, len(HUGE), 65536):
                    self.wfile.write(HUGE[i : i + 65536])
            except OSError:
                pass  # the client stopped reading, as it should
            self.close_connection = True
        elif path == "/endless.yaml":
            # Streams as fast as it can, without end, until the client hangs up.
            self.send_response(200)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"# " + b"x" * 65530 + b"\n"
            try:
                while True:
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading, as it should
            self.close_connection = True
        elif path == "/to-file.yaml":
            self.redirect("file:///etc/passwd")
        elif path == "/to-ftp.yaml":
            self.redirect("ftp://127.0.0.1/good.yaml")
        elif path.startswith("/loop.yaml"):
            hop = int(path.partition("?")[2] or 0)
            self.redirect("/loop.yaml?%d" % (hop + 1))
        elif path == "/page.yaml":
            self.send(200, b"<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", "text/html; charset=utf-8")
        elif path == "/text.yaml":
            self.send(200, b"Service temporarily unavailable, try later\n", "text/plain")
        else:
            self.send(404, b"not found", "text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # The client hanging up early (too large, timed out, redirect refused) is what the tests want.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


server = Server(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)
sys.stdin.read()
server.shutdown()

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""An SSE server for the probe tests, on Python's standard library (http.server), on 127.0.0.1 at
a free port (printed). Stops when its standard input closes.
  /chat?count=N   N chat events (ids 1..N, JSON payloads of the chat.yaml test document), then
                  the connection is dropped every 3 events; Last-Event-ID resumes after that id
  /bad            one event whose data does not conform, one unknown, one that conforms
  /private        401 unless X-Api-Key: k-123
  /huge           one event over the probe's 64 MiB limit, then one that conforms"""
import json
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def chat(i):
    return json.dumps({"type": "chat", "id": i, "text": "message %d" % i})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def start(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(b"retry: 20\n\n")

    def event(self, data, event_id=None, name="message"):
        text = "event: %s\n" % name
        if event_id is not None:
            text += "id: %s\n" % event_id
        text += "".join("data: %s\n" % line for line in data.split("\n")) + "\n"
        self.wfile.write(text.encode())
        self.wfile.flush()

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/chat":
            count = int(query.get("count", ["5"])[0])
            after = int(self.headers.get("Last-Event-ID") or 0)
            self.start()
            for i in range(after + 1, min(after + 3, count) + 1):
                self.event(chat(i), i, "chat")
            if after + 3 >= count:
                # all sent: keep the stream open until the client leaves
                threading.Event().wait(30)
        elif url.path == "/bad":
            self.start()
            self.event(json.dumps({"type": "chat", "id": "seven", "text": ""}), 1, "chat")
            self.event(json.dumps({"weather": "fine"}), 2, "other")
            self.event(chat(3), 3, "chat")
            threading.Event().wait(30)
        elif url.path == "/huge":
            self.start()
            line = b"data: " + b"x" * (1024 * 1024 - 7) + b"\n"
            try:
                for _ in range(65):
                    self.wfile.write(line)
                self.wfile.write(b"\n")
                self.event(chat(2), 2, "chat")
            except OSError:  # the client left
                return
            threading.Event().wait(30)
        elif url.path == "/private":
            if self.headers.get("X-Api-Key") != "k-123":
                self.send_response(401)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.start()
            self.event(chat(1), 1, "chat")
            threading.Event().wait(30)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()

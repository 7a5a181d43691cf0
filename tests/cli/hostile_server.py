#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""Hostile servers for tst_hostile, on Python's standard library only, on 127.0.0.1 at a free
port (printed on the first line). Stops when its standard input closes.
  hostile_server.py MODE [FILE]
  sse-flood      an SSE stream of `data:` lines that never ends an event
  sse-longline   an SSE stream holding one line that never ends
  sse-retry0     sends `retry: 0`, closes, and stops listening: later attempts are refused;
                 every connection is counted in FILE (one line each)
  ws-capture     a WebSocket server that writes every text or binary message it receives to FILE
  ws-down-up     a WebSocket server that closes the first connection, stops listening for 2.5 s,
                 then listens again on the same port and sends one JSON message to the next client"""
import base64
import hashlib
import socket
import sys
import threading
import time

MODE = sys.argv[1]
FILE = sys.argv[2] if len(sys.argv) > 2 else None
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def listen(port=0):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    return s


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
        if len(data) > 65536:
            return None
    return data


def header(head, name):
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == name:
            return v.strip()
    return b""


def sse_start(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                 b"Connection: close\r\n\r\n")


def ws_accept(conn):
    head = read_head(conn)
    if head is None:
        return False
    key = header(head, b"sec-websocket-key")
    accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
    conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
    return True


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def ws_frames(conn):
    """Yields (opcode, payload) of client frames (unmasked)."""
    while True:
        b0, b1 = recv_exact(conn, 2)
        length = b1 & 0x7F
        if length == 126:
            length = int.from_bytes(recv_exact(conn, 2), "big")
        elif length == 127:
            length = int.from_bytes(recv_exact(conn, 8), "big")
        mask = recv_exact(conn, 4) if b1 & 0x80 else b"\0\0\0\0"
        payload = bytearray(recv_exact(conn, length))
        for i in range(length):
            payload[i] ^= mask[i % 4]
        yield b0 & 0x0F, bytes(payload)


def ws_send_text(conn, text):
    data = text.encode()
    assert len(data) < 126
    conn.sendall(bytes([0x81, len(data)]) + data)


def serve(server, handle):
    def loop():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=guarded, args=(handle, conn), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()


def guarded(handle, conn):
    try:
        handle(conn)
    except (OSError, EOFError):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def sse_flood(conn):
    read_head(conn)
    sse_start(conn)
    line = b"data: " + b"x" * 65536 + b"\n"
    while True:
        conn.sendall(line)


def sse_longline(conn):
    read_head(conn)
    sse_start(conn)
    conn.sendall(b"data: ")
    chunk = b"y" * 65536
    while True:
        conn.sendall(chunk)


def main():
    server = listen()
    port = server.getsockname()[1]
    if MODE == "sse-flood":
        serve(server, sse_flood)
    elif MODE == "sse-longline":
        serve(server, sse_longline)
    elif MODE == "sse-retry0":
        def once():
            conn, _ = server.accept()
            with open(FILE, "a") as f:
                f.write("connection\n")
            read_head(conn)
            sse_start(conn)
            conn.sendall(b"retry: 0\n\n")
            conn.close()
            server.close()  # later attempts are refused
        threading.Thread(target=once, daemon=True).start()
    elif MODE == "ws-capture":
        def capture(conn):
            if not ws_accept(conn):
                return
            for opcode, payload in ws_frames(conn):
                if opcode in (1, 2):
                    with open(FILE, "ab") as f:
                        f.write(payload + b"\n")
                elif opcode == 8:
                    return
        serve(server, capture)
    elif MODE == "ws-down-up":
        def down_up():
            conn, _ = server.accept()
            ws_accept(conn)
            conn.close()
            server.close()
            time.sleep(2.5)
            again = listen(port)
            conn, _ = again.accept()
            if ws_accept(conn):
                ws_send_text(conn, '{"type": "chat", "id": 1, "text": "back"}')
                time.sleep(5)
            conn.close()
        threading.Thread(target=down_up, daemon=True).start()
    else:
        sys.exit("unknown mode " + MODE)
    print(port, flush=True)
    sys.stdin.read()


main()

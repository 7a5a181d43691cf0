#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""A WebSocket server we did not write (Debian's python3-websockets) for tst_websocketsession.
Listens on 127.0.0.1 at a free port, prints the port, and serves by path:
  /echo       echoes every text and binary message
  /close      closes at once with code 4001 and reason "bye"
  /headers    sends one text message: JSON of the handshake (path, headers, subprotocol), then waits
  /drop       sends "hello" then drops the TCP connection without a close frame
  /private    refused with HTTP 401 unless the header Authorization: Bearer secret is sent
  /forbidden  refused with HTTP 403
  /badutf8    sends a text frame that is not UTF-8
  /malformed  sends a frame with a reserved opcode
  /fragments  sends one text message in three frames, written byte by byte
With CERT KEY arguments it also serves TLS. Prints "PORT TLSPORT" (0 without TLS) and stops when
its standard input closes."""
import asyncio
import http
import json
import ssl
import sys

from websockets.exceptions import ConnectionClosed
from websockets.legacy.server import serve


async def handler(ws, path=None):
    path = ws.path.split("?")[0]
    if path == "/echo" or path == "/private":
        try:
            async for message in ws:
                await ws.send(message)
        except ConnectionClosed:
            pass  # the client's close code is what the test looks at
    elif path == "/close":
        await ws.close(4001, "bye")
    elif path == "/headers":
        await ws.send(json.dumps({"path": ws.path, "subprotocol": ws.subprotocol,
                                  "headers": {k.lower(): v for k, v in ws.request_headers.raw_items()}}))
        await ws.wait_closed()
    elif path == "/drop":
        await ws.send("hello")
        ws.transport.abort()
    elif path == "/badutf8":
        ws.transport.write(bytes([0x81, 0x04, 0x61, 0xFF, 0xFE, 0x62]))  # raw: the library will not make it
        await ws.wait_closed()
    elif path == "/malformed":
        ws.transport.write(bytes([0x83, 0x00]))  # reserved opcode 3
        await ws.wait_closed()
    elif path == "/fragments":
        for frame in ([0x01, 0x03, 0x66, 0x72, 0x61], [0x00, 0x03, 0x67, 0x6D, 0x65], [0x80, 0x03, 0x6E, 0x74, 0x73]):
            for b in frame:
                ws.transport.write(bytes([b]))
                await asyncio.sleep(0.002)
        await ws.wait_closed()


async def process_request(path, headers):
    if path.startswith("/private") and headers.get("Authorization") != "Bearer secret":
        return http.HTTPStatus.UNAUTHORIZED, [("WWW-Authenticate", "Bearer")], b"no\n"
    if path.startswith("/forbidden"):
        return http.HTTPStatus.FORBIDDEN, [], b"no\n"
    return None


async def main():
    options = dict(subprotocols=["chat.v1", "chat.v2"], process_request=process_request, max_size=None)
    async with serve(handler, "127.0.0.1", 0, **options) as server:
        tls_port = 0
        tls_server = None
        if len(sys.argv) >= 3:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(sys.argv[1], sys.argv[2])
            tls_server = await serve(handler, "127.0.0.1", 0, ssl=context, **options)
            tls_port = tls_server.sockets[0].getsockname()[1]
        print(server.sockets[0].getsockname()[1], tls_port, flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)
        if tls_server:
            tls_server.close()


asyncio.run(main())

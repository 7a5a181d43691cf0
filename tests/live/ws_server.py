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
Stops when its standard input closes."""
import asyncio
import http
import json
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


async def process_request(path, headers):
    if path.startswith("/private") and headers.get("Authorization") != "Bearer secret":
        return http.HTTPStatus.UNAUTHORIZED, [("WWW-Authenticate", "Bearer")], b"no\n"
    if path.startswith("/forbidden"):
        return http.HTTPStatus.FORBIDDEN, [], b"no\n"
    return None


async def main():
    async with serve(handler, "127.0.0.1", 0, subprotocols=["chat.v1", "chat.v2"],
                     process_request=process_request, max_size=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)


asyncio.run(main())

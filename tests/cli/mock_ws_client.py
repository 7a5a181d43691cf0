# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""A WebSocket client we did not write for `signalbox-cli mock`: Debian's python3-websockets.
Usage: mock_ws_client.py URL CONNECTIONS [PAUSE]. Opens CONNECTIONS connections one after the
other, each as soon as the one before has closed, and prints one JSON object: for each connection,
the close code and the `seq` of every message it received, in order. With PAUSE, a slow reader: it
waits PAUSE seconds before it reads a connection, and keeps one message at most in its queue (so the
library stops reading the socket meanwhile)."""
import asyncio
import json
import socket
import sys
import urllib.parse

import websockets.exceptions
# The client of the websockets version Debian 12 has (10.4) and that Debian 13's (14) still keeps.
from websockets.legacy.client import connect


async def one(url, pause):
    connection = {"code": None, "seqs": []}
    options = {}
    if pause:
        # A small receive buffer of its own (the kernel then does not grow it): what the reader
        # has not read yet waits on the server's side.
        where = urllib.parse.urlsplit(url)
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect((where.hostname, where.port))
        options = {"sock": sock, "max_queue": 1}
    async with connect(url, open_timeout=5, **options) as ws:
        await asyncio.sleep(pause)
        try:
            while True:
                message = await asyncio.wait_for(ws.recv(), 10)
                connection["seqs"].append(json.loads(message)["seq"])
        except websockets.exceptions.ConnectionClosed as e:
            connection["code"] = e.code
    return connection


async def main():
    url, connections = sys.argv[1], int(sys.argv[2])
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 0
    seen = [await one(url, pause) for _ in range(connections)]
    print(json.dumps({"connections": seen}))


asyncio.run(asyncio.wait_for(main(), 30))

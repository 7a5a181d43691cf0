# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""A WebSocket client we did not write for `signalbox-cli mock`: Debian's python3-websockets.
Usage: mock_ws_client.py URL CONNECTIONS. Opens CONNECTIONS connections one after the other, each
as soon as the one before has closed, and prints one JSON object: for each connection, the close
code and the `seq` of every message it received, in order."""
import asyncio
import json
import sys

import websockets.exceptions
# The client of the websockets version Debian 12 has (10.4) and that Debian 13's (14) still keeps.
from websockets.legacy.client import connect


async def one(url):
    connection = {"code": None, "seqs": []}
    async with connect(url, open_timeout=5) as ws:
        try:
            while True:
                message = await asyncio.wait_for(ws.recv(), 10)
                connection["seqs"].append(json.loads(message)["seq"])
        except websockets.exceptions.ConnectionClosed as e:
            connection["code"] = e.code
    return connection


async def main():
    url, connections = sys.argv[1], int(sys.argv[2])
    seen = [await one(url) for _ in range(connections)]
    print(json.dumps({"connections": seen}))


asyncio.run(asyncio.wait_for(main(), 30))

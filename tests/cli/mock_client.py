# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
"""A client we did not write for `signalbox-cli mock`: Debian's python3-websockets and Python's own
HTTP client. Usage: mock_client.py WS_URL SSE_URL TOKEN. Prints one JSON object of what it saw."""
import asyncio
import json
import sys
import urllib.error
import urllib.request

import websockets.exceptions
# The client of the websockets version Debian 12 has (10.4) and that Debian 13's (14) still keeps.
from websockets.legacy.client import connect


async def web_socket(url, token):
    seen = {}
    try:
        async with connect(url, open_timeout=5):
            seen["without_token"] = "open"
    except websockets.exceptions.InvalidStatusCode as e:
        seen["without_token"] = e.status_code
    async with connect(url, extra_headers={"Authorization": "Bearer " + token}, open_timeout=5) as ws:
        seen["first"] = [json.loads(await asyncio.wait_for(ws.recv(), 5)) for _ in range(2)]
        await ws.send(json.dumps({"op": "ping", "id": "py-7"}))
        for _ in range(50):
            message = json.loads(await asyncio.wait_for(ws.recv(), 5))
            if message.get("op") == "pong":
                seen["pong"] = message
                break
    return seen


def sse(url, last_event_id):
    request = urllib.request.Request(url, headers={"Accept": "text/event-stream", "Last-Event-ID": last_event_id})
    events, event = [], {}
    with urllib.request.urlopen(request, timeout=5) as response:
        for raw in response:
            line = raw.decode().rstrip("\n")
            if not line:
                if "data" in event:
                    events.append(event)
                event = {}
                if len(events) == 3:
                    break
                continue
            field, _, value = line.partition(": ")
            event[field] = value
        return {"content_type": response.headers["Content-Type"], "events": events}


def main():
    ws_url, sse_url, token = sys.argv[1:4]
    result = asyncio.run(web_socket(ws_url, token))
    result["sse"] = sse(sse_url, "10")
    try:
        urllib.request.urlopen(sse_url.rsplit("/", 1)[0] + "/nowhere", timeout=5)
    except urllib.error.HTTPError as e:
        result["missing"] = [e.code, e.read().decode()]
    print(json.dumps(result))


main()

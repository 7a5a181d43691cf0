// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// A Server-Sent Events client we did not write for `signalbox-cli mock`: Debian's node-eventsource
// (npm's `eventsource`, its folder in NODE_PATH), which reconnects on its own when the stream ends,
// after the server's `retry:`, sending the last `id:` it saw as Last-Event-ID.
// Usage: node mock_sse_client.js URL EVENT_TYPE LAST_ID. Listens until the event with id LAST_ID
// and prints one JSON object: how many times the stream opened, and every event's id and `seq`.
'use strict';
const EventSource = require('eventsource');

const [url, type, lastId] = process.argv.slice(2);
const seen = { opens: 0, errors: 0, events: [] };
const giveUp = setTimeout(() => {
  console.error('timed out');
  process.exit(3);
}, 30000);

const source = new EventSource(url);
source.onopen = () => { seen.opens += 1; };
source.onerror = () => { seen.errors += 1; };
source.addEventListener(type, (e) => {
  seen.events.push([e.lastEventId, JSON.parse(e.data).seq]);
  if (e.lastEventId === lastId) {
    source.close();
    clearTimeout(giveUp);
    console.log(JSON.stringify(seen));
  }
});

// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// A WebSocket client we did not write for `signalbox-cli mock`: npm's `ws` (its folder in NODE_PATH).
// Usage: node mock_ws_client.js URL CONNECTIONS. Opens CONNECTIONS connections one after the
// other, each as soon as the one before has closed, and prints one JSON object: for each
// connection, the close code and the `seq` of every message it received, in order.
'use strict';
const WebSocket = require('ws');

const [url, connectionsArg] = process.argv.slice(2);
const connections = Number(connectionsArg);
const seen = [];
// Nothing here may wait for ever: the test bounds the whole run, this bounds each connection.
const giveUp = setTimeout(() => {
  console.error('timed out');
  process.exit(3);
}, 30000);

function open() {
  const ws = new WebSocket(url);
  const connection = { code: null, seqs: [] };
  seen.push(connection);
  ws.on('message', (data) => connection.seqs.push(JSON.parse(data.toString()).seq));
  ws.on('error', (e) => { connection.error = String(e.message); });
  ws.on('close', (code) => {
    connection.code = code;
    if (seen.length < connections) {
      open();
    } else {
      clearTimeout(giveUp);
      console.log(JSON.stringify({ connections: seen }));
    }
  });
}

open();

// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// A second WebSocket server we did not write: npm's `ws` (fetched, pinned, by packaging/dev.sh
// setup; its folder is given in NODE_PATH). Serves the same paths as ws_server.py, on 127.0.0.1 at
// free ports; prints "PORT TLSPORT" (TLSPORT 0 without the CERT KEY arguments) and stops when its
// standard input closes.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH || '.', 'x.js'));
const { WebSocketServer } = require('ws');

function rawFrame(ws, bytes) {
  ws._socket.write(Buffer.from(bytes)); // bypasses the library on purpose: a frame it would refuse to make
}

function serve(server) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 0,
    handleProtocols: (protocols) => (protocols.has('chat.v1') ? 'chat.v1' : protocols.has('chat.v2') ? 'chat.v2' : false),
  });
  server.on('upgrade', (req, socket, head) => {
    const p = req.url.split('?')[0];
    if (p === '/private' && req.headers.authorization !== 'Bearer secret') {
      socket.end('HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 3\r\nConnection: close\r\n\r\nno\n');
      return;
    }
    if (p === '/forbidden') {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 3\r\nConnection: close\r\n\r\nno\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => handle(ws, req, p));
  });
}

function handle(ws, req, p) {
  if (p === '/echo' || p === '/private') {
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  } else if (p === '/close') {
    ws.close(4001, 'bye');
  } else if (p === '/headers') {
    ws.send(JSON.stringify({ path: req.url, subprotocol: ws.protocol || null, headers: req.headers }));
  } else if (p === '/drop') {
    ws.send('hello', () => ws._socket.destroy());
  } else if (p === '/badutf8') {
    rawFrame(ws, [0x81, 0x04, 0x61, 0xff, 0xfe, 0x62]); // a text frame "a\xff\xfeb"
  } else if (p === '/malformed') {
    rawFrame(ws, [0x83, 0x00]); // reserved opcode 3
  } else if (p === '/fragments') {
    // One text message in three frames, the middle split byte by byte across writes.
    const parts = [[0x01, 0x03, 0x66, 0x72, 0x61], [0x00, 0x03, 0x67, 0x6d, 0x65], [0x80, 0x03, 0x6e, 0x74, 0x73]];
    let i = 0;
    const next = () => {
      if (i >= parts.length) return;
      const bytes = parts[i++];
      let j = 0;
      const byte = () => {
        if (j < bytes.length) { rawFrame(ws, [bytes[j++]]); setTimeout(byte, 2); } else next();
      };
      byte();
    };
    next();
  }
}

const plain = http.createServer();
serve(plain);
let tls = null;
if (process.argv.length >= 4) {
  tls = https.createServer({ cert: fs.readFileSync(process.argv[2]), key: fs.readFileSync(process.argv[3]) });
  serve(tls);
}
plain.listen(0, '127.0.0.1', () => {
  const done = () => console.log(`${plain.address().port} ${tls ? tls.address().port : 0}`);
  if (tls) tls.listen(0, '127.0.0.1', done); else done();
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

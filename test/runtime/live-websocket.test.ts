/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, before, test } from 'node:test';
import { type WebSocket, WebSocketServer } from 'ws';
import { eventLog, waitFor } from '../helpers/live.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

// WebSocket integrations against a local `ws` server on loopback.
let server: TestServer;
let wss: WebSocketServer;
let port: number;
const sockets: Array<{ socket: WebSocket; request: IncomingMessage; received: string[] }> = [];
const log = eventLog();

before(async () => {
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  port = (wss.address() as { port: number }).port;
  wss.on('connection', (socket, request) => {
    const entry = { socket, request, received: [] as string[] };
    socket.on('message', (data) => entry.received.push(data.toString()));
    sockets.push(entry);
  });
  server = await startTestServer({
    runtime: { live: { tap: log.tap, pollMs: 100, renewMs: 300, keepaliveSeconds: 1, baseMs: 100, capMs: 800 } },
  });
  await server.core.start();
});
after(async () => {
  await server?.close();
  for (const client of wss.clients) client.terminate();
  await new Promise((resolve) => wss.close(resolve));
});

const base = () => `/applications/${server.tenant.applicationId}/integrations`;
const open = () => sockets.filter((s) => s.socket.readyState === s.socket.OPEN);

test('a WebSocket integration connects with its headers and credentials, and reports messages as {data, length}', async () => {
  const created = await call(server, 'POST', base(), {
    body: {
      name: 'ws',
      integrationType: 'websocket',
      websocketConfig: {
        url: `ws://127.0.0.1:${port}/feed`,
        username: 'user',
        password: 'secret',
        headers: [{ headerKey: 'x-feed', headerValue: 'prices' }],
      },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const connect = await log.next(id, 'connect', 0);
  assert.deepEqual(connect.data, { type: 'connect' });
  assert.equal(connect.integrationType, 'websocket');
  const peer = await waitFor('the server to see the connection', () => open()[0]);
  assert.equal(peer.request.url, '/feed');
  assert.equal(peer.request.headers['x-feed'], 'prices');
  assert.equal(peer.request.headers.authorization, `Basic ${Buffer.from('user:secret').toString('base64')}`);

  peer.socket.send('héllo');
  const message = await log.next(id, 'message', 0);
  assert.deepEqual(message.data, { type: 'message', message: { data: 'héllo', length: Buffer.byteLength('héllo') } });

  await server.core.live.publish(id, undefined, 'to the server');
  await waitFor('the server to receive', () => peer.received.includes('to the server'));

  const status = await waitFor('status on GET', async () => {
    const s = (await call(server, 'GET', `${base()}/${id}`)).body.status;
    return s?.connectInfo.ts ? s : null;
  });
  assert.equal(status.disconnectInfo.ts, null);
  assert.equal(typeof status.lastKeepAlive, 'number');

  // The server closes: a disconnect with its code and reason, then a reconnect.
  peer.socket.close(4001, 'going away');
  const disconnect = await log.next(id, 'disconnect', 0);
  assert.deepEqual(disconnect.data, { type: 'disconnect', disconnectReason: { statusCode: 4001, reason: 'going away' } });
  await log.next(id, 'connect', 1);
  await waitFor('one open socket again', () => open().length === 1);

  // Disabled: the socket is closed within a second.
  const sent = Date.now();
  await call(server, 'PATCH', `${base()}/${id}`, { body: { enabled: false } });
  const closed = await log.next(id, 'disconnect', 1, 1_000);
  assert.deepEqual(closed.data, { type: 'disconnect', disconnectReason: { statusCode: 1000, reason: 'The integration was disabled' } });
  await waitFor('the server to see the close', () => open().length === 0, 1_000);
  assert.ok(Date.now() - sent < 1_000);
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('a WebSocket server refusing the upgrade is a failure with its status code', async () => {
  const refusing = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (_info, done) => done(false, 401, 'Unauthorized'),
  });
  await new Promise((resolve) => refusing.once('listening', resolve));
  try {
    const created = await call(server, 'POST', base(), {
      body: {
        name: 'refused',
        integrationType: 'websocket',
        websocketConfig: { url: `ws://127.0.0.1:${(refusing.address() as { port: number }).port}/` },
      },
    });
    const id = created.body.id;
    const failure = await log.next(id, 'failure', 0);
    assert.equal((failure.data as any).failureReason.statusCode, 401);
    const status = await waitFor('the error on GET', async () => {
      const s = (await call(server, 'GET', `${base()}/${id}`)).body.status;
      return s.disconnectInfo.error ? s : null;
    });
    assert.match(status.disconnectInfo.error, /401/);
    assert.equal(typeof status.nextAttempt, 'number');
    await call(server, 'DELETE', `${base()}/${id}`);
  } finally {
    await new Promise((resolve) => refusing.close(resolve));
  }
});

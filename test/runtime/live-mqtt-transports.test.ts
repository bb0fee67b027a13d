/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { after, before, test } from 'node:test';
import { connectAsync } from 'mqtt';
import { createWebSocketStream, WebSocketServer } from 'ws';
import { eventLog, MOSQUITTO, makeCertificates, publishOnce, startMosquitto, type TestCertificates, waitFor } from '../helpers/live.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

// mqtts with certificates and keys against a TLS Mosquitto of the test's own, a broker restart, and
// MQTT over WebSockets (protocol ws) through a loopback WebSocket-to-TCP bridge to MQTT_URL.
const mqttUrl = process.env.MQTT_URL;
let certs: TestCertificates | null = null;
let server: TestServer;
const log = eventLog();
const run = Math.random().toString(36).slice(2, 8);
const topic = (name: string) => `junction-transports/${run}/${name}`;

before(async () => {
  if (MOSQUITTO) certs = makeCertificates();
  server = await startTestServer({
    runtime: { live: { tap: log.tap, pollMs: 100, renewMs: 300, keepaliveSeconds: 2, baseMs: 100, capMs: 500 } },
  });
  await server.core.start();
});
after(async () => {
  await server?.close();
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
});

const base = () => `/applications/${server.tenant.applicationId}/integrations`;

async function createMqtt(name: string, mqttConfig: Record<string, unknown>, topics: string[] = []) {
  const created = await call(server, 'POST', base(), { body: { name, integrationType: 'mqtt', topics, mqttConfig } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
}

test('mqtts: the CA, client certificate and key of mqttConfig are used; each missing piece is a clear failure', async (t) => {
  if (!MOSQUITTO || !certs) return t.skip('mosquitto or openssl is not installed: skipping the TLS test');
  const tls = certs;
  const broker = await startMosquitto({ tls });
  assert.ok(broker);
  try {
    const config = { host: '127.0.0.1', port: broker.port, protocol: 'mqtts' };
    const full = { ...config, caCertificate: tls.ca, certificate: tls.clientCert, privateKey: tls.clientKey };
    const id = await createMqtt('tls', full, [topic('tls')]);
    await log.next(id, 'connect', 0);
    const device = await connectAsync(`mqtts://127.0.0.1:${broker.port}`, { ca: tls.ca, cert: tls.clientCert, key: tls.clientKey });
    await device.publishAsync(topic('tls'), 'over tls');
    await device.endAsync();
    const message = await log.next(id, 'message', 0);
    assert.equal((message.data as any).message, 'over tls');
    // The key is a secret: never shown back.
    const shown = (await call(server, 'GET', `${base()}/${id}`)).body;
    assert.notEqual(shown.mqttConfig.privateKey, tls.clientKey);

    const noClientCert = await createMqtt('tls without client cert', { ...config, caCertificate: tls.ca });
    const refused = await log.next(noClientCert, 'failure', 0);
    assert.match(String((refused.data as any).failureReason), /certificate|alert|closed/i);

    const noCa = await createMqtt('tls without ca', { ...config, certificate: tls.clientCert, privateKey: tls.clientKey });
    const untrusted = await log.next(noCa, 'failure', 0);
    assert.match(String((untrusted.data as any).failureReason), /self[- ]signed|verify|issuer/i);
    const status = (await call(server, 'GET', `${base()}/${noCa}`)).body.status;
    assert.match(status.disconnectInfo.error, /self[- ]signed|verify|issuer/i);
    // disableSSLVerification: the unknown CA is accepted.
    await call(server, 'PATCH', `${base()}/${noCa}`, {
      body: { mqttConfig: { ...config, certificate: tls.clientCert, privateKey: tls.clientKey, disableSSLVerification: true } },
    });
    await log.next(noCa, 'connect', 0);
    for (const each of [id, noClientCert, noCa]) await call(server, 'DELETE', `${base()}/${each}`);
  } finally {
    await broker.close();
  }
});

test('a broker restart is a disconnect, then a reconnect once it is back', async (t) => {
  if (!MOSQUITTO) return t.skip('mosquitto is not installed: skipping the broker restart test');
  const users = { junction: 'pw' };
  let broker = await startMosquitto({ users });
  assert.ok(broker);
  const port = broker.port;
  try {
    const id = await createMqtt('restart', { host: '127.0.0.1', port, protocol: 'mqtt', username: 'junction', password: 'pw' }, [
      topic('r'),
    ]);
    await log.next(id, 'connect', 0);
    await broker.close();
    await log.next(id, 'disconnect', 0);
    await log.next(id, 'failure', 0);
    broker = await startMosquitto({ users, port });
    assert.ok(broker);
    await log.next(id, 'connect', 1, 5_000);
    const status = (await call(server, 'GET', `${base()}/${id}`)).body.status;
    assert.ok(status.connectInfo.ts > status.disconnectInfo.ts, JSON.stringify(status));
    await call(server, 'DELETE', `${base()}/${id}`);
  } finally {
    await broker?.close();
  }
});

test('protocol ws: MQTT over a WebSocket', { skip: mqttUrl ? false : 'MQTT_URL is not set: skipping MQTT over WebSockets' }, async () => {
  const target = new URL(mqttUrl!);
  const bridge = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (protocols) => [...protocols][0] ?? false });
  const paths: string[] = [];
  bridge.on('connection', (socket, request) => {
    paths.push(request.url ?? '');
    const stream = createWebSocketStream(socket);
    const tcp = tcpConnect(Number(target.port || 1883), target.hostname);
    stream.pipe(tcp).pipe(stream);
    const end = () => {
      tcp.destroy();
      stream.destroy();
    };
    tcp.on('error', end).on('close', end);
    stream.on('error', end).on('close', end);
  });
  await new Promise((resolve) => bridge.once('listening', resolve));
  try {
    const port = (bridge.address() as { port: number }).port;
    const id = await createMqtt('over ws', { host: '127.0.0.1', port, protocol: 'ws' }, [topic('ws')]);
    await log.next(id, 'connect', 0);
    assert.deepEqual(paths, ['/mqtt']);
    await publishOnce(mqttUrl!, topic('ws'), 'through the bridge');
    const message = await log.next(id, 'message', 0);
    assert.deepEqual(message.data, { type: 'message', message: 'through the bridge', topic: topic('ws') });
    await call(server, 'DELETE', `${base()}/${id}`);
    await waitFor('the bridge socket to close', () => bridge.clients.size === 0, 1_000);
  } finally {
    for (const client of bridge.clients) client.terminate();
    await new Promise((resolve) => bridge.close(resolve));
  }
});

/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventLog, publishOnce, subscriber, waitFor } from '../helpers/live.js';
import { relay } from '../helpers/relay.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

// Two nodes (apps with their own core and pool) over one PostgreSQL schema: each live connection is
// held by exactly one of them, changes made on either reach the holder, and a stopped holder's
// connections move to the other.
const mqttUrl = process.env.MQTT_URL;
const skip = !process.env.DATABASE_URL
  ? 'DATABASE_URL is not set: skipping the two-node live connection tests'
  : !mqttUrl
    ? 'MQTT_URL is not set: skipping the two-node live connection tests'
    : false;

const live = { pollMs: 100, renewMs: 300, leaseTtlMs: 1_500, keepaliveSeconds: 5, baseMs: 100, capMs: 800 };
let a: TestServer;
let b: TestServer;
let broker: ReturnType<typeof relay>;
let relayPort: number;
const logA = eventLog();
const logB = eventLog();
const run = Math.random().toString(36).slice(2, 8);
const topic = (name: string) => `junction-nodes/${run}/${name}`;

before(async () => {
  if (skip) return;
  broker = relay(new URL(mqttUrl!), 0, 1883);
  relayPort = await broker.listen();
  a = await startTestServer({ runtime: { live: { ...live, tap: logA.tap } } });
  b = await startTestServer({ sameStoreAs: a, runtime: { live: { ...live, tap: logB.tap } } });
  await a.core.start();
  await b.core.start();
});
after(async () => {
  await b?.close();
  await a?.close();
  await broker?.cut();
});

const base = () => `/applications/${a.tenant.applicationId}/integrations`;
const both = (id: string, type: string) => [...logA.of(id, type), ...logB.of(id, type)];
const holders = (id: string) => [a, b].filter((n) => n.core.live.held().includes(id));

async function createOn(node: TestServer, name: string, topics: string[]) {
  const created = await call(node, 'POST', base(), {
    token: a.tenant.token,
    body: { name, integrationType: 'mqtt', topics, mqttConfig: { host: '127.0.0.1', port: relayPort, protocol: 'mqtt' } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id: string = created.body.id;
  await waitFor('a connect event', () => both(id, 'connect').length === 1);
  return id;
}

test('one node holds the connection; a message reaches one sink once', { skip }, async () => {
  const id = await createOn(a, 'held once', [topic('once')]);
  await new Promise((r) => setTimeout(r, 3 * live.renewMs));
  assert.equal(holders(id).length, 1, 'exactly one holder');
  assert.equal(broker.connections(), 1, 'one connection to the broker');
  assert.equal(both(id, 'connect').length, 1);
  for (let i = 0; i < 5; i++) await publishOnce(mqttUrl!, topic('once'), `m${i}`);
  await waitFor('five messages', () => both(id, 'message').length >= 5);
  await new Promise((r) => setTimeout(r, 300));
  const messages = both(id, 'message').map((e: any) => e.data.message);
  assert.deepEqual(messages, ['m0', 'm1', 'm2', 'm3', 'm4'], 'each message once, on one node');
  // Either node shows the holder's status.
  for (const node of [a, b]) {
    const status = (await call(node, 'GET', `${base()}/${id}`, { token: a.tenant.token })).body.status;
    assert.equal(typeof status.connectInfo.ts, 'number');
  }
  await call(a, 'DELETE', `${base()}/${id}`, { token: a.tenant.token });
});

test('disable and delete made on the node that does not hold the connection close it within a second', { skip }, async () => {
  const id = await createOn(a, 'remote changes', [topic('remote')]);
  const [owner] = holders(id);
  const other = owner === a ? b : a;
  const ownerLog = owner === a ? logA : logB;
  let sent = Date.now();
  await call(other, 'PATCH', `${base()}/${id}`, { token: a.tenant.token, body: { enabled: false } });
  await ownerLog.next(id, 'disconnect', 0, 1_000);
  await waitFor('the broker connection to close', () => broker.connections() === 0, 1_000);
  assert.ok(Date.now() - sent < 1_000, `closed ${Date.now() - sent} ms after the PATCH`);

  await call(other, 'PATCH', `${base()}/${id}`, { token: a.tenant.token, body: { enabled: true } });
  await waitFor('connected again', () => both(id, 'connect').length === 2 && broker.connections() === 1);
  const [holder] = holders(id);
  const away = holder === a ? b : a;
  sent = Date.now();
  await call(away, 'DELETE', `${base()}/${id}`, { token: a.tenant.token });
  await waitFor('the broker connection to close', () => broker.connections() === 0, 1_000);
  assert.ok(Date.now() - sent < 1_000, `closed ${Date.now() - sent} ms after the DELETE`);
  assert.deepEqual(holders(id), []);
});

test('the node not holding the connection publishes through a connection of its own', { skip }, async () => {
  const id = await createOn(a, 'publish anywhere', []);
  const [owner] = holders(id);
  const other = owner === a ? b : a;
  const sub = await subscriber(mqttUrl!, topic('anywhere'));
  try {
    await other.core.live.publish(id, topic('anywhere'), 'from the other node');
    await owner.core.live.publish(id, topic('anywhere'), 'from the holder');
    await waitFor('both messages', () => sub.received.length === 2);
    assert.deepEqual(sub.received.map((m) => m.message).sort(), ['from the holder', 'from the other node']);
  } finally {
    await sub.close();
  }
  await call(a, 'DELETE', `${base()}/${id}`, { token: a.tenant.token });
});

test('a node that stops hands its connections over; the other connects them', { skip }, async () => {
  const id = await createOn(a, 'hand over', [topic('over')]);
  const [owner] = holders(id);
  const other = owner === a ? b : a;
  const started = Date.now();
  await owner.core.stopRuntime();
  await waitFor('the other node to hold it', () => other.core.live.held().includes(id), 5_000);
  assert.ok(Date.now() - started < 2_000, `took over after ${Date.now() - started} ms`);
  await waitFor('connected on the other node', () => both(id, 'connect').length === 2);
  await waitFor('delivery on the other node', async () => {
    await publishOnce(mqttUrl!, topic('over'), 'after');
    return (other === a ? logA : logB).of(id, 'message').length > 0;
  });
  await owner.core.start();
  await call(a, 'DELETE', `${base()}/${id}`, { token: a.tenant.token });
});

/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { eventLog, publishOnce, startMosquitto, subscriber, waitFor } from '../helpers/live.js';
import { relay } from '../helpers/relay.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

// MQTT integrations against a real broker (MQTT_URL), reached through a TCP relay the tests can count and cut.
const mqttUrl = process.env.MQTT_URL;
const skip = mqttUrl ? false : 'MQTT_URL is not set: skipping the live MQTT integration tests';

let server: TestServer;
let broker: ReturnType<typeof relay>;
let relayPort: number;
const log = eventLog();
const run = Math.random().toString(36).slice(2, 8);
const topic = (name: string) => `junction-test/${run}/${name}`;

before(async () => {
  if (skip) return;
  broker = relay(new URL(mqttUrl!), 0, 1883);
  relayPort = await broker.listen();
  server = await startTestServer({
    runtime: { live: { tap: log.tap, pollMs: 100, renewMs: 300, keepaliveSeconds: 1, baseMs: 100, capMs: 800, stableMs: 5_000 } },
  });
  await server.core.start();
});
after(async () => {
  await server?.close();
  await broker?.cut();
});

const base = () => `/applications/${server.tenant.applicationId}/integrations`;

async function createMqtt(name: string, topics: string[], mqttConfig: Record<string, unknown> = {}) {
  const created = await call(server, 'POST', base(), {
    body: { name, integrationType: 'mqtt', topics, mqttConfig: { host: '127.0.0.1', port: relayPort, protocol: 'mqtt', ...mqttConfig } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
}

const get = async (id: string) => (await call(server, 'GET', `${base()}/${id}`)).body;

test('an MQTT integration connects, subscribes its topics, and shows its status on GET and in the list', { skip }, async () => {
  const started = Date.now();
  const id = await createMqtt('status', [topic('status')]);
  const connect = await log.next(id, 'connect', 0);
  assert.deepEqual(connect.data, { type: 'connect', topics: [topic('status')] });
  assert.equal(connect.applicationId, server.tenant.applicationId);
  assert.equal(connect.organizationId, server.tenant.organizationId);
  assert.equal(connect.integrationType, 'mqtt');
  const body = await waitFor('connectInfo.ts on GET', async () => ((await get(id)).status?.connectInfo?.ts ? get(id) : null));
  assert.ok(body.status.connectInfo.ts >= started && body.status.connectInfo.ts <= Date.now());
  assert.equal(body.status.disconnectInfo.ts, null);
  assert.equal(body.status.disconnectInfo.error, undefined);
  assert.equal(typeof body.status.lastKeepAlive, 'number');
  assert.equal(body.status.nextAttempt, undefined);
  // Keep-alive every second here: lastKeepAlive moves on while the connection is up.
  const first = body.status.lastKeepAlive;
  await waitFor('lastKeepAlive to move', async () => (await get(id)).status.lastKeepAlive > first, 5_000);
  const list = await call(server, 'GET', base());
  assert.equal(typeof list.body.items.find((i: any) => i.id === id).status.connectInfo.ts, 'number');
  assert.equal(broker.connections(), 1, 'one connection to the broker');
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('a message on a subscribed topic reaches the workflows with the Losant trigger data', { skip }, async () => {
  const id = await createMqtt('messages', [topic('in/+')]);
  await log.next(id, 'connect', 0);
  await publishOnce(mqttUrl!, topic('in/a'), '{"temp":21}');
  const message = await log.next(id, 'message', 0);
  assert.deepEqual(message.data, { type: 'message', message: '{"temp":21}', topic: topic('in/a') });
  assert.ok(message.time instanceof Date);
  await publishOnce(mqttUrl!, topic('other'), 'not subscribed');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(log.of(id, 'message').length, 1, 'only subscribed topics arrive');
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('a message fires a workflow that echoes it through MqttMessageNode to another topic of the broker', { skip }, async () => {
  const id = await createMqtt('echo', [topic('echo/in')]);
  await log.next(id, 'connect', 0);
  const flow = await call(server, 'POST', `/applications/${server.tenant.applicationId}/flows`, {
    body: {
      name: 'echo',
      triggers: [{ type: 'integration', key: id, config: {}, outputIds: [['echo']] }],
      nodes: [
        {
          id: 'echo',
          type: 'MqttMessageNode',
          config: { integrationId: id, topicTemplate: `${topic('echo/out')}`, messageTemplate: '{{data.message}} from {{data.topic}}' },
          outputIds: [[]],
        },
      ],
    },
  });
  assert.equal(flow.status, 201, JSON.stringify(flow.body));
  const sub = await subscriber(mqttUrl!, topic('echo/out'));
  try {
    await publishOnce(mqttUrl!, topic('echo/in'), 'ping');
    await waitFor('the echo', () => sub.received.length === 1);
    assert.deepEqual(sub.received, [{ topic: topic('echo/out'), message: `ping from ${topic('echo/in')}` }]);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(sub.received.length, 1, 'echoed once');
  } finally {
    await sub.close();
  }
  await call(server, 'DELETE', `${base()}/${id}?includeWorkflows=true`);
});

test('publishing through the integration reaches another subscriber; it needs no subscription', { skip }, async () => {
  const id = await createMqtt('publisher', []);
  const connect = await log.next(id, 'connect', 0);
  assert.deepEqual(connect.data, { type: 'connect', topics: [] });
  const sub = await subscriber(mqttUrl!, topic('out'));
  try {
    await server.core.live.publish(id, topic('out'), 'hello from junction');
    await waitFor('the subscriber to receive', () => sub.received.length === 1);
    assert.deepEqual(sub.received[0], { topic: topic('out'), message: 'hello from junction' });
  } finally {
    await sub.close();
  }
  await assert.rejects(server.core.live.publish('0123456789abcdef01234567', topic('out'), 'x'), /not found/);
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('PATCH topics resubscribes on the same connection; a config change reconnects', { skip }, async () => {
  const id = await createMqtt('topics', [topic('a')]);
  await log.next(id, 'connect', 0);
  const patched = await call(server, 'PATCH', `${base()}/${id}`, { body: { topics: [topic('b')] } });
  assert.equal(patched.status, 200);
  // No reconnect for a topic change: still the first connection.
  await waitFor('b delivered', async () => {
    await publishOnce(mqttUrl!, topic('b'), 'to b');
    return log.of(id, 'message').some((e: any) => e.data.topic === topic('b'));
  });
  await publishOnce(mqttUrl!, topic('a'), 'to a');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(
    log.of(id, 'message').some((e: any) => e.data.topic === topic('a')),
    false,
    'the old topic is unsubscribed',
  );
  assert.equal(log.of(id, 'connect').length, 1);
  assert.equal(log.of(id, 'disconnect').length, 0);

  const changed = await call(server, 'PATCH', `${base()}/${id}`, {
    body: { mqttConfig: { host: '127.0.0.1', port: relayPort, protocol: 'mqtt', clientId: `junction-test-${run}` } },
  });
  assert.equal(changed.status, 200);
  await log.next(id, 'connect', 1);
  assert.equal(broker.connections(), 1, 'the old connection closed, the new one is open');
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('a config change during a connection attempt that hangs connects with the new config at once', { skip }, async () => {
  // A server that accepts and never answers: the attempt would wait for its connect timeout.
  const silent: Socket[] = [];
  let dropped = 0;
  const black = createServer((socket) => {
    silent.push(socket);
    socket.on('error', () => {}).on('close', () => dropped++);
    socket.resume();
  });
  await new Promise<void>((resolve) => black.listen(0, '127.0.0.1', resolve));
  try {
    const port = (black.address() as { port: number }).port;
    const id = await createMqtt('hanging', [topic('h')], { port });
    await waitFor('the attempt to reach the silent server', () => silent.length === 1);
    const sent = Date.now();
    await call(server, 'PATCH', `${base()}/${id}`, { body: { mqttConfig: { host: '127.0.0.1', port: relayPort, protocol: 'mqtt' } } });
    await log.next(id, 'connect', 0, 2_000);
    assert.ok(Date.now() - sent < 2_000, `connected ${Date.now() - sent} ms after the PATCH`);
    await waitFor('the hanging attempt to be dropped', () => dropped === 1, 2_000);
    assert.equal(log.of(id, 'failure').length, 0, 'the abandoned attempt reports nothing');
    await call(server, 'DELETE', `${base()}/${id}`);
  } finally {
    for (const socket of silent) socket.destroy();
    await new Promise((resolve) => black.close(resolve));
  }
});

test('enabled: false disconnects within a second; enabling connects again', { skip }, async () => {
  const id = await createMqtt('disable', [topic('d')]);
  await log.next(id, 'connect', 0);
  await waitFor('one connection', () => broker.connections() === 1);
  const sent = Date.now();
  assert.equal((await call(server, 'PATCH', `${base()}/${id}`, { body: { enabled: false } })).status, 200);
  const disconnect = await log.next(id, 'disconnect', 0, 1_000);
  assert.deepEqual(disconnect.data, { type: 'disconnect', disconnectReason: 'The integration was disabled' });
  await waitFor('the broker connection to close', () => broker.connections() === 0, 1_000);
  assert.ok(Date.now() - sent < 1_000);
  const status = (await get(id)).status;
  assert.ok(status.disconnectInfo.ts >= sent, JSON.stringify(status));
  await publishOnce(mqttUrl!, topic('d'), 'while disabled');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(log.of(id, 'message').length, 0);
  await call(server, 'PATCH', `${base()}/${id}`, { body: { enabled: true } });
  await log.next(id, 'connect', 1);
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('DELETE disconnects within a second and leaves no status behind', { skip }, async () => {
  const id = await createMqtt('delete', [topic('x')]);
  await log.next(id, 'connect', 0);
  await waitFor('status stored', async () => (await get(id)).status.connectInfo.ts);
  const sent = Date.now();
  assert.equal((await call(server, 'DELETE', `${base()}/${id}`)).status, 200);
  await log.next(id, 'disconnect', 0, 1_000);
  await waitFor('the broker connection to close', () => broker.connections() === 0, 1_000);
  assert.ok(Date.now() - sent < 1_000);
  assert.deepEqual(server.core.live.held(), []);
  await new Promise((r) => setTimeout(r, 200));
  const rows = await server.core.store.db.selectFrom('live_status').selectAll().where('integration_id', '=', id).execute();
  assert.deepEqual(rows, []);
});

test('a cut connection is reported and retried with backoff until the broker is back', { skip }, async () => {
  const id = await createMqtt('cut', [topic('cut')]);
  await log.next(id, 'connect', 0);
  await broker.cut();
  const disconnect = await log.next(id, 'disconnect', 0);
  assert.equal(typeof (disconnect.data as any).disconnectReason, 'string');
  // While the relay is down each retry fails, and the status says when the next one is.
  await log.next(id, 'failure', 0);
  const down = await waitFor('nextAttempt', async () => {
    const s = (await get(id)).status;
    return s.nextAttempt ? s : null;
  });
  assert.ok(down.disconnectInfo.ts >= down.connectInfo.ts);
  assert.equal(typeof down.disconnectInfo.error, 'string');
  assert.ok(down.nextAttempt > down.disconnectInfo.ts);
  assert.ok(down.nextAttempt - Date.now() <= 800, 'the backoff is capped');
  broker = relay(new URL(mqttUrl!), relayPort, 1883);
  await broker.listen();
  await log.next(id, 'connect', 1, 5_000);
  await waitFor('delivery after the reconnect', async () => {
    await publishOnce(mqttUrl!, topic('cut'), 'back');
    return log.of(id, 'message').length > 0;
  });
  const up = await waitFor('status connected', async () => {
    const s = (await get(id)).status;
    return s.connectInfo.ts > s.disconnectInfo.ts && s.nextAttempt === undefined ? s : null;
  });
  assert.ok(up.connectInfo.ts > down.disconnectInfo.ts);
  await call(server, 'DELETE', `${base()}/${id}`);
});

test('a refused password is a failure event and disconnectInfo.error; the right one connects', { skip }, async (t) => {
  const own = await startMosquitto({ users: { junction: 'right-password' } });
  if (!own) return t.skip('mosquitto is not installed: skipping the password test');
  try {
    const config = { host: '127.0.0.1', port: own.port, protocol: 'mqtt', username: 'junction' };
    const id = await createMqtt('password', [topic('p')], { ...config, password: 'wrong-password' });
    const failure = await log.next(id, 'failure', 0);
    assert.match(String((failure.data as any).failureReason), /[Nn]ot authorized/);
    const status = await waitFor('the error on GET', async () => {
      const s = (await get(id)).status;
      return s.disconnectInfo.error ? s : null;
    });
    assert.match(status.disconnectInfo.error, /[Nn]ot authorized/);
    assert.equal(status.connectInfo.ts, null);
    assert.equal(typeof status.nextAttempt, 'number');
    // The password is never shown back.
    assert.notEqual((await get(id)).mqttConfig.password, 'wrong-password');
    await call(server, 'PATCH', `${base()}/${id}`, { body: { mqttConfig: { ...config, password: 'right-password' } } });
    await log.next(id, 'connect', 0);
    await call(server, 'DELETE', `${base()}/${id}`);
  } finally {
    await own.close();
  }
});

test('integration types Junction does not connect keep working as records and say so in their status', async () => {
  const local = skip ? await startTestServer() : server;
  try {
    const created = await call(local, 'POST', `/applications/${local.tenant.applicationId}/integrations`, {
      body: { name: 'pubsub', integrationType: 'googlePubSub', googlePubSubConfig: { projectId: 'p', keyJson: '{"k":1}' } },
    });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.status, {
      connectInfo: { ts: null },
      disconnectInfo: { ts: null, error: 'Junction stores Google Pub/Sub integrations but does not connect them' },
    });
    const patched = await call(local, 'PATCH', `/applications/${local.tenant.applicationId}/integrations/${created.body.id}`, {
      body: { name: 'pubsub 2' },
    });
    assert.equal(patched.body.name, 'pubsub 2');
    assert.match(patched.body.status.disconnectInfo.error, /does not connect/);
  } finally {
    if (local !== server) await local.close();
  }
});

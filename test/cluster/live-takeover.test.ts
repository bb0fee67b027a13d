/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { publishOnce, subscriber, waitFor } from '../helpers/live.js';
import { parsePrometheus, sampleSum } from '../helpers/prometheus.js';

// Two `bin/junction serve` processes on one PostgreSQL: an MQTT integration's connection is held by one
// of them, and a workflow echoes each message through MqttMessageNode to another topic, once; when the
// holder is killed (SIGKILL, no goodbye) the other takes the connection over and echoes resume within
// 10 s. Which node holds it and which one got a message are read from each node's /metrics
// (junction_live_connections, junction_live_events_total).
const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
const mqttUrl = process.env.MQTT_URL;
const skip = !databaseUrl
  ? 'DATABASE_URL is not set: skipping the live takeover cluster test'
  : !redisUrl
    ? 'REDIS_URL is not set: skipping the live takeover cluster test'
    : !mqttUrl
      ? 'MQTT_URL is not set: skipping the live takeover cluster test'
      : false;

let cluster: Cluster;
before(async () => {
  if (skip) return;
  cluster = await startCluster({ nodes: 2, databaseUrl: databaseUrl!, redisUrl: redisUrl!, env: { METRICS: 'public' } });
});
after(async () => {
  await cluster?.close();
});

async function metricsOf(node: number) {
  const response = await fetch(`${cluster.urls[node]}/metrics`);
  const samples = parsePrometheus(await response.text());
  return {
    held: sampleSum(samples, 'junction_live_connections'),
    messages: sampleSum(samples, 'junction_live_events_total', { type: 'mqtt', event: 'message' }),
    connects: sampleSum(samples, 'junction_live_events_total', { type: 'mqtt', event: 'connect' }),
  };
}

test('one of two nodes holds an MQTT connection and echoes each message once; after a SIGKILL the other echoes within 10 s', {
  skip,
}, async () => {
  const topic = `junction-cluster/${process.pid}/${Math.random().toString(36).slice(2, 8)}`;
  const broker = new URL(mqttUrl!);
  const created = await cluster.call<any>('POST', `/applications/${cluster.applicationId}/integrations`, {
    body: {
      name: 'held by one',
      integrationType: 'mqtt',
      topics: [`${topic}/in`],
      mqttConfig: { host: broker.hostname, port: Number(broker.port || 1883), protocol: 'mqtt' },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const flow = await cluster.call<any>('POST', `/applications/${cluster.applicationId}/flows`, {
    body: {
      name: 'echo',
      triggers: [{ type: 'integration', key: id, config: {}, outputIds: [['echo']] }],
      nodes: [
        {
          id: 'echo',
          type: 'MqttMessageNode',
          config: { integrationId: id, topicTemplate: `${topic}/out`, messageTemplate: 'echo {{data.message}}' },
          outputIds: [[]],
        },
      ],
    },
  });
  assert.equal(flow.status, 201, JSON.stringify(flow.body));
  const owner = await waitFor(
    'a node to hold the connection',
    async () => {
      const [m0, m1] = [await metricsOf(0), await metricsOf(1)];
      return m0.connects + m1.connects === 1 ? (m0.held === 1 ? 0 : 1) + 1 : 0;
    },
    10_000,
  );
  const holder = owner - 1;
  const survivor = 1 - holder;
  const sub = await subscriber(mqttUrl!, `${topic}/out`);
  try {
    // Both runners may cache "no workflow" for a moment: wait for the first echo, then count.
    await waitFor(
      'the first echo',
      async () => {
        await publishOnce(mqttUrl!, `${topic}/in`, 'warm-up');
        return sub.received.length > 0;
      },
      10_000,
    );
    // Steady state: still one holder after several lease renewals, and each message echoed once.
    await new Promise((r) => setTimeout(r, 3_500));
    assert.deepEqual([(await metricsOf(holder)).held, (await metricsOf(survivor)).held], [1, 0]);
    const before = sub.received.length;
    for (let i = 0; i < 5; i++) await publishOnce(mqttUrl!, `${topic}/in`, `m${i}`);
    await waitFor('five echoes', () => sub.received.length >= before + 5);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      sub.received.slice(before).map((m) => m.message),
      ['echo m0', 'echo m1', 'echo m2', 'echo m3', 'echo m4'],
      'each message echoed once',
    );
    assert.equal((await metricsOf(survivor)).messages, 0, 'the other node got no message');

    const killed = Date.now();
    await cluster.kill(holder, 'SIGKILL');
    const resumed = await waitFor(
      'echoes from the surviving node',
      async () => {
        const mark = sub.received.length;
        await publishOnce(mqttUrl!, `${topic}/in`, 'after');
        await new Promise((r) => setTimeout(r, 100));
        return sub.received.slice(mark).some((m) => m.message === 'echo after') ? Date.now() : 0;
      },
      10_000,
    );
    const tookOver = resumed - killed;
    assert.ok(tookOver < 10_000, `echoes resumed ${tookOver} ms after the SIGKILL`);
    assert.equal((await metricsOf(survivor)).held, 1);
    const status = (await cluster.call<any>('GET', `/applications/${cluster.applicationId}/integrations/${id}`, { node: survivor })).body
      .status;
    assert.ok(status.connectInfo.ts >= killed, 'the new holder wrote its connect time');
    // Once taken over, still once per message.
    const mark = sub.received.length;
    await publishOnce(mqttUrl!, `${topic}/in`, 'last');
    await waitFor('the last echo', () => sub.received.length > mark);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      sub.received.slice(mark).map((m) => m.message),
      ['echo last'],
    );
    process.stdout.write(`# live takeover after SIGKILL: echoes resumed after ${tookOver} ms\n`);
  } finally {
    await sub.close();
  }
});

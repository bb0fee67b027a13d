/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { publishOnce, waitFor } from '../helpers/live.js';
import { parsePrometheus, sampleSum } from '../helpers/prometheus.js';

// Two `bin/junction serve` processes on one PostgreSQL: an MQTT integration's connection is held by one
// of them; when that one is killed (SIGKILL, no goodbye) the other takes it over within 10 s. Which node
// holds it and which one got a message are read from each node's /metrics (junction_live_connections,
// junction_live_events_total): the workflow runner is not wired yet, so the events have no workflow to run.
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

test('one of two nodes holds an MQTT connection; after a SIGKILL the other holds it within 10 s', { skip }, async () => {
  const topic = `junction-cluster/${process.pid}/${Math.random().toString(36).slice(2, 8)}`;
  const broker = new URL(mqttUrl!);
  const created = await cluster.call<any>('POST', `/applications/${cluster.applicationId}/integrations`, {
    body: {
      name: 'held by one',
      integrationType: 'mqtt',
      topics: [topic],
      mqttConfig: { host: broker.hostname, port: Number(broker.port || 1883), protocol: 'mqtt' },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
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
  // Steady state: still one holder after several lease renewals, and each message counted once.
  await new Promise((r) => setTimeout(r, 3_500));
  assert.deepEqual([(await metricsOf(holder)).held, (await metricsOf(survivor)).held], [1, 0]);
  for (let i = 0; i < 3; i++) await publishOnce(mqttUrl!, topic, `before ${i}`);
  await waitFor('three messages on the holder', async () => (await metricsOf(holder)).messages === 3);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal((await metricsOf(holder)).messages, 3);
  assert.equal((await metricsOf(survivor)).messages, 0, 'the other node got none');

  const killed = Date.now();
  await cluster.kill(holder, 'SIGKILL');
  await waitFor('the surviving node to connect', async () => (await metricsOf(survivor)).connects === 1, 10_000);
  const tookOver = Date.now() - killed;
  assert.ok(tookOver < 10_000, `took over after ${tookOver} ms`);
  await waitFor(
    'delivery on the surviving node',
    async () => {
      await publishOnce(mqttUrl!, topic, 'after');
      return (await metricsOf(survivor)).messages > 0;
    },
    5_000,
  );
  const status = (await cluster.call<any>('GET', `/applications/${cluster.applicationId}/integrations/${id}`, { node: survivor })).body
    .status;
  assert.ok(status.connectInfo.ts >= killed, 'the new holder wrote its connect time');
  process.stdout.write(`# live takeover after SIGKILL: ${tookOver} ms\n`);
});

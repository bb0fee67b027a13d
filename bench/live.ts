// node dist/bench/live.js [--quick]: a live MQTT integration's echo workflow under load. Junction runs as a
// `serve` child; an MQTT integration on the broker (MQTT_URL) fires a workflow whose MqttMessageNode echoes
// each message to another topic. A separate mqtt.js client publishes at steady rates (and in a burst) and
// measures, on the output topic, echoes per second, round-trip latency and losses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { createCore } from '../src/core/index.js';
import { openStore } from '../src/store/database.js';
import { BENCH_EGRESS_ALLOW, benchEgress } from './lib/egress.js';
import { echoCounter, message, offerBurst, offerSteady, type PhaseResult } from './lib/mqtt-load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, startProcess, stopProcess } from './lib/processes.js';

const quick = process.argv.includes('--quick');
const RATES = quick ? [2_000] : [1_000, 2_000, 4_000, 8_000];
const SECONDS = quick ? 2 : 10;
const BURST = quick ? 5_000 : 40_000;
const TARGET_RATE = 2_000;
const TARGET_P50 = 5;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const JUNCTION_PORT = benchPort(20);
const brokerUrl = new URL(process.env.MQTT_URL || 'mqtt://127.0.0.1:1883');
const run = Math.random().toString(36).slice(2, 8);
const IN = `junction-bench/${run}/in`;
const OUT = `junction-bench/${run}/out`;
/** Published to and received from by the bench alone: the broker's own round trip, for comparison. */
const DIRECT = `junction-bench/${run}/direct`;

async function prepare(dataDir: string) {
  const store = openStore({ dataDir, databaseUrl: null });
  await store.migrate();
  const core = createCore(store, SECRET, { egress: benchEgress() });
  const tenant = await core.setup.init();
  await core.close();
  if (!tenant.token) throw new Error('setup init issued no token');
  return { applicationId: tenant.applicationId, token: tenant.token };
}

async function api(url: string, token: string, method: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

async function waitUntil<T>(what: string, check: () => Promise<T | null | undefined | false>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The echo workflow: an MQTT integration on the broker and an integration trigger → MqttMessageNode. */
async function createEcho(base: string, token: string) {
  const integration = await api(`${base}/integrations`, token, 'POST', {
    name: 'bench broker',
    integrationType: 'mqtt',
    topics: [IN],
    mqttConfig: { host: brokerUrl.hostname, port: Number(brokerUrl.port || 1883), protocol: 'mqtt' },
  });
  await waitUntil(
    'the integration to connect',
    async () => {
      const status = (await api(`${base}/integrations/${integration.id}`, token, 'GET')).status;
      return status?.connectInfo?.ts && status.connectInfo.ts > (status.disconnectInfo?.ts ?? 0);
    },
    10_000,
  );
  const flow = await api(`${base}/flows`, token, 'POST', {
    name: 'bench echo',
    triggers: [{ type: 'integration', key: integration.id, config: {}, outputIds: [['echo']] }],
    nodes: [
      {
        id: 'echo',
        type: 'MqttMessageNode',
        // Triple braces: the message goes out as it came, not HTML-escaped.
        config: { integrationId: integration.id, topicTemplate: OUT, messageTemplate: '{{{data.message}}}' },
        outputIds: [[]],
      },
    ],
  });
  return { integrationId: integration.id as string, flowId: flow.id as string };
}

const client = (name: string) => connectAsync(brokerUrl.toString(), { clientId: `junction-bench-${name}-${run}`, reconnectPeriod: 0 });

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-live-'));
  const tenant = await prepare(dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(JUNCTION_PORT),
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
  };
  delete env.DATABASE_URL;
  const junction = await startProcess(JUNCTION_MAIN, ['serve'], env, JUNCTION_PORT);
  const clients: MqttClient[] = [];
  try {
    const base = `${junction.url}/applications/${tenant.applicationId}`;
    const { flowId } = await createEcho(base, tenant.token);
    const subscriber = await client('sub');
    const publisher = await client('pub');
    clients.push(subscriber, publisher);
    await subscriber.subscribeAsync([OUT, DIRECT], { qos: 0 });
    const echoes = echoCounter(subscriber);

    // The workflow's first run loads it from the store; then a second of load warms the JIT.
    echoes.begin('ready', 1);
    await waitUntil(
      'the first echo',
      async () => {
        publisher.publish(IN, message('ready', 0));
        await new Promise((r) => setTimeout(r, 100));
        return echoes.received > 0;
      },
      10_000,
    );
    echoes.begin('warmup', 1_000);
    await offerSteady(publisher, IN, 'warmup', 1_000, 1);
    await echoes.drain(1_000, 1_000);

    const results: PhaseResult[] = [];
    const measure = async (phase: string, asked: number | null, count: number, offer: (tag: string) => ReturnType<typeof offerSteady>) => {
      const tag = phase.replace(/\W/g, '');
      echoes.begin(tag, count);
      const cpuBefore = cpuMs(junction.child.pid);
      const sent = await offer(tag);
      await echoes.drain(sent.sent, 2_000);
      const cpu = cpuMs(junction.child.pid) - cpuBefore;
      const s = echoes.summary();
      const wall = (s.lastAt || performance.now()) - sent.started;
      results.push({
        phase,
        asked,
        sent: sent.sent,
        offered: sent.offered,
        delivered: s.received,
        deliveredPerSecond: s.received / (wall / 1000),
        p50: s.p50,
        p99: s.p99,
        max: s.max,
        lost: sent.sent - s.received,
        duplicates: s.duplicates,
        junctionCpu: (cpu / (performance.now() - sent.started)) * 100,
        cpuPerMessageUs: s.received ? (cpu * 1000) / s.received : Number.NaN,
      });
      await new Promise((r) => setTimeout(r, 500));
    };
    for (const rate of new Set([TARGET_RATE, RATES[RATES.length - 1]])) {
      await measure(`broker only ${rate}/s`, null, rate * SECONDS, (tag) => offerSteady(publisher, DIRECT, tag, rate, SECONDS));
    }
    for (const rate of RATES) {
      await measure(`steady ${rate}/s`, rate, rate * SECONDS, (tag) => offerSteady(publisher, IN, tag, rate, SECONDS));
    }
    await measure('burst', null, BURST, (tag) => offerBurst(publisher, IN, tag, BURST));

    const logs = await api(`${base}/flows/${flowId}/logs?limit=100`, tenant.token, 'GET');
    const runs = (logs as { runCount: number; pathsFailed: number }[]).reduce(
      (sum, p) => ({ count: sum.count + p.runCount, failed: sum.failed + p.pathsFailed }),
      { count: 0, failed: 0 },
    );
    print(results, runs, echoes.stray);
  } finally {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await stopProcess(junction.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(2));

function print(results: PhaseResult[], runs: { count: number; failed: number }, stray: number) {
  const verdict = (r: PhaseResult) => {
    const latency = r.p50 < TARGET_P50;
    if (r.asked === null) return { target: '', verdict: '' };
    if (r.asked < TARGET_RATE) return { target: `p50 < ${TARGET_P50} ms`, verdict: latency ? 'met' : 'missed' };
    // Kept pace: 99 % of the messages echoed, at 99 % of the offered rate (the last echo's latency counts in).
    const kept = r.delivered >= 0.99 * r.sent && r.deliveredPerSecond >= 0.99 * Math.min(r.offered, r.asked);
    const sustained = kept && r.deliveredPerSecond >= 0.99 * TARGET_RATE;
    return { target: `≥ ${TARGET_RATE}/s kept, p50 < ${TARGET_P50} ms`, verdict: sustained && latency ? 'met' : 'missed' };
  };
  const lines = [
    [
      'phase',
      'offered/s',
      'sent',
      'echoed',
      'echoed/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'lost',
      'dup',
      'Junction CPU',
      'CPU µs/msg',
      'target',
      'verdict',
    ],
    ...results.map((r) => {
      const v = verdict(r);
      return [
        r.phase,
        r.offered.toFixed(0),
        String(r.sent),
        String(r.delivered),
        r.deliveredPerSecond.toFixed(0),
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
        `${r.lost} (${((r.lost / r.sent) * 100).toFixed(1)} %)`,
        String(r.duplicates),
        `${r.junctionCpu.toFixed(0)} %`,
        r.phase.startsWith('broker') ? '-' : r.cpuPerMessageUs.toFixed(0),
        v.target,
        v.verdict,
      ];
    }),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(
    [
      `live MQTT echo (${quick ? 'quick' : 'full'}): broker ${brokerUrl.host} → Junction (SQLite) → integration trigger → MqttMessageNode → broker, QoS 0`,
      '',
      fmt(lines[0]),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...lines.slice(1).map(fmt),
      '',
      `workflow log: ${runs.count} runs, ${runs.failed} failed paths (runs refused by a full queue count as failed); ${stray} stray echoes`,
      `issue target (≥ ${TARGET_RATE} msg/s sustained, p50 < ${TARGET_P50} ms): ${results.some((r) => verdict(r).verdict === 'met' && (r.asked ?? 0) >= TARGET_RATE) ? 'met' : 'missed'}`,
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

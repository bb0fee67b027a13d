// node dist/bench/proxy.js [--quick]: the proxy's own overhead. The same local upstream is called directly and
// through GET /proxy/items/{id}, one request at a time, interleaved; prints both medians and their difference.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/core/index.js';
import { INTEGRATION_DEFAULTS } from '../src/core/integrations/integration-service.js';
import { openStore } from '../src/store/database.js';
import { BENCH_EGRESS_ALLOW, benchEgress } from './lib/egress.js';
import { median } from './lib/load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, ROOT, startProcess, stopProcess } from './lib/processes.js';
import { PROXY_OVERHEAD_MAX_MS, verdict } from './lib/targets.js';

const quick = process.argv.includes('--quick');
const REQUESTS = quick ? 1_000 : 5_000;
const WARMUP = 2_000;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const UPSTREAM_PORT = benchPort(11);
const JUNCTION_PORT = benchPort(10);

async function prepare(dataDir: string, upstreamUrl: string) {
  const store = openStore({ dataDir, databaseUrl: null });
  await store.migrate();
  const core = createCore(store, SECRET, { egress: benchEgress() });
  const tenant = await core.setup.init();
  const principal = await core.auth.authenticate(`Bearer ${tenant.token}`);
  const integration = await core.integrations.create(
    { principal, source: 'system' },
    { organizationId: tenant.organizationId, applicationId: null },
    {
      ...INTEGRATION_DEFAULTS,
      name: 'bench upstream',
      config: {
        base_url: upstreamUrl,
        headers: { Accept: 'text/plain' },
        credentials: { format: 'api_key', config: {} },
        resources: { items: { get: { path: '/items/{{id}}' } } },
      },
    },
  );
  // As a Truto account is: in an environment where the integration is installed, with an override.
  const issued = await core.tokens.createForApplication({ principal, source: 'system' }, tenant.applicationId, {
    name: 'bench environment',
    scopes: ['all.Application'],
  });
  const environment = { principal: await core.auth.authenticate(`Bearer ${issued.token}`), source: 'truto' as const };
  await core.installations.install(environment, { integrationId: integration.id, override: { headers: { Accept: 'application/json' } } });
  const account = await core.integratedAccounts.create(environment, { integrationId: integration.id, context: { api_key: 'bench-key' } });
  await core.close();
  return { token: issued.token, accountId: account.id };
}

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-proxy-'));
  const upstream = await startProcess(
    join(ROOT, 'dist', 'bench', 'upstream-server.js'),
    [],
    { ...process.env, PORT: String(UPSTREAM_PORT) },
    UPSTREAM_PORT,
  );
  const { token, accountId } = await prepare(dataDir, upstream.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(JUNCTION_PORT),
    RATE_LIMIT_BURST: '1000000',
    RATE_LIMIT_PER_SECOND: '1000000',
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
  };
  delete env.DATABASE_URL;
  const junction = await startProcess(JUNCTION_MAIN, ['serve'], env, JUNCTION_PORT);
  try {
    const direct = `${upstream.url}/items/item-1`;
    const directHeaders = { authorization: 'Bearer bench-key', accept: 'application/json' };
    const proxied = `${junction.url}/proxy/items/item-1?integrated_account_id=${accountId}`;
    const proxyHeaders = { authorization: `Bearer ${token}` };
    for (let i = 0; i < WARMUP; i++) {
      await timed(direct, directHeaders);
      await timed(proxied, proxyHeaders);
    }
    const directTimes: number[] = [];
    const proxyTimes: number[] = [];
    const cpuBefore = cpuMs(junction.child.pid);
    for (let i = 0; i < REQUESTS; i++) {
      directTimes.push(await timed(direct, directHeaders));
      proxyTimes.push(await timed(proxied, proxyHeaders));
    }
    const cpuPerCall = (cpuMs(junction.child.pid) - cpuBefore) / REQUESTS;
    const d = median(directTimes);
    const p = median(proxyTimes);
    const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)];
    process.stdout.write(`proxy overhead (${REQUESTS} sequential requests each, SQLite, one connection)\n`);
    process.stdout.write(`direct call  median ${d.toFixed(3)} ms  p99 ${p99(directTimes).toFixed(3)} ms\n`);
    process.stdout.write(`proxy call   median ${p.toFixed(3)} ms  p99 ${p99(proxyTimes).toFixed(3)} ms\n`);
    process.stdout.write(
      `added by the proxy at the median: ${(p - d).toFixed(3)} ms (target ≤ ${PROXY_OVERHEAD_MAX_MS} ms: ${verdict(p - d <= PROXY_OVERHEAD_MAX_MS)}${quick ? ', quick mode: indicative' : ''})\n`,
    );
    process.stdout.write(`Junction CPU (user + system) per proxied call: ${cpuPerCall.toFixed(3)} ms\n`);
  } finally {
    await stopProcess(junction.child);
    await stopProcess(upstream.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

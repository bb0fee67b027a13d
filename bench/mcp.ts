// node dist/bench/mcp.js [--quick]: what an MCP tool call costs over the same call through /proxy. One
// local upstream; GET /proxy/items/{id} and a JSON-RPC tools/call of get_items_by_id on /mcp/{id},
// one request at a time, interleaved; prints both medians, their difference and Junction's CPU per call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/core/index.js';
import { INTEGRATION_DEFAULTS } from '../src/core/integrations/integration-service.js';
import { openStore } from '../src/store/database.js';
import { median } from './lib/load.js';
import { cpuMs, JUNCTION_MAIN, ROOT, startProcess, stopProcess } from './lib/processes.js';

const quick = process.argv.includes('--quick');
const REQUESTS = quick ? 1_000 : 5_000;
const WARMUP = quick ? 500 : 2_000;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const UPSTREAM_PORT = 3921;
const JUNCTION_PORT = 3920;

async function prepare(dataDir: string, upstreamUrl: string) {
  const store = openStore({ dataDir, databaseUrl: null });
  await store.migrate();
  const core = createCore(store, SECRET);
  const tenant = await core.setup.init();
  const principal = await core.auth.authenticate(`Bearer ${tenant.token}`);
  const actor = { principal, source: 'system' as const };
  const integration = await core.integrations.create(
    actor,
    { organizationId: tenant.organizationId, applicationId: null },
    {
      ...INTEGRATION_DEFAULTS,
      name: 'bench upstream',
      config: {
        base_url: upstreamUrl,
        headers: { Accept: 'application/json' },
        credentials: { format: 'api_key', config: {} },
        resources: { items: { get: { path: '/items/{{id}}' }, list: { path: '/items' } } },
      },
    },
  );
  const account = await core.integratedAccounts.create(actor, { integrationId: integration.id, context: { api_key: 'bench-key' } });
  const mcp = await core.mcpServers.create(actor, account.id, { name: 'bench', config: { methods: ['read'] } });
  await core.close();
  return { token: tenant.token, accountId: account.id, mcpId: mcp.id, mcpToken: mcp.token };
}

async function timed(url: string, init: RequestInit, check: (text: string) => boolean): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== 200 || !check(text)) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`);
  return performance.now() - started;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-mcp-'));
  const upstream = await startProcess(
    join(ROOT, 'dist', 'bench', 'upstream-server.js'),
    [],
    { ...process.env, PORT: String(UPSTREAM_PORT) },
    UPSTREAM_PORT,
  );
  const { token, accountId, mcpId, mcpToken } = await prepare(dataDir, upstream.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(JUNCTION_PORT),
    RATE_LIMIT_BURST: '1000000',
    RATE_LIMIT_PER_SECOND: '1000000',
    MCP_RATE_LIMIT_BURST: '1000000',
    MCP_RATE_LIMIT_PER_SECOND: '1000000',
  };
  delete env.DATABASE_URL;
  const junction = await startProcess(JUNCTION_MAIN, ['serve'], env, JUNCTION_PORT);
  try {
    const proxied = `${junction.url}/proxy/items/item-1?integrated_account_id=${accountId}`;
    const proxyInit = { headers: { authorization: `Bearer ${token}` } };
    const toolCall = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'get_items_by_id', arguments: { id: 'item-1' } },
    });
    const mcpInit = {
      method: 'POST',
      headers: {
        authorization: `Bearer ${mcpToken}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      body: toolCall,
    };
    const mcpUrl = `${junction.url}/mcp/${mcpId}`;
    const proxyOk = (text: string) => text.includes('item-1');
    const mcpOk = (text: string) => text.includes('item-1') && !text.includes('"isError":true');
    for (let i = 0; i < WARMUP; i++) {
      await timed(proxied, proxyInit, proxyOk);
      await timed(mcpUrl, mcpInit, mcpOk);
    }
    const proxyTimes: number[] = [];
    const mcpTimes: number[] = [];
    let proxyCpu = 0;
    let mcpCpu = 0;
    for (let i = 0; i < REQUESTS; i++) {
      let before = cpuMs(junction.child.pid);
      proxyTimes.push(await timed(proxied, proxyInit, proxyOk));
      let now = cpuMs(junction.child.pid);
      proxyCpu += now - before;
      before = now;
      mcpTimes.push(await timed(mcpUrl, mcpInit, mcpOk));
      now = cpuMs(junction.child.pid);
      mcpCpu += now - before;
    }
    const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)];
    const p = median(proxyTimes);
    const m = median(mcpTimes);
    process.stdout.write(`MCP tool call vs proxy call (${REQUESTS} sequential requests each, SQLite, one connection)\n`);
    process.stdout.write(
      `proxy call      median ${p.toFixed(3)} ms  p99 ${p99(proxyTimes).toFixed(3)} ms  CPU ${(proxyCpu / REQUESTS).toFixed(3)} ms\n`,
    );
    process.stdout.write(
      `MCP tools/call  median ${m.toFixed(3)} ms  p99 ${p99(mcpTimes).toFixed(3)} ms  CPU ${(mcpCpu / REQUESTS).toFixed(3)} ms\n`,
    );
    process.stdout.write(`added by MCP at the median: ${(m - p).toFixed(3)} ms\n`);
  } finally {
    await stopProcess(junction.child);
    await stopProcess(upstream.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

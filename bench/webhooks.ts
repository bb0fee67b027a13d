// node dist/bench/webhooks.js [--quick]: (1) inbound webhooks accepted per second on one integrated
// account, each HMAC-SHA256-verified over its raw body and written to the event stream (autocannon over
// loopback); (2) delivery throughput: a backlog of events across 50 accounts sent, signed, to a loopback
// sink. SQLite in a temp dir, or PostgreSQL when DATABASE_URL is set.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { createCore } from '../src/core/index.js';
import { INTEGRATION_DEFAULTS } from '../src/core/integrations/integration-service.js';
import { openStore } from '../src/store/database.js';
import { benchEgress } from './lib/egress.js';
import { load } from './lib/load.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const BACKLOG = quick ? 1_000 : 5_000;
const ACCOUNTS = 50;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const HOOK_SECRET = 'provider-secret';

let delivered = 0;
const sink = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    delivered++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});
await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;

const databaseUrl = process.env.DATABASE_URL || null;
const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-webhooks-'));
const pgSchema = databaseUrl ? `bench_wh_${process.pid}` : undefined;
const store = openStore({ dataDir, databaseUrl, pgSchema });
await store.migrate();
const core = createCore(store, SECRET, {
  egress: benchEgress(),
  inbound: { perSecond: 1_000_000, burst: 1_000_000 },
  deliveries: { concurrency: 32, pollMs: 50 },
});
const app = await buildApp({ config: { bodyLimit: 1024 * 1024, rateLimit: { burst: 1e9, perSecond: 1e9 }, redisUrl: null }, core });
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const tenant = await core.setup.init();
const token = await core.tokens.createForApplication({ principal: null, source: 'system' }, tenant.applicationId, {
  name: 'bench',
  scopes: ['all.Application'],
});
const principal = await core.auth.authenticate(`Bearer ${token.token}`);
const actor = { principal, source: 'truto' as const };
const integration = await core.integrations.create(
  { principal: null, source: 'system' },
  { organizationId: tenant.organizationId, applicationId: null },
  {
    ...INTEGRATION_DEFAULTS,
    name: 'bench-webhooks',
    config: {
      base_url: 'http://127.0.0.1:9',
      credentials: { format: 'api_key', config: { fields: [] } },
      webhook: {
        signature_verification: {
          format: 'hmac',
          config: { algorithm: 'sha256', secret: HOOK_SECRET, parts: ['$body'], compare_with: '$header.x-signature' },
        },
      },
    },
  },
);
const accounts: string[] = [];
for (let i = 0; i < ACCOUNTS; i++)
  accounts.push((await core.integratedAccounts.create(actor, { integrationId: integration.id, context: { api_key: 'k' } })).id);

// (1) Inbound: the same signed payload again and again to one account (no subscriber: accept + outbox write).
const body = JSON.stringify({ type: 'contact.updated', id: 'c-1', changes: { name: 'Ada' } });
const signature = createHmac('sha256', HOOK_SECRET).update(body).digest('hex');
const inbound = await load({
  url: `${base}/integrated-account-webhook/${accounts[0]}`,
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-signature': signature },
  body,
  connections: 16,
  seconds: SECONDS,
});
const badSignature = await load({
  url: `${base}/integrated-account-webhook/${accounts[0]}`,
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-signature': '0'.repeat(64) },
  body,
  connections: 16,
  seconds: Math.max(2, SECONDS / 2),
});

// (2) Deliveries: a backlog accepted while no node delivers, then drained by this node's runtime.
await core.outboundWebhooks.create(actor, { targetUrl: sinkUrl, eventTypes: ['record:*'] });
const request = (i: number) => ({
  method: 'POST' as const,
  raw: Buffer.from(JSON.stringify({ i })),
  contentType: 'application/json',
  headers: { 'x-signature': createHmac('sha256', HOOK_SECRET).update(JSON.stringify({ i })).digest('hex') },
  query: {},
});
for (let i = 0; i < BACKLOG; i++) await core.inboundWebhooks.forAccount(accounts[i % ACCOUNTS], request(i));
const started = performance.now();
await core.start();
while (delivered < BACKLOG) await new Promise((r) => setTimeout(r, 20));
const seconds = (performance.now() - started) / 1000;

console.log(
  JSON.stringify(
    {
      database: store.dialect,
      inbound: {
        accepted_per_s: Math.round(inbound.rps),
        p50_ms: inbound.p50,
        p99_ms: inbound.p99,
        ok: inbound.ok,
        errors: inbound.errors,
      },
      inbound_refused: { refused_per_s: Math.round(badSignature.rps), p99_ms: badSignature.p99, not_401: badSignature.ok },
      deliveries: { events: BACKLOG, streams: ACCOUNTS, seconds: Number(seconds.toFixed(2)), per_s: Math.round(BACKLOG / seconds) },
    },
    null,
    2,
  ),
);

await app.close();
await core.close();
sink.close();
if (databaseUrl && pgSchema) {
  const cleanup = openStore({ dataDir, databaseUrl });
  const { sql } = await import('kysely');
  await sql`DROP SCHEMA IF EXISTS ${sql.id(pgSchema)} CASCADE`.execute(cleanup.db).catch(() => {});
  await cleanup.close();
}
rmSync(dataDir, { recursive: true, force: true });

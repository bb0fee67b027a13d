// node dist/bench/flows.js [--quick]: records/s of one flow run from a local paged source (pages of 100,
// `skip` paging) through a Mapper 1.0 mapping to a local sink (HTTP import, batches of 100), and the
// resident memory after 10k and after 100k records, in one process on SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/core/index.js';
import { openStore } from '../src/store/database.js';
import { benchEgress } from './lib/egress.js';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [2_000, 10_000] : [10_000, 100_000];
const PAGE = 100;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';

let total = 0;
const source = createServer((req, res) => {
  const skip = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('skip') ?? '0');
  const n = Math.max(0, Math.min(PAGE, total - skip));
  const records = Array.from({ length: n }, (_, i) => ({ id: skip + i, name: `Customer ${skip + i}`, email: `c${skip + i}@example.test` }));
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: records }));
});
const sink = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
const listen = (s: typeof source) =>
  new Promise<string>((r) => s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));

const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-flows-'));
const store = openStore({ dataDir, databaseUrl: null });
await store.migrate();
const core = createCore(store, SECRET, { egress: benchEgress(), flows: { pollMs: 20, heartbeatMs: 1_000 } });
const tenant = await core.setup.init();
const principal = await core.auth.authenticate(`Bearer ${tenant.token}`);
const actor = { principal, source: 'system' as const };
const org = tenant.organizationId;
const [sourceUrl, sinkUrl] = [await listen(source), await listen(sink)];
const connection = async (baseURI: string) =>
  (
    await core.resources.create(actor, org, 'connection', {
      name: 'c',
      type: 'http',
      http: { baseURI, auth: { type: 'token', token: { token: 't' } } },
    })
  ).id;
const exportId = (
  await core.resources.create(actor, org, 'export', {
    name: 'source',
    adaptorType: 'HTTPExport',
    _connectionId: await connection(sourceUrl),
    http: {
      method: 'GET',
      relativeURI: '/c?skip={{export.http.paging.skip}}',
      paging: { method: 'skip' },
      response: { resourcePath: 'data' },
    },
  })
).id;
const importId = (
  await core.resources.create(actor, org, 'import', {
    name: 'sink',
    adaptorType: 'HTTPImport',
    _connectionId: await connection(sinkUrl),
    http: { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'], batchSize: 100 },
    mapping: {
      fields: [
        { extract: 'id', generate: 'externalId' },
        { extract: 'name', generate: 'fullName' },
        { extract: 'email', generate: 'contact.email' },
      ],
    },
  })
).id;
const flow = await core.integrationFlows.create(actor, org, {
  name: 'bench',
  pageGenerators: [{ _exportId: exportId }],
  pageProcessors: [{ type: 'import', _importId: importId }],
});

const rss = () => Math.round(process.memoryUsage().rss / 1_048_576);
const results: string[] = [];
for (const size of SIZES) {
  total = size;
  global.gc?.();
  const started = performance.now();
  const job = await core.jobs.run(actor, flow.id, {});
  let done = await core.jobs.get(principal, job.id);
  while (!['completed', 'failed', 'canceled'].includes(done.status)) {
    await new Promise((r) => setTimeout(r, 20));
    done = await core.jobs.get(principal, job.id);
  }
  const seconds = (performance.now() - started) / 1000;
  results.push(`${size} records: ${done.status}, ${done.numSuccess} delivered, ${Math.round(size / seconds)} records/s, rss ${rss()} MB`);
}
process.stdout.write(`${results.join('\n')}\n`);
await core.close();
source.close();
sink.close();
rmSync(dataDir, { recursive: true, force: true });

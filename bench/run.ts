// npm run bench [-- --quick]: starts Junction and a bare-Fastify ceiling, loads both with autocannon, prints one table.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_EGRESS_ALLOW } from './lib/egress.js';
import { type LoadResult, type LoadSpec, medianOf } from './lib/load.js';
import { CEILING_MAIN, JUNCTION_MAIN, rssMb, startProcess, stopProcess } from './lib/processes.js';
import { seed } from './lib/seed.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 2 : 10;
const RUNS = quick ? 1 : 3;
const CONNECTIONS = 50;
const APPLICATIONS = 10;
const PER_APPLICATION = quick ? 1_000 : 10_000;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const databaseUrl = process.env.DATABASE_URL || null;

interface Row {
  scenario: string;
  result: LoadResult;
  ratio: number;
  target?: string;
}

function storeOptions(dataDir: string) {
  if (!databaseUrl) return { env: {}, options: { dataDir, databaseUrl: null } };
  const schema = `bench_${Date.now()}`;
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { env: { DATABASE_URL: url.toString() }, options: { dataDir, databaseUrl, pgSchema: schema }, schema };
}

async function storeSizeMb(dataDir: string, schema?: string): Promise<number> {
  if (!schema || !databaseUrl) {
    const bytes = readdirSync(dataDir)
      .filter((f) => f.startsWith('junction.db'))
      .reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0);
    return Math.round((bytes / 1024 / 1024) * 10) / 10;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `select coalesce(sum(pg_total_relation_size(quote_ident(schemaname) || '.' || quote_ident(tablename))), 0) as bytes from pg_tables where schemaname = $1`,
    [schema],
  );
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
  return Math.round((Number(rows[0].bytes) / 1024 / 1024) * 10) / 10;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-bench-'));
  const store = storeOptions(dataDir);
  process.stdout.write(
    `Junction benchmark (${quick ? 'quick' : 'full'}): ${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${APPLICATIONS} applications × ${PER_APPLICATION} integrations, ${CONNECTIONS} connections, ${SECONDS}s × ${RUNS} run(s) per scenario\n`,
  );
  const seeded = await seed(store.options, SECRET, APPLICATIONS, PER_APPLICATION);
  process.stdout.write(`seeded ${APPLICATIONS * PER_APPLICATION} integrations in ${seeded.seconds.toFixed(1)}s\n`);

  const junctionEnv = {
    ...process.env,
    ...store.env,
    DATA_DIR: dataDir,
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: '3900',
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
    // The load comes from one token: measure the server, not its rate limit.
    RATE_LIMIT_BURST: '1000000000',
    RATE_LIMIT_PER_SECOND: '1000000000',
  };
  if (!databaseUrl) delete junctionEnv.DATABASE_URL;
  const junction = await startProcess(JUNCTION_MAIN, ['serve'], junctionEnv, 3900);
  const idleRss = rssMb(junction.child.pid);
  const auth = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const app0 = seeded.applicationIds[0];
  const one = `${junction.url}/applications/${app0}/integrations/${seeded.integrationId}`;
  const body = await (await fetch(one, { headers: auth })).text();

  const ceilingProcess = await startProcess(CEILING_MAIN, [], { ...process.env, PORT: '3901', CEILING_BODY: body }, 3901);
  const spec = (url: string, extra: Partial<LoadSpec> = {}): LoadSpec => ({
    url,
    connections: CONNECTIONS,
    seconds: SECONDS,
    headers: auth,
    ...extra,
  });
  const ceiling = await medianOf(RUNS, spec(`${ceilingProcess.url}/ceiling`, { headers: {} }));
  await stopProcess(ceilingProcess.child);

  const rows: Row[] = [];
  const measure = async (scenario: string, loadSpec: LoadSpec, target?: string) => {
    const result = await medianOf(RUNS, loadSpec);
    rows.push({ scenario, result, ratio: result.rps / ceiling.rps, target });
    return result;
  };
  const list = `${junction.url}/applications/${app0}/integrations`;
  const lastPage = PER_APPLICATION / 100 - 1;
  await measure('Losant GET one integration', spec(one), '≥ 0.60 × ceiling, p99 ≤ 15 ms');
  const first = await measure(
    `Losant list 100 of ${PER_APPLICATION} (name, page 0)`,
    spec(`${list}?sortField=name&perPage=100&page=0`),
    '≥ 0.25 × ceiling',
  );
  await measure(
    `Losant list 100 of ${PER_APPLICATION} (name, middle page)`,
    spec(`${list}?sortField=name&perPage=100&page=${Math.floor(lastPage / 2)}`),
  );
  const last = await measure(
    `Losant list 100 of ${PER_APPLICATION} (name, last page)`,
    spec(`${list}?sortField=name&perPage=100&page=${lastPage}`),
    'p50 ≤ 2 × first page',
  );
  await measure('Losant list filtered by glob', spec(`${list}?filterField=name&filter=*0001*&perPage=100`), '≥ 0.25 × ceiling');

  const patch = await measure(
    'Losant PATCH',
    spec(one, { method: 'PATCH', body: JSON.stringify({ topics: ['bench/topic'] }) }),
    '≥ 0.30 × ceiling',
  );
  await new Promise((r) => setTimeout(r, 1000)); // let writes still in flight when the load stopped land
  const events = await countUpdates(store, dataDir, seeded.integrationId);
  await measure(
    'Losant POST create',
    spec(list, {
      method: 'POST',
      body: JSON.stringify({
        name: 'bench created',
        integrationType: 'mqtt',
        mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
      }),
    }),
  );
  const celigoOne = `${junction.url}/v1/integrations/${seeded.integrationId}`;
  await measure('integrator.io GET one integration', spec(celigoOne), '≥ 0.60 × ceiling');
  await measure(
    'integrator.io JSON-Patch PATCH',
    spec(celigoOne, { method: 'PATCH', body: JSON.stringify([{ op: 'replace', path: '/settings', value: { bench: true } }]) }),
    '≥ 0.30 × ceiling',
  );
  // Truto: one integration per connection, so each PATCH carries the version it just read.
  const trutoIds: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const created = await fetch(`${junction.url}/integration`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: `bench-${i}`, config: {} }),
    });
    trutoIds.push(((await created.json()) as { id: string }).id);
  }
  await measure('Truto GET one integration', spec(`${junction.url}/integration/${trutoIds[0]}`), '≥ 0.60 × ceiling');
  let nextConnection = 0;
  type PairContext = { id?: string; version?: number };
  const trutoPatch = await measure(
    'Truto PATCH with version (GET + PATCH pairs)',
    spec(`${junction.url}/integration/${trutoIds[0]}`, {
      requests: [
        {
          method: 'GET',
          setupRequest: (request, raw) => {
            const context = raw as PairContext;
            context.id ??= trutoIds[nextConnection++ % trutoIds.length];
            return { ...request, path: `/integration/${context.id}` };
          },
          onResponse: (_status, body, raw) => {
            (raw as PairContext).version = (JSON.parse(body) as { version: number }).version;
          },
        },
        {
          method: 'PATCH',
          setupRequest: (request, raw) => {
            const context = raw as PairContext;
            return {
              ...request,
              path: `/integration/${context.id}`,
              body: JSON.stringify({ version: context.version, category: 'bench' }),
            };
          },
        },
      ],
    }),
    '≥ 0.30 × ceiling',
  );
  const memoryAfter = rssMb(junction.child.pid);
  await stopProcess(junction.child);
  const sizeMb = await storeSizeMb(dataDir, store.schema);
  rmSync(dataDir, { recursive: true, force: true });

  printTable(ceiling, rows);
  // autocannon counts only the answers it read before stopping, so audit events may exceed them, never fall short.
  const acknowledged = patch.runs.reduce((sum, r) => sum + r.ok, 0);
  const noWriteLost = events.updates >= acknowledged && events.version === events.updates + 1;
  process.stdout.write(
    [
      '',
      `start-up (process start → first /health 200): ${junction.startupMs.toFixed(0)} ms (target ≤ 1500 ms)`,
      `resident memory: idle ${idleRss} MB; after the run with ${APPLICATIONS * PER_APPLICATION} integrations ${memoryAfter} MB (target ≤ 250 MB)`,
      `store size on disk: ${sizeMb} MB`,
      `last page p50 / first page p50: ${(last.p50 / Math.max(first.p50, 0.001)).toFixed(2)} (target ≤ 2)`,
      `PATCH: ${acknowledged} writes acknowledged, ${events.updates} update audit events, final version ${events.version} (${noWriteLost ? 'no write lost' : 'WRITES LOST'})`,
      '',
    ].join('\n'),
  );
  if (trutoPatch.errors > 0) process.stdout.write(`Truto PATCH: ${trutoPatch.errors} requests were refused (stale version or error)\n`);
  if (!noWriteLost) process.exitCode = 1;
}

/** Update audit events of the integration (one per accepted PATCH) and its stored version. */
async function countUpdates(store: ReturnType<typeof storeOptions>, dataDir: string, integrationId: string) {
  const { openStore } = await import('../src/store/database.js');
  const s = openStore({ ...store.options, dataDir });
  const row = await s.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('resource_id', '=', integrationId)
    .where('event', '=', 'update')
    .executeTakeFirst();
  const integration = await s.db.selectFrom('integrations').select('version').where('id', '=', integrationId).executeTakeFirst();
  await s.close();
  return { updates: Number(row?.n ?? 0), version: Number(integration?.version) };
}

function printTable(ceiling: LoadResult, rows: Row[]) {
  const lines = [
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'errors', 'target'],
    [
      'ceiling: bare Fastify, same body',
      ceiling.rps.toFixed(0),
      String(ceiling.p50),
      String(ceiling.p99),
      '1.00',
      String(ceiling.errors),
      '',
    ],
    ...rows.map((r) => [
      r.scenario,
      r.result.rps.toFixed(0),
      String(r.result.p50),
      String(r.result.p99),
      r.ratio.toFixed(2),
      String(r.result.errors),
      r.target ?? '',
    ]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(`\n${fmt(lines[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.slice(1).map(fmt).join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

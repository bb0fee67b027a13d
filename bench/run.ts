// npm run bench [-- --quick]: starts Junction and a bare-Fastify ceiling, loads both with autocannon, prints one table.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_SECRET, type BenchStore, benchStore, junctionEnvironment } from './lib/bench-store.js';
import { type LoadResult, type LoadSpec, medianOf } from './lib/load.js';
import { benchPort, CEILING_MAIN, cpuMs, JUNCTION_MAIN, rssMb, startProcess, stopProcess } from './lib/processes.js';
import { seed } from './lib/seed.js';
import {
  type Check,
  checkTable,
  LAST_PAGE_MAX,
  PROXY_OVERHEAD_MAX_MS,
  RSS_MAX_MB,
  ratioTargets,
  type Scenario,
  STARTUP_MAX_MS,
  scenarioTable,
} from './lib/targets.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 2 : 10;
const RUNS = quick ? 1 : 3;
const CONNECTIONS = 50;
const APPLICATIONS = 10;
const PER_APPLICATION = quick ? 1_000 : 10_000;
const databaseUrl = process.env.DATABASE_URL || null;

const targets = ratioTargets(databaseUrl !== null);
const LOSANT_PATCH_BODY = JSON.stringify({ topics: ['bench/topic'] });
const celigoPatchBody = (value: number) => JSON.stringify([{ op: 'replace', path: '/settings', value: { bench: value } }]);

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
  const store = benchStore('bench');
  const dataDir = store.dataDir;
  process.stdout.write(
    `Junction benchmark (${quick ? 'quick' : 'full'}): ${databaseUrl ? `PostgreSQL${process.env.REDIS_URL ? ' + Redis' : ' (no REDIS_URL)'}` : 'SQLite'}, ${APPLICATIONS} applications × ${PER_APPLICATION} integrations, ${CONNECTIONS} connections, ${SECONDS}s × ${RUNS} run(s) per scenario\n`,
  );
  const seeded = await seed(store.options, BENCH_SECRET, APPLICATIONS, PER_APPLICATION);
  process.stdout.write(`seeded ${APPLICATIONS * PER_APPLICATION} integrations in ${seeded.seconds.toFixed(1)}s\n`);

  const junctionEnv = junctionEnvironment(store);
  const junction = await startProcess(JUNCTION_MAIN, ['serve'], junctionEnv, benchPort(0));
  const idleRss = rssMb(junction.child.pid);
  const auth = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const app0 = seeded.applicationIds[0];
  const one = `${junction.url}/applications/${app0}/integrations/${seeded.integrationId}`;
  const celigoOne = `${junction.url}/v1/integrations/${seeded.integrationId}`;
  const list = `${junction.url}/applications/${app0}/integrations`;
  const lastPage = PER_APPLICATION / 100 - 1;
  const lists = {
    first: `${list}?sortField=name&perPage=100&page=0`,
    middle: `${list}?sortField=name&perPage=100&page=${Math.floor(lastPage / 2)}`,
    last: `${list}?sortField=name&perPage=100&page=${lastPage}`,
    glob: `${list}?filterField=name&filter=*0001*&perPage=100`,
  };
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
  const trutoOne = `${junction.url}/integration/${trutoIds[0]}`;

  // The ceiling serves each body Junction answers, so every ratio compares the same bytes.
  const urls = { losant: one, celigo: celigoOne, truto: trutoOne, ...lists };
  const bodies: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) bodies[`/${name}`] = await (await fetch(url, { headers: auth })).text();
  const bodiesFile = join(dataDir, 'ceiling-bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(bodies));
  const ceilingProcess = await startProcess(
    CEILING_MAIN,
    [],
    { ...process.env, PORT: String(benchPort(1)), CEILING_BODIES: bodiesFile },
    benchPort(1),
  );
  const spec = (url: string, extra: Partial<LoadSpec> = {}): LoadSpec => ({
    url,
    connections: CONNECTIONS,
    seconds: SECONDS,
    headers: auth,
    ...extra,
  });
  const ceilings: Record<string, { rps: number; cpuUs: number }> = {};
  const json = { 'content-type': 'application/json' };
  // A write's ceiling takes the same request (method, headers, JSON body) and answers the same body.
  const ceilingSpecs: Record<string, LoadSpec> = {
    ...Object.fromEntries(Object.keys(urls).map((name) => [name, spec(`${ceilingProcess.url}/${name}`, { headers: {} })])),
    'losant-patch': spec(`${ceilingProcess.url}/losant`, { method: 'PATCH', headers: json, body: LOSANT_PATCH_BODY }),
    'celigo-patch': spec(`${ceilingProcess.url}/celigo`, { method: 'PATCH', headers: json, body: celigoPatchBody(0) }),
    'truto-pair': spec(`${ceilingProcess.url}/truto`, {
      headers: json,
      requests: [{ method: 'GET' }, { method: 'PATCH', body: JSON.stringify({ version: 1, category: 'bench 1' }) }],
    }),
  };
  for (const [name, ceilingSpec] of Object.entries(ceilingSpecs)) {
    const result = await medianOf(RUNS, ceilingSpec, () => cpuMs(ceilingProcess.child.pid));
    ceilings[name] = { rps: result.rps, cpuUs: result.cpuUsPerRequest };
  }
  await stopProcess(ceilingProcess.child);

  const rows: Scenario[] = [];
  const measure = async (scenario: string, loadSpec: LoadSpec, ceiling: string, minRatio?: number) => {
    const result = await medianOf(RUNS, loadSpec, () => cpuMs(junction.child.pid));
    rows.push({ scenario, result, ceiling: ceilings[ceiling].rps, ceilingCpuUs: ceilings[ceiling].cpuUs, minRatio });
    return result;
  };
  const acknowledged = (r: LoadResult & { runs: LoadResult[] }) => r.runs.reduce((sum, run) => sum + run.ok, 0);
  const writes: WriteCheck[] = [];
  await measure('Losant GET one integration', spec(one), 'losant', targets.get);
  const first = await measure(`Losant list 100 of ${PER_APPLICATION} (name, first page)`, spec(lists.first), 'first', targets.list);
  await measure(`Losant list 100 of ${PER_APPLICATION} (name, middle page)`, spec(lists.middle), 'middle', targets.list);
  const last = await measure(`Losant list 100 of ${PER_APPLICATION} (name, last page)`, spec(lists.last), 'last', targets.list);
  await measure('Losant list filtered by glob', spec(lists.glob), 'glob', targets.list);

  const patch = await measure('Losant PATCH', spec(one, { method: 'PATCH', body: LOSANT_PATCH_BODY }), 'losant-patch', targets.patch);
  let seededAcknowledged = acknowledged(patch);
  writes.push(await checkWrites('Losant PATCH', store, dataDir, [seeded.integrationId], seededAcknowledged));
  await measure(
    'Losant POST create',
    spec(list, {
      method: 'POST',
      body: JSON.stringify({
        name: 'bench created',
        integrationType: 'mqtt',
        enabled: false, // an enabled one would be connected to the broker
        mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
      }),
    }),
    'losant',
  );
  await measure('integrator.io GET one integration', spec(celigoOne), 'celigo', targets.get);
  let flip = 0;
  const celigoPatch = await measure(
    'integrator.io JSON-Patch PATCH',
    spec(celigoOne, {
      method: 'PATCH',
      // Each write changes the value, so each one is a new version with its audit event.
      requests: [
        {
          method: 'PATCH',
          setupRequest: (request) => ({
            ...request,
            body: celigoPatchBody(flip++),
          }),
        },
      ],
    }),
    'celigo-patch',
    targets.patch,
  );
  seededAcknowledged += acknowledged(celigoPatch);
  writes.push(await checkWrites('Losant + integrator.io PATCH', store, dataDir, [seeded.integrationId], seededAcknowledged));
  await measure('Truto GET one integration', spec(trutoOne), 'truto', targets.get);
  let nextConnection = 0;
  let trutoAcknowledged = 0;
  type PairContext = { id?: string; version?: number };
  const trutoPatch = await measure(
    'Truto PATCH with version (GET + PATCH pairs)',
    spec(trutoOne, {
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
              body: JSON.stringify({ version: context.version, category: `bench ${context.version}` }),
            };
          },
          onResponse: (status) => {
            if (status === 200) trutoAcknowledged++;
          },
        },
      ],
    }),
    'truto-pair',
    targets.patch,
  );
  writes.push(await checkWrites('Truto PATCH', store, dataDir, trutoIds, trutoAcknowledged));
  const memoryAfter = rssMb(junction.child.pid);
  await stopProcess(junction.child);
  const sizeMb = await storeSizeMb(dataDir, store.schema);
  rmSync(dataDir, { recursive: true, force: true });

  const pageRatio = last.p50 / Math.max(first.p50, 0.001);
  const checks: Check[] = [
    {
      name: 'start-up (process start → first /health 200)',
      figure: `${junction.startupMs.toFixed(0)} ms (CPU ${junction.startupCpuMs} ms)`,
      target: `≤ ${STARTUP_MAX_MS} ms`,
      met: junction.startupMs <= STARTUP_MAX_MS,
    },
    {
      name: `resident memory after the run (${APPLICATIONS * PER_APPLICATION} integrations)`,
      figure: `${memoryAfter} MB (idle ${idleRss} MB)`,
      target: `≤ ${RSS_MAX_MB} MB`,
      met: memoryAfter <= RSS_MAX_MB,
    },
    {
      name: 'last page p50 / first page p50',
      figure: `${pageRatio.toFixed(2)} (${last.p50} / ${first.p50} ms)`,
      target: `≤ ${LAST_PAGE_MAX}`,
      met: pageRatio <= LAST_PAGE_MAX,
    },
    ...writes.map((w) => ({
      name: `${w.name}: every acknowledged write stored and audited`,
      figure: `${w.acknowledged} acknowledged, ${w.updates} audit events, ${w.bumps} versions`,
      target: 'events ≥ acknowledged, versions = events',
      met: w.ok,
    })),
  ];
  process.stdout.write(`\n${scenarioTable(rows)}\n${checkTable(checks)}`);
  process.stdout.write(`store size on disk: ${sizeMb} MB\n`);
  process.stdout.write(`proxy overhead: see node dist/bench/proxy.js (target ≤ ${PROXY_OVERHEAD_MAX_MS} ms at the median)\n`);
  if (trutoPatch.errors > 0) process.stdout.write(`Truto PATCH: ${trutoPatch.errors} requests were refused (stale version or error)\n`);
  if (quick) process.stdout.write('quick mode: verdicts are indicative; the targets are read from a full run\n');
  // Only a lost write fails the run: ratios on shared machines are too noisy to gate on.
  if (writes.some((w) => !w.ok)) process.exitCode = 1;
}

interface WriteCheck {
  name: string;
  acknowledged: number;
  updates: number;
  bumps: number;
  ok: boolean;
}

/**
 * Update audit events of the integrations and their version bumps (versions start at 1). autocannon counts only
 * the answers it read before stopping, so events may exceed acknowledged writes, never fall short.
 */
async function checkWrites(name: string, store: BenchStore, dataDir: string, ids: string[], acknowledged: number): Promise<WriteCheck> {
  await new Promise((r) => setTimeout(r, 1000)); // let writes still in flight when the load stopped land
  const { openStore } = await import('../src/store/database.js');
  const s = openStore({ ...store.options, dataDir });
  const row = await s.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('resource_id', 'in', ids)
    .where('event', '=', 'update')
    .executeTakeFirst();
  const versions = await s.db.selectFrom('integrations').select('version').where('id', 'in', ids).execute();
  await s.close();
  const updates = Number(row?.n ?? 0);
  const bumps = versions.reduce((sum, v) => sum + Number(v.version) - 1, 0);
  return { name, acknowledged, updates, bumps, ok: updates >= acknowledged && bumps === updates };
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

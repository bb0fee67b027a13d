// node dist/bench/writes.js [--seconds N] [--only NAME] [--server FILE …] [--rounds N]: CPU µs per request of the
// three PATCH scenarios of bench/run.ts alone (after a warm-up), for comparing builds: with several --server
// files (copies of dist/server/main.js) each round runs every build in turn. SQLite unless DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { BENCH_EGRESS_ALLOW } from './lib/egress.js';
import { load } from './lib/load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, startProcess, stopProcess } from './lib/processes.js';
import { type Seeded, seed } from './lib/seed.js';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const argumentsOf = (name: string) => process.argv.flatMap((value, i) => (process.argv[i - 1] === name ? [value] : []));
const SECONDS = Number(argument('--seconds') ?? 4);
const ROUNDS = Number(argument('--rounds') ?? 1);
const CONNECTIONS = 50;
const SECRET = 'bench-secret-bench-secret-bench-secret-000000';
const databaseUrl = process.env.DATABASE_URL || null;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-writes-'));
  const schema = `bench_writes_${Date.now()}`;
  let env: Record<string, string> = {};
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env = { DATABASE_URL: url.toString() };
  }
  const seeded = await seed({ dataDir, databaseUrl, ...(databaseUrl ? { pgSchema: schema } : {}) }, SECRET, 1, 200);
  const junctionEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    DATA_DIR: dataDir,
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(benchPort(0)),
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
    RATE_LIMIT_BURST: '1000000000',
    RATE_LIMIT_PER_SECOND: '1000000000',
  };
  if (!databaseUrl) delete junctionEnv.DATABASE_URL;
  const servers = argumentsOf('--server');
  const builds = servers.length > 0 ? servers : [JUNCTION_MAIN];
  for (let round = 1; round <= ROUNDS; round++) for (const build of builds) await measure(build, junctionEnv, seeded);
  if (databaseUrl) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
}

async function measure(build: string, junctionEnv: NodeJS.ProcessEnv, seeded: Seeded) {
  const junction = await startProcess(build, ['serve'], junctionEnv, benchPort(0));
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const one = `${junction.url}/applications/${seeded.applicationIds[0]}/integrations/${seeded.integrationId}`;
  const celigoOne = `${junction.url}/v1/integrations/${seeded.integrationId}`;
  const trutoIds: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const created = await fetch(`${junction.url}/integration`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: `bench-${i}`, config: {} }),
    });
    trutoIds.push(((await created.json()) as { id: string }).id);
  }
  let flip = 0;
  let nextConnection = 0;
  type PairContext = { id?: string; version?: number };
  const scenarios: Array<{ name: string; url: string; body?: string; requests?: autocannon.Request[]; perPair?: boolean }> = [
    { name: 'Losant PATCH', url: one, body: JSON.stringify({ topics: ['bench/topic'] }) },
    {
      name: 'integrator.io JSON-Patch PATCH',
      url: celigoOne,
      requests: [
        {
          method: 'PATCH',
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify([{ op: 'replace', path: '/settings', value: { bench: flip++ } }]),
          }),
        },
      ],
    },
    {
      name: 'Truto PATCH with version (GET + PATCH pairs)',
      url: `${junction.url}/integration/${trutoIds[0]}`,
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
        },
      ],
    },
  ];
  // What the server burns with no load (pollers, timers): it inflates the per-request figure at low req/s.
  const idleBefore = cpuMs(junction.child.pid);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  process.stdout.write(`idle server: ${((cpuMs(junction.child.pid) - idleBefore) / 2).toFixed(0)} ms CPU per second\n`);
  const only = argument('--only');
  for (const scenario of scenarios.filter((s) => !only || s.name.includes(only))) {
    const spec = {
      url: scenario.url,
      method: 'PATCH' as const,
      headers,
      body: scenario.body,
      requests: scenario.requests,
      connections: CONNECTIONS,
    };
    await load({ ...spec, seconds: 1 });
    const before = cpuMs(junction.child.pid);
    const result = await load({ ...spec, seconds: SECONDS });
    const cpuUs = ((cpuMs(junction.child.pid) - before) * 1000) / Math.max(result.requests, 1);
    process.stdout.write(
      `${build === JUNCTION_MAIN ? 'bin/junction' : build} ${scenario.name.padEnd(46)} ${String(Math.round(result.rps)).padStart(6)} req/s  ${String(Math.round(cpuUs)).padStart(5)} µs CPU/req  p50 ${result.p50} ms  errors ${result.errors}\n`,
    );
  }
  await stopProcess(junction.child);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// node dist/bench/writes.js [--seconds N] [--only NAME] [--server FILE …] [--rounds N]: CPU µs per request of the
// three PATCH scenarios of bench/run.ts alone (after a warm-up), for comparing builds: with several --server
// files (copies of dist/server/main.js) each round runs every build in turn. SQLite unless DATABASE_URL is set.
import type autocannon from 'autocannon';
import { BENCH_SECRET, benchStore, comparisonOptions, dropBenchStore, junctionEnvironment } from './lib/bench-store.js';
import { load } from './lib/load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, startProcess, stopProcess } from './lib/processes.js';
import { type Seeded, seed } from './lib/seed.js';

const options = comparisonOptions(4);
const CONNECTIONS = 50;

async function main() {
  const store = benchStore('bench-writes');
  const seeded = await seed(store.options, BENCH_SECRET, 1, 200);
  const junctionEnv = junctionEnvironment(store);
  const builds = options.servers.length > 0 ? options.servers : [JUNCTION_MAIN];
  for (let round = 1; round <= options.rounds; round++) for (const build of builds) await measure(build, junctionEnv, seeded);
  await dropBenchStore(store);
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
  const only = options.only;
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
    const result = await load({ ...spec, seconds: options.seconds });
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

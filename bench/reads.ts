// node dist/bench/reads.js [--seconds N] [--only NAME] [--server FILE] [--rounds N]: CPU µs per request of the
// three GET-one scenarios of bench/run.ts alone (after a warm-up), for comparing builds. With several
// --server files (copies of dist/server/main.js), each round runs every build in turn, so they share the
// same minutes. SQLite unless DATABASE_URL is set (REDIS_URL is passed on).
import { BENCH_SECRET, benchStore, comparisonOptions, dropBenchStore, junctionEnvironment } from './lib/bench-store.js';
import { load } from './lib/load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, startProcess, stopProcess } from './lib/processes.js';
import { seed } from './lib/seed.js';

const options = comparisonOptions(4);
const CONNECTIONS = 50;

async function main() {
  const store = benchStore('bench-reads');
  const seeded = await seed(store.options, BENCH_SECRET, 1, 200);
  const junctionEnv = junctionEnvironment(store);
  const builds = options.servers.length > 0 ? options.servers : [JUNCTION_MAIN];
  const headers = { authorization: `Bearer ${seeded.token}` };
  const paths = [
    { name: 'Losant GET one integration', path: `/applications/${seeded.applicationIds[0]}/integrations/${seeded.integrationId}` },
    { name: 'integrator.io GET one integration', path: `/v1/integrations/${seeded.integrationId}` },
    { name: 'Truto GET one integration', path: `/integration/${seeded.integrationId}` },
  ];
  const only = options.only;
  for (let round = 1; round <= options.rounds; round++) {
    for (const build of builds) {
      const junction = await startProcess(build, ['serve'], junctionEnv, benchPort(0));
      for (const scenario of paths.filter((s) => !only || s.name.includes(only))) {
        const spec = { url: junction.url + scenario.path, method: 'GET' as const, headers, connections: CONNECTIONS };
        await load({ ...spec, seconds: 1 });
        const before = cpuMs(junction.child.pid);
        const result = await load({ ...spec, seconds: options.seconds });
        const cpuUs = ((cpuMs(junction.child.pid) - before) * 1000) / Math.max(result.requests, 1);
        process.stdout.write(
          `${build === JUNCTION_MAIN ? 'bin/junction' : build} ${scenario.name.padEnd(34)} ${String(Math.round(result.rps)).padStart(6)} req/s  ${cpuUs.toFixed(1).padStart(6)} µs CPU/req  p50 ${result.p50} ms  errors ${result.errors}\n`,
        );
      }
      await stopProcess(junction.child);
    }
  }
  await dropBenchStore(store);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// node dist/bench/reads.js [--seconds N] [--only NAME] [--server FILE] [--rounds N]: CPU µs per request of the
// three GET-one scenarios of bench/run.ts alone (after a warm-up), for comparing builds. With several
// --server files (copies of dist/server/main.js), each round runs every build in turn, so they share the
// same minutes. SQLite unless DATABASE_URL is set (REDIS_URL is passed on).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_EGRESS_ALLOW } from './lib/egress.js';
import { load } from './lib/load.js';
import { benchPort, cpuMs, JUNCTION_MAIN, startProcess, stopProcess } from './lib/processes.js';
import { seed } from './lib/seed.js';

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
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-reads-'));
  const schema = `bench_reads_${Date.now()}`;
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
  const headers = { authorization: `Bearer ${seeded.token}` };
  const paths = [
    { name: 'Losant GET one integration', path: `/applications/${seeded.applicationIds[0]}/integrations/${seeded.integrationId}` },
    { name: 'integrator.io GET one integration', path: `/v1/integrations/${seeded.integrationId}` },
    { name: 'Truto GET one integration', path: `/integration/${seeded.integrationId}` },
  ];
  const only = argument('--only');
  for (let round = 1; round <= ROUNDS; round++) {
    for (const build of builds) {
      const junction = await startProcess(build, ['serve'], junctionEnv, benchPort(0));
      for (const scenario of paths.filter((s) => !only || s.name.includes(only))) {
        const spec = { url: junction.url + scenario.path, method: 'GET' as const, headers, connections: CONNECTIONS };
        await load({ ...spec, seconds: 1 });
        const before = cpuMs(junction.child.pid);
        const result = await load({ ...spec, seconds: SECONDS });
        const cpuUs = ((cpuMs(junction.child.pid) - before) * 1000) / Math.max(result.requests, 1);
        process.stdout.write(
          `${build === JUNCTION_MAIN ? 'bin/junction' : build} ${scenario.name.padEnd(34)} ${String(Math.round(result.rps)).padStart(6)} req/s  ${cpuUs.toFixed(1).padStart(6)} µs CPU/req  p50 ${result.p50} ms  errors ${result.errors}\n`,
        );
      }
      await stopProcess(junction.child);
    }
  }
  if (databaseUrl) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

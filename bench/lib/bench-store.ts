import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreOptions } from '../../src/store/database.js';
import { BENCH_EGRESS_ALLOW } from './egress.js';
import { benchPort } from './processes.js';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-000000';

export interface BenchStore {
  dataDir: string;
  options: StoreOptions;
  /** What the served process needs to reach the same store. */
  env: Record<string, string>;
  /** PostgreSQL: the schema of this run (its search_path), dropped by `dropBenchStore`. */
  schema?: string;
}

/** A fresh data directory and, when DATABASE_URL is set, a PostgreSQL schema of the run's own. */
export function benchStore(name: string): BenchStore {
  const dataDir = mkdtempSync(join(tmpdir(), `junction-${name}-`));
  const databaseUrl = process.env.DATABASE_URL || null;
  if (!databaseUrl) return { dataDir, options: { dataDir, databaseUrl: null }, env: {} };
  const schema = `${name.replaceAll('-', '_')}_${Date.now()}`;
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { dataDir, options: { dataDir, databaseUrl, pgSchema: schema }, env: { DATABASE_URL: url.toString() }, schema };
}

/** How a bench serves Junction: its store, warn-level logs, loopback egress, rate limits out of the way. */
export function junctionEnvironment(store: BenchStore): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...store.env,
    DATA_DIR: store.dataDir,
    JUNCTION_SECRET: BENCH_SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(benchPort(0)),
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
    // The load comes from one token: measure the server, not its rate limit.
    RATE_LIMIT_BURST: '1000000000',
    RATE_LIMIT_PER_SECOND: '1000000000',
  };
  if (!store.schema) delete env.DATABASE_URL;
  return env;
}

export async function dropBenchStore(store: BenchStore): Promise<void> {
  if (store.schema) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${store.schema}" cascade`);
    await client.end();
  }
  rmSync(store.dataDir, { recursive: true, force: true });
}

/** Options of the build-comparison benches: `--server FILE` (repeatable), `--rounds`, `--seconds`, `--only`. */
export function comparisonOptions(defaultSeconds: number) {
  const argument = (name: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const servers = process.argv.flatMap((value, i) => (process.argv[i - 1] === '--server' ? [value] : []));
  return {
    seconds: Number(argument('--seconds') ?? defaultSeconds),
    rounds: Number(argument('--rounds') ?? 1),
    only: argument('--only'),
    /** Copies of dist/server/main.js to run in turn each round; none means bin/junction. */
    servers,
  };
}

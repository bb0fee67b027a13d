import { type Config, ConfigError, loadConfig } from '../config.js';
import { type Core, createCore } from '../core/index.js';
import { createPrometheusMetrics } from '../lib/prometheus.js';
import { openStore } from '../store/database.js';

/** Loads config, opens and migrates the store, and builds the core; prints a clear message and exits on failure. */
export async function openCore(options: { metrics?: boolean } = {}): Promise<{ config: Config; core: Core }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const metrics = options.metrics && config.metrics !== 'off' ? createPrometheusMetrics() : undefined;
  const store = openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, metrics });
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `SQLite in ${config.dataDir}`;
    fail(`Cannot open the store (${where}): ${describe(error)}`);
  }
  return { config, core: createCore(store, config.secret) };
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(' ') || String(error);
}

export function fail(message: string): never {
  process.stderr.write(`junction: ${message}\n`);
  process.exit(1);
}

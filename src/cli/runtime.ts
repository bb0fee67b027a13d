import { type Config, ConfigError, loadConfig, type SecretMode } from '../config.js';
import { type Core, createCore } from '../core/index.js';
import type { Metrics } from '../lib/metrics.js';
import { createPrometheusMetrics } from '../lib/prometheus.js';
import { createEgress } from '../runtime/egress/egress-agent.js';
import { openStore, type Store } from '../store/database.js';

/**
 * How a command treats the store: `create` (serve, init) makes the store and secret when absent;
 * `existing` (token …) refuses to run without them, so a wrong DATA_DIR creates nothing.
 */
export type StoreMode = 'create' | 'existing';

/** Loads config, opens and migrates the store, and builds the core; prints a clear message and exits on failure. */
export async function openCore(mode: StoreMode, options: { metrics?: boolean } = {}): Promise<{ config: Config; core: Core }> {
  const config = configOrExit(mode);
  const metrics = options.metrics && config.metrics !== 'off' ? createPrometheusMetrics() : undefined;
  const store = await openMigrated(config, mode, metrics);
  return { config, core: createCore(store, config.secret, { egress: createEgress(config.egressAllow) }) };
}

/** `migrate`: the store alone, which needs no secret. */
export async function migrateStore(): Promise<void> {
  const store = await openMigrated(configOrExit('unused'), 'create');
  await store.close();
}

function configOrExit(secretMode: SecretMode): Config {
  try {
    return loadConfig(process.env, secretMode);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

async function openMigrated(config: Config, mode: StoreMode, metrics?: Metrics): Promise<Store> {
  const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `SQLite in ${config.dataDir}`;
  let store: Store | undefined;
  try {
    store = openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, metrics, mustExist: mode === 'existing' });
    if (mode === 'existing' && (await store.appliedMigrations()) === 0) throw new Error('it holds no Junction store');
    await store.migrate();
    return store;
  } catch (error) {
    await store?.close().catch(() => {});
    const hint = mode === 'existing' ? ': is DATA_DIR or DATABASE_URL right? (serve or init creates the store)' : '';
    fail(`Cannot open the store (${where}): ${(error as Error).message || String(error)}${hint}`);
  }
}

export function fail(message: string): never {
  process.stderr.write(`junction: ${message}\n`);
  process.exit(1);
}

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { noMetrics } from '../../src/lib/metrics.js';
import { openStore, type Store } from '../../src/store/database.js';
import { MIGRATION_NAMES } from '../../src/store/migrations/index.js';

/** A store on a fresh SQLite directory or PostgreSQL schema that counts its queries (and failed ones). */
async function withStore(run: (store: Store, counts: { queries: number; failed: number }) => Promise<void>) {
  const databaseUrl = process.env.DATABASE_URL || null;
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-migrate-skip-'));
  const pgSchema = databaseUrl ? `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}` : undefined;
  const counts = { queries: 0, failed: 0 };
  const metrics = {
    ...noMetrics,
    enabled: true,
    storeQuery: (_operation: string, _ms: number, failed: boolean) => {
      counts.queries++;
      if (failed) counts.failed++;
    },
  };
  const store = openStore({ dataDir, databaseUrl, pgSchema, metrics });
  try {
    await run(store, counts);
  } finally {
    if (pgSchema) await sql`drop schema if exists ${sql.id(pgSchema)} cascade`.execute(store.db);
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const applied = async (store: Store) =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db)).rows.map((row) => row.name);

test('migrate on an up-to-date store checks with a few queries and changes nothing; a pending migration still runs', async () => {
  await withStore(async (store, counts) => {
    await store.migrate(MIGRATION_NAMES.at(-2));
    assert.deepEqual(await applied(store), MIGRATION_NAMES.slice(0, -1));

    await store.migrate();
    assert.deepEqual(await applied(store), MIGRATION_NAMES, 'the pending one ran');
    assert.equal(counts.failed, 0, 'no query failed on the way (a missing migration table is looked up, not tripped over)');

    counts.queries = 0;
    await store.migrate();
    const queries = counts.queries;
    assert.ok(queries <= 4, `an up-to-date store is checked cheaply (${queries} queries; Kysely's migrator makes 9 or more)`);
    assert.deepEqual(await applied(store), MIGRATION_NAMES);
    assert.equal(await store.appliedMigrations(), MIGRATION_NAMES.length);
  });
});

test('a fresh store is migrated in full without a failed query', async () => {
  await withStore(async (store, counts) => {
    await store.migrate();
    assert.deepEqual(await applied(store), MIGRATION_NAMES);
    assert.equal(counts.failed, 0);
  });
});

test('a store holding a migration this code does not know is refused as before', async () => {
  await withStore(async (store) => {
    await store.migrate();
    await sql`insert into kysely_migration (name, timestamp) values (${'9999-from-the-future'}, ${new Date().toISOString()})`.execute(
      store.db,
    );
    await assert.rejects(store.migrate(), /9999-from-the-future/);
  });
});

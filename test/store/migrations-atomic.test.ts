/* biome-ignore-all lint/suspicious/noExplicitAny: rows of older schemas are loosely typed */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openStore } from '../../src/store/database.js';

const T0 = '2026-01-02T03:04:05.000Z';
const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const TWIN = 'cccccccccccccccccccccccc';

test('a migration that fails half-way leaves the schema as it was, and runs again once its cause is gone', async () => {
  const databaseUrl = process.env.DATABASE_URL || null;
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-migrate-'));
  const pgSchema = databaseUrl ? `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}` : undefined;
  const store = openStore({ dataDir, databaseUrl, pgSchema });
  const db = store.db as any;
  try {
    await store.migrate('0004-runtime');
    await db.insertInto('organizations').values({ id: ORG, name: 'o', created_at: T0, updated_at: T0 }).execute();
    // 0005 copies accounts into `resources`; a row already there with the same id makes that copy fail
    // after the migration has added its columns.
    const common = { organization_id: ORG, version: 1, created_at: T0, updated_at: T0, secrets: null };
    await db
      .insertInto('integrated_accounts')
      .values({
        ...common,
        id: TWIN,
        application_id: null,
        integration_id: ORG,
        authentication_method: null,
        status: 'active',
        context: '{}',
      })
      .execute();
    await db
      .insertInto('resources')
      .values({ ...common, id: TWIN, kind: 'connection', connection_id: null, name: 'twin', attributes: '{}' })
      .execute();

    await assert.rejects(store.migrate());
    await assert.rejects(sql`select application_id from resources`.execute(db), 'the columns 0005 adds are not there');
    const accounts = await db.selectFrom('integrated_accounts').selectAll().execute();
    assert.equal(accounts.length, 1, 'the table 0005 drops is still there, with its rows');

    await db.deleteFrom('resources').where('id', '=', TWIN).execute();
    await store.migrate();
    const moved = await db.selectFrom('resources').selectAll().where('id', '=', TWIN).executeTakeFirst();
    assert.equal(moved.integration_id, ORG);
    await assert.rejects(sql`select * from integrated_accounts`.execute(db));
  } finally {
    if (pgSchema) await sql`drop schema if exists ${sql.id(pgSchema)} cascade`.execute(db);
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

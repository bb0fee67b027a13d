import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/store/database.js';
import { insertAuditEvent } from '../../src/store/repositories/audit-events.js';

// Group commit is the SQLite store's: PostgreSQL runs one transaction per write (its tests are the HTTP ones).
const skip = process.env.DATABASE_URL ? 'SQLite only: group commit is the embedded store’s' : false;
const T0 = '2026-01-02T03:04:05.000Z';
const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';

let dataDir: string;
let store: Store;
/** A second connection to the same file: it sees committed rows only. */
let reader: Store;
before(async () => {
  if (skip) return;
  dataDir = mkdtempSync(join(tmpdir(), 'junction-group-commit-'));
  store = openStore({ dataDir, databaseUrl: null });
  await store.migrate();
  await store.db.insertInto('organizations').values({ id: ORG, name: 'o', created_at: T0, updated_at: T0 }).execute();
  reader = openStore({ dataDir, databaseUrl: null });
});
after(async () => {
  if (skip) return;
  await reader.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const event = (id: string) => ({
  id: id.padEnd(24, '0'),
  organization_id: ORG,
  application_id: null,
  integration_id: null,
  resource_type: 'test',
  resource_id: 'r'.repeat(24),
  event: 'update',
  source: 'system',
  actor_type: 'system',
  actor_id: null,
  field_changes: '[]',
  time: T0,
});
const stored = async (db: Store['db']) =>
  (await db.selectFrom('audit_events').select('id').where('resource_type', '=', 'test').orderBy('id').execute()).map((row) => row.id[0]);

test('transactions asked for at once share one COMMIT, each in its own savepoint; one failing rolls back alone', { skip }, async () => {
  const results = await Promise.allSettled([
    store.transaction(async (trx) => {
      await insertAuditEvent(trx, event('a'));
      return 'a';
    }),
    store.transaction(async (trx) => {
      await insertAuditEvent(trx, event('b'));
      throw new Error('b fails');
    }),
    store.transaction(async (trx) => {
      const inBatch = await stored(trx);
      const committed = await stored(reader.db);
      await insertAuditEvent(trx, event('c'));
      return { inBatch, committed };
    }),
  ]);
  assert.deepEqual(results[0], { status: 'fulfilled', value: 'a' });
  assert.equal(results[1].status, 'rejected');
  assert.equal((results[1] as PromiseRejectedResult).reason.message, 'b fails');
  // The third ran after the first, in the same transaction, before anything was committed.
  assert.deepEqual(results[2], { status: 'fulfilled', value: { inBatch: ['a'], committed: [] } });
  assert.deepEqual(await stored(reader.db), ['a', 'c']);
});

test('a COMMIT that fails fails every member of its batch and stores none of them; the store goes on', { skip }, async () => {
  await store.db.deleteFrom('audit_events').where('resource_type', '=', 'test').execute();
  const results = await Promise.allSettled([
    store.transaction((trx) => insertAuditEvent(trx, event('d'))),
    store.transaction(async (trx) => {
      // A foreign key checked at COMMIT, not at the statement: the batch's COMMIT fails.
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      await trx
        .insertInto('applications')
        .values({ id: 'e'.repeat(24), organization_id: 'f'.repeat(24), name: 'orphan', description: null, created_at: T0, updated_at: T0 })
        .execute();
    }),
    store.transaction((trx) => insertAuditEvent(trx, event('g'))),
  ]);
  for (const result of results) {
    assert.equal(result.status, 'rejected');
    assert.match(String((result as PromiseRejectedResult).reason), /FOREIGN KEY/);
  }
  assert.deepEqual(await stored(reader.db), []);
  assert.equal(await reader.db.selectFrom('applications').select('id').where('id', '=', 'e'.repeat(24)).executeTakeFirst(), undefined);
  await store.transaction((trx) => insertAuditEvent(trx, event('h')));
  assert.deepEqual(await stored(reader.db), ['h']);
});

test('a prepared read while a transaction is open waits for its COMMIT and sees it; outside one it answers at once', { skip }, async () => {
  const { runPrepared } = await import('../../src/store/prepared.js');
  const nameOf = async () =>
    (
      await runPrepared(store.db, 'testOrganizationName', () => store.db.selectFrom('organizations').select('name').where('id', '=', ORG), [
        ORG,
      ])
    )[0]?.name;
  assert.equal(await nameOf(), 'o');
  let opened!: () => void;
  const open = new Promise<void>((resolve) => {
    opened = resolve;
  });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const order: string[] = [];
  const written = store.transaction(async (trx) => {
    await trx.updateTable('organizations').set({ name: 'renamed' }).where('id', '=', ORG).execute();
    opened();
    await gate;
    order.push('work done');
  });
  await open;
  const read = nameOf().then((name) => {
    order.push(`read ${name}`);
    return name;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(order, [], 'the read does not see the open transaction');
  release();
  await written;
  assert.equal(await read, 'renamed');
  assert.deepEqual(order, ['work done', 'read renamed']);
  await store.db.updateTable('organizations').set({ name: 'o' }).where('id', '=', ORG).execute();
  assert.equal(await nameOf(), 'o');
});

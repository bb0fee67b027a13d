import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CoreContext } from '../../../../src/core/shared/context.js';
import { isTransient, MISSED, writeRow } from '../../../../src/core/shared/row-write.js';
import { NO_EGRESS_ALLOW } from '../../../../src/lib/egress-rule.js';
import { AppError } from '../../../../src/lib/errors.js';
import { findApplication, updateApplication } from '../../../../src/store/repositories/applications.js';
import { call, startTestServer, type TestServer } from '../../../helpers/server.js';

let nodeA: TestServer;
let nodeB: TestServer;
let ctx: CoreContext;
before(async () => {
  nodeA = await startTestServer();
  nodeB = await startTestServer({ sameStoreAs: nodeA });
  ctx = { store: nodeA.core.store, encryptionKey: Buffer.alloc(32), signingKey: new Uint8Array(32), egress: NO_EGRESS_ALLOW };
});
after(async () => {
  await nodeB.close();
  await nodeA.close();
});

const newApplication = async () => (await call(nodeA, 'POST', '/applications', { body: { name: 'start' } })).body.id as string;
const stored = async (id: string) => (await findApplication(nodeA.core.store.db, id))!;

test('isTransient: deadlocks, serialization failures and a busy SQLite file; nothing else', () => {
  for (const code of ['40001', '40P01', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']) assert.equal(isTransient({ code }), true, code);
  for (const error of [{ code: '23505' }, { code: 'SQLITE_CONSTRAINT' }, new Error('x'), null, 'SQLITE_BUSY']) {
    assert.equal(isTransient(error), false, JSON.stringify(error));
  }
});

test('a write that misses its compare-and-swap is rolled back, retried, and refused after ten attempts', async () => {
  const id = await newApplication();
  let attempts = 0;
  const refused = await writeRow(ctx, {
    table: 'applications',
    id,
    label: 'application',
    load: (trx) => findApplication(trx, id).then((row) => row!),
    apply: async (trx) => {
      attempts++;
      // Written, then missed: none of it may stay.
      await updateApplication(trx, id, { name: `attempt ${attempts}` });
      return MISSED;
    },
  }).catch((error) => error);
  assert.ok(refused instanceof AppError && refused.code === 'conflict', String(refused));
  assert.equal(attempts, 10);
  assert.equal((await stored(id)).name, 'start');
});

test('a caller that sent a version gets a conflict when it is stale, or when the compare misses, never a retry', async () => {
  const id = await newApplication();
  const spec = (expectedVersion: number, answer: 'write' | 'miss') => ({
    table: 'applications' as const,
    id,
    label: 'application',
    load: (trx: Parameters<typeof findApplication>[0]) => findApplication(trx, id).then((row) => row!),
    versionOf: () => 3,
    expectedVersion,
    apply: async () => (answer === 'miss' ? MISSED : 'written'),
  });
  assert.equal(await writeRow(ctx, spec(3, 'write')), 'written');
  await assert.rejects(writeRow(ctx, spec(2, 'write')), /version 2 is stale: the application is at version 3/);
  await assert.rejects(writeRow(ctx, spec(3, 'miss')), /version 3 is stale: the application was changed concurrently/);
});

test('SQLite: another connection committing between the read and the write makes the write run again on the new state', async (t) => {
  if (nodeA.dialect !== 'sqlite') return t.skip('on PostgreSQL the row lock keeps the other writer waiting instead');
  const id = await newApplication();
  let attempts = 0;
  const result = await writeRow(ctx, {
    table: 'applications',
    id,
    label: 'application',
    load: (trx) => findApplication(trx, id).then((row) => row!),
    apply: async (trx, row) => {
      attempts++;
      // The first time, another connection to the file changes the row after this transaction read it.
      if (attempts === 1) await updateApplication(nodeB.core.store.db, id, { description: 'from B' });
      await updateApplication(trx, id, { name: 'from A', description: row.description });
      return row.description;
    },
  });
  assert.equal(attempts, 2, 'SQLITE_BUSY_SNAPSHOT, then a second attempt');
  assert.equal(result, 'from B');
  const row = await stored(id);
  assert.deepEqual([row.name, row.description], ['from A', 'from B']);
});

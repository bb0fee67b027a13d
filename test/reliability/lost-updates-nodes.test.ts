/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { assertNoLostWrite, storedVersion } from './contention.js';

// Two nodes over one store: on SQLite two connections to one file, where the store's own serialization of
// transactions does not reach, and nothing locks rows; on PostgreSQL two pools.
let nodeA: TestServer;
let nodeB: TestServer;
before(async () => {
  nodeA = await startTestServer();
  nodeB = await startTestServer({ sameStoreAs: nodeA });
});
after(async () => {
  await nodeB.close();
  await nodeA.close();
});

/** Even clients write through node A, odd ones through node B. */
const nodeOf = (value: string) => (Number(value.slice(1, value.indexOf('-'))) % 2 === 0 ? nodeA : nodeB);

test('two nodes: 10 clients × 20 PATCHes of one application lose no write', async (t) => {
  const { id } = (await call(nodeA, 'POST', '/applications', { body: { name: 'start' } })).body;
  const url = `/applications/${id}`;
  await assertNoLostWrite(
    nodeA,
    t,
    {
      url,
      resourceId: id,
      fieldPath: 'name',
      ok: 200,
      write: (name) => call(nodeOf(name), 'PATCH', url, { body: { name } }),
      read: (body) => body.name,
    },
    10,
    20,
  );
});

test('two nodes: 10 clients × 20 PATCHes of one workflow lose no write', async (t) => {
  const path = `/applications/${nodeA.tenant.applicationId}/flows`;
  const created = await call(nodeA, 'POST', path, { body: { name: 'start' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const url = `${path}/${created.body.id}`;
  await assertNoLostWrite(
    nodeA,
    t,
    {
      url,
      resourceId: created.body.id,
      fieldPath: 'name',
      ok: 200,
      write: (name) => call(nodeOf(name), 'PATCH', url, { body: { name } }),
      read: (body) => body.name,
      version: storedVersion(nodeA, 'flows', created.body.id),
    },
    10,
    20,
  );
});

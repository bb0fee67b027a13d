/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { assertNoLostWrite, storedVersion } from './contention.js';

// Issue 12: 20 clients × 50 concurrent PUTs of every versioned integrator.io resource, on each store. A PUT
// replaces the document, so what a lost update loses here is history: the version and the audit trail.
let server: TestServer;
let connectionId: string;
before(async () => {
  server = await startTestServer();
  connectionId = (await created('/v1/connections', connection('source'))).body._id;
});
after(() => server.close());

const connection = (name: string) => ({
  name,
  type: 'http',
  http: { baseURI: 'http://127.0.0.1:9', auth: { type: 'token', token: { token: 'tok-123' } } },
});
const step = (name: string) => ({
  name,
  _connectionId: connectionId,
  adaptorType: 'HTTPExport',
  http: { relativeURI: '/o', method: 'GET' },
});
const importStep = (name: string) => ({ ...step(name), adaptorType: 'HTTPImport', http: { relativeURI: '/o', method: 'POST' } });

async function created(url: string, body: unknown) {
  const reply = await call(server, 'POST', url, { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply;
}

const kinds = [
  { kind: 'connection', url: '/v1/connections', doc: connection },
  { kind: 'export', url: '/v1/exports', doc: step },
  { kind: 'import', url: '/v1/imports', doc: importStep },
] as const;

// The resources run side by side (each its own row): on PostgreSQL commits overlap, the wall time shrinks.
describe(`20 clients × 50 concurrent writes of every versioned integrator.io resource`, { concurrency: true }, () => {
  for (const { kind, url: path, doc } of kinds) {
    test(`integrator.io: 20 clients × 50 PUTs of one ${kind} lose no write`, async (t) => {
      const id = (await created(path, doc('start'))).body._id;
      const url = `${path}/${id}`;
      await assertNoLostWrite(server, t, {
        url,
        resourceId: id,
        fieldPath: 'name',
        ok: 200,
        write: (value) => call(server, 'PUT', url, { body: doc(value) }),
        read: (body) => body.name,
        version: storedVersion(server, 'resources', id),
      });
    });
  }

  test('integrator.io: 20 clients × 50 PUTs of one flow lose no write', async (t) => {
    const id = (await created('/v1/flows', { name: 'start' })).body._id;
    const url = `/v1/flows/${id}`;
    await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'name',
      ok: 200,
      write: (value) => call(server, 'PUT', url, { body: { name: value } }),
      read: (body) => body.name,
      version: storedVersion(server, 'flows', id),
    });
  });
});

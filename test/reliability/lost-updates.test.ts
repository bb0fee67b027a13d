/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { assertNoLostWrite, storedVersion } from './contention.js';

// Issue 12: 20 clients × 50 concurrent writes of every versioned resource, on each store.
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const created = async (url: string, body: unknown) => {
  const reply = await call(server, 'POST', url, { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
};

// The resources run side by side (each its own row): on PostgreSQL commits overlap, the wall time shrinks.
describe(`20 clients × 50 concurrent writes of every versioned Losant and Truto resource`, { concurrency: true }, () => {
  test('Losant: 20 clients × 50 PATCHes of one integration lose no write', async (t) => {
    const path = `/applications/${server.tenant.applicationId}/integrations`;
    const { id } = await created(path, { name: 'contended', integrationType: 'mqtt', topics: ['start'] });
    const url = `${path}/${id}`;
    await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'name',
      ok: 200,
      write: (value) => call(server, 'PATCH', url, { body: { name: value } }),
      read: (body) => body.name,
      version: storedVersion(server, 'integrations', id),
    });
  });

  test('Losant: 20 clients × 50 PATCHes of one workflow lose no write', async (t) => {
    const path = `/applications/${server.tenant.applicationId}/flows`;
    const { id } = await created(path, { name: 'contended flow' });
    const url = `${path}/${id}`;
    await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'description',
      ok: 200,
      write: (value) => call(server, 'PATCH', url, { body: { description: value } }),
      read: (body) => body.description,
      version: storedVersion(server, 'flows', id),
    });
  });

  test('integrator.io: 20 clients × 50 JSON-Patch PATCHes of one integration lose no write', async (t) => {
    const { _id: id } = await created('/v1/integrations', { name: 'contended v1' });
    const url = `/v1/integrations/${id}`;
    await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'attributes.tag',
      ok: 204,
      write: (value) => call(server, 'PATCH', url, { body: [{ op: 'add', path: '/tag', value }] }),
      read: (body) => body.tag,
      version: storedVersion(server, 'integrations', id),
    });
  });

  test('Truto: 20 clients × 50 versioned PATCHes of one integration: stale versions refused cleanly, accepted ones all land', async (t) => {
    const { id } = await created('/integration', { name: 'contended-truto' });
    const url = `/integration/${id}`;
    const figures = await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'category',
      ok: 200,
      readsFirst: true,
      mayConflict: true,
      write: async (value, seen) => {
        const reply = await call(server, 'PATCH', url, { body: { version: seen.version, category: value } });
        if (reply.status === 200) assert.equal(reply.body.version, seen.version + 1);
        else assert.equal(reply.body.statusCode, 400, JSON.stringify(reply.body));
        return reply;
      },
      read: (body) => body.category,
      version: storedVersion(server, 'integrations', id),
    });
    assert.ok(figures.refused > 0, 'concurrent writers of one version: all but one are refused');
  });

  test('Truto: 20 clients × 50 PATCHes of one connected account lose no write', async (t) => {
    const integration = await created('/integration', {
      name: 'accounts-contended',
      config: { base_url: 'http://127.0.0.1:9', resources: { users: { list: { method: 'get', path: '/users' } } } },
    });
    const { id } = await created('/integrated-account', { integration_id: integration.id, context: { note: 'start' } });
    const url = `/integrated-account/${id}`;
    await assertNoLostWrite(server, t, {
      url,
      resourceId: id,
      fieldPath: 'context.note',
      ok: 200,
      write: (value) => call(server, 'PATCH', url, { body: { context: { note: value } } }),
      read: (body) => body.context.note,
      version: storedVersion(server, 'resources', id),
    });
  });
});

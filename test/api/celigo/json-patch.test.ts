/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { created, flow, httpConnection, httpExport, httpImport } from '../../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError } from './fixtures.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const patch = (path: string, body: unknown, token?: string) => call(server, 'PATCH', path, { body, ...(token ? { token } : {}) });

test('PATCH /v1/flows: the listed fields change (204), anything else is refused and nothing is applied', async () => {
  const conn = await httpConnection(server, 'http://127.0.0.1:9');
  const exportId = await httpExport(server, conn, { relativeURI: '/x' });
  const id = await flow(server, [exportId], []);
  const ok = await patch(`/v1/flows/${id}`, [
    { op: 'replace', path: '/name', value: 'Nightly' },
    { op: 'replace', path: '/schedule', value: '? 0 2 * * *' },
    { op: 'replace', path: '/timezone', value: 'Europe/Berlin' },
    { op: 'replace', path: '/disabled', value: true },
    { op: 'replace', path: '/pageGenerators/0/skipRetries', value: true },
    { op: 'add', path: '/pageGenerators/0/schedule', value: '? */5 * * * *' },
    { op: 'replace', path: '/description', value: 'at two' },
  ]);
  assert.equal(ok.status, 204, JSON.stringify(ok.body));
  assert.equal(ok.body, undefined);
  const got = (await call(server, 'GET', `/v1/flows/${id}`)).body;
  assert.equal(got.name, 'Nightly');
  assert.equal(got.schedule, '? 0 2 * * *');
  assert.equal(got.timezone, 'Europe/Berlin');
  assert.equal(got.disabled, true);
  assert.equal(got.description, 'at two');
  assert.deepEqual(got.pageGenerators, [{ _exportId: exportId, skipRetries: true, schedule: '? */5 * * * *' }]);

  const before = (await call(server, 'GET', `/v1/flows/${id}`)).body;
  assertCeligoError(
    await patch(`/v1/flows/${id}`, [
      { op: 'replace', path: '/name', value: 'X' },
      { op: 'replace', path: '/pageProcessors', value: [] },
    ]),
    422,
    'invalid_patch',
    '1.path',
  );
  assertCeligoError(await patch(`/v1/flows/${id}`, [{ op: 'replace', path: '/disabled', value: 'yes' }]), 422, 'invalid_patch', 'disabled');
  assertCeligoError(await patch(`/v1/flows/${id}`, [{ op: 'replace', path: '/name', value: '' }]), 422, 'invalid_patch');
  assertCeligoError(
    await patch(`/v1/flows/${id}`, [{ op: 'replace', path: '/pageGenerators/3/schedule', value: 'x' }]),
    422,
    'invalid_patch',
  );
  assertCeligoError(
    await patch(`/v1/flows/${id}`, [{ op: 'copy', from: '/_integrationId', path: '/name' }]),
    422,
    'invalid_patch',
    '0.from',
  );
  assertCeligoError(await patch(`/v1/flows/${id}`, { op: 'replace', path: '/name' }), 400);
  assertCeligoError(await patch(`/v1/flows/${id}`, [{ op: 'jump', path: '/name' }]), 400);
  assertCeligoError(await patch('/v1/flows/0123456789abcdef01234567', [{ op: 'replace', path: '/name', value: 'X' }]), 404, 'invalid_ref');
  assert.deepEqual((await call(server, 'GET', `/v1/flows/${id}`)).body, before);
  const reader = await server.token(['flow.get']);
  assertCeligoError(await patch(`/v1/flows/${id}`, [{ op: 'replace', path: '/name', value: 'X' }], reader), 403);
  const other = await server.otherTenant();
  assertCeligoError(await patch(`/v1/flows/${id}`, [{ op: 'replace', path: '/name', value: 'X' }], other.token), 404);
});

test('PATCH /v1/exports, /v1/imports and /v1/connections take their own fields only; secrets stay', async () => {
  const conn = await httpConnection(server, 'http://127.0.0.1:9');
  const exportId = await httpExport(server, conn, { relativeURI: '/x' });
  const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/y'], requestType: ['CREATE'] });
  assert.equal(
    (
      await patch(`/v1/exports/${exportId}`, [
        { op: 'replace', path: '/debugUntil', value: '2030-01-01T00:00:00.000Z' },
        { op: 'add', path: '/assistantMetadata', value: { a: 1 } },
      ])
    ).status,
    204,
  );
  const exp = (await call(server, 'GET', `/v1/exports/${exportId}`)).body;
  assert.equal(exp.debugUntil, '2030-01-01T00:00:00.000Z');
  assert.deepEqual(exp.assistantMetadata, { a: 1 });
  assertCeligoError(
    await patch(`/v1/exports/${exportId}`, [{ op: 'replace', path: '/http/relativeURI', value: '/y' }]),
    422,
    'invalid_patch',
  );
  assertCeligoError(
    await patch(`/v1/exports/${exportId}`, [{ op: 'replace', path: '/assistantMetadata', value: 'flat' }]),
    422,
    'invalid_patch',
  );
  assert.equal((await patch(`/v1/imports/${importId}`, [{ op: 'replace', path: '/assistantMetadata', value: { b: 2 } }])).status, 204);
  assert.deepEqual((await call(server, 'GET', `/v1/imports/${importId}`)).body.assistantMetadata, { b: 2 });
  assertCeligoError(await patch(`/v1/imports/${importId}`, [{ op: 'remove', path: '/_connectionId' }]), 422, 'invalid_patch');

  assert.equal((await patch(`/v1/connections/${conn}`, [{ op: 'replace', path: '/name', value: 'Renamed' }])).status, 204);
  assertCeligoError(
    await patch(`/v1/connections/${conn}`, [{ op: 'replace', path: '/http/auth/token/token', value: 'stolen' }]),
    422,
    'invalid_patch',
  );
  const stored = await server.core.store.db
    .selectFrom('resources')
    .select(['name', 'secrets'])
    .where('id', '=', conn)
    .executeTakeFirstOrThrow();
  assert.equal(stored.name, 'Renamed');
  assert.ok(stored.secrets, 'the token is still stored');
  const audit = await call(server, 'GET', '/v1/audit');
  assert.ok(
    audit.body.some(
      (e: any) => e._resourceId === exportId && e.event === 'update' && e.fieldChanges.some((c: any) => c.fieldPath === 'debugUntil'),
    ),
  );
});

test('PATCH /v1/integrations: replace works on fields GET shows by default (settings) and on ones not set yet', async () => {
  const id = await created(server, '/v1/integrations', { name: 'fresh' });
  assert.deepEqual((await call(server, 'GET', `/v1/integrations/${id}`)).body.settings, {});
  assert.equal((await patch(`/v1/integrations/${id}`, [{ op: 'replace', path: '/settings', value: { mode: 'x' } }])).status, 204);
  assert.equal((await patch(`/v1/integrations/${id}`, [{ op: 'replace', path: '/version', value: '1.0.1' }])).status, 204);
  assert.equal((await patch(`/v1/integrations/${id}`, [{ op: 'replace', path: '/tag', value: 'blue' }])).status, 204);
  const got = (await call(server, 'GET', `/v1/integrations/${id}`)).body;
  assert.deepEqual(got.settings, { mode: 'x' });
  assert.equal(got.version, '1.0.1');
  assert.equal(got.tag, 'blue');
  // Below a field that is not there, replace still fails (nothing to replace into).
  assertCeligoError(await patch(`/v1/integrations/${id}`, [{ op: 'replace', path: '/settings/a/b', value: 1 }]), 422, 'invalid_patch');
});

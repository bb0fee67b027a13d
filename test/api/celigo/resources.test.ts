import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createConnection, createExport, createImport, createIntegration, createSetup, MISSING_ID } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('connections', () => {
  test('credentials are encrypted at rest and never returned; a PUT without them keeps them', async () => {
    const connection = await createConnection(server);
    assert.equal(connection.type, 'http');
    assert.equal(connection.http.baseURI, 'https://127.0.0.1:9');
    assert.deepEqual(connection.http.auth.token, {});
    const row = await server.core.store.db.selectFrom('resources').selectAll().where('id', '=', connection._id).executeTakeFirstOrThrow();
    assert.doesNotMatch(row.attributes, /tok-123/);
    assert.ok(row.secrets && !row.secrets.includes('tok-123'));
    const { _id, createdAt, lastModified, ...doc } = connection;
    const put = await call(server, 'PUT', `/v1/connections/${_id}`, { body: { ...doc, name: 'Shop API v2' } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.name, 'Shop API v2');
    const after = await server.core.store.db.selectFrom('resources').selectAll().where('id', '=', _id).executeTakeFirstOrThrow();
    assert.ok(after.secrets, 'the stored token survives a PUT that could not send it back');
    assert.doesNotMatch(after.attributes, /tok-123/);
    assert.doesNotMatch(JSON.stringify(put.body), /tok-123/);
    const list = await call(server, 'GET', '/v1/connections');
    assert.equal(list.status, 200);
    assert.doesNotMatch(JSON.stringify(list.body), /tok-123/);
    assert.ok(list.body.some((c: { _id: string }) => c._id === _id));
  });

  test('a connection in use cannot be deleted; then it can (204)', async () => {
    const connection = await createConnection(server);
    const exp = await createExport(server, connection._id);
    assertCeligoError(await call(server, 'DELETE', `/v1/connections/${connection._id}`), 409, 'conflict');
    assert.equal((await call(server, 'DELETE', `/v1/exports/${exp._id}`)).status, 204);
    assert.equal((await call(server, 'DELETE', `/v1/connections/${connection._id}`)).status, 204);
    assertCeligoError(await call(server, 'GET', `/v1/connections/${connection._id}`), 404, 'invalid_ref');
  });

  test('a connection needs a name and a type', async () => {
    assertCeligoError(await call(server, 'POST', '/v1/connections', { body: { name: 'x' } }), 400, 'missing_required_field', 'type');
  });
});

describe('exports and imports', () => {
  test('are bound to a connection of the same organization', async () => {
    const connection = await createConnection(server);
    const exp = await createExport(server, connection._id);
    assert.equal(exp._connectionId, connection._id);
    assert.equal(exp.adaptorType, 'HTTPExport');
    const imp = await createImport(server, connection._id.toUpperCase());
    assert.equal(imp._connectionId, connection._id);
    assertCeligoError(
      await call(server, 'POST', '/v1/exports', { body: { name: 'x', _connectionId: MISSING_ID } }),
      422,
      'invalid_ref',
      '_connectionId',
    );
    assertCeligoError(await call(server, 'POST', '/v1/imports', { body: { name: 'x' } }), 400, 'missing_required_field', '_connectionId');
    const other = await server.otherTenant();
    const foreign = await createConnection(server, {}, other.token);
    assertCeligoError(await call(server, 'POST', '/v1/exports', { body: { name: 'x', _connectionId: foreign._id } }), 422, 'invalid_ref');
    assertCeligoError(await call(server, 'GET', `/v1/connections/${foreign._id}`), 404);
    assertCeligoError(await call(server, 'GET', `/v1/imports/${exp._id}`), 404, 'invalid_ref');
    const put = await call(server, 'PUT', `/v1/imports/${imp._id}`, { body: { name: 'Renamed import', _connectionId: connection._id } });
    assert.equal(put.status, 200);
    assert.equal(put.body.name, 'Renamed import');
  });
});

describe('flows', () => {
  test('CRUD with pageGenerators and pageProcessors; refs are checked', async () => {
    const { integration, exp, imp, flow } = await createSetup(server);
    assert.equal(flow._integrationId, integration._id);
    assert.equal(flow.disabled, false);
    assert.deepEqual(flow.pageGenerators, [{ _exportId: exp._id }]);
    assert.equal(flow.pageProcessors[0]._importId, imp._id);
    assert.equal(flow.schedule, '? 0 2 ? * *');
    const got = await call(server, 'GET', `/v1/flows/${flow._id}`);
    assert.deepEqual(got.body, flow);
    const bad = await call(server, 'POST', '/v1/flows', { body: { name: 'x', pageProcessors: [{ type: 'import', _importId: exp._id }] } });
    assertCeligoError(bad, 422, 'invalid_ref', 'pageProcessors.0._importId');
    const badIntegration = await call(server, 'POST', '/v1/flows', { body: { name: 'x', _integrationId: MISSING_ID } });
    assertCeligoError(badIntegration, 422, 'invalid_ref', '_integrationId');
    const { _id, createdAt, lastModified, ...doc } = flow;
    const put = await call(server, 'PUT', `/v1/flows/${_id}`, { body: { ...doc, disabled: true } });
    assert.equal(put.status, 200);
    assert.equal(put.body.disabled, true);
    assertCeligoError(await call(server, 'DELETE', `/v1/exports/${exp._id}`), 409, 'conflict');
    assert.equal((await call(server, 'DELETE', `/v1/flows/${_id}`)).status, 204);
    assertCeligoError(await call(server, 'GET', `/v1/flows/${_id}`), 404, 'invalid_ref');
  });

  test('a Losant workflow is not an integrator.io flow', async () => {
    const workflow = await call(server, 'POST', `/applications/${server.tenant.applicationId}/flows`, { body: { name: 'wf' } });
    assert.equal(workflow.status, 201);
    assertCeligoError(await call(server, 'GET', `/v1/flows/${workflow.body.id}`), 404);
  });
});

describe("an integration's flows, connections, exports, imports and dependencies", () => {
  test('list what the integration owns and uses', async () => {
    const { integration, connection, exp, imp, flow } = await createSetup(server, 'children');
    const base = `/v1/integrations/${integration._id}`;
    const ids = async (suffix: string) => {
      const reply = await call(server, 'GET', `${base}/${suffix}`);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      return reply.body.map((i: { _id: string }) => i._id);
    };
    assert.deepEqual(await ids('flows'), [flow._id]);
    assert.deepEqual(await ids('connections'), [connection._id]);
    assert.deepEqual(await ids('exports'), [exp._id]);
    assert.deepEqual(await ids('imports'), [imp._id]);
    const deps = await call(server, 'GET', `${base}/dependencies`);
    assert.equal(deps.status, 200);
    assert.deepEqual(deps.body, {
      flows: [{ id: flow._id, name: flow.name }],
      exports: [{ id: exp._id, name: exp.name }],
      imports: [{ id: imp._id, name: imp.name }],
      connections: [{ id: connection._id, name: connection.name }],
    });
    const empty = await createIntegration(server);
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${empty._id}/dependencies`)).body, {});
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${empty._id}/exports`)).body, []);
  });

  test('register several, register one, unregister one', async () => {
    const integration = await createIntegration(server);
    const [a, b, c] = [await createConnection(server), await createConnection(server), await createConnection(server)];
    const base = `/v1/integrations/${integration._id}/connections`;
    const many = await call(server, 'PUT', `${base}/register`, { body: [a._id, b._id, a._id] });
    assert.equal(many.status, 200);
    assert.deepEqual(many.body._registeredConnectionIds, [a._id, b._id]);
    const one = await call(server, 'PUT', `${base}/${c._id}/register`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body._registeredConnectionIds, [a._id, b._id, c._id]);
    const gone = await call(server, 'DELETE', `${base}/${b._id}/register`);
    assert.equal(gone.status, 204);
    assert.equal(gone.body, undefined);
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${integration._id}`)).body._registeredConnectionIds, [a._id, c._id]);
    assertCeligoError(await call(server, 'DELETE', `${base}/${b._id}/register`), 404, 'invalid_ref');
    assertCeligoError(await call(server, 'PUT', `${base}/register`, { body: [a._id, MISSING_ID] }), 422, 'invalid_ref', '1');
    assertCeligoError(await call(server, 'PUT', `${base}/register`, { body: ['nope'] }), 400, 'invalid_field', '0');
    assertCeligoError(await call(server, 'PUT', `${base}/nope/register`), 400, 'invalid_ref');
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${integration._id}`)).body._registeredConnectionIds, [a._id, c._id]);
  });
});

describe('ashares', () => {
  test('invite, list, update, delete', async () => {
    const integration = await createIntegration(server);
    const base = `/v1/integrations/${integration._id}/ashares`;
    const invited = await call(server, 'POST', base, { body: { email: 'Ann@Example.com', accessLevel: 'manage' } });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.deepEqual(invited.body.sharedWithUser, { email: 'ann@example.com' });
    assert.equal(invited.body.accessLevel, 'manage');
    assert.equal(invited.body.accepted, false);
    assertCeligoError(await call(server, 'POST', base, { body: { email: 'ann@example.com' } }), 409, 'conflict');
    assertCeligoError(await call(server, 'POST', base, { body: { email: 'not-an-email' } }), 400, 'invalid_field', 'email');
    const list = await call(server, 'GET', base);
    assert.deepEqual(list.body, [invited.body]);
    const updated = await call(server, 'PUT', `/v1/ashares/${invited.body._id}`, { body: { accessLevel: 'monitor', disabled: true } });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.accessLevel, 'monitor');
    assert.equal(updated.body.disabled, true);
    assert.deepEqual((await call(server, 'GET', `/v1/ashares/${invited.body._id}`)).body, updated.body);
    assert.equal((await call(server, 'DELETE', `/v1/ashares/${invited.body._id}`)).status, 204);
    assert.deepEqual((await call(server, 'GET', base)).body, []);
  });
});

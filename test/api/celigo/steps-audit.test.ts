import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createConnection, createIntegration, createSetup, MISSING_ID, parseLink } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const INSTALL_STEPS = [
  {
    name: 'Shopify connection',
    description: 'Connect your shop',
    type: 'connection',
    completed: false,
    sourceConnection: { type: 'http', name: 'Shop' },
  },
  { name: 'Settings', description: 'Pick a warehouse', type: 'form', completed: false },
];

describe('installSteps and uninstallSteps', () => {
  test('GET installSteps answers 201 with the steps; POST completes the current one and answers 200 with them', async () => {
    const integration = await createIntegration(server, { mode: 'install', installSteps: INSTALL_STEPS });
    const base = `/v1/integrations/${integration._id}/installSteps`;
    const shown = await call(server, 'GET', base);
    assert.equal(shown.status, 201);
    assert.deepEqual(shown.body, INSTALL_STEPS);
    assertCeligoError(await call(server, 'POST', base, { body: {} }), 422, 'missing_required_field', '_connectionId');
    assertCeligoError(await call(server, 'POST', base, { body: { _connectionId: MISSING_ID } }), 422, 'invalid_ref', '_connectionId');
    const connection = await createConnection(server);
    const first = await call(server, 'POST', base, { body: { _connectionId: connection._id } });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body[0].completed, true);
    assert.equal(first.body[0]._connectionId, connection._id);
    assert.equal(first.body[1].completed, false);
    const afterFirst = (await call(server, 'GET', `/v1/integrations/${integration._id}`)).body;
    assert.deepEqual(afterFirst._registeredConnectionIds, [connection._id]);
    assert.equal(afterFirst.mode, 'install');
    const second = await call(server, 'POST', base, { body: { warehouse: 'east' } });
    assert.equal(second.status, 200);
    assert.ok(second.body.every((s: { completed: boolean }) => s.completed));
    assert.equal((await call(server, 'GET', `/v1/integrations/${integration._id}`)).body.mode, 'settings');
    assertCeligoError(await call(server, 'POST', base, { body: {} }), 422, 'invalid_install_step');
  });

  test('GET uninstallSteps answers 200; POST completes the current step with 201', async () => {
    const steps = [{ name: 'Confirm', type: 'form', completed: false }];
    const integration = await createIntegration(server, { uninstallSteps: steps });
    const base = `/v1/integrations/${integration._id}/uninstallSteps`;
    const shown = await call(server, 'GET', base);
    assert.equal(shown.status, 200);
    assert.deepEqual(shown.body, steps);
    const done = await call(server, 'POST', base);
    assert.equal(done.status, 201);
    assert.deepEqual(done.body, [{ ...steps[0], completed: true }]);
    assert.equal((await call(server, 'GET', `/v1/integrations/${integration._id}`)).body.mode, 'uninstall');
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${MISSING_ID}/uninstallSteps`), 404, 'invalid_ref');
  });
});

describe('audit', () => {
  test('every change is an audit event with field changes, from both surfaces', async () => {
    const losant = await call(server, 'POST', `/applications/${server.tenant.applicationId}/integrations`, {
      body: {
        name: 'Shared',
        integrationType: 'mqtt',
        mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt', password: 'hunter2' },
      },
    });
    const id = losant.body.id;
    await call(server, 'PATCH', `/applications/${server.tenant.applicationId}/integrations/${id}`, { body: { name: 'Shared v2' } });
    await call(server, 'PATCH', `/v1/integrations/${id}`, { body: [{ op: 'add', path: '/tag', value: 'both' }] });
    const reply = await call(server, 'GET', `/v1/integrations/${id}/audit`);
    assert.equal(reply.status, 200);
    const events = reply.body;
    assert.equal(events.length, 3);
    for (const e of events) {
      assert.deepEqual(Object.keys(e).sort(), [
        '_byUserId',
        '_id',
        '_resourceId',
        'event',
        'fieldChanges',
        'resourceType',
        'source',
        'surface',
        'time',
      ]);
      assert.equal(e.resourceType, 'integration');
      assert.equal(e._resourceId, id);
      assert.equal(e.source, 'api');
    }
    assert.deepEqual(
      events.map((e: { event: string; surface: string }) => `${e.event}/${e.surface}`),
      ['update/celigo', 'update/losant', 'create/losant'],
      'newest first',
    );
    assert.deepEqual(events[0].fieldChanges, [{ fieldPath: 'attributes.tag', oldValue: null, newValue: 'both' }]);
    assert.deepEqual(events[1].fieldChanges, [{ fieldPath: 'name', oldValue: 'Shared', newValue: 'Shared v2' }]);
    assert.doesNotMatch(JSON.stringify(events), /hunter2/);
  });

  test("the integration's log includes its flows; the account log has everything; from/to filter; Link pages", async () => {
    const { integration, flow, connection } = await createSetup(server, 'audited');
    const log = (await call(server, 'GET', `/v1/integrations/${integration._id}/audit`)).body;
    assert.ok(log.some((e: { resourceType: string; _resourceId: string }) => e.resourceType === 'flow' && e._resourceId === flow._id));
    const account = await call(server, 'GET', '/v1/audit?limit=1000');
    assert.ok(
      account.body.some(
        (e: { resourceType: string; _resourceId: string }) => e.resourceType === 'connection' && e._resourceId === connection._id,
      ),
    );
    const paged = await call(server, 'GET', '/v1/audit?limit=2');
    assert.equal(paged.body.length, 2);
    assert.match(parseLink(paged.headers.link).next, /skip=2&limit=2/);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    assert.deepEqual((await call(server, 'GET', `/v1/audit?from=${future}`)).body, []);
    const all = (await call(server, 'GET', `/v1/integrations/${integration._id}/audit`)).body;
    const oldest = all[all.length - 1].time;
    const upTo = (await call(server, 'GET', `/v1/integrations/${integration._id}/audit?to=${oldest}`)).body;
    assert.ok(upTo.length >= 1 && upTo.every((e: { time: string }) => e.time <= oldest));
    assertCeligoError(await call(server, 'GET', '/v1/audit?from=yesterday'), 400, 'invalid_query_params', 'from');
  });

  test("another organization's audit shows nothing of this one", async () => {
    const { integration } = await createSetup(server, 'private');
    const other = await server.otherTenant();
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${integration._id}/audit`, { token: other.token }), 404, 'invalid_ref');
    const theirs = (await call(server, 'GET', '/v1/audit?limit=1000', { token: other.token })).body;
    assert.doesNotMatch(JSON.stringify(theirs), new RegExp(integration._id));
  });
});

describe('GET /v1/tokenInfo', () => {
  test('answers the token id and its scope; 401 without a valid token', async () => {
    const full = await call(server, 'GET', '/v1/tokenInfo');
    assert.equal(full.status, 200);
    assert.deepEqual(full.body, { _userId: full.body._userId, scope: '*' });
    assert.match(full.body._userId, /^[a-f\d]{24}$/);
    const narrow = await call(server, 'GET', '/v1/tokenInfo', { token: await server.token(['connections.get', 'flows.get']) });
    assert.deepEqual(narrow.body.scope, 'connections.get flows.get');
    assertCeligoError(await call(server, 'GET', '/v1/tokenInfo', { token: null }), 401, 'unauthorized');
    assertCeligoError(await call(server, 'GET', '/v1/tokenInfo', { token: 'nope' }), 401, 'unauthorized');
  });
});

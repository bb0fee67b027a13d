import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { integrationsPath, MISSING_ID, MQTT_EXAMPLE } from './fixtures.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('applications', () => {
  test('create, get, list, patch, delete', async () => {
    const created = await call(server, 'POST', '/applications', { body: { name: 'Plant', description: 'floor 2' } });
    assert.equal(created.status, 201);
    assert.equal(created.body.applicationId, created.body.id);
    assert.equal(created.body.ownerId, server.tenant.organizationId);
    assert.equal(created.body._type, 'application');
    const id = created.body.id;
    assert.deepEqual((await call(server, 'GET', `/applications/${id}`)).body, created.body);
    const list = await call(server, 'GET', '/applications?filterField=name&filter=pla*');
    assert.deepEqual(
      list.body.items.map((a: { id: string }) => a.id),
      [id],
    );
    const patched = await call(server, 'PATCH', `/applications/${id}`, { body: { name: 'Plant 2' } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.name, 'Plant 2');
    assert.equal(patched.body.description, 'floor 2');
    assert.equal((await call(server, 'PATCH', `/applications/${id}`, { body: { owner: 'x' } })).status, 400);

    const integration = (await call(server, 'POST', integrationsPath(id), { body: MQTT_EXAMPLE })).body.id;
    const deleted = await call(server, 'DELETE', `/applications/${id}`, { body: {} });
    assert.deepEqual(deleted.body, { success: true });
    assert.deepEqual((await call(server, 'GET', `/applications/${id}`)).body, { type: 'NotFound', message: 'Application was not found' });
    const gone = await server.core.store.db.selectFrom('integrations').select('id').where('id', '=', integration).execute();
    assert.equal(gone.length, 0, 'the application takes its integrations with it');
  });

  test('errors: 400 for a bad body or id, 404 for an unknown application, 403 for an application token listing applications', async () => {
    assert.equal((await call(server, 'POST', '/applications', { body: {} })).status, 400);
    assert.equal((await call(server, 'GET', '/applications/zzz')).status, 400);
    assert.equal((await call(server, 'GET', `/applications/${MISSING_ID}`)).status, 404);
    assert.equal((await call(server, 'GET', '/applications', { token: await server.token(['all.Application']) })).status, 403);
    assert.equal(
      (await call(server, 'GET', `/applications/${server.tenant.applicationId}`, { token: await server.token(['all.Application']) }))
        .status,
      200,
    );
  });
});

describe('application api tokens', () => {
  const tokens = () => `/applications/${server.tenant.applicationId}/tokens`;

  test('POST returns the token string once; GET never does; the token works with its scopes', async () => {
    const created = await call(server, 'POST', tokens(), { body: { name: 'reader', scope: ['integrations.get'], description: 'ci' } });
    assert.equal(created.status, 201);
    assert.equal(created.body.apiTokenId, created.body.id);
    assert.equal(created.body.ownerType, 'application');
    assert.equal(created.body.ownerId, server.tenant.applicationId);
    assert.deepEqual(created.body.scope, ['integrations.get']);
    assert.equal(created.body.status, 'active');
    assert.equal(typeof created.body.token, 'string');
    const fetched = await call(server, 'GET', `${tokens()}/${created.body.id}`);
    assert.equal(fetched.status, 200);
    assert.equal('token' in fetched.body, false);
    const listed = await call(server, 'GET', `${tokens()}?filterField=name&filter=reader`);
    assert.equal(listed.body.totalCount, 1);
    assert.equal('token' in listed.body.items[0], false);
    assert.equal((await call(server, 'GET', integrationsPath(server.tenant.applicationId), { token: created.body.token })).status, 200);
    assert.equal((await call(server, 'GET', tokens(), { token: created.body.token })).status, 403);
  });

  test('default scope is all.Application; scope and expiration cannot be patched; bad bodies are 400', async () => {
    const created = await call(server, 'POST', tokens(), { body: { name: 'default scope' } });
    assert.deepEqual(created.body.scope, ['all.Application']);
    assert.equal((await call(server, 'PATCH', `${tokens()}/${created.body.id}`, { body: { scope: ['all.Organization'] } })).status, 400);
    assert.equal(
      (await call(server, 'PATCH', `${tokens()}/${created.body.id}`, { body: { expirationDate: new Date().toISOString() } })).status,
      400,
    );
    assert.equal((await call(server, 'POST', tokens(), { body: { name: 'x', scope: ['not a scope'] } })).status, 400);
    assert.equal((await call(server, 'POST', tokens(), { body: { name: 'x', expirationDate: '2000-01-01T00:00:00.000Z' } })).status, 400);
    assert.equal((await call(server, 'GET', `${tokens()}/${MISSING_ID}`)).status, 404);
    const renamed = await call(server, 'PATCH', `${tokens()}/${created.body.id}`, { body: { name: 'renamed' } });
    assert.equal(renamed.body.name, 'renamed');
    assert.deepEqual((await call(server, 'DELETE', `${tokens()}/${created.body.id}`)).body, { success: true });
    assert.equal((await call(server, 'GET', `${tokens()}/${created.body.id}`)).status, 404);
  });
});

describe('workflows', () => {
  const flows = () => `/applications/${server.tenant.applicationId}/flows`;

  test('create with an integration trigger, get, list, patch, delete', async () => {
    const integration = (await call(server, 'POST', integrationsPath(server.tenant.applicationId), { body: MQTT_EXAMPLE })).body.id;
    const body = {
      name: 'On message',
      description: 'reacts',
      triggers: [{ type: 'integration', key: integration, config: { connect: false, message: true, disconnect: false, failure: false } }],
      nodes: [{ id: 'n1', type: 'DebugNode', config: {} }],
      globals: [{ key: 'g', json: '1' }],
      flowClass: 'cloud',
    };
    const created = await call(server, 'POST', flows(), { body });
    assert.equal(created.status, 201);
    assert.equal(created.body.flowId, created.body.id);
    assert.deepEqual(created.body.triggers, body.triggers);
    assert.deepEqual(created.body.globals, body.globals);
    assert.equal(created.body.enabled, true);
    assert.deepEqual((await call(server, 'GET', `${flows()}/${created.body.id}`)).body, created.body);
    assert.equal((await call(server, 'GET', flows())).body.totalCount >= 1, true);
    const patched = await call(server, 'PATCH', `${flows()}/${created.body.id}`, { body: { enabled: false, triggers: [] } });
    assert.equal(patched.body.enabled, false);
    assert.deepEqual(patched.body.triggers, []);
    assert.equal(patched.body.name, 'On message');
    assert.equal((await call(server, 'POST', flows(), { body: { triggers: [] } })).status, 400);
    assert.equal((await call(server, 'POST', flows(), { body: { name: 'x', triggers: [{ key: 'no type' }] } })).status, 400);
    assert.deepEqual((await call(server, 'DELETE', `${flows()}/${created.body.id}`)).body, { success: true });
    assert.equal((await call(server, 'GET', `${flows()}/${created.body.id}`)).status, 404);
  });
});

describe('audit and secrets', () => {
  test('every write leaves one audit event with its field changes, and none carries a secret', async () => {
    const path = integrationsPath(server.tenant.applicationId);
    const created = (
      await call(server, 'POST', path, {
        body: { ...MQTT_EXAMPLE, mqttConfig: { ...MQTT_EXAMPLE.mqttConfig, password: 'hunter2-secret' } },
      })
    ).body;
    await call(server, 'PATCH', `${path}/${created.id}`, { body: { name: 'renamed' } });
    await call(server, 'PATCH', `${path}/${created.id}`, {
      body: { mqttConfig: { ...MQTT_EXAMPLE.mqttConfig, password: 'hunter3-secret' } },
    });
    await call(server, 'DELETE', `${path}/${created.id}`);
    const events = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: created.id, limit: 100 });
    assert.deepEqual(events.map((e) => e.event).reverse(), ['create', 'update', 'update', 'delete']);
    const rename = events.find((e) => e.fieldChanges.some((c) => c.fieldPath === 'name'));
    assert.deepEqual(
      rename?.fieldChanges.find((c) => c.fieldPath === 'name'),
      { fieldPath: 'name', oldValue: 'Example Integrations', newValue: 'renamed' },
    );
    assert.ok(events.every((e) => e.source === 'losant' && e.actorType === 'apiToken'));
    const passwordChange = events.flatMap((e) => e.fieldChanges).find((c) => c.fieldPath === 'attributes.mqttConfig.password');
    assert.deepEqual(passwordChange, { fieldPath: 'attributes.mqttConfig.password', oldValue: '[redacted]', newValue: '[redacted]' });
    assert.equal(JSON.stringify(events).includes('secret'), false);
  });

  test('secrets are encrypted at rest and answered masked, also to the owner', async () => {
    const path = integrationsPath(server.tenant.applicationId);
    const created = await call(server, 'POST', path, {
      body: {
        name: 'sqs',
        integrationType: 'sqs',
        sqsConfig: { queueUrl: 'https://q', accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'sqs-very-secret-key' },
      },
    });
    assert.equal(created.body.sqsConfig.secretAccessKey, '********');
    const rows = await server.core.store.db.selectFrom('integrations').selectAll().where('id', '=', created.body.id).execute();
    const raw = JSON.stringify(rows);
    assert.equal(raw.includes('sqs-very-secret-key'), false);
    assert.match(rows[0].secrets ?? '', /^v1\./);
    assert.equal((await call(server, 'GET', `${path}/${created.body.id}`)).body.sqsConfig.secretAccessKey, '********');
    assert.deepEqual((await server.core.integrations.get(null, created.body.id)).attributes.sqsConfig, {
      queueUrl: 'https://q',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'sqs-very-secret-key',
    });
  });
});

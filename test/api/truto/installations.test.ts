import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maskSecrets } from '../../../src/lib/secrets.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, MISSING_ID, SMALL_CONFIG } from './fixtures.js';

let server: TestServer;
let integrationId: string;
let envToken: string;

before(async () => {
  server = await startTestServer();
  integrationId = (await call(server, 'POST', '/integration', { body: { name: 'installed', config: SMALL_CONFIG } })).body.id;
  envToken = await server.token(['all.Application']);
});
after(() => server.close());

const install = (body: Record<string, unknown>, token = envToken) => call(server, 'POST', '/environment-integration', { body, token });

describe('POST /environment-integration', () => {
  test('installs in the token’s environment, and again is idempotent', async () => {
    const first = await install({ integration_id: integrationId, override: { base_url: 'https://127.0.0.1:9' } });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.match(first.body.id, /^[a-f\d]{24}$/);
    assert.equal(first.body.integration_id, integrationId);
    assert.equal(first.body.environment_id, server.tenant.applicationId);
    assert.deepEqual(first.body.override, { base_url: 'https://127.0.0.1:9' });
    assert.equal(first.body.is_enabled, true);
    assert.equal(first.body.status, 'active');
    const again = await install({ integration_id: integrationId.toUpperCase(), is_enabled: false });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    const concurrent = await Promise.all([1, 2, 3].map(() => install({ integration_id: integrationId })));
    for (const reply of concurrent) assert.deepEqual(reply.body, first.body);
    const listed = await call(server, 'GET', `/environment-integration?integration_id=${integrationId}`, { token: envToken });
    assert.deepEqual(listed.body.result, [first.body]);
  });

  test('installed_environment and ?environment_id reflect the install', async () => {
    const integration = await call(server, 'GET', `/integration/${integrationId}`);
    assert.deepEqual(integration.body.installed_environment, [server.tenant.applicationId]);
    const there = await call(server, 'GET', `/integration/${integrationId}?environment_id=${server.tenant.applicationId}`);
    assert.equal(there.body.is_installed, true);
    const staging = await server.core.applications.create({ principal: null, source: 'system' }, server.tenant.organizationId, {
      name: 'staging',
    });
    const notThere = await call(server, 'GET', `/integration/${integrationId}?environment_id=${staging.id}`);
    assert.equal(notThere.body.is_installed, false);
    assertTrutoError(await call(server, 'GET', `/integration/${integrationId}?environment_id=${MISSING_ID}`), 404, 'Not Found');
    // An environment token sees only its own environment's installs.
    const stagingToken = await server.token(['all.Application'], staging.id);
    assert.deepEqual((await call(server, 'GET', `/integration/${integrationId}`, { token: stagingToken })).body.installed_environment, []);
  });

  test('an organization token names the environment', async () => {
    const integration = (await call(server, 'POST', '/integration', { body: { name: 'org_installed', config: SMALL_CONFIG } })).body;
    const missing = await install({ integration_id: integration.id }, server.tenant.token);
    assertTrutoError(missing, 400, 'Bad Request');
    assert.equal(missing.body.details.failures[0].path, 'body.environment_id');
    const named = await install(
      { integration_id: integration.id, environment_id: server.tenant.applicationId, is_enabled: false },
      server.tenant.token,
    );
    assert.equal(named.status, 201);
    assert.equal(named.body.is_enabled, false);
    assert.equal(named.body.environment_id, server.tenant.applicationId);
  });

  test('refuses bad bodies and unknown integrations', async () => {
    assertTrutoError(await install({}), 400, 'Bad Request');
    assertTrutoError(await install({ integration_id: 'abc' }), 400, 'Bad Request');
    assertTrutoError(await install({ integration_id: integrationId, override: 'x' }), 400, 'Bad Request');
    assertTrutoError(await install({ integration_id: integrationId, show: true }), 400, 'Bad Request');
    assertTrutoError(await install({ integration_id: MISSING_ID }), 404, 'Not Found');
  });
});

describe('GET/PATCH/DELETE /environment-integration/:id', () => {
  test('PATCH replaces override whole and toggles is_enabled; secrets in it are encrypted at rest', async () => {
    const integration = (await call(server, 'POST', '/integration', { body: { name: 'patched', config: SMALL_CONFIG } })).body;
    const created = (await install({ integration_id: integration.id, override: { base_url: 'https://a', headers: { 'X-A': '1' } } })).body;
    const byo = { credentials: { format: 'oauth2', config: { client: { id: 'mine', secret: 'byo-secret' } } } };
    const patched = await call(server, 'PATCH', `/environment-integration/${created.id}`, {
      body: { override: byo, is_enabled: false },
      token: envToken,
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.deepEqual(patched.body.override, maskSecrets(byo));
    assert.equal(patched.body.is_enabled, false);
    assert.ok(patched.body.updated_at >= created.updated_at);
    assert.deepEqual((await call(server, 'GET', `/environment-integration/${created.id}`, { token: envToken })).body, patched.body);
    const row = await server.core.store.db.selectFrom('installations').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.ok(!row.override.includes('byo-secret') && !String(row.secrets).includes('byo-secret'));
    assertTrutoError(
      await call(server, 'PATCH', `/environment-integration/${created.id}`, { body: {}, token: envToken }),
      400,
      'Bad Request',
    );
    assertTrutoError(
      await call(server, 'PATCH', `/environment-integration/${created.id}`, { body: { override: null }, token: envToken }),
      400,
      'Bad Request',
    );
    const events = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: created.id, limit: 10 });
    assert.deepEqual(events.map((e) => e.event).sort(), ['create', 'update']);
    assert.ok(!JSON.stringify(events).includes('byo-secret'));
  });

  test('DELETE uninstalls and answers {id}; deleting the integration removes its installs', async () => {
    const integration = (await call(server, 'POST', '/integration', { body: { name: 'removed', config: SMALL_CONFIG } })).body;
    const first = (await install({ integration_id: integration.id })).body;
    const gone = await call(server, 'DELETE', `/environment-integration/${first.id}`, { token: envToken });
    assert.deepEqual(gone.body, { id: first.id });
    assertTrutoError(await call(server, 'GET', `/environment-integration/${first.id}`, { token: envToken }), 404, 'Not Found');
    assert.deepEqual((await call(server, 'GET', `/integration/${integration.id}`)).body.installed_environment, []);
    const second = (await install({ integration_id: integration.id })).body;
    assert.notEqual(second.id, first.id);
    assert.equal((await call(server, 'DELETE', `/integration/${integration.id}`)).status, 200);
    assertTrutoError(await call(server, 'GET', `/environment-integration/${second.id}`, { token: envToken }), 404, 'Not Found');
  });

  test('lists with paging', async () => {
    const installs = [];
    for (let i = 0; i < 3; i++) {
      const integration = (await call(server, 'POST', '/integration', { body: { name: `paged_${i}`, config: SMALL_CONFIG } })).body;
      installs.push((await install({ integration_id: integration.id })).body.id);
    }
    const all = [];
    let cursor = '';
    do {
      const page = await call(server, 'GET', `/environment-integration?limit=2&next_cursor=${cursor}`, { token: envToken });
      assert.equal(page.status, 200);
      assert.ok(page.body.result.length <= 2);
      all.push(...page.body.result.map((r: { id: string }) => r.id));
      cursor = page.body.next_cursor ?? '';
    } while (cursor);
    assert.deepEqual(all.slice(-3), installs);
    assert.equal(new Set(all).size, all.length);
  });
});

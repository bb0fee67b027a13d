import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Tenant } from '../../../src/core/tenancy/setup-service.js';
import { maskSecrets } from '../../../src/lib/secrets.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, SEED_CONFIG } from './fixtures.js';

let server: TestServer;
let other: Tenant;
const ids: Record<'allow' | 'ask' | 'deny', string> = { allow: '', ask: '', deny: '' };

before(async () => {
  server = await startTestServer();
  other = await server.otherTenant('acme');
  for (const sharing of ['allow', 'ask', 'deny'] as const) {
    const reply = await call(server, 'POST', '/integration', { body: { name: `shared_${sharing}`, sharing, config: SEED_CONFIG } });
    assert.equal(reply.status, 201);
    ids[sharing] = reply.body.id;
  }
});
after(() => server.close());

const asOther = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
  call(server, method, url, { token: other.token, body });

describe('sharing across organizations', () => {
  test('another team lists allow and ask integrations, never deny ones', async () => {
    const listed = await asOther('GET', '/integration');
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.result.map((r: { id: string }) => r.id),
      [ids.allow, ids.ask],
    );
    assert.deepEqual((await asOther('GET', '/integration?sharing=deny')).body.result, []);
    assertTrutoError(await asOther('GET', `/integration/${ids.deny}`), 404, 'Not Found');
  });

  test('another team never sees the owner’s secrets; placeholders stay', async () => {
    const seen = (await asOther('GET', `/integration/${ids.allow}`)).body;
    assert.equal(seen.team_id, server.tenant.organizationId);
    assert.equal(seen.team.name, 'default');
    assert.equal(seen.can_install, true);
    assert.equal(seen.config.credentials.oauth2.config.client.id, 'your-client-id');
    assert.equal('secret' in seen.config.credentials.oauth2.config.client, false);
    assert.equal('secret' in seen.config.webhook.signature_verification.config, false);
    assert.equal(seen.config.authorization.config.token, '{{oauth.token.access_token}}');
    assert.ok(!JSON.stringify(seen).includes('your-client-secret'));
    assert.ok(!JSON.stringify((await asOther('GET', '/integration')).body).includes('your-webhook-secret'));
    // The owner sees its config whole.
    assert.deepEqual((await call(server, 'GET', `/integration/${ids.allow}`)).body.config, maskSecrets(SEED_CONFIG));
    assert.equal((await asOther('GET', `/integration/${ids.ask}`)).body.can_install, false);
  });

  test('another team cannot change or delete a shared integration', async () => {
    assertTrutoError(await asOther('PATCH', `/integration/${ids.allow}`, { version: 1, category: 'x' }), 404, 'Not Found');
    assertTrutoError(await asOther('DELETE', `/integration/${ids.allow}`), 404, 'Not Found');
    const stored = (await call(server, 'GET', `/integration/${ids.allow}`)).body;
    assert.equal(stored.version, 1);
    assert.equal(stored.category, null);
  });

  test('allow installs at once; deny is 404', async () => {
    const installed = await asOther('POST', '/environment-integration', { integration_id: ids.allow, environment_id: other.applicationId });
    assert.equal(installed.status, 201);
    assert.equal(installed.body.status, 'active');
    assert.deepEqual((await asOther('GET', `/integration/${ids.allow}`)).body.installed_environment, [other.applicationId]);
    // The owner does not see other teams' environments on the integration.
    assert.deepEqual((await call(server, 'GET', `/integration/${ids.allow}`)).body.installed_environment, []);
    assertTrutoError(
      await asOther('POST', '/environment-integration', { integration_id: ids.deny, environment_id: other.applicationId }),
      404,
      'Not Found',
    );
    // Nor in another team's environment.
    assertTrutoError(
      await asOther('POST', '/environment-integration', { integration_id: ids.allow, environment_id: server.tenant.applicationId }),
      404,
      'Not Found',
    );
  });

  test('ask: the install waits as pending until the owner approves it', async () => {
    const requested = await asOther('POST', '/environment-integration', {
      integration_id: ids.ask,
      environment_id: other.applicationId,
      override: { credentials: { format: 'oauth2', config: { client: { id: 'acme', secret: 'acme-secret' } } } },
    });
    assert.equal(requested.status, 201);
    assert.equal(requested.body.status, 'pending');
    assert.deepEqual((await asOther('GET', `/integration/${ids.ask}`)).body.installed_environment, []);
    // The installer cannot approve itself.
    assertTrutoError(await asOther('PATCH', `/environment-integration/${requested.body.id}`, { status: 'active' }), 403, 'Forbidden');
    // The owner finds the request, without the installer's secrets, and approves it.
    const inbox = await call(server, 'GET', `/environment-integration?integration_id=${ids.ask}`);
    assert.deepEqual(
      inbox.body.result.map((r: { id: string }) => r.id),
      [requested.body.id],
    );
    assert.ok(!JSON.stringify(inbox.body).includes('acme-secret'));
    assertTrutoError(
      await call(server, 'PATCH', `/environment-integration/${requested.body.id}`, { body: { override: {} } }),
      403,
      'Forbidden',
    );
    const approved = await call(server, 'PATCH', `/environment-integration/${requested.body.id}`, { body: { status: 'active' } });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'active');
    assert.ok(!JSON.stringify(approved.body).includes('acme-secret'));
    const mine = (await asOther('GET', `/environment-integration/${requested.body.id}`)).body;
    assert.equal(mine.status, 'active');
    assert.equal(mine.override.credentials.config.client.secret, '********');
    assert.deepEqual((await asOther('GET', `/integration/${ids.ask}`)).body.installed_environment, [other.applicationId]);
  });

  test('a third team sees neither the install nor the request', async () => {
    const third = await server.otherTenant('third');
    const listed = await call(server, 'GET', '/environment-integration', { token: third.token });
    assert.deepEqual(listed.body.result, []);
    const anyInstall = (await asOther('GET', '/environment-integration')).body.result[0];
    assertTrutoError(await call(server, 'GET', `/environment-integration/${anyInstall.id}`, { token: third.token }), 404, 'Not Found');
  });

  test('the owner may refuse a pending install by deleting it', async () => {
    const fourth = await server.otherTenant('fourth');
    const requested = await call(server, 'POST', '/environment-integration', {
      token: fourth.token,
      body: { integration_id: ids.ask, environment_id: fourth.applicationId },
    });
    assert.equal(requested.body.status, 'pending');
    assert.deepEqual((await call(server, 'DELETE', `/environment-integration/${requested.body.id}`)).body, { id: requested.body.id });
    assertTrutoError(await call(server, 'GET', `/environment-integration/${requested.body.id}`, { token: fourth.token }), 404, 'Not Found');
  });

  test('turning sharing to deny hides it from other teams', async () => {
    const current = (await call(server, 'GET', `/integration/${ids.allow}`)).body;
    await call(server, 'PATCH', `/integration/${ids.allow}`, { body: { sharing: 'deny', version: current.version } });
    assertTrutoError(await asOther('GET', `/integration/${ids.allow}`), 404, 'Not Found');
    assert.deepEqual(
      (await asOther('GET', '/integration')).body.result.map((r: { id: string }) => r.id),
      [ids.ask],
    );
  });
});

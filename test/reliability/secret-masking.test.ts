/* biome-ignore-all lint/suspicious/noExplicitAny: stored JSON is loosely typed */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

const MASK = '********';
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const stored = async (id: string) => server.core.integrations.get(null, id);

test('Losant: secrets are answered masked; a PATCH sending the masked value back keeps the stored secret', async () => {
  const path = `/applications/${server.tenant.applicationId}/integrations`;
  const mqttConfig = { host: '127.0.0.1', port: 8883, protocol: 'mqtts', username: 'u', password: 'mqtt-pw-1', privateKey: 'PEM-KEY-1' };
  const created = await call(server, 'POST', path, { body: { name: 'm', integrationType: 'mqtt', mqttConfig } });
  assert.equal(created.status, 201);
  assert.deepEqual(created.body.mqttConfig, { ...mqttConfig, password: MASK, privateKey: MASK });
  const read = await call(server, 'GET', `${path}/${created.body.id}`);
  assert.deepEqual(read.body.mqttConfig, created.body.mqttConfig);
  const listed = await call(server, 'GET', path);
  assert.equal(JSON.stringify(listed.body).includes('mqtt-pw-1'), false);

  // What the client read, sent back with one real change.
  const patched = await call(server, 'PATCH', `${path}/${created.body.id}`, {
    body: { mqttConfig: { ...read.body.mqttConfig, username: 'v' } },
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.equal(patched.body.mqttConfig.password, MASK);
  assert.deepEqual((await stored(created.body.id)).attributes.mqttConfig, { ...mqttConfig, username: 'v' });
  // A new value replaces it; a mask where nothing is stored is refused.
  await call(server, 'PATCH', `${path}/${created.body.id}`, { body: { mqttConfig: { ...read.body.mqttConfig, password: 'mqtt-pw-2' } } });
  assert.equal(((await stored(created.body.id)).attributes.mqttConfig as { password: string }).password, 'mqtt-pw-2');
  const blind = await call(server, 'POST', path, {
    body: { name: 'p', integrationType: 'particle', particleConfig: { accessToken: MASK } },
  });
  assert.equal(blind.status, 400);
  assert.equal(blind.body.message, 'particleConfig.accessToken holds the mask ******** but no secret is stored there');
});

test('Truto and integrator.io answer the same integration with the same masks; a Truto PATCH of the mask keeps it', async () => {
  const config = {
    base_url: 'http://127.0.0.1:9',
    credentials: { format: 'oauth2', config: { client: { id: 'cid', secret: 'client-secret-1' } } },
  };
  const created = await call(server, 'POST', '/integration', { body: { name: 'masked', config } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.config.credentials.config.client.secret, MASK);
  const seen = await call(server, 'GET', `/integration/${created.body.id}`);
  assert.equal(seen.body.config.credentials.config.client.secret, MASK);
  const patched = await call(server, 'PATCH', `/integration/${created.body.id}`, {
    body: { version: seen.body.version, config: { credentials: seen.body.config.credentials } },
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.equal(((await stored(created.body.id)).config as any).credentials.config.client.secret, 'client-secret-1');

  const celigo = await call(server, 'POST', '/v1/integrations', {
    body: { name: 'with settings', settings: { password: 'settings-pw-1' } },
  });
  assert.equal(celigo.body.settings.password, MASK);
  const got = await call(server, 'GET', `/v1/integrations/${celigo.body._id}`);
  assert.equal(got.body.settings.password, MASK);
  const put = await call(server, 'PUT', `/v1/integrations/${celigo.body._id}`, {
    body: { name: got.body.name, settings: got.body.settings },
  });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  assert.equal((await stored(celigo.body._id)).settings.password, 'settings-pw-1');
});

test('a connected account PATCH sending the masked credential back keeps it', async () => {
  const integration = await call(server, 'POST', '/integration', {
    body: { name: 'keyed', config: { base_url: 'http://127.0.0.1:9', credentials: { format: 'api_key' } } },
  });
  const account = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: integration.body.id, context: { api_key: 'account-key-1', region: 'eu' } },
  });
  assert.equal(account.body.context.api_key, MASK);
  const patched = await call(server, 'PATCH', `/integrated-account/${account.body.id}`, {
    body: { context: { ...account.body.context, region: 'us' } },
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  const kept = await server.core.integratedAccounts.get(null, account.body.id);
  assert.deepEqual(kept.context, { api_key: 'account-key-1', region: 'us' });
});

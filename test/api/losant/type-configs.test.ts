import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { integrationsPath } from './fixtures.js';

let server: TestServer;
let path: string;
before(async () => {
  server = await startTestServer();
  path = integrationsPath(server.tenant.applicationId);
});
after(() => server.close());

const MQTT = { host: '127.0.0.1', port: 1883, protocol: 'mqtt' };

test('POST: an integration needs its own type config, and only that one', async () => {
  const missing = await call(server, 'POST', path, { body: { name: 'x', integrationType: 'sqs' } });
  assert.equal(missing.status, 400);
  assert.deepEqual(missing.body, { type: 'Validation', message: 'sqsConfig is required for an integration of type sqs' });
  const foreign = await call(server, 'POST', path, {
    body: { name: 'x', integrationType: 'mqtt', mqttConfig: MQTT, sqsConfig: { queueUrl: 'q' } },
  });
  assert.equal(foreign.status, 400);
  assert.equal(foreign.body.message, 'sqsConfig is not allowed on an integration of type mqtt (only mqttConfig)');
  const empty = await call(server, 'POST', path, { body: { name: 'x', integrationType: 'googlePubSub', googlePubSubConfig: {} } });
  assert.equal(empty.status, 400);
  assert.equal(empty.body.message, 'googlePubSubConfig.projectId is required');
  const listed = await call(server, 'GET', path);
  assert.equal(listed.body.totalCount, 0, 'nothing was stored');
});

test('PATCH: another type config is refused and nothing changes; its own config may be replaced', async () => {
  const created = await call(server, 'POST', path, { body: { name: 'm', integrationType: 'mqtt', mqttConfig: MQTT } });
  assert.equal(created.status, 201);
  const one = `${path}/${created.body.id}`;
  const foreign = await call(server, 'PATCH', one, { body: { name: 'renamed', sqsConfig: { queueUrl: 'q' } } });
  assert.equal(foreign.status, 400);
  assert.equal(foreign.body.message, 'sqsConfig is not allowed on an integration of type mqtt (only mqttConfig)');
  const after = await call(server, 'GET', one);
  assert.equal(after.body.name, 'm');
  assert.equal(after.body.sqsConfig, undefined);
  const own = await call(server, 'PATCH', one, { body: { mqttConfig: { ...MQTT, port: 8883, protocol: 'mqtts' } } });
  assert.equal(own.status, 200);
  assert.equal(own.body.mqttConfig.port, 8883);
  const partial = await call(server, 'PATCH', one, { body: { mqttConfig: { port: 1 } } });
  assert.equal(partial.status, 400);
  assert.equal(partial.body.message, 'mqttConfig.protocol is required');
});

test('a row stored before the rule (no config) stays writable for its other fields', async () => {
  const system = { principal: null, source: 'system' as const };
  const created = await call(server, 'POST', path, {
    body: { name: 'legacy', integrationType: 'particle', particleConfig: { accessToken: 'tok1' } },
  });
  // Strip the config the way an older version of Junction could have stored it.
  await server.core.integrations.update(system, created.body.id, (current) => ({
    ...current,
    integrationType: null,
    attributes: {},
  }));
  await server.core.store.db.updateTable('integrations').set({ integration_type: 'particle' }).where('id', '=', created.body.id).execute();
  const renamed = await call(server, 'PATCH', `${path}/${created.body.id}`, { body: { name: 'legacy 2' } });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  const foreign = await call(server, 'PATCH', `${path}/${created.body.id}`, { body: { mqttConfig: MQTT } });
  assert.equal(foreign.status, 400);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const TYPES = 'azureEventHub, googlePubSub, mqtt, particle, sqs, websocket';

test('Losant: a bad enum value names the property and the allowed values, once', async () => {
  const path = `/applications/${server.tenant.applicationId}/integrations`;
  const reply = await call(server, 'POST', path, { body: { name: 'x', integrationType: 'nope' } });
  assert.equal(reply.status, 400);
  assert.deepEqual(reply.body, { type: 'Validation', message: `integrationType must be one of: ${TYPES}` });
  const nested = await call(server, 'POST', path, {
    body: { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 1, protocol: 'tcp' } },
  });
  assert.equal(nested.body.message, 'mqttConfig.protocol must be one of: mqtt, mqtts, ws, wss');
  const query = await call(server, 'GET', `${path}?sortField=bad`);
  assert.equal(query.body.message, 'query parameter sortField must be one of: name, id, creationDate, integrationType, lastUpdated');
});

test('Losant: an extra field is named, with the allowed ones', async () => {
  const path = `/applications/${server.tenant.applicationId}/integrations`;
  const reply = await call(server, 'POST', path, { body: { name: 'x', integrationType: 'mqtt', colour: 'red' } });
  assert.equal(reply.status, 400);
  assert.match(reply.body.message, /^colour is not an allowed property \(allowed: name, integrationType, .*websocketConfig\)$/);
  const nullable = await call(server, 'PATCH', `${path}/5f00000000000000000000aa`, { body: { credentialName: 5 } });
  assert.equal(nullable.body.message, 'credentialName must be a string or null');
});

test('Truto: one failure per problem, with its path', async () => {
  const reply = await call(server, 'POST', '/integration', { body: { name: 'x', sharing: 'maybe' } });
  assert.equal(reply.status, 400);
  assert.equal(reply.body.message, 'sharing must be one of: allow, ask, deny');
  assert.deepEqual(reply.body.details.failures, [{ path: 'body.sharing', message: 'sharing must be one of: allow, ask, deny' }]);
  const extra = await call(server, 'POST', '/integration', { body: { name: 'x', bogus: 1 } });
  assert.deepEqual(
    extra.body.details.failures.map((f: { path: string }) => f.path),
    ['body.bogus'],
  );
  assert.match(extra.body.message, /^bogus is not an allowed property \(allowed: name, category, config, is_beta, sharing\)$/);
});

test('integrator.io: the field is named in `field` and in the message', async () => {
  const reply = await call(server, 'POST', '/v1/integrations', { body: { name: 'x', bogus: 1 } });
  assert.equal(reply.status, 400);
  assert.equal(reply.body.errors.length, 1);
  assert.equal(reply.body.errors[0].code, 'invalid_field');
  assert.equal(reply.body.errors[0].field, 'bogus');
  assert.match(reply.body.errors[0].message, /^bogus is not an allowed property \(allowed: name, description, /);
  const missing = await call(server, 'POST', '/v1/integrations', { body: {} });
  assert.deepEqual(missing.body.errors, [{ code: 'missing_required_field', message: 'name is required.', field: 'name' }]);
});

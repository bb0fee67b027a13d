import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { MISSING_ID, MQTT_EXAMPLE } from './fixtures.js';

// The published, unmodified Losant REST client (CommonJS), pointed at Junction.
const losant = createRequire(import.meta.url)('losant-rest');

let server: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the client is untyped JavaScript
let client: any;

before(async () => {
  server = await startTestServer();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  client = losant.createClient({ accessToken: server.tenant.token, url: `http://127.0.0.1:${port}` });
});
after(() => server.close());

test('the official client drives the whole Integration resource', async () => {
  const applicationId = server.tenant.applicationId;
  const created = await client.integrations.post({ applicationId, integration: MQTT_EXAMPLE });
  assert.equal(created.name, MQTT_EXAMPLE.name);
  assert.match(created.id, /^[a-f\d]{24}$/);

  const listed = await client.integrations.get({
    applicationId,
    sortField: 'name',
    sortDirection: 'asc',
    page: 0,
    perPage: 10,
    filterField: 'name',
    filter: 'Example*',
  });
  assert.equal(listed.totalCount, 1);
  assert.equal(listed.items[0].id, created.id);

  const fetched = await client.integration.get({ applicationId, integrationId: created.id });
  assert.deepEqual(fetched, created);

  const patched = await client.integration.patch({ applicationId, integrationId: created.id, integration: { topics: ['differentTopic'] } });
  assert.deepEqual(patched.topics, ['differentTopic']);

  const flow = await client.flows.post({
    applicationId,
    flow: { name: 'triggered', triggers: [{ type: 'integration', key: created.id, config: { message: true } }], nodes: [] },
  });
  const deleted = await client.integration.delete({ applicationId, integrationId: created.id, includeWorkflows: true });
  assert.deepEqual(deleted, { success: true });
  await assert.rejects(client.flow.get({ applicationId, flowId: flow.id }), (err: { statusCode: number; type: string }) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.type, 'NotFound');
    return true;
  });
});

test('errors reach the client as type, message and statusCode', async () => {
  const applicationId = server.tenant.applicationId;
  await assert.rejects(
    client.integration.get({ applicationId, integrationId: MISSING_ID }),
    (err: Error & { statusCode: number; type: string }) => {
      assert.equal(err.statusCode, 404);
      assert.equal(err.type, 'NotFound');
      assert.equal(err.message, 'Integration was not found');
      return true;
    },
  );
  await assert.rejects(
    client.integrations.post({ applicationId, integration: { name: 'x' } }),
    (err: { statusCode: number; type: string }) => {
      assert.equal(err.statusCode, 400);
      assert.equal(err.type, 'Validation');
      return true;
    },
  );
  const anonymous = losant.createClient({ url: client.getOption('url') });
  await assert.rejects(anonymous.integrations.get({ applicationId }), (err: { statusCode: number; type: string }) => {
    assert.equal(err.statusCode, 401);
    assert.equal(err.type, 'Unauthorized');
    return true;
  });
});

test('applications and tokens through the client', async () => {
  const app = await client.applications.post({ application: { name: 'from client' } });
  const token = await client.applicationApiTokens.post({
    applicationId: app.id,
    apiToken: { name: 'scoped', scope: ['integrations.get'] },
  });
  assert.equal(typeof token.token, 'string');
  const scoped = losant.createClient({ accessToken: token.token, url: client.getOption('url') });
  const list = await scoped.integrations.get({ applicationId: app.id });
  assert.equal(list.totalCount, 0);
  assert.deepEqual(await client.application.delete({ applicationId: app.id }), { success: true });
});

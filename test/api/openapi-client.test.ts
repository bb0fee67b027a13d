/* biome-ignore-all lint/suspicious/noExplicitAny: the document is loosely typed JSON */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { type JunctionClient, junctionClient } from '../../src/client/index.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: JunctionClient;
let document: any;
before(async () => {
  server = await startTestServer();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  client = junctionClient(baseUrl(), server.tenant.token);
  document = (await call(server, 'GET', '/openapi.json', { token: null })).body;
});
after(() => server.close());

const operations = () =>
  Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );

test('the OpenAPI document validates with swagger-parser', async () => {
  await SwaggerParser.validate(structuredClone(document));
  assert.deepEqual(document.servers, [{ url: '/', description: 'This Junction server' }]);
});

test('every operation has a unique operationId, a summary and no "Default Response"', () => {
  const ids = operations().map(({ operation }) => operation.operationId);
  assert.ok(ids.length > 100 && ids.every((id) => typeof id === 'string' && id.length > 0), 'every operation has an operationId');
  assert.equal(new Set(ids).size, ids.length);
  for (const { path, method, operation } of operations()) {
    assert.ok(operation.summary, `${method} ${path} has a summary`);
    for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
      assert.notEqual(response.description, 'Default Response', `${method} ${path} ${status}`);
    }
  }
  assert.equal(document.paths['/v1/integrations/{_id}/revisions'].get.operationId, 'getV1IntegrationsByIdRevisions');
  assert.equal(document.paths['/v1/connections'].get.summary, 'List connections');
});

test('public routes need no token in the document; the others a bearer token', () => {
  for (const path of ['/health', '/schemas/integration-config.json', '/v1/templates/{file}', '/oauth/callback']) {
    assert.deepEqual(document.paths[path].get.security, [], path);
  }
  assert.deepEqual(document.security, [{ bearer: [] }]);
  assert.equal(document.paths['/applications'].get.security, undefined);
});

test('the proxy custom method and the record routes are one path', () => {
  const item = document.paths['/proxy/{resource}/{id}'];
  assert.deepEqual(Object.keys(item).sort(), ['delete', 'get', 'patch', 'post']);
  assert.equal(document.paths['/proxy/{resource}/{method}'], undefined);
  const pathParams = item.post.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name);
  assert.deepEqual(pathParams.sort(), ['id', 'resource']);
});

test('closed string sets are one enum in the document and still anyOf in validation', async () => {
  const body = document.paths['/applications/{applicationId}/integrations'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(body.properties.integrationType, {
    type: 'string',
    enum: ['azureEventHub', 'googlePubSub', 'mqtt', 'particle', 'sqs', 'websocket'],
  });
  assert.doesNotMatch(JSON.stringify(document), /"anyOf":\[\{"type":"string","enum":\["[^"]*"\]\}/);
  const reply = await call(server, 'POST', `/applications/${server.tenant.applicationId}/integrations`, {
    body: { name: 'x', integrationType: 'nope' },
  });
  assert.equal(reply.status, 400);
  // Validation still runs the schema's anyOf: its branches are folded into one message naming the allowed values.
  assert.match(reply.body.message, /integrationType must be one of: azureEventHub, googlePubSub, mqtt, particle, sqs, websocket/);
});

test('the generated client calls Junction over a real socket, typed by the document', async () => {
  const health = await client.GET('/health');
  assert.equal(health.response.status, 200);
  assert.equal(health.data?.status, 'ok');

  const applicationId = server.tenant.applicationId;
  const created = await client.POST('/applications/{applicationId}/integrations', {
    params: { path: { applicationId } },
    body: { name: 'through the client', integrationType: 'mqtt', mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' } },
  });
  assert.equal(created.response.status, 201);
  const integrationId = created.data?.id ?? '';
  assert.match(integrationId, /^[0-9a-f]{24}$/);

  const fetched = await client.GET('/applications/{applicationId}/integrations/{integrationId}', {
    params: { path: { applicationId, integrationId } },
  });
  assert.equal(fetched.data?.name, 'through the client');

  const listed = await client.GET('/v1/integrations');
  assert.ok(listed.data?.some((integration) => integration._id === integrationId));

  const missing = await client.GET('/applications/{applicationId}/integrations/{integrationId}', {
    params: { path: { applicationId, integrationId: '5f0000000000000000000000' } },
  });
  assert.equal(missing.response.status, 404);
  assert.equal(missing.error?.type, 'NotFound');

  const anonymous = await junctionClient(baseUrl()).GET('/applications');
  assert.equal(anonymous.response.status, 401);
});

function baseUrl() {
  const { port } = server.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

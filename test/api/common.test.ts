import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('GET /health reports the store', async () => {
  const reply = await call(server, 'GET', '/health', { token: null });
  assert.equal(reply.status, 200);
  assert.equal(reply.body.status, 'ok');
  assert.equal(reply.body.store.status, 'ok');
  assert.equal(reply.body.store.dialect, server.dialect);
  assert.match(String(reply.headers['x-request-id']), /^[0-9a-f-]{36}$/);
});

test('GET /openapi.json is generated from the route schemas; /docs serves the reference', async () => {
  const reply = await call(server, 'GET', '/openapi.json', { token: null });
  assert.equal(reply.status, 200);
  assert.equal(reply.body.openapi, '3.0.3');
  const paths = reply.body.paths;
  for (const [path, methods] of Object.entries({
    '/applications/{applicationId}/integrations': ['get', 'post'],
    '/applications/{applicationId}/integrations/{integrationId}': ['get', 'patch', 'delete'],
    '/applications': ['get', 'post'],
    '/applications/{applicationId}/tokens/{apiTokenId}': ['get', 'patch', 'delete'],
    '/applications/{applicationId}/flows/{flowId}': ['get', 'patch', 'delete'],
  })) {
    for (const method of methods) assert.ok(paths[path]?.[method], `${method} ${path}`);
  }
  const post = paths['/applications/{applicationId}/integrations'].post;
  assert.ok(post.requestBody.content['application/json'].schema.required.includes('integrationType'));
  assert.ok(post.responses['201']);
  const docs = await server.app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /<html/i);
});

test('unknown routes answer 404 as JSON', async () => {
  const reply = await call(server, 'GET', '/nowhere');
  assert.equal(reply.status, 404);
  assert.equal(reply.body.type, 'NotFound');
});

test('a body over the limit is 413', async () => {
  const reply = await call(server, 'POST', `/applications/${server.tenant.applicationId}/integrations`, {
    body: { name: 'x', integrationType: 'mqtt', topics: ['a'.repeat(1024 * 1024)] },
  });
  assert.equal(reply.status, 413);
  assert.equal(reply.body.type, 'PayloadTooLarge');
});

test('security headers are set on every answer, errors included', async () => {
  for (const url of ['/health', `/applications/${server.tenant.applicationId}/integrations/nope`]) {
    const reply = await call(server, 'GET', url);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(reply.headers['x-frame-options'], 'SAMEORIGIN', url);
    // Plain HTTP here: HSTS only over HTTPS (test/api/settings.test.ts).
    assert.equal(reply.headers['strict-transport-security'], undefined, url);
    assert.equal(reply.headers['x-powered-by'], undefined, url);
  }
});

test('a client request id is echoed; otherwise one is generated', async () => {
  const reply = await call(server, 'GET', '/health', { headers: { 'x-request-id': 'abc-123' } });
  assert.equal(reply.headers['x-request-id'], 'abc-123');
});

test('a wrong method on an existing path is 405 with Allow, in the shape of its surface', async () => {
  const id = '5f00000000000000000000aa';
  const app = server.tenant.applicationId;
  // biome-ignore lint/suspicious/noExplicitAny: replies are loosely typed JSON
  const cases: [string, string, string, (body: any) => void][] = [
    ['POST', `/v1/flows/${id}`, 'GET, HEAD, PUT, PATCH, DELETE', (b) => assert.equal(b.errors[0].code, 'method_not_allowed')],
    ['PUT', `/applications/${app}/integrations/${id}`, 'GET, HEAD, PATCH, DELETE', (b) => assert.equal(b.type, 'MethodNotAllowed')],
    ['PUT', `/integration/${id}`, 'GET, HEAD, PATCH, DELETE', (b) => assert.equal(b.error, 'Method Not Allowed')],
    ['DELETE', '/integration', 'GET, HEAD, POST', (b) => assert.equal(b.statusCode, 405)],
    ['PUT', `/integrated-account/${id}`, 'GET, HEAD, PATCH, DELETE', (b) => assert.equal(b.statusCode, 405)],
    ['POST', '/health', 'GET, HEAD', (b) => assert.equal(b.type, 'MethodNotAllowed')],
  ];
  for (const [method, url, allow, shape] of cases) {
    const reply = await call(server, method as 'PUT', url);
    assert.equal(reply.status, 405, `${method} ${url}`);
    assert.equal(reply.headers.allow, allow, `${method} ${url}`);
    assert.match(JSON.stringify(reply.body), new RegExp(`${method} is not allowed`));
    shape(reply.body);
  }
  // A path no route has stays 404, under every surface.
  for (const url of ['/nowhere', `/v1/flows/${id}/nothing`, `/integration/${id}/nothing`]) {
    const reply = await call(server, 'PUT', url);
    assert.equal(reply.status, 404, url);
    assert.equal(reply.headers.allow, undefined);
  }
});

/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
let integrationId: string;

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 1_000, backoffMs: 1 } });
  upstream = await startUpstream((q, r) => {
    if (q.url.pathname === '/tickets' && q.method === 'GET')
      return json(r, 200, { tickets: [{ id: 1 }], query: Object.fromEntries(q.url.searchParams), key: q.headers['x-key'] });
    if (q.url.pathname.startsWith('/tickets/'))
      return json(r, 200, { method: q.method, path: q.url.pathname, body: q.body ? JSON.parse(q.body) : null });
    return json(r, 404, { message: 'nope' });
  });
  const integration = await createIntegration(server, {
    base_url: upstream.url,
    credentials: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } },
    authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
    resources: {
      tickets: {
        list: { path: '/tickets', response_path: 'tickets' },
        get: { path: '/tickets/{{id}}' },
        create: { path: '/tickets/new' },
        update: { path: '/tickets/{{id}}' },
        delete: { path: '/tickets/{{id}}' },
        close: { path: '/tickets/{{query.id}}/close', method: 'post', body: { reason: '{{body.reason}}' } },
      },
    },
  });
  integrationId = integration.id;
});
after(async () => {
  await upstream.close();
  await server.close();
});

test('create, read, patch, list and delete an account; credentials masked in every answer and encrypted at rest', async () => {
  const created = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: integrationId, context: { api_key: 'sk-live-123456', subdomain: 'acme' } },
  });
  assert.equal(created.status, 201);
  assert.equal(created.body.authentication_method, 'api_key');
  assert.equal(created.body.status, 'active');
  assert.deepEqual(created.body.context, { api_key: '********', subdomain: 'acme' });
  const id = created.body.id;

  const row = await server.core.store.db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.ok(!JSON.stringify(row).includes('sk-live-123456'));

  const patched = await call(server, 'PATCH', `/integrated-account/${id}`, { body: { context: { subdomain: null, region: 'eu' } } });
  assert.equal(patched.status, 200);
  assert.deepEqual(patched.body.context, { api_key: '********', region: 'eu' });
  assert.equal((await call(server, 'GET', `/integrated-account/${id.toUpperCase()}`)).body.id, id);

  const other = await connect(server, integrationId, { api_key: 'k2' });
  const first = await call(server, 'GET', `/integrated-account?integration_id=${integrationId}&limit=1`);
  assert.equal(first.status, 200);
  assert.equal(first.body.result.length, 1);
  const second = await call(
    server,
    'GET',
    `/integrated-account?integration_id=${integrationId}&limit=1&next_cursor=${first.body.next_cursor}`,
  );
  assert.deepEqual([first.body.result[0].id, second.body.result[0].id].sort(), [id, other].sort());

  const audit = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: id, limit: 10 });
  assert.ok(!JSON.stringify(audit).includes('sk-live-123456'));
  assert.deepEqual(
    audit.map((a) => a.event),
    ['update', 'create'],
  );

  assert.deepEqual((await call(server, 'DELETE', `/integrated-account/${id}`)).body, { id });
  assert.equal((await call(server, 'GET', `/integrated-account/${id}`)).status, 404);
});

test('bad input is a 400 in the Truto shape', async () => {
  const missing = await call(server, 'POST', '/integrated-account', { body: { context: {} } });
  assert.equal(missing.status, 400);
  assert.deepEqual(Object.keys(missing.body).sort(), ['details', 'error', 'message', 'statusCode']);
  assert.equal(missing.body.error, 'Bad Request');
  const unknown = await call(server, 'POST', '/integrated-account', { body: { integration_id: '5f00000000000000000000aa', context: {} } });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.details.failures[0].path, 'body.integration_id');
  const wrongFormat = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: integrationId, authentication_method: 'oauth2' },
  });
  assert.equal(wrongFormat.status, 400);
});

test('the proxy maps every verb to its method and forwards extra query parameters', async () => {
  const account = await connect(server, integrationId, { api_key: 'sk-1' });
  const list = await call(server, 'GET', `/proxy/tickets?integrated_account_id=${account}&status=open&limit=5`);
  assert.equal(list.status, 200);
  assert.deepEqual(list.body, { result: [{ id: 1 }], next_cursor: null, result_count: 1 });
  const seen = upstream.seen.at(-1);
  assert.equal(seen?.url.searchParams.get('status'), 'open');
  assert.equal(seen?.url.searchParams.has('integrated_account_id'), false);
  assert.equal(seen?.headers['x-key'], 'sk-1');
  const base = `?integrated_account_id=${account}`;
  assert.deepEqual((await call(server, 'GET', `/proxy/tickets/7${base}`)).body, { method: 'GET', path: '/tickets/7', body: null });
  assert.deepEqual((await call(server, 'POST', `/proxy/tickets${base}`, { body: { a: 1 } })).body, {
    method: 'POST',
    path: '/tickets/new',
    body: { a: 1 },
  });
  assert.deepEqual((await call(server, 'PATCH', `/proxy/tickets/7${base}`, { body: { a: 2 } })).body, {
    method: 'PATCH',
    path: '/tickets/7',
    body: { a: 2 },
  });
  assert.equal((await call(server, 'DELETE', `/proxy/tickets/7${base}`)).body.method, 'DELETE');
  const custom = await call(server, 'POST', `/proxy/tickets/close${base}&id=9`, { body: { reason: 'done', extra: true } });
  assert.deepEqual(custom.body, { method: 'POST', path: '/tickets/9/close', body: { reason: 'done' } });
  const unknown = await call(server, 'GET', `/proxy/nothing${base}`);
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error, 'Not Found');

  const calls = await call(server, 'GET', `/integrated-account/${account}/calls?limit=2`);
  assert.equal(calls.status, 200);
  assert.equal(calls.body.result.length, 2);
  assert.equal(calls.body.result[0].path, '/tickets/9/close');
  assert.equal(calls.body.result[0].method, 'close');
  assert.equal(calls.body.result[0].status, 200);
  assert.equal(calls.body.result[0].attempts, 1);
  assert.ok(calls.body.next_cursor);
  const rest = await call(server, 'GET', `/integrated-account/${account}/calls?next_cursor=${calls.body.next_cursor}`);
  assert.equal(rest.body.result.length, 4);
  assert.ok(!JSON.stringify([calls.body, rest.body]).includes('sk-1'));
});

test('401 without a token, 403 with an unrelated scope, 404 for another organization, on every route', async () => {
  const account = await connect(server, integrationId, { api_key: 'sk-2' });
  const foreign = await server.otherTenant();
  const foreignIntegration = await createIntegration(server, { base_url: upstream.url, resources: {} }, foreign.organizationId);
  const foreignToken = await server.token(['all.Organization'], foreign.applicationId);
  const unrelated = await server.token(['flows.get']);
  const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
    ['POST', '/integrated-account', { integration_id: integrationId, context: {} }],
    ['GET', `/integrated-account?integration_id=${integrationId}`],
    ['GET', `/integrated-account/${account}`],
    ['PATCH', `/integrated-account/${account}`, { context: { a: 1 } }],
    ['GET', `/integrated-account/${account}/calls`],
    ['GET', `/proxy/tickets?integrated_account_id=${account}`],
    ['GET', `/proxy/tickets/1?integrated_account_id=${account}`],
    ['POST', `/proxy/tickets?integrated_account_id=${account}`, {}],
    ['PATCH', `/proxy/tickets/1?integrated_account_id=${account}`, {}],
    ['DELETE', `/proxy/tickets/1?integrated_account_id=${account}`],
    ['POST', `/proxy/tickets/close?integrated_account_id=${account}`, {}],
    ['GET', `/oauth/authorize/${account}`],
    ['DELETE', `/integrated-account/${account}`],
  ];
  for (const [method, url, body] of routes) {
    const anonymous = await call(server, method, url, { token: null, body });
    assert.equal(anonymous.status, 401, `${method} ${url}`);
    assert.equal(anonymous.body.error, 'Unauthorized');
    const forbidden = await call(server, method, url, { token: unrelated, body });
    assert.equal(forbidden.status, 403, `${method} ${url}`);
    const crossTenant = await call(server, method, url, { token: foreignToken, body });
    // The foreign tenant sees an empty list and cannot name this tenant's integration.
    if (url.startsWith('/integrated-account?')) assert.deepEqual(crossTenant.body.result, [], url);
    else if (method === 'POST' && url === '/integrated-account') assert.equal(crossTenant.status, 400, url);
    else assert.equal(crossTenant.status, 404, `${method} ${url}: ${JSON.stringify(crossTenant.body)}`);
  }
  assert.equal((await call(server, 'GET', `/integrated-account/${account}`)).status, 200);
  const ownForeign = await call(server, 'POST', '/integrated-account', {
    token: foreignToken,
    body: { integration_id: foreignIntegration.id, context: {} },
  });
  assert.equal(ownForeign.status, 201);
  assert.equal((await call(server, 'GET', `/integrated-account/${ownForeign.body.id}`)).status, 404);
});

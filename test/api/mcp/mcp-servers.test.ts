/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { connect, createIntegration } from '../proxy/fixtures.js';

let server: TestServer;
let account: string;

before(async () => {
  server = await startTestServer();
  const integration = await createIntegration(server, {
    base_url: 'http://127.0.0.1:9',
    resources: { items: { list: { path: '/items' } } },
  });
  account = await connect(server, integration.id, { api_key: 'k-123456' });
});
after(() => server.close());

test('create answers the token once, with the full endpoint URL; get and list never show it; the token is stored hashed', async () => {
  const created = await server.app.inject({
    method: 'POST',
    url: `/integrated-account/${account}/mcp`,
    headers: { authorization: `Bearer ${server.tenant.token}`, 'content-type': 'application/json', host: 'junction.test:8080' },
    payload: JSON.stringify({ name: 'agent', config: { methods: ['read'], tags: ['crm'] } }),
  });
  assert.equal(created.statusCode, 201, created.body);
  const body = created.json();
  assert.match(body.token, /^jmcp_[A-Za-z0-9_-]{43}$/);
  assert.equal(body.url, `http://junction.test:8080/mcp/${body.id}`);
  assert.deepEqual(body.config, { methods: ['read'], tags: ['crm'] });
  assert.equal(body.integrated_account_id, account);
  assert.ok(body.created_at && body.updated_at && body.name === 'agent');

  const got = await call(server, 'GET', `/integrated-account/${account}/mcp/${body.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.body.token, undefined);
  assert.equal(got.body.name, 'agent');
  const row = await server.core.store.db.selectFrom('mcp_servers').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
  assert.equal(row.token_hash.length, 64);
  assert.ok(!JSON.stringify(row).includes(body.token.slice(5)));

  const patched = await call(server, 'PATCH', `/integrated-account/${account}/mcp/${body.id}`, {
    body: { name: 'renamed', config: { methods: ['list'] } },
  });
  assert.equal(patched.status, 200);
  assert.equal(patched.body.name, 'renamed');
  assert.deepEqual(patched.body.config, { methods: ['list'] });
  assert.equal(patched.body.token, undefined);

  const deleted = await call(server, 'DELETE', `/integrated-account/${account}/mcp/${body.id}`);
  assert.deepEqual(deleted.body, { id: body.id });
  assert.equal((await call(server, 'GET', `/integrated-account/${account}/mcp/${body.id}`)).status, 404);
  const audit = await server.core.store.db
    .selectFrom('audit_events')
    .select('event')
    .where('resource_id', '=', body.id)
    .orderBy('time')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.event),
    ['create', 'update', 'delete'],
  );
});

test("the list pages in creation order with next_cursor and limit, in Truto's envelope", async () => {
  const ids: string[] = [];
  for (const name of ['a', 'b', 'c'])
    ids.push((await call(server, 'POST', `/integrated-account/${account}/mcp`, { body: { name } })).body.id);
  const first = await call(server, 'GET', `/integrated-account/${account}/mcp?limit=2`);
  assert.equal(first.status, 200);
  assert.equal(first.body.limit, 2);
  assert.deepEqual(
    first.body.result.map((s: any) => s.id),
    ids.slice(0, 2),
  );
  assert.ok(first.body.result.every((s: any) => s.token === undefined && s.url.endsWith(`/mcp/${s.id}`)));
  const second = await call(server, 'GET', `/integrated-account/${account}/mcp?limit=2&next_cursor=${first.body.next_cursor}`);
  assert.deepEqual(
    second.body.result.map((s: any) => s.id),
    [ids[2]],
  );
  assert.equal(second.body.next_cursor, null);
  assert.equal((await call(server, 'GET', `/integrated-account/${account}/mcp?next_cursor=bm9wZQ`)).status, 400);
});

test("bad bodies are 400 in Truto's shape", async () => {
  const url = `/integrated-account/${account}/mcp`;
  for (const body of [
    {},
    { name: '' },
    { name: 'x', config: { methods: 'read' } },
    { name: 'x', config: { other: 1 } },
    { name: 'x', config: { tags: ['has space'] } },
  ]) {
    const reply = await call(server, 'POST', url, { body });
    assert.equal(reply.status, 400, JSON.stringify(body));
    assert.equal(reply.body.error, 'Bad Request');
    assert.equal(reply.body.statusCode, 400);
  }
});

test('401 without a token, 403 without the scope, and a read-only token cannot mint a server that writes', async () => {
  const url = `/integrated-account/${account}/mcp`;
  assert.equal((await call(server, 'GET', url, { token: null })).status, 401);
  assert.equal((await call(server, 'POST', url, { token: null, body: { name: 'x' } })).status, 401);
  const proxyOnly = await server.token(['proxy.get']);
  const forbidden = await call(server, 'GET', url, { token: proxyOnly });
  assert.equal(forbidden.status, 403);
  assert.equal(forbidden.body.error, 'Forbidden');

  const reader = await server.token(['mcpServers.post', 'proxy.get']);
  assert.equal((await call(server, 'POST', url, { token: reader, body: { name: 'r', config: { methods: ['read'] } } })).status, 201);
  const writes = await call(server, 'POST', url, { token: reader, body: { name: 'w', config: { methods: ['read', 'delete'] } } });
  assert.equal(writes.status, 403);
  assert.match(writes.body.message, /proxy\.delete/);
  // No filter exposes everything: the creator needs every proxy action.
  assert.equal((await call(server, 'POST', url, { token: reader, body: { name: 'all' } })).status, 403);
  const writer = await server.token(['mcpServers.post', 'mcpServer.patch', 'proxy.get']);
  const created = await call(server, 'POST', url, { token: writer, body: { name: 'r2', config: { methods: ['read'] } } });
  const widened = await call(server, 'PATCH', `${url}/${created.body.id}`, { token: writer, body: { config: { methods: ['custom'] } } });
  assert.equal(widened.status, 403);
});

test("another tenant's account and servers are 404, as is a server under the wrong account", async () => {
  const created = await call(server, 'POST', `/integrated-account/${account}/mcp`, { body: { name: 'mine' } });
  const other = await server.otherTenant();
  for (const [method, url] of [
    ['GET', `/integrated-account/${account}/mcp`],
    ['POST', `/integrated-account/${account}/mcp`],
    ['GET', `/integrated-account/${account}/mcp/${created.body.id}`],
    ['PATCH', `/integrated-account/${account}/mcp/${created.body.id}`],
    ['DELETE', `/integrated-account/${account}/mcp/${created.body.id}`],
  ] as const) {
    const reply = await call(server, method, url, {
      token: other.token,
      ...(method === 'POST' || method === 'PATCH' ? { body: { name: 'x' } } : {}),
    });
    assert.equal(reply.status, 404, `${method} ${url}`);
    assert.equal(reply.body.error, 'Not Found');
  }
  const integration = await createIntegration(server, { base_url: 'http://127.0.0.1:9', resources: {} });
  const second = await connect(server, integration.id, {});
  assert.equal((await call(server, 'GET', `/integrated-account/${second}/mcp/${created.body.id}`)).status, 404);
  assert.equal((await call(server, 'GET', `/integrated-account/${account}/mcp/${created.body.id}`)).status, 200);
});

test('deleting the account deletes its servers', async () => {
  const integration = await createIntegration(server, { base_url: 'http://127.0.0.1:9', resources: {} });
  const doomed = await connect(server, integration.id, {});
  const created = await call(server, 'POST', `/integrated-account/${doomed}/mcp`, { body: { name: 'x' } });
  assert.equal((await call(server, 'DELETE', `/integrated-account/${doomed}`)).status, 200);
  const rows = await server.core.store.db.selectFrom('mcp_servers').select('id').where('id', '=', created.body.id).execute();
  assert.equal(rows.length, 0);
});

/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration, seedConfig } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
const USERS = Array.from({ length: 23 }, (_, i) => ({ id: `u${i + 1}`, name: `User ${i + 1}` }));

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 2_000, backoffMs: 1, maxRateLimitWaitMs: 50 } });
  upstream = await startUpstream((request, response) => {
    if (request.headers.authorization !== 'Bearer seed-access') return json(response, 401, { error: 'bad token' });
    if (request.url.pathname === '/users') {
      const page = Number(request.url.searchParams.get('page'));
      const perPage = Number(request.url.searchParams.get('per_page'));
      return json(response, 200, { data: { users: USERS.slice((page - 1) * perPage, page * perPage) } });
    }
    if (request.url.pathname === '/orders' && request.method === 'POST') {
      return json(response, 200, { data: { order: { id: 'o1', ...JSON.parse(request.body) } } });
    }
    return json(response, 404, { error: 'no such route' });
  });
});
after(async () => {
  await upstream.close();
  await server.close();
});

test("the seed's example config lists users through GET /proxy/users across pages", async () => {
  const integration = await createIntegration(server, seedConfig(upstream.url));
  const account = await connect(server, integration.id, { oauth: { token: { access_token: 'seed-access' } } });
  const seen: any[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/proxy/users?integrated_account_id=${account}&limit=10${cursor ? `&next_cursor=${encodeURIComponent(cursor)}` : ''}`;
    const reply = await call(server, 'GET', url);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.result_count, reply.body.result.length);
    seen.push(...reply.body.result);
    cursor = reply.body.next_cursor;
    pages++;
  } while (cursor);
  assert.equal(pages, 3);
  assert.deepEqual(seen, USERS);
  const first = upstream.seen.find((r) => r.url.pathname === '/users');
  assert.equal(first?.url.searchParams.get('page'), '1');
  assert.equal(first?.headers['user-agent'], 'truto');
  // Unset placeholders ({{search_query}}) send nothing rather than an empty parameter.
  assert.equal(first?.url.searchParams.has('search'), false);
});

test("the seed's orders.create resolves its body from the account context", async () => {
  const integration = await createIntegration(server, seedConfig(upstream.url));
  const account = await connect(server, integration.id, {
    oauth: { token: { access_token: 'seed-access' } },
    user_id: 7,
    items: ['a', 'b'],
  });
  const reply = await call(server, 'POST', `/proxy/orders?integrated_account_id=${account}`, { body: {} });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  assert.deepEqual(reply.body, { id: 'o1', user_id: 7, items: ['a', 'b'] });
});

test("the seed's error_expression turns an upstream error body into a 502 in Truto's shape, and the call is logged", async () => {
  const integration = await createIntegration(server, seedConfig(upstream.url));
  const account = await connect(server, integration.id, { oauth: { token: { access_token: 'wrong' } } });
  const reply = await call(server, 'GET', `/proxy/users?integrated_account_id=${account}`);
  assert.equal(reply.status, 502);
  assert.equal(reply.body.statusCode, 502);
  assert.equal(reply.body.error, 'Bad Gateway');
  assert.equal(reply.body.message, 'bad token');
  const calls = await call(server, 'GET', `/integrated-account/${account}/calls`);
  assert.equal(calls.status, 200);
  assert.equal(calls.body.result.length, 1);
  assert.equal(calls.body.result[0].status, 401);
  assert.equal(calls.body.result[0].resource, 'users');
  assert.equal(calls.body.result[0].method, 'list');
  assert.equal(calls.body.result[0].error, 'bad token');
});

/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';

let server: TestServer;
let upstream: Upstream;

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 1_500, backoffMs: 1, maxRetries: 0 } });
  upstream = await startUpstream((_q, r) => json(r, 200, { status: 'ok' }));
});
after(async () => {
  await upstream.close();
  await server.close();
});

async function connection(http: Record<string, unknown>, type = 'http') {
  const reply = await call(server, 'POST', '/v1/connections', { body: { name: `c-${Math.random()}`, type, http } });
  assert.equal(reply.status, 201);
  return reply.body._id as string;
}

async function ping(id: string, token?: string | null) {
  return call(server, 'POST', `/v1/connections/${id}/ping`, token === undefined ? {} : { token });
}

/** Plain connections have no call-log route: read the table, after writing what the log still buffers. */
const loggedCalls = async (id: string) => {
  await server.core.flush();
  return server.core.store.db
    .selectFrom('upstream_calls')
    .selectAll()
    .where('integrated_account_id', '=', id)
    .orderBy('created_at')
    .execute();
};

test('token auth in a named header with a scheme, the default Authorization header, and a query parameter', async () => {
  const named = await connection({
    baseURI: `${upstream.url}/api`,
    mediaType: 'json',
    auth: { type: 'token', token: { token: 'tok-1', location: 'header', headerName: 'X-Api-Key', scheme: 'Token' } },
    ping: { relativeURI: '/me', method: 'GET' },
  });
  upstream.seen.length = 0;
  const reply = await ping(named);
  assert.equal(reply.status, 200);
  assert.deepEqual(reply.body, { code: 200, message: 'The connection is online.', offline: false });
  assert.equal(upstream.seen[0].url.pathname, '/api/me');
  assert.equal(upstream.seen[0].headers['x-api-key'], 'Token tok-1');

  const plain = await connection({
    baseURI: upstream.url,
    auth: { type: 'token', token: { token: 'tok-2' } },
    ping: { relativeURI: '/me' },
  });
  upstream.seen.length = 0;
  assert.equal((await ping(plain)).status, 200);
  assert.equal(upstream.seen[0].headers.authorization, 'Bearer tok-2');

  const query = await connection({
    baseURI: upstream.url,
    auth: { type: 'token', token: { token: 'tok-3', location: 'url', paramName: 'key' } },
    ping: { relativeURI: '/me' },
  });
  upstream.seen.length = 0;
  assert.equal((await ping(query)).status, 200);
  assert.equal(upstream.seen[0].url.searchParams.get('key'), 'tok-3');
  assert.equal(upstream.seen[0].headers.authorization, undefined);
  // The log keeps the path only: the query holds the key.
  assert.deepEqual(
    (await loggedCalls(query)).map((c) => [c.resource, c.method, c.http_method, c.path, c.status, c.integration_id]),
    [['connection', 'ping', 'GET', '/me', 200, null]],
  );
});

test('basic auth, headers with connection references, and no ping config (a GET of the base URI)', async () => {
  const id = await connection({
    baseURI: `${upstream.url}/base`,
    headers: [{ name: 'X-Tenant', value: '{{{connection.http.unencrypted.tenant}}}' }],
    unencrypted: { tenant: 'acme' },
    auth: { type: 'basic', basic: { username: 'ann', password: 'pw-secret' } },
  });
  upstream.seen.length = 0;
  assert.equal((await ping(id)).status, 200);
  assert.equal(upstream.seen[0].method, 'GET');
  assert.equal(upstream.seen[0].url.pathname, '/base');
  assert.equal(upstream.seen[0].headers.authorization, `Basic ${Buffer.from('ann:pw-secret').toString('base64')}`);
  assert.equal(upstream.seen[0].headers['x-tenant'], 'acme');
});

test('a refusal (401), a failPath hit and a timeout answer the integrator.io error and mark the connection offline', async () => {
  const id = await connection({
    baseURI: upstream.url,
    auth: { type: 'token', token: { token: 'tok' } },
    ping: { relativeURI: '/ping', failPath: 'error.code', failValues: ['unauthorized'], errorPath: 'error.message' },
  });
  const offline = async () => (await call(server, 'GET', `/v1/connections/${id}`)).body.offline;

  upstream.handle((_q, r) => json(r, 401, { error: { message: 'key revoked' } }));
  const refused = await ping(id);
  assert.equal(refused.status, 502);
  assert.equal(refused.body.errors.length, 1);
  assert.equal(refused.body.errors[0].code, 'bad_gateway');
  assert.match(refused.body.errors[0].message, /401/);
  assert.match(refused.body.errors[0].message, /key revoked/);
  assert.equal(await offline(), true);

  upstream.handle((_q, r) => json(r, 200, { status: 'ok' }));
  assert.equal((await ping(id)).status, 200);
  assert.equal(await offline(), false);

  upstream.handle((_q, r) => json(r, 200, { error: { code: 'unauthorized', message: 'token expired' } }));
  const hit = await ping(id);
  assert.equal(hit.status, 502);
  assert.match(hit.body.errors[0].message, /error\.code is unauthorized: token expired/);
  assert.equal(await offline(), true);

  upstream.handle((_q, r) => {
    setTimeout(() => json(r, 200, { status: 'ok' }), 4_000);
  });
  const slow = await ping(id);
  assert.equal(slow.status, 504);
  assert.equal(slow.body.errors[0].code, 'gateway_timeout');
  assert.equal(await offline(), true);

  upstream.handle((_q, r) => json(r, 200, { status: 'ok' }));
  assert.equal((await ping(id)).status, 200);
  assert.equal(await offline(), false);

  assert.deepEqual(
    (await loggedCalls(id)).map((c) => c.status),
    [401, 200, 200, null, 200],
  );
  // Each change of `offline` is one audited write; pings that change nothing write nothing.
  const audit = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: id, limit: 20 });
  assert.equal(audit.filter((a) => a.event === 'update').length, 4);
});

test('an upstream error text the store cannot hold as it is (a NUL character) is logged cleaned, and the log goes on', async () => {
  const id = await connection({
    baseURI: upstream.url,
    auth: { type: 'token', token: { token: 'tok' } },
    ping: { relativeURI: '/ping', errorPath: 'message' },
  });
  upstream.handle((_q, r) => json(r, 500, { message: 'bad\u0000thing' }));
  assert.equal((await ping(id)).status, 502);
  upstream.handle((_q, r) => json(r, 200, { status: 'ok' }));
  assert.equal((await ping(id)).status, 200);
  const logged = await loggedCalls(id);
  assert.deepEqual(
    logged.map((c) => c.status),
    [500, 200],
  );
  assert.match(String(logged[0].error), /badthing/);
  // Its log goes with a deleted connection.
  assert.equal((await call(server, 'DELETE', `/v1/connections/${id}`)).status, 204);
  assert.deepEqual(await loggedCalls(id), []);
});

test('successPath/successValues: an answer that does not say success fails the ping', async () => {
  const id = await connection({ baseURI: upstream.url, ping: { relativeURI: '/health', successPath: 'status', successValues: ['ok'] } });
  upstream.handle((_q, r) => json(r, 200, { status: 'degraded' }));
  const reply = await ping(id);
  assert.equal(reply.status, 502);
  assert.match(reply.body.errors[0].message, /status/);
  upstream.handle((_q, r) => json(r, 200, { status: 'ok' }));
  assert.equal((await ping(id)).status, 200);
});

test('connections Junction cannot ping are 422 with a clear code and stay as they are', async () => {
  const ftp = await connection({}, 'ftp');
  const reply = await ping(ftp);
  assert.equal(reply.status, 422);
  assert.equal(reply.body.errors[0].code, 'ping_not_supported');
  const jwt = await connection({ baseURI: upstream.url, auth: { type: 'jwtbearer' } });
  const refused = await ping(jwt);
  assert.equal(refused.status, 422);
  assert.equal(refused.body.errors[0].field, 'http.auth.type');
  assert.equal((await call(server, 'GET', `/v1/connections/${jwt}`)).body.offline, undefined);
  const noUrl = await connection({ baseURI: 'example.com', auth: { type: 'token', token: { token: 't' } } });
  const notUrl = await ping(noUrl);
  assert.equal(notUrl.status, 422);
  assert.equal(notUrl.body.errors[0].code, 'ping_not_supported');
  assert.equal((await call(server, 'GET', `/v1/connections/${noUrl}`)).body.offline, undefined);
});

test('the ping route: 401 without a token, 403 without the scope, 404 for another tenant, 404 for an unknown id', async () => {
  const id = await connection({ baseURI: upstream.url });
  assert.equal((await ping(id, null)).status, 401);
  const reader = await server.token(['connection.get', 'connections.get']);
  const forbidden = await ping(id, reader);
  assert.equal(forbidden.status, 403);
  assert.ok(Array.isArray(forbidden.body.errors));
  assert.equal((await ping(id, await server.token(['connection.ping']))).status, 200);
  const other = await server.otherTenant();
  assert.equal((await ping(id, other.token)).status, 404);
  assert.equal((await ping('0123456789abcdef01234567')).status, 404);
});

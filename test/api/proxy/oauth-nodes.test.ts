/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, type Seen, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { oauthConfig as baseOauthConfig, connect, createIntegration } from './fixtures.js';

// Two Junction nodes over one database: each has its own app, core (in-process flights) and store connection.
let nodeA: TestServer;
let nodeB: TestServer;
let upstream: Upstream;
let tokenRequests: Seen[] = [];
let issued = 0;
/** How the provider answers a refresh or client-credentials request; a code exchange always succeeds. */
let tokenAnswer: 'ok' | 'fail' | 'invalid_grant' = 'ok';
/** Access tokens `/strict` accepts; it answers 401 to any other. */
const accepted = new Set<string>();
let strictCalls = 0;

const runtime = { timeoutMs: 2_000, backoffMs: 1, maxRetries: 0, refreshCooldownMs: 10 * 60_000 };

before(async () => {
  nodeA = await startTestServer({ runtime });
  nodeB = await startTestServer({ runtime, sameStoreAs: nodeA });
  upstream = await startUpstream(async (request, response) => {
    if (request.url.pathname === '/oauth/token') {
      tokenRequests.push(request);
      const grant = new URLSearchParams(request.body).get('grant_type');
      // Slow enough that concurrent callers on both nodes overlap with the request in flight.
      await new Promise((r) => setTimeout(r, 50));
      if (grant !== 'authorization_code' && tokenAnswer === 'fail') return json(response, 500, { message: 'provider down' });
      if (grant !== 'authorization_code' && tokenAnswer === 'invalid_grant') return json(response, 400, { error: 'invalid_grant' });
      issued++;
      const token = `at-${issued}`;
      accepted.add(`Bearer ${token}`);
      return json(response, 200, { access_token: token, token_type: 'bearer', expires_in: 3600 });
    }
    if (request.url.pathname === '/me') return json(response, 200, { auth: request.headers.authorization });
    if (request.url.pathname === '/strict') {
      strictCalls++;
      const auth = String(request.headers.authorization);
      return accepted.has(auth) ? json(response, 200, { auth }) : json(response, 401, { error: 'invalid token' });
    }
    if (request.url.pathname === '/always-401') return json(response, 401, { error: 'no access' });
    return json(response, 404, { error: 'not found' });
  });
});
after(async () => {
  await upstream.close();
  await nodeB.close();
  await nodeA.close();
});

const oauthConfig = (format: 'oauth2' | 'oauth2_client_credentials') =>
  baseOauthConfig(upstream.url, format, {
    me: { get: { path: '/me' } },
    strict: { get: { path: '/strict' } },
    denied: { get: { path: '/always-401' } },
  });

const expired = (refreshToken = 'rt-secret') => ({
  access_token: 'at-expired',
  refresh_token: refreshToken,
  expires_at: new Date(Date.now() - 60_000).toISOString(),
});

async function oauthAccount(token: Record<string, string> | null, format: 'oauth2' | 'oauth2_client_credentials' = 'oauth2') {
  const integration = await createIntegration(nodeA, oauthConfig(format));
  return connect(nodeA, integration.id, token ? { oauth: { token } } : {});
}

const proxy = (node: TestServer, account: string, resource = 'me') =>
  call(node, 'GET', `/proxy/${resource}/1?integrated_account_id=${account}`);

/** 20 calls, every other one on node B. */
const splitAcrossNodes = (account: string, resource = 'me') =>
  Promise.all(Array.from({ length: 20 }, (_, i) => proxy(i % 2 ? nodeB : nodeA, account, resource)));

/** Each node writes its log lines in batches; a read on one node flushes only its own, so flush both first. */
const callLog = async (account: string) => {
  await Promise.all([nodeA.core.flush(), nodeB.core.flush()]);
  return (await call(nodeB, 'GET', `/integrated-account/${account}/calls`)).body.result as any[];
};

test('an expired token is refreshed by exactly one node for 20 concurrent calls split across two nodes', async () => {
  const account = await oauthAccount(expired());
  tokenRequests = [];
  const replies = await splitAcrossNodes(account);
  assert.equal(tokenRequests.length, 1);
  assert.ok(
    replies.every((r) => r.status === 200),
    JSON.stringify(replies.map((r) => r.status)),
  );
  const auths = new Set(replies.map((r) => r.body.auth));
  assert.equal(auths.size, 1);
  assert.notEqual([...auths][0], 'Bearer at-expired');
  // The refresh answer had no refresh token: the old one is kept.
  const stored = await nodeB.core.integratedAccounts.get(null, account);
  assert.equal((stored.context.oauth as any).token.refresh_token, 'rt-secret');
});

test('token requests are in the call log, successful or not, with no token, secret or body', async () => {
  const account = await oauthAccount(expired('rt-logged'));
  tokenRequests = [];
  assert.equal((await proxy(nodeA, account)).status, 200);
  const log = await callLog(account);
  const refresh = log.find((c) => c.resource === '_oauth');
  assert.deepEqual(
    { method: refresh.method, http_method: refresh.http_method, path: refresh.path, status: refresh.status, attempts: refresh.attempts },
    { method: 'refresh_token', http_method: 'POST', path: '/oauth/token', status: 200, attempts: 1 },
  );
  assert.equal(refresh.error, null);
  assert.equal(typeof refresh.duration_ms, 'number');
  assert.ok(log.some((c) => c.resource === 'me' && c.status === 200));
  const text = JSON.stringify(log);
  for (const secret of ['rt-logged', 'csecret', 'at-', 'Basic']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
});

test('a failed token request cools the account down on every node: the next call answers the same error without asking the provider', async () => {
  const account = await oauthAccount(null, 'oauth2_client_credentials');
  tokenRequests = [];
  tokenAnswer = 'fail';
  try {
    const first = await proxy(nodeA, account);
    assert.equal(first.status, 502);
    assert.equal(first.body.error, 'Bad Gateway');
    assert.match(first.body.message, /OAuth token endpoint refused the request \(500\)/);
    const second = await proxy(nodeB, account);
    assert.equal(second.status, 502);
    assert.equal(second.body.message, first.body.message);
    const third = await proxy(nodeA, account);
    assert.equal(third.body.message, first.body.message);
    assert.equal(tokenRequests.length, 1);
  } finally {
    tokenAnswer = 'ok';
  }
  const failed = (await callLog(account)).filter((c) => c.resource === '_oauth');
  assert.equal(failed.length, 1);
  assert.equal(failed[0].method, 'client_credentials');
  assert.equal(failed[0].status, 500);
  assert.match(failed[0].error, /refused the request \(500\)/);
});

test('a write to the account (new client credentials through PATCH) ends its cool-down at once', async () => {
  const account = await oauthAccount(null, 'oauth2_client_credentials');
  tokenRequests = [];
  tokenAnswer = 'fail';
  try {
    assert.equal((await proxy(nodeA, account)).status, 502);
    assert.equal((await proxy(nodeB, account)).status, 502);
    assert.equal(tokenRequests.length, 1);
  } finally {
    tokenAnswer = 'ok';
  }
  const patched = await call(nodeB, 'PATCH', `/integrated-account/${account}`, { body: { context: { client_secret: 'rotated' } } });
  assert.equal(patched.status, 200);
  const after = await proxy(nodeA, account);
  assert.equal(after.status, 200);
  assert.equal(tokenRequests.length, 2);

  // A plain setting the token request uses (the client id) counts as new credentials too.
  const other = await oauthAccount(null, 'oauth2_client_credentials');
  tokenRequests = [];
  tokenAnswer = 'fail';
  try {
    assert.equal((await proxy(nodeA, other)).status, 502);
  } finally {
    tokenAnswer = 'ok';
  }
  assert.equal((await call(nodeA, 'PATCH', `/integrated-account/${other}`, { body: { context: { client_id: 'cid-right' } } })).status, 200);
  assert.equal((await proxy(nodeB, other)).status, 200);
  assert.equal(tokenRequests.length, 2);
});

test('invalid_grant on a refresh marks the account needs_reauth until it is authorized again', async () => {
  const account = await oauthAccount(expired());
  tokenRequests = [];
  tokenAnswer = 'invalid_grant';
  try {
    const first = await proxy(nodeB, account);
    assert.equal(first.status, 502);
    assert.match(first.body.message, new RegExp(`authorize the account again through /oauth/authorize/${account}`));
    assert.equal((await call(nodeA, 'GET', `/integrated-account/${account}`)).body.status, 'needs_reauth');
    const again = await proxy(nodeA, account);
    assert.equal(again.status, 502);
    assert.equal(again.body.message, first.body.message);
    assert.equal(tokenRequests.length, 1);
  } finally {
    tokenAnswer = 'ok';
  }

  const redirect = await nodeA.app.inject({
    method: 'GET',
    url: `/oauth/authorize/${account}`,
    headers: { authorization: `Bearer ${nodeA.tenant.token}`, host: 'junction.test' },
  });
  const state = String(new URL(String(redirect.headers.location)).searchParams.get('state'));
  const done = await call(nodeB, 'GET', `/oauth/callback?code=new-code&state=${encodeURIComponent(state)}`, { token: null });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.status, 'active');
  assert.equal((await proxy(nodeA, account)).status, 200);
  const grants = (await callLog(account)).filter((c) => c.resource === '_oauth').map((c) => [c.method, c.status]);
  assert.deepEqual(grants, [
    ['authorization_code', 200],
    ['refresh_token', 400],
  ]);
  assert.ok(!JSON.stringify(await callLog(account)).includes('new-code'));
});

test('a new refresh token given through PUT /v1/connections or PATCH /integrated-account ends needs_reauth', async () => {
  for (const give of [
    async (account: string) => {
      // As an integrator.io client does: GET, edit, PUT the whole document back.
      const doc = (await call(nodeA, 'GET', `/v1/connections/${account}`)).body;
      doc.http.auth.token = { refreshToken: 'rt-new' };
      return call(nodeA, 'PUT', `/v1/connections/${account}`, { body: doc });
    },
    (account: string) =>
      call(nodeB, 'PATCH', `/integrated-account/${account}`, { body: { context: { oauth: { token: { refresh_token: 'rt-new' } } } } }),
  ]) {
    const account = await oauthAccount(expired());
    tokenAnswer = 'invalid_grant';
    try {
      assert.equal((await proxy(nodeA, account)).status, 502);
    } finally {
      tokenAnswer = 'ok';
    }
    assert.equal((await call(nodeA, 'GET', `/integrated-account/${account}`)).body.status, 'needs_reauth');
    const given = await give(account);
    assert.equal(given.status, 200, JSON.stringify(given.body));
    tokenRequests = [];
    assert.equal((await proxy(nodeB, account)).status, 200);
    assert.equal(new URLSearchParams(tokenRequests[0].body).get('refresh_token'), 'rt-new');
    assert.equal((await call(nodeA, 'GET', `/integrated-account/${account}`)).body.status, 'active');
  }
});

test('an upstream 401 renews the token once for concurrent calls on both nodes and repeats each call once', async () => {
  const account = await oauthAccount({
    access_token: 'at-revoked',
    refresh_token: 'rt-secret',
    expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  });
  tokenRequests = [];
  strictCalls = 0;
  const replies = await splitAcrossNodes(account, 'strict');
  assert.ok(
    replies.every((r) => r.status === 200),
    JSON.stringify(replies.map((r) => r.body)),
  );
  assert.equal(tokenRequests.length, 1);
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('grant_type'), 'refresh_token');
  // Each call is repeated at most once; all 20 read the revoked token before the renewal could finish.
  assert.ok(strictCalls > 20 && strictCalls <= 40, String(strictCalls));
  assert.equal(new Set(replies.map((r) => r.body.auth)).size, 1);
});

test('a second 401 after the renewal is the upstream error, for client credentials too', async () => {
  const account = await oauthAccount(null, 'oauth2_client_credentials');
  assert.equal((await proxy(nodeA, account)).status, 200);
  tokenRequests = [];
  const seenBefore = upstream.seen.filter((s) => s.url.pathname === '/always-401').length;
  const reply = await proxy(nodeB, account, 'denied');
  assert.equal(reply.status, 502);
  assert.match(reply.body.message, /401/);
  assert.equal(tokenRequests.length, 1);
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('grant_type'), 'client_credentials');
  assert.equal(upstream.seen.filter((s) => s.url.pathname === '/always-401').length - seenBefore, 2);
  // The renewed token was refused too: this node stops renewing on every call for the cool-down.
  const again = await proxy(nodeB, account, 'denied');
  assert.equal(again.status, 502);
  assert.equal(tokenRequests.length, 1);
  assert.equal(upstream.seen.filter((s) => s.url.pathname === '/always-401').length - seenBefore, 3);
  // New credentials are worth a renewal again.
  assert.equal(
    (await call(nodeA, 'PATCH', `/integrated-account/${account}`, { body: { context: { client_secret: 'with-scope' } } })).status,
    200,
  );
  assert.equal((await proxy(nodeB, account, 'denied')).status, 502);
  assert.equal(tokenRequests.length, 2);
});

test('an oauth2 account without a refresh token is not retried after a 401', async () => {
  const account = await oauthAccount({ access_token: 'at-revoked', expires_at: new Date(Date.now() + 3_600_000).toISOString() });
  tokenRequests = [];
  strictCalls = 0;
  const reply = await proxy(nodeA, account, 'strict');
  assert.equal(reply.status, 502);
  assert.equal(strictCalls, 1);
  assert.equal(tokenRequests.length, 0);
});

test('a lease left by a node that died is taken over once it expires; a live one is waited for', async () => {
  const dead = await oauthAccount(expired());
  await sql`insert into leases (name, holder, expires_at, note, created_at) values (${`oauth:${dead}`}, ${'dead-node'}, ${new Date(Date.now() - 1_000).toISOString()}, ${null}, ${new Date().toISOString()})`.execute(
    nodeA.core.store.db,
  );
  tokenRequests = [];
  assert.equal((await proxy(nodeB, dead)).status, 200);
  assert.equal(tokenRequests.length, 1);

  // Another node holds the lease and stores a fresh token: the waiting call uses it and asks no provider.
  const waiting = await oauthAccount(expired());
  await sql`insert into leases (name, holder, expires_at, note, created_at) values (${`oauth:${waiting}`}, ${'other-node'}, ${new Date(Date.now() + 60_000).toISOString()}, ${null}, ${new Date().toISOString()})`.execute(
    nodeA.core.store.db,
  );
  tokenRequests = [];
  const pending = proxy(nodeA, waiting);
  await nodeB.core.integratedAccounts.update({ principal: null, source: 'system' }, waiting, (current) => ({
    ...current.context,
    oauth: { token: { access_token: 'at-from-other-node', expires_at: new Date(Date.now() + 3_600_000).toISOString() } },
  }));
  const reply = await pending;
  assert.equal(reply.status, 200);
  assert.equal(reply.body.auth, 'Bearer at-from-other-node');
  assert.equal(tokenRequests.length, 0);
});

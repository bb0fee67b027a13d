/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, type Seen, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { oauthConfig as baseOauthConfig, connect, createIntegration } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
let tokenRequests: Seen[] = [];
let issued = 0;
/** How the provider answers a refresh: with or without a new refresh token. */
let rotateRefreshToken = true;

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 2_000, backoffMs: 1 } });
  upstream = await startUpstream(async (request, response) => {
    if (request.url.pathname === '/oauth/token') {
      tokenRequests.push(request);
      const params = new URLSearchParams(request.body);
      // Slow enough that concurrent callers overlap with the request in flight.
      await new Promise((r) => setTimeout(r, 50));
      issued++;
      if (params.get('grant_type') === 'authorization_code' && params.get('code') !== 'good-code')
        return json(response, 400, { error: 'invalid_grant' });
      const refresh = params.get('grant_type') !== 'refresh_token' || rotateRefreshToken ? { refresh_token: `rt-${issued}` } : {};
      return json(response, 200, { access_token: `at-${issued}`, token_type: 'bearer', expires_in: 3600, ...refresh });
    }
    if (request.url.pathname === '/me') return json(response, 200, { auth: request.headers.authorization });
    return json(response, 404, { error: 'not found' });
  });
});
after(async () => {
  await upstream.close();
  await server.close();
});

const oauthConfig = (format: 'oauth2' | 'oauth2_client_credentials') =>
  baseOauthConfig(upstream.url, format, { me: { get: { path: '/me' } } });

test('OAuth2 authorization code flow end to end: redirect with signed state, callback exchanges the code, the proxy uses the token', async () => {
  tokenRequests = [];
  const integration = await createIntegration(server, oauthConfig('oauth2'));
  const account = await connect(server, integration.id, {});
  assert.equal((await call(server, 'GET', `/integrated-account/${account}`)).body.status, 'connecting');

  const redirect = await server.app.inject({
    method: 'GET',
    url: `/oauth/authorize/${account}`,
    headers: { authorization: `Bearer ${server.tenant.token}`, host: 'junction.test' },
  });
  assert.equal(redirect.statusCode, 302);
  const location = new URL(String(redirect.headers.location));
  assert.equal(location.origin + location.pathname, 'https://provider.example/authorize');
  assert.equal(location.searchParams.get('response_type'), 'code');
  assert.equal(location.searchParams.get('client_id'), 'cid');
  assert.equal(location.searchParams.get('scope'), 'read write');
  assert.equal(location.searchParams.get('redirect_uri'), 'http://junction.test/oauth/callback');
  const state = String(location.searchParams.get('state'));

  const tampered = await call(server, 'GET', `/oauth/callback?code=good-code&state=${encodeURIComponent(`${state}x`)}`, { token: null });
  assert.equal(tampered.status, 400);
  assert.equal(tampered.body.error, 'Bad Request');
  const refused = await call(server, 'GET', `/oauth/callback?error=access_denied&state=${encodeURIComponent(state)}`, { token: null });
  assert.equal(refused.status, 400);
  const badCode = await call(server, 'GET', `/oauth/callback?code=bad&state=${encodeURIComponent(state)}`, { token: null });
  assert.equal(badCode.status, 502);

  const done = await call(server, 'GET', `/oauth/callback?code=good-code&state=${encodeURIComponent(state)}`, { token: null });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.status, 'active');
  assert.equal(done.body.context.oauth.token.access_token, '********');
  const exchange = tokenRequests.at(-1) as Seen;
  assert.equal(exchange.headers.authorization, `Basic ${Buffer.from('cid:csecret').toString('base64')}`);
  const params = new URLSearchParams(exchange.body);
  assert.equal(params.get('grant_type'), 'authorization_code');
  assert.equal(params.get('redirect_uri'), 'http://junction.test/oauth/callback');

  const me = await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`);
  assert.equal(me.status, 200);
  assert.match(me.body.auth, /^Bearer at-\d+$/);
});

test('an expiring token is refreshed once for 20 concurrent calls, and the old refresh token is kept when none comes back', async () => {
  const integration = await createIntegration(server, oauthConfig('oauth2'));
  const expiring = { access_token: 'old', refresh_token: 'keep-me', expires_at: new Date(Date.now() + 5_000).toISOString() };
  const account = await connect(server, integration.id, { oauth: { token: expiring } });
  tokenRequests = [];
  rotateRefreshToken = false;
  const replies = await Promise.all(Array.from({ length: 20 }, () => call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`)));
  rotateRefreshToken = true;
  assert.equal(tokenRequests.length, 1);
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('refresh_token'), 'keep-me');
  const auths = new Set(replies.map((r) => r.body.auth));
  assert.equal(auths.size, 1);
  assert.notEqual([...auths][0], 'Bearer old');
  const stored = await server.core.integratedAccounts.get(null, account);
  assert.equal((stored.context.oauth as any).token.refresh_token, 'keep-me');
  assert.ok(Date.parse((stored.context.oauth as any).token.expires_at) > Date.now() + 3_000_000);
});

test('a client-credentials token is fetched once and shared by 20 concurrent calls', async () => {
  const integration = await createIntegration(server, oauthConfig('oauth2_client_credentials'));
  const account = await connect(server, integration.id, { client_id: 'own-id', client_secret: 'own-secret' });
  tokenRequests = [];
  const replies = await Promise.all(Array.from({ length: 20 }, () => call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`)));
  assert.equal(tokenRequests.length, 1);
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('grant_type'), 'client_credentials');
  assert.equal(tokenRequests[0].headers.authorization, `Basic ${Buffer.from('own-id:own-secret').toString('base64')}`);
  assert.ok(replies.every((r) => r.status === 200));
  assert.equal(new Set(replies.map((r) => r.body.auth)).size, 1);
  // Later calls reuse the stored token.
  await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`);
  assert.equal(tokenRequests.length, 1);
});

test('the authorization URL as JSON for a client that asks for JSON (the console), a redirect otherwise', async () => {
  const integration = await createIntegration(server, oauthConfig('oauth2'));
  const account = await connect(server, integration.id, {});
  const ask = (accept?: string) =>
    server.app.inject({
      method: 'GET',
      url: `/oauth/authorize/${account}`,
      headers: { authorization: `Bearer ${server.tenant.token}`, host: 'junction.test', ...(accept ? { accept } : {}) },
    });
  const asJson = await ask('application/json');
  assert.equal(asJson.statusCode, 200);
  const url = new URL(asJson.json().url);
  assert.equal(url.origin + url.pathname, 'https://provider.example/authorize');
  assert.equal(url.searchParams.get('redirect_uri'), 'http://junction.test/oauth/callback');
  assert.ok(url.searchParams.get('state'));
  for (const accept of [undefined, '*/*', 'text/html,application/xhtml+xml,application/json;q=0.9']) {
    const navigation = await ask(accept);
    assert.equal(navigation.statusCode, 302, String(accept));
    assert.equal(new URL(String(navigation.headers.location)).origin, 'https://provider.example');
  }
});

test('an oauth2 account without a token cannot call the proxy until authorized', async () => {
  const integration = await createIntegration(server, oauthConfig('oauth2'));
  const account = await connect(server, integration.id, {});
  const reply = await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`);
  assert.equal(reply.status, 400);
  assert.match(reply.body.message, /authorize/);
});

/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createEgress } from '../../../src/runtime/egress/egress-agent.js';
import { egressAllowing } from '../../helpers/egress.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration, oauthConfig } from './fixtures.js';

// Every server here is a loopback test server; the policy under test refuses loopback.
let strict: TestServer; // the default policy: no EGRESS_ALLOW
let byName: TestServer; // EGRESS_ALLOW=localhost: the name, not the addresses
let allowing: TestServer; // the suite's loopback allow list
let api: Upstream;
let hop: Upstream; // an allowed server that redirects to `api` by address

const port = (u: Upstream) => new URL(u.url).port;
const byAddress = () => api.url;
const byHostName = () => `http://localhost:${port(api)}`;

before(async () => {
  const fast = { timeoutMs: 2_000, backoffMs: 1, maxRetries: 0 };
  strict = await startTestServer({ runtime: { ...fast, egress: createEgress() } });
  byName = await startTestServer({ runtime: { ...fast, egress: egressAllowing('localhost') } });
  allowing = await startTestServer({ runtime: fast });
  api = await startUpstream((q, r) => {
    if (q.url.pathname === '/oauth/token') return json(r, 200, { access_token: 'at-1', token_type: 'bearer', expires_in: 3600 });
    return json(r, 200, { ok: true, path: q.url.pathname });
  });
  hop = await startUpstream((q, r) => {
    r.writeHead(q.url.pathname === '/oauth/token' ? 307 : 302, { location: `${api.url}${q.url.pathname}` });
    r.end();
  });
});
after(async () => {
  await Promise.all([api.close(), hop.close()]);
  await Promise.all([strict.close(), byName.close(), allowing.close()]);
});

const proxyConfig = (baseUrl: string) => ({
  base_url: baseUrl,
  credentials: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } },
  authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
  resources: { things: { list: { path: '/things' }, get: { path: '/things/{{id}}' } } },
});

async function proxyThings(server: TestServer, baseUrl: string) {
  const integration = await createIntegration(server, proxyConfig(baseUrl));
  const account = await connect(server, integration.id, { api_key: 'k' });
  const reply = await call(server, 'GET', `/proxy/things/1?integrated_account_id=${account}`);
  return { account, reply };
}

async function callLog(server: TestServer, account: string) {
  await server.core.flush();
  return (await call(server, 'GET', `/integrated-account/${account}/calls`)).body.result as any[];
}

function assertRefused(reply: { status: number; body: any }, host: RegExp) {
  assert.equal(reply.status, 403, JSON.stringify(reply.body));
  assert.equal(reply.body.error, 'Forbidden');
  assert.match(reply.body.message, host);
  assert.match(reply.body.message, /loopback address.*EGRESS_ALLOW/);
  assert.equal(reply.body.details.failures[0].code, 'egress_refused');
}

test('default policy: a proxy call to a loopback server, by address or by a name resolving to it, is a 403 in the call log, and nothing is sent', async () => {
  for (const base of [byAddress(), byHostName()]) {
    const seen = api.seen.length;
    const { account, reply } = await proxyThings(strict, base);
    assertRefused(reply, base.includes('localhost') ? /localhost \(127\.0\.0\.1|localhost \(::1/ : /127\.0\.0\.1/);
    assert.equal(api.seen.length, seen, 'the server saw no request');
    const [line] = await callLog(strict, account);
    assert.equal(line.status, null);
    assert.match(line.error, /Junction does not connect to/);
  }
});

test('EGRESS_ALLOW: the same calls go through', async () => {
  for (const base of [byAddress(), byHostName()]) {
    const seen = api.seen.length;
    const { reply } = await proxyThings(allowing, base);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, { ok: true, path: '/things/1' });
    assert.equal(api.seen.length, seen + 1);
  }
  // A host name on the list allows that name only: its address written out is still refused.
  assert.equal((await proxyThings(byName, byHostName())).reply.status, 200);
  assertRefused((await proxyThings(byName, byAddress())).reply, /127\.0\.0\.1/);
});

test('a redirect from an allowed server to a refused one is not followed by the proxy: the refused server sees nothing', async () => {
  const seen = api.seen.length;
  const { reply } = await proxyThings(byName, `http://localhost:${port(hop)}`);
  assert.equal(hop.seen.at(-1)?.url.pathname, '/things/1');
  assert.equal(api.seen.length, seen);
  // A 3xx is the upstream's answer, handed back as it is (the engine follows no redirect).
  assert.notDeepEqual(reply.body, { ok: true, path: '/things/1' });
});

async function clientCredentialsCall(server: TestServer, tokenHost: string) {
  // The API itself is at the allowed name: only the token request is under test.
  const config = { ...oauthConfig(tokenHost, 'oauth2_client_credentials', { me: { get: { path: '/me' } } }), base_url: byHostName() };
  const integration = await createIntegration(server, config);
  const account = await connect(server, integration.id, { client_id: 'id', client_secret: 'secret' });
  const reply = await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`);
  return { account, reply };
}

test('default policy: an OAuth token URL at a loopback server, by address or by name, is refused before anything is sent', async () => {
  for (const host of [byAddress(), byHostName()]) {
    const seen = api.seen.length;
    const integration = await createIntegration(strict, oauthConfig(host, 'oauth2_client_credentials', { me: { get: { path: '/me' } } }));
    const account = await connect(strict, integration.id, { client_id: 'id', client_secret: 'secret' });
    const reply = await call(strict, 'GET', `/proxy/me/1?integrated_account_id=${account}`);
    assertRefused(reply, /(127\.0\.0\.1|::1)/);
    assert.equal(api.seen.length, seen, 'the token endpoint saw no request');
    const oauth = (await callLog(strict, account)).filter((c) => c.resource === '_oauth');
    assert.equal(oauth.length, 1);
    assert.match(oauth[0].error, /Junction does not connect to/);
  }
});

test('an OAuth token request redirected from an allowed server to a refused one is refused at the hop, and the target sees nothing', async () => {
  const seen = api.seen.length;
  const { account, reply } = await clientCredentialsCall(byName, `http://localhost:${port(hop)}`);
  assertRefused(reply, /127\.0\.0\.1/);
  assert.equal(hop.seen.at(-1)?.url.pathname, '/oauth/token');
  assert.equal(api.seen.length, seen);
  const oauth = (await callLog(byName, account)).filter((c) => c.resource === '_oauth');
  assert.match(oauth[0].error, /Junction does not connect to 127\.0\.0\.1/);

  // With the addresses allowed, the hop is followed and the token issued.
  const allowed = await clientCredentialsCall(allowing, `http://localhost:${port(hop)}`);
  assert.equal(allowed.reply.status, 200, JSON.stringify(allowed.reply.body));
  assert.ok(api.seen.slice(seen).some((s) => s.url.pathname === '/oauth/token'));
});

test('a base_url at a literal refused address is a 400 when saved; a host name is kept for connect time', async () => {
  const post = (server: TestServer, baseUrl: string) =>
    call(server, 'POST', '/integration', {
      body: { name: `egress-${Math.random().toString(36).slice(2, 8)}`, config: proxyConfig(baseUrl) },
    });
  for (const base of ['http://10.0.0.1/api', 'http://169.254.169.254/latest', 'http://[::ffff:127.0.0.1]:80', 'http://2130706433/']) {
    const refused = await post(strict, base);
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.equal(refused.body.error, 'Bad Request');
    const failure = refused.body.details.failures.find((f: any) => f.code === 'egress_refused');
    assert.equal(failure.path, 'config.base_url', JSON.stringify(refused.body));
  }
  const token = await call(strict, 'POST', '/integration', {
    body: { name: 'egress-token-host', config: oauthConfig('http://10.0.0.1', 'oauth2_client_credentials', {}) },
  });
  assert.equal(token.status, 400, JSON.stringify(token.body));
  assert.deepEqual(
    token.body.details.failures.map((f: any) => f.path),
    ['config.base_url', 'config.credentials.config.auth.tokenHost'],
  );
  assert.equal((await post(strict, 'http://localhost:9')).status, 201);
  assert.equal((await post(strict, 'https://api.vendor.test')).status, 201);
  assert.equal((await post(allowing, 'http://127.0.0.1:9')).status, 201);
});

test('an environment override or an account context filling base_url with a refused literal is a 400', async () => {
  const integration = await call(strict, 'POST', '/integration', {
    body: { name: 'egress-context', config: { ...proxyConfig('https://{{context.host}}/v1') } },
  });
  assert.equal(integration.status, 201, JSON.stringify(integration.body));
  const id = integration.body.id;
  const install = await call(strict, 'POST', '/environment-integration', {
    body: { integration_id: id, environment_id: strict.tenant.applicationId, override: { base_url: 'http://192.168.1.1' } },
  });
  assert.equal(install.status, 400, JSON.stringify(install.body));
  assert.equal(install.body.details.failures[0].path, 'override.base_url');

  const account = await call(strict, 'POST', '/integrated-account', {
    body: { integration_id: id, context: { api_key: 'k', host: '10.1.2.3' } },
  });
  assert.equal(account.status, 400, JSON.stringify(account.body));
  assert.equal(account.body.details.failures[0].code, 'egress_refused');
  const named = await connect(strict, id, { api_key: 'k', host: 'api.vendor.test' });
  const patched = await call(strict, 'PATCH', `/integrated-account/${named}`, { body: { context: { host: '[fe80::1]' } } });
  assert.equal(patched.status, 400, JSON.stringify(patched.body));
});

/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration } from '../proxy/fixtures.js';

let server: TestServer;
let upstream: Upstream;
let integration: { id: string; name: string };
/** How the upstream answers `/t/acme/me` (the validation call). */
let meStatus = 200;

const apiKeyConfig = (baseUrl: string, extra: Record<string, unknown> = {}) => ({
  base_url: `${baseUrl}/t/{{context.subdomain}}`,
  credentials: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } },
  authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
  resources: { tickets: { list: { path: '/tickets', response_path: 'tickets' } } },
  ...extra,
});

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 1_000, backoffMs: 1 } });
  upstream = await startUpstream((q, r) => {
    if (q.url.pathname.endsWith('/me')) return json(r, meStatus, meStatus === 200 ? { ok: true } : { message: 'bad key' });
    if (q.url.pathname.endsWith('/tickets')) return json(r, 200, { tickets: [{ id: 1 }] });
    return json(r, 404, { message: 'nope' });
  });
  integration = await createIntegration(
    server,
    apiKeyConfig(upstream.url, { actions: { validation: { steps: [{ type: 'request', config: { path: '/me' } }] } } }),
  );
});
after(async () => {
  await upstream.close();
  await server.close();
});

test('a connected account is an http connection of /v1/connections with the same id, secrets left out', async () => {
  const id = await connect(server, integration.id, { api_key: 'sk-secret-1', subdomain: 'acme' });
  const expected = {
    _id: id,
    type: 'http',
    name: integration.name,
    offline: false,
    _integrationId: integration.id,
    http: { formType: 'http', mediaType: 'json', baseURI: `${upstream.url}/t/acme`, auth: { type: 'token' } },
  };
  const one = await call(server, 'GET', `/v1/connections/${id}`);
  assert.equal(one.status, 200);
  const { createdAt, lastModified, ...rest } = one.body;
  assert.deepEqual(rest, expected);
  assert.ok(createdAt && lastModified);
  const list = await call(server, 'GET', '/v1/connections');
  assert.deepEqual(
    list.body.find((c: any) => c._id === id),
    one.body,
  );
  assert.ok(!JSON.stringify(list.body).includes('sk-secret-1'));

  // Registered to an integration, it is listed there the same way.
  assert.equal((await call(server, 'PUT', `/v1/integrations/${integration.id}/connections/${id}/register`)).status, 200);
  const registered = await call(server, 'GET', `/v1/integrations/${integration.id}/connections`);
  assert.deepEqual(registered.body, [one.body]);

  // A plain integrator.io connection belongs to no integration: it is no integrated account.
  const plain = await call(server, 'POST', '/v1/connections', { body: { name: 'plain', type: 'http', http: { baseURI: upstream.url } } });
  assert.equal((await call(server, 'GET', `/integrated-account/${plain.body._id}`)).status, 404);
});

test('PUT of an account-backed connection: GET → edit → PUT maps a new token into the account, the proxy uses it', async () => {
  const id = await connect(server, integration.id, { api_key: 'old-key', subdomain: 'acme' });
  const doc = (await call(server, 'GET', `/v1/connections/${id}`)).body;
  const put = await call(server, 'PUT', `/v1/connections/${id}`, {
    body: {
      ...doc,
      name: 'Acme helpdesk',
      offline: true,
      // As integrator.io clients send a token connection: where it goes (the integration decides that here).
      http: {
        ...doc.http,
        headers: [],
        auth: { type: 'token', token: { token: 'new-key', location: 'header', headerName: 'Authorization', scheme: 'Bearer' } },
      },
    },
  });
  assert.equal(put.status, 200);
  assert.equal(put.body.name, 'Acme helpdesk');
  assert.equal(put.body.offline, false, 'offline is the server’s');
  assert.ok(!JSON.stringify(put.body).includes('new-key'));
  assert.equal((await call(server, 'GET', `/integrated-account/${id}`)).body.context.api_key, '********');

  upstream.seen.length = 0;
  assert.equal((await call(server, 'GET', `/proxy/tickets?integrated_account_id=${id}`)).status, 200);
  assert.equal(upstream.seen[0].headers['x-key'], 'new-key');

  const changed = await call(server, 'PUT', `/v1/connections/${id}`, {
    body: { ...doc, http: { ...doc.http, baseURI: 'https://elsewhere.example' } },
  });
  assert.equal(changed.status, 422);
  assert.equal(changed.body.errors[0].code, 'invalid_field');
  assert.equal(changed.body.errors[0].field, 'http.baseURI');

  // One audit event per write: create and the one accepted PUT.
  const audit = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: id, limit: 10 });
  assert.deepEqual(
    audit.map((a) => a.event),
    ['update', 'create'],
  );
});

test('an export may use an account-backed connection; deleting it is refused while used, then removes the account', async () => {
  const id = await connect(server, integration.id, { api_key: 'k', subdomain: 'acme' });
  const exported = await call(server, 'POST', '/v1/exports', { body: { name: 'tickets', _connectionId: id } });
  assert.equal(exported.status, 201);
  assert.equal((await call(server, 'DELETE', `/v1/connections/${id}`)).status, 409);
  assert.equal((await call(server, 'DELETE', `/integrated-account/${id}`)).status, 409);
  assert.equal((await call(server, 'DELETE', `/v1/exports/${exported.body._id}`)).status, 204);
  assert.equal((await call(server, 'DELETE', `/v1/connections/${id}`)).status, 204);
  assert.equal((await call(server, 'GET', `/integrated-account/${id}`)).status, 404);
  assert.equal((await call(server, 'GET', `/v1/connections/${id}`)).status, 404);
});

test('ping of an account runs the validation action; a refusal marks it offline, a success online again; all logged', async () => {
  const id = await connect(server, integration.id, { api_key: 'val-key', subdomain: 'acme' });
  upstream.seen.length = 0;
  meStatus = 200;
  const ok = await call(server, 'POST', `/v1/connections/${id}/ping`);
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.body, { code: 200, message: 'The connection is online.', offline: false });
  assert.equal(upstream.seen[0].url.pathname, '/t/acme/me');
  assert.equal(upstream.seen[0].headers['x-key'], 'val-key');

  meStatus = 401;
  const failed = await call(server, 'POST', `/v1/connections/${id}/ping`);
  assert.equal(failed.status, 502);
  assert.equal(failed.body.errors.length, 1);
  assert.match(failed.body.errors[0].message, /401/);
  assert.equal((await call(server, 'GET', `/v1/connections/${id}`)).body.offline, true);
  assert.equal((await call(server, 'GET', `/integrated-account/${id}`)).body.status, 'validation_error');

  meStatus = 200;
  assert.equal((await call(server, 'POST', `/v1/connections/${id}/ping`)).status, 200);
  assert.equal((await call(server, 'GET', `/v1/connections/${id}`)).body.offline, false);

  const calls = await call(server, 'GET', `/integrated-account/${id}/calls`);
  assert.deepEqual(
    calls.body.result.map((c: any) => [c.resource, c.method, c.status]),
    [
      ['actions', 'validation', 200],
      ['actions', 'validation', 401],
      ['actions', 'validation', 200],
    ],
  );
});

test('ping of an account whose integration has no validation action lists one page of the first listable resource', async () => {
  const plainIntegration = await createIntegration(server, apiKeyConfig(upstream.url));
  const id = await connect(server, plainIntegration.id, { api_key: 'list-key', subdomain: 'acme' });
  upstream.seen.length = 0;
  assert.equal((await call(server, 'POST', `/v1/connections/${id}/ping`)).status, 200);
  assert.equal(upstream.seen[0].url.pathname, '/t/acme/tickets');

  const nothing = await createIntegration(server, { base_url: upstream.url, resources: {} });
  const bare = await connect(server, nothing.id, {});
  const refused = await call(server, 'POST', `/v1/connections/${bare}/ping`);
  assert.equal(refused.status, 422);
  assert.equal(refused.body.errors[0].code, 'ping_not_supported', JSON.stringify(refused.body));
});

test('an application token sees its own application’s accounts among the connections, not another application’s', async () => {
  const app = await server.core.applications.create({ principal: null, source: 'system' }, server.tenant.organizationId, {
    name: `other-app-${Date.now()}`,
  } as any);
  const elsewhere = await call(server, 'POST', '/integrated-account', {
    token: await server.token(['all.Application'], (app as any).id),
    body: { integration_id: integration.id, context: { api_key: 'x', subdomain: 'acme' } },
  });
  assert.equal(elsewhere.status, 201);
  const token = await server.token(['connections.get', 'connection.get', 'connection.ping']);
  const list = await call(server, 'GET', '/v1/connections?limit=1000', { token });
  assert.ok(!list.body.some((c: any) => c._id === elsewhere.body.id));
  assert.equal((await call(server, 'GET', `/v1/connections/${elsewhere.body.id}`, { token })).status, 404);
  assert.equal((await call(server, 'POST', `/v1/connections/${elsewhere.body.id}/ping`, { token })).status, 404);
});

test("an application token cannot register, see or build an export on another application's connected account", async () => {
  const otherApp = (await call(server, 'POST', '/applications', { body: { name: 'other environment' } })).body.id;
  const ownerToken = await server.token(['all.Application']);
  const otherToken = await server.token(['all.Application'], otherApp);
  const id = await connect(server, integration.id, { api_key: 'sk-own', subdomain: 'acme' }, {});
  const mine = (await call(server, 'POST', '/integrated-account', {
    token: ownerToken,
    body: { integration_id: integration.id, context: { api_key: 'sk-app', subdomain: 'acme' } },
  })) as { body: { id: string } };
  const target = await call(server, 'POST', '/v1/integrations', { token: otherToken, body: { name: 'registers' } });
  assert.equal(target.status, 201);
  const refused = await call(server, 'PUT', `/v1/integrations/${target.body._id}/connections/register`, {
    token: otherToken,
    body: [mine.body.id],
  });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.errors[0].code, 'invalid_ref');
  assert.equal((await call(server, 'GET', `/v1/connections/${mine.body.id}`, { token: otherToken })).status, 404);
  const exported = await call(server, 'POST', '/v1/exports', {
    token: otherToken,
    body: { name: 'uses another environment', _connectionId: mine.body.id },
  });
  assert.equal(exported.status, 422);
  assert.equal(exported.body.errors[0].field, '_connectionId');
  const own = await call(server, 'POST', '/v1/exports', { token: ownerToken, body: { name: 'uses its own', _connectionId: mine.body.id } });
  assert.equal(own.status, 201);
  // An organization-wide account (made with the organization token) is the whole organization's.
  const allowed = await call(server, 'PUT', `/v1/integrations/${target.body._id}/connections/register`, { token: otherToken, body: [id] });
  assert.equal(allowed.status, 200);
  // Both surfaces list the same accounts for an application: its own and the organization-wide ones.
  const truto = await call(server, 'GET', `/integrated-account?integration_id=${integration.id}&limit=1000`, { token: otherToken });
  const celigo = await call(server, 'GET', '/v1/connections?limit=1000', { token: otherToken });
  const trutoIds = truto.body.result.map((a: any) => a.id).sort();
  const celigoIds = celigo.body
    .filter((c: any) => c._integrationId === integration.id)
    .map((c: any) => c._id)
    .sort();
  assert.deepEqual(trutoIds, celigoIds);
  assert.ok(trutoIds.includes(id));
  assert.ok(!trutoIds.includes(mine.body.id));
});

test("an integration's snapshot, diff and clone reveal nothing of a connected account of an application the token does not reach", async () => {
  const appA = await server.token(['all.Application']);
  const otherApp = (await call(server, 'POST', '/applications', { body: { name: 'snapshot reader' } })).body.id;
  const appB = await server.token(['all.Application'], otherApp);
  const account = (await call(server, 'POST', '/integrated-account', {
    token: appA,
    body: { integration_id: integration.id, context: { api_key: 'sk-a', subdomain: 'tenant-a-only' } },
  })) as { body: { id: string } };
  const shared = await call(server, 'POST', '/v1/integrations', { body: { name: 'organization-wide' } });
  assert.equal(
    (await call(server, 'PUT', `/v1/integrations/${shared.body._id}/connections/register`, { body: [account.body.id] })).status,
    200,
  );

  const revision = await call(server, 'POST', `/v1/integrations/${shared.body._id}/revisions/create`, { token: appB, body: {} });
  assert.equal(revision.status, 201);
  const diff = await call(server, 'GET', `/v1/integrations/${shared.body._id}/revisions/${revision.body._id}/diff`, { token: appB });
  assert.equal(diff.status, 200);
  assert.ok(JSON.stringify(diff.body).includes(account.body.id), 'the registered connection is in the snapshot');
  assert.equal(JSON.stringify(diff.body).includes('tenant-a-only'), false, JSON.stringify(diff.body));

  const clone = await call(server, 'POST', `/v1/integrations/${shared.body._id}/clone`, {
    token: appB,
    body: { connectionMap: { [account.body.id]: account.body.id } },
  });
  assert.equal(clone.status, 400);
  assert.equal(clone.body.errors[0].code, 'invalid_connectionMap');
  const own = await call(server, 'POST', `/v1/integrations/${shared.body._id}/clone`, {
    token: appA,
    body: { connectionMap: { [account.body.id]: account.body.id } },
  });
  assert.equal(own.status, 201, JSON.stringify(own.body));
});

test("a failed ping's validation_error stays through a new name, and ends when the user changes the context", async () => {
  const id = await connect(server, integration.id, { api_key: 'sk-old', subdomain: 'wrong' });
  const status = async () => (await call(server, 'GET', `/integrated-account/${id}`)).body.status;
  meStatus = 401;
  try {
    assert.equal((await call(server, 'POST', `/v1/connections/${id}/ping`)).status, 502);
  } finally {
    meStatus = 200;
  }
  assert.equal(await status(), 'validation_error');
  const doc = (await call(server, 'GET', `/v1/connections/${id}`)).body;
  assert.equal((await call(server, 'PUT', `/v1/connections/${id}`, { body: { ...doc, name: 'renamed' } })).status, 200);
  assert.equal(await status(), 'validation_error');
  assert.equal((await call(server, 'GET', `/v1/connections/${id}`)).body.offline, true);
  // The usual fix of a failed ping is a plain value, not only a secret.
  assert.equal((await call(server, 'PATCH', `/integrated-account/${id}`, { body: { context: { subdomain: 'acme' } } })).status, 200);
  assert.equal(await status(), 'active');
});

test('ping of an account whose integration is gone is a 422 that marks nothing', async () => {
  const doomed = await createIntegration(server, apiKeyConfig(upstream.url));
  const id = await connect(server, doomed.id, { api_key: 'k', subdomain: 'acme' });
  assert.equal((await call(server, 'DELETE', `/integration/${doomed.id}`)).status, 200);
  const reply = await call(server, 'POST', `/v1/connections/${id}/ping`);
  assert.equal(reply.status, 422, JSON.stringify(reply.body));
  assert.equal(reply.body.errors[0].code, 'ping_not_supported');
  assert.equal((await call(server, 'GET', `/integrated-account/${id}`)).body.status, 'active');
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { ACTION_SCOPES } from '../../../src/auth/scopes.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { integrationsPath, MQTT_EXAMPLE } from './fixtures.js';

let server: TestServer;
let path: string;
let integrationId: string;

before(async () => {
  server = await startTestServer();
  path = integrationsPath(server.tenant.applicationId);
  integrationId = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body.id;
});
after(() => server.close());

type Route = {
  action: keyof typeof ACTION_SCOPES;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: () => string;
  body?: unknown;
  ok: number;
};

const routes: Route[] = [
  { action: 'integrations.get', method: 'GET', url: () => path, ok: 200 },
  { action: 'integrations.post', method: 'POST', url: () => path, body: MQTT_EXAMPLE, ok: 201 },
  { action: 'integration.get', method: 'GET', url: () => `${path}/${integrationId}`, ok: 200 },
  { action: 'integration.patch', method: 'PATCH', url: () => `${path}/${integrationId}`, body: { topics: ['t'] }, ok: 200 },
];

const status = async (route: Route, token: string | null) =>
  (await call(server, route.method, route.url(), { token, body: route.body })).status;

describe('scopes', () => {
  for (const route of routes) {
    test(`${route.action}: every listed scope allows it, and another resource's scope does not`, async () => {
      for (const scope of ACTION_SCOPES[route.action]) {
        assert.equal(await status(route, await server.token([scope])), route.ok, `${scope} should allow ${route.action}`);
      }
      const reply = await call(server, route.method, route.url(), { token: await server.token(['flows.*']), body: route.body });
      assert.equal(reply.status, 403);
      assert.deepEqual(Object.keys(reply.body).sort(), ['message', 'type']);
      assert.equal(reply.body.type, 'Forbidden');
    });
  }

  test('the seed scope lists: all.Application.read reads but does not write', async () => {
    const readOnly = await server.token(['all.Application.read']);
    assert.equal(await status(routes[0], readOnly), 200);
    assert.equal(await status(routes[2], readOnly), 200);
    assert.equal(await status(routes[1], readOnly), 403);
    assert.equal(await status(routes[3], readOnly), 403);
    assert.equal((await call(server, 'DELETE', `${path}/${integrationId}`, { token: readOnly })).status, 403);
  });

  test('integration.get does not allow PATCH; integration.patch does not allow GET; integrations.* does not reach one integration', async () => {
    assert.equal(await status(routes[3], await server.token(['integration.get'])), 403);
    assert.equal(await status(routes[2], await server.token(['integration.patch'])), 403);
    assert.equal(await status(routes[2], await server.token(['integrations.*'])), 403);
    assert.equal(await status(routes[0], await server.token(['integration.*'])), 403);
  });

  test('DELETE scopes: integration.delete allows it, integration.patch does not', async () => {
    const victim = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body.id;
    assert.equal((await call(server, 'DELETE', `${path}/${victim}`, { token: await server.token(['integration.patch']) })).status, 403);
    assert.equal((await call(server, 'DELETE', `${path}/${victim}`, { token: await server.token(['integration.delete']) })).status, 200);
  });
});

describe('401', () => {
  const unauthorized = async (token: string | null, headers?: Record<string, string>) => {
    const reply = await call(server, 'GET', path, { token, headers });
    assert.equal(reply.status, 401);
    assert.equal(reply.body.type, 'Unauthorized');
    assert.equal(typeof reply.body.message, 'string');
  };

  test('missing, malformed and forged tokens', async () => {
    await unauthorized(null);
    await unauthorized(null, { authorization: 'Basic abc' });
    await unauthorized('not-a-jwt');
    const forged = await new SignJWT({ org: server.tenant.organizationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('junction')
      .setJti('5f0000000000000000000000')
      .sign(new TextEncoder().encode('another secret entirely, 32+ characters long'));
    await unauthorized(forged);
    const [, payload] = server.tenant.token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    await unauthorized(unsigned);
  });

  test('an unauthenticated request is 401 before its body or ids are looked at', async () => {
    const reply = await call(server, 'POST', integrationsPath('bad'), { token: null, body: { nope: true } });
    assert.equal(reply.status, 401);
  });

  test('an inactive token stops working at once, and works again when re-activated', async () => {
    const tokens = `/applications/${server.tenant.applicationId}/tokens`;
    const created = await call(server, 'POST', tokens, { body: { name: 'to disable', scope: ['integrations.get'] } });
    assert.equal(created.status, 201);
    const token = created.body.token as string;
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    await call(server, 'PATCH', `${tokens}/${created.body.id}`, { body: { status: 'inactive' } });
    await unauthorized(token);
    await call(server, 'PATCH', `${tokens}/${created.body.id}`, { body: { status: 'active' } });
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    await call(server, 'DELETE', `${tokens}/${created.body.id}`);
    await unauthorized(token);
  });

  test('a token changed directly in the store (as by another node) stops working within one second', async () => {
    const tokens = `/applications/${server.tenant.applicationId}/tokens`;
    const created = await call(server, 'POST', tokens, { body: { name: 'remote', scope: ['integrations.get'] } });
    const token = created.body.token as string;
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    await server.core.store.db.updateTable('api_tokens').set({ status: 'inactive' }).where('id', '=', created.body.id).execute();
    await new Promise((r) => setTimeout(r, 1000));
    await unauthorized(token);
  });

  test('an expired token is refused', async () => {
    const token = await server.token(['all.Application'], undefined, { expiresAt: new Date(Date.now() + 1200).toISOString() });
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    await new Promise((r) => setTimeout(r, 1300));
    await unauthorized(token);
  });

  test('a token answered from memory is still refused once it expires, and its scopes still apply', async () => {
    // A whole second 0.4–1.4 s away: a token's expiry may be kept to the second.
    const expiresAt = Math.ceil((Date.now() + 400) / 1000) * 1000;
    const token = await server.token(['integrations.get'], undefined, { expiresAt: new Date(expiresAt).toISOString() });
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    assert.equal((await call(server, 'GET', `${path}/${integrationId}`, { token })).status, 403);
    // Read again shortly before the expiry, so the row is still in memory (under a second old) after it.
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - 300 - Date.now())));
    assert.equal((await call(server, 'GET', path, { token })).status, 200);
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt + 50 - Date.now())));
    await unauthorized(token);
  });
});

describe('tenancy', () => {
  test("an application token reaches only its own application: another application's resources are 404", async () => {
    const otherApp = (await call(server, 'POST', '/applications', { body: { name: 'second' } })).body.id;
    const otherIntegration = (await call(server, 'POST', integrationsPath(otherApp), { body: MQTT_EXAMPLE })).body.id;
    const appToken = await server.token(['all.Application']);
    for (const [method, url, body] of [
      ['GET', integrationsPath(otherApp), undefined],
      ['POST', integrationsPath(otherApp), MQTT_EXAMPLE],
      ['GET', `${integrationsPath(otherApp)}/${otherIntegration}`, undefined],
      ['PATCH', `${integrationsPath(otherApp)}/${otherIntegration}`, { name: 'stolen' }],
      ['DELETE', `${integrationsPath(otherApp)}/${otherIntegration}`, undefined],
    ] as const) {
      const reply = await call(server, method, url, { token: appToken, body: body as unknown });
      assert.equal(reply.status, 404, `${method} ${url}`);
      assert.deepEqual(reply.body, { type: 'NotFound', message: 'Application was not found' });
    }
    // The integration of another application is not found under this application's path either.
    const crossPath = await call(server, 'GET', `${path}/${otherIntegration}`, { token: appToken });
    assert.deepEqual(crossPath.body, { type: 'NotFound', message: 'Integration was not found' });
    assert.equal((await call(server, 'GET', `${integrationsPath(otherApp)}/${otherIntegration}`)).body.name, MQTT_EXAMPLE.name);
  });

  test("another organization's token sees none of this organization's resources", async () => {
    const other = await server.otherTenant();
    const reply = await call(server, 'GET', `${path}/${integrationId}`, { token: other.token });
    assert.deepEqual(reply.body, { type: 'NotFound', message: 'Application was not found' });
    assert.equal((await call(server, 'GET', path, { token: other.token })).status, 404);
    assert.equal((await call(server, 'PATCH', `${path}/${integrationId}`, { token: other.token, body: { name: 'x' } })).status, 404);
    assert.equal((await call(server, 'DELETE', `${path}/${integrationId}`, { token: other.token })).status, 404);
    const apps = await call(server, 'GET', '/applications', { token: other.token });
    assert.deepEqual(
      apps.body.items.map((a: { id: string }) => a.id),
      [other.applicationId],
    );
    assert.equal((await call(server, 'GET', `${path}/${integrationId}`)).status, 200);
  });
});

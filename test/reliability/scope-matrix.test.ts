import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SignJWT } from 'jose';
import type { CataloguedRoute } from '../../src/app.js';
import { type Action, KNOWN_SCOPES, scopesAllow } from '../../src/auth/scopes.js';
import { bearer, startTestServer, type TestServer } from '../helpers/server.js';

const MISSING_ID = '5f00000000000000000000aa';
let server: TestServer;
let routes: CataloguedRoute[];

before(async () => {
  server = await startTestServer();
  routes = server.app.routeCatalogue.filter((r) => r.action);
});
after(() => server.close());

/** Every path parameter gets an id that exists nowhere: the matrix is about authorization, not data. */
function concreteUrl(route: CataloguedRoute): string {
  return route.url.replace(/:([A-Za-z_]+)/g, () => MISSING_ID);
}

async function statusOf(route: CataloguedRoute, token: string): Promise<number> {
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  const reply = await server.app.inject({
    method: route.method as 'GET',
    url: concreteUrl(route),
    headers: { ...bearer(token), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    payload: hasBody ? '{}' : undefined,
  });
  return reply.statusCode;
}

test('every route × every scope, on application and organization tokens: allowed exactly when the action table says so', async (t) => {
  assert.ok(routes.length >= 20, `routes found: ${routes.length}`);
  const scopeSets: string[][] = [
    ...KNOWN_SCOPES.map((s) => [s]),
    ['all.Device'],
    ['all.Application.cli'],
    ['integration.get', 'flows.get'],
  ];
  let cells = 0;
  const wrong: string[] = [];
  for (const scopes of scopeSets) {
    const appToken = await server.token(scopes);
    const orgToken = (
      await server.core.tokens.createForOrganization({ principal: null, source: 'system' }, server.tenant.organizationId, {
        name: 'matrix',
        scopes,
      })
    ).token;
    for (const route of routes) {
      const allowed = scopesAllow(scopes, route.action as Action);
      for (const [kind, token] of [
        ['application', appToken],
        ['organization', orgToken],
      ] as const) {
        const status = await statusOf(route, token);
        cells++;
        const ok = allowed ? status !== 401 && status !== 403 : status === 403;
        if (!ok) wrong.push(`${route.method} ${route.url} with ${kind} token [${scopes}] → ${status} (allowed: ${allowed})`);
      }
    }
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} of ${cells} cells disagree with the action table`);
  t.diagnostic(`scope matrix: ${cells} cells checked across ${routes.length} routes and ${scopeSets.length} scope sets`);
});

test('inactive, expired, deleted, foreign-signed and unsigned tokens are refused with 401 on every route', async (t) => {
  const system = { principal: null, source: 'system' as const };
  const inactive = await server.token(['all.Organization'], undefined, { status: 'inactive' });
  const expiring = await server.token(['all.Organization'], undefined, { expiresAt: new Date(Date.now() + 500).toISOString() });
  const deleted = await server.core.tokens.createForApplication(system, server.tenant.applicationId, {
    name: 'gone',
    scopes: ['all.Organization'],
  });
  await server.core.tokens.delete(system, server.tenant.applicationId, deleted.id);
  const foreign = await new SignJWT({ org: server.tenant.organizationId, scope: ['all.Organization'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('junction')
    .setJti(deleted.id)
    .sign(new TextEncoder().encode('some other server secret, long enough to sign'));
  const [, payload] = server.tenant.token.split('.');
  const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
  await new Promise((r) => setTimeout(r, 600));
  let cells = 0;
  for (const [label, token] of Object.entries({ inactive, expiring, deleted: deleted.token, foreign, unsigned })) {
    for (const route of routes) {
      cells++;
      assert.equal(await statusOf(route, token), 401, `${label} token on ${route.method} ${route.url}`);
    }
  }
  t.diagnostic(`refused tokens: ${cells} cells checked`);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SignJWT } from 'jose';
import type { CataloguedRoute } from '../../src/app.js';
import { ACTION_SCOPES, type Action, KNOWN_SCOPES, scopesAllow } from '../../src/auth/scopes.js';
import { bearer, call, startTestServer, type TestServer } from '../helpers/server.js';

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

/**
 * An application and an organization token holding these scopes. Scopes no longer issued (`all.Device`)
 * are written into the rows afterwards, as a token issued before they were refused would hold them.
 */
async function tokenPair(scopes: string[]): Promise<[string, string]> {
  const system = { principal: null, source: 'system' as const };
  const issuable = scopes.filter((s) => KNOWN_SCOPES.includes(s));
  const fields = { name: 'matrix', scopes: issuable.length === scopes.length ? scopes : ['integration.get'] };
  const app = await server.core.tokens.createForApplication(system, server.tenant.applicationId, fields);
  const org = await server.core.tokens.createForOrganization(system, server.tenant.organizationId, fields);
  if (fields.scopes !== scopes) {
    await server.core.store.db
      .updateTable('api_tokens')
      .set({ scopes: JSON.stringify(scopes) })
      .where('id', 'in', [app.id, org.id])
      .execute();
  }
  return [app.token, org.token];
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
    const [appToken, orgToken] = await tokenPair(scopes);
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

/** How each token-creating route is asked for a token with given scopes; a new such route must be added here. */
const MINTING_REQUESTS: Record<string, (scopes: string[]) => { url: string; body: unknown }> = {
  'POST /applications/:applicationId/tokens': (scopes) => ({
    url: `/applications/${server.tenant.applicationId}/tokens`,
    body: { name: 'escalation', scope: scopes },
  }),
};

/**
 * Routes whose `token` is no API token: an MCP server's token holds no scopes, only its server's tools;
 * that its creator may call those through the proxy is checked in test/api/mcp/mcp-servers.test.ts.
 */
const NOT_API_TOKENS = new Set(['POST /integrated-account/:integrated_account_id/mcp']);

/** Creating routes (POST, PUT) whose success answer carries a `token`: those issue tokens. */
function mintsTokens(route: CataloguedRoute): boolean {
  if (route.method !== 'POST' && route.method !== 'PUT') return false;
  if (NOT_API_TOKENS.has(`${route.method} ${route.url}`)) return false;
  const responses = (route.schema?.response ?? {}) as Record<string, { properties?: Record<string, unknown> }>;
  return Object.entries(responses).some(([status, schema]) => /^2/.test(status) && schema?.properties?.token !== undefined);
}

const ACTIONS = Object.keys(ACTION_SCOPES) as Action[];
const ORGANIZATION_ACTIONS = ACTIONS.filter((a) => a.startsWith('applications.'));

test('every token-creating route issues only what the creating token grants, and no organization scope from an application token', async (t) => {
  const minting = server.app.routeCatalogue.filter(mintsTokens);
  assert.ok(minting.length >= 1, 'token-creating routes found');
  const missing = minting.map((r) => `${r.method} ${r.url}`).filter((key) => !MINTING_REQUESTS[key]);
  assert.deepEqual(missing, [], 'every token-creating route has an escalation request in MINTING_REQUESTS');
  const count = async () =>
    (
      await server.core.store.db
        .selectFrom('api_tokens')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const before = Number(await count());
  const targets = [
    'all.Organization',
    'all.Organization.read',
    'all.User',
    'applications.post',
    'all.Application',
    'all.Application.read',
    'applicationApiTokens.get',
    'integration.*',
    'integration.get',
  ];
  let cells = 0;
  let issued = 0;
  const wrong: string[] = [];
  for (const route of minting) {
    const request = MINTING_REQUESTS[`${route.method} ${route.url}`];
    for (const held of KNOWN_SCOPES) {
      // Each creator can reach the route, whatever else it holds.
      const creator = [...new Set([held, route.action as string])];
      const [appToken, orgToken] = await tokenPair(creator);
      const kinds = [
        ['application', appToken],
        ['organization', orgToken],
      ] as const;
      for (const target of [...targets, held]) {
        const allowedByCreator = ACTIONS.every((a) => !scopesAllow([target], a) || scopesAllow(creator, a));
        const organizationWide = ORGANIZATION_ACTIONS.some((a) => scopesAllow([target], a));
        for (const [kind, token] of kinds) {
          const expected = allowedByCreator && !(kind === 'application' && organizationWide) ? 201 : 403;
          const { url, body } = request([target]);
          const reply = await call(server, route.method as 'POST', url, { token, body });
          cells++;
          if (reply.status === 201) issued++;
          if (reply.status !== expected)
            wrong.push(`${kind} token [${creator}] → ${route.method} ${route.url} [${target}]: ${reply.status}, want ${expected}`);
        }
      }
    }
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} of ${cells} escalation cells wrong`);
  assert.equal(Number(await count()) - before, issued + KNOWN_SCOPES.length * 2 * minting.length, 'a refused request stores nothing');
  t.diagnostic(`token escalation: ${cells} cells over ${minting.length} token-creating routes, ${issued} issued`);
});

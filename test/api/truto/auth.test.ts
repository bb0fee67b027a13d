import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ACTION_SCOPES } from '../../../src/auth/scopes.js';
import type { Tenant } from '../../../src/core/tenancy/setup-service.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, SMALL_CONFIG } from './fixtures.js';

let server: TestServer;
let other: Tenant;
/** A fresh integration and install per route, so a DELETE does not disturb the next one. */
let fresh: () => Promise<{ integration: string; install: string }>;

before(async () => {
  server = await startTestServer();
  other = await server.otherTenant('intruder');
  let n = 0;
  fresh = async () => {
    const integration = (await call(server, 'POST', '/integration', { body: { name: `auth_${n++}`, config: SMALL_CONFIG } })).body.id;
    const body = { integration_id: integration, environment_id: server.tenant.applicationId };
    const install = (await call(server, 'POST', '/environment-integration', { body })).body.id;
    return { integration, install };
  };
});
after(() => server.close());

type Ids = { integration: string; install: string; environment: string };
interface Route {
  action: keyof typeof ACTION_SCOPES;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  ok: number;
  /** Whether the route names a resource that another organization must not reach. */
  tenanted: boolean;
}

const routes: Route[] = [
  { action: 'integrations.get', method: 'GET', url: () => '/integration', ok: 200, tenanted: false },
  { action: 'integrations.post', method: 'POST', url: () => '/integrations', body: () => ({ name: 'created' }), ok: 201, tenanted: false },
  { action: 'integration.get', method: 'GET', url: (i) => `/integration/${i.integration}`, ok: 200, tenanted: true },
  {
    action: 'integration.patch',
    method: 'PATCH',
    url: (i) => `/integration/${i.integration}`,
    body: () => ({ version: 1 }),
    ok: 200,
    tenanted: true,
  },
  { action: 'integration.delete', method: 'DELETE', url: (i) => `/integrations/${i.integration}`, ok: 200, tenanted: true },
  { action: 'environments.get', method: 'GET', url: () => '/environment', ok: 200, tenanted: false },
  { action: 'environment.get', method: 'GET', url: (i) => `/environment/${i.environment}`, ok: 200, tenanted: true },
  { action: 'environmentIntegrations.get', method: 'GET', url: () => '/environment-integration', ok: 200, tenanted: false },
  {
    action: 'environmentIntegrations.post',
    method: 'POST',
    url: () => '/environment-integration',
    body: (i) => ({ integration_id: i.integration, environment_id: i.environment }),
    ok: 200,
    tenanted: true,
  },
  { action: 'environmentIntegration.get', method: 'GET', url: (i) => `/environment-integration/${i.install}`, ok: 200, tenanted: true },
  {
    action: 'environmentIntegration.patch',
    method: 'PATCH',
    url: (i) => `/environment-integration/${i.install}`,
    body: () => ({ is_enabled: false }),
    ok: 200,
    tenanted: true,
  },
  {
    action: 'environmentIntegration.delete',
    method: 'DELETE',
    url: (i) => `/environment-integration/${i.install}`,
    ok: 200,
    tenanted: true,
  },
];

async function send(route: Route, token: string | null) {
  const ids = { ...(await fresh()), environment: server.tenant.applicationId };
  return call(server, route.method, route.url(ids), { token, body: route.body?.(ids) });
}

describe('Truto routes: authentication, scopes and tenancy', () => {
  for (const route of routes) {
    test(`${route.method} ${route.url({ integration: ':id', install: ':id', environment: ':id' })} (${route.action})`, async () => {
      assertTrutoError(await send(route, null), 401, 'Unauthorized');
      assertTrutoError(await send(route, 'not-a-token'), 401, 'Unauthorized');
      const forbidden = await send(route, await server.token(['flows.*']));
      assertTrutoError(forbidden, 403, 'Forbidden');
      const [resource] = route.action.split('.');
      const allowed = await send(route, await server.token([`${resource}.*`]));
      assert.equal(allowed.status, route.ok, JSON.stringify(allowed.body));
      assert.equal((await send(route, server.tenant.token)).status, route.ok);
      if (route.tenanted) {
        assertTrutoError(await send(route, other.token), 404, 'Not Found');
        // An application token of a sibling environment reaches the team's (organization-wide) integrations,
        // but not another environment or its installs.
        if (route.url({ integration: '', install: '', environment: '' }).startsWith('/integration')) return;
        const staging = await server.core.applications.create({ principal: null, source: 'system' }, server.tenant.organizationId, {
          name: 'staging',
        });
        assertTrutoError(await send(route, await server.token(['all.Application'], staging.id)), 404, 'Not Found');
      }
    });
  }

  test('read-only scopes read but do not write', async () => {
    const readOnly = await server.token(['all.Application.read']);
    assert.equal((await send(routes[0], readOnly)).status, 200);
    assert.equal((await send(routes[2], readOnly)).status, 200);
    assertTrutoError(await send(routes[1], readOnly), 403, 'Forbidden');
    assertTrutoError(await send(routes[3], readOnly), 403, 'Forbidden');
    assertTrutoError(await send(routes[8], readOnly), 403, 'Forbidden');
  });
});

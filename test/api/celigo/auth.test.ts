import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Action } from '../../../src/auth/scopes.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createSetup } from './fixtures.js';

let server: TestServer;
let otherToken: string;
const ids: Record<string, string> = {};

before(async () => {
  server = await startTestServer();
  otherToken = (await server.otherTenant()).token;
  const { integration, connection, exp, imp, flow } = await createSetup(server, 'guarded');
  Object.assign(ids, { i: integration._id, c: connection._id, e: exp._id, m: imp._id, f: flow._id });
  ids.s = (await call(server, 'POST', `/v1/integrations/${ids.i}/ashares`, { body: { email: 'a@example.com' } })).body._id;
  ids.r = (await call(server, 'POST', `/v1/integrations/${ids.i}/revisions/create`)).body._id;
});
after(() => server.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  action: Action;
  method: Method;
  /** `:x` is replaced by ids.x */
  path: string;
  body?: unknown;
  /** Names a resource of the tenant, so another organization's token must get 404. */
  owned: boolean;
}

const I = '/v1/integrations/:i';
const routes: Route[] = [
  { action: 'integrations.get', method: 'GET', path: '/v1/integrations', owned: false },
  { action: 'integrations.post', method: 'POST', path: '/v1/integrations', body: { name: 'x' }, owned: false },
  { action: 'integrationTemplates.post', method: 'POST', path: '/v1/integrations/template', owned: false },
  { action: 'integration.get', method: 'GET', path: I, owned: true },
  { action: 'integration.put', method: 'PUT', path: I, body: { name: 'guarded' }, owned: true },
  { action: 'integration.patch', method: 'PATCH', path: I, body: [{ op: 'add', path: '/tag', value: 't' }], owned: true },
  { action: 'integration.delete', method: 'DELETE', path: I, owned: true },
  { action: 'integration.clone', method: 'POST', path: `${I}/clone`, owned: true },
  { action: 'flows.get', method: 'GET', path: `${I}/flows`, owned: true },
  { action: 'connections.get', method: 'GET', path: `${I}/connections`, owned: true },
  { action: 'exports.get', method: 'GET', path: `${I}/exports`, owned: true },
  { action: 'imports.get', method: 'GET', path: `${I}/imports`, owned: true },
  { action: 'ashares.get', method: 'GET', path: `${I}/ashares`, owned: true },
  { action: 'ashares.post', method: 'POST', path: `${I}/ashares`, body: { email: 'b@example.com' }, owned: true },
  {
    action: 'integrationConnections.put',
    method: 'PUT',
    path: `${I}/connections/register`,
    body: ['5f0000000000000000000000'],
    owned: true,
  },
  { action: 'integrationConnection.put', method: 'PUT', path: `${I}/connections/:c/register`, owned: true },
  { action: 'integrationConnection.delete', method: 'DELETE', path: `${I}/connections/:c/register`, owned: true },
  { action: 'revisions.post', method: 'POST', path: `${I}/revisions/create`, owned: true },
  { action: 'revisions.get', method: 'GET', path: `${I}/revisions`, owned: true },
  { action: 'revision.get', method: 'GET', path: `${I}/revisions/:r`, owned: true },
  { action: 'revision.get', method: 'GET', path: `${I}/revisions/:r/diff`, owned: true },
  { action: 'revision.revert', method: 'POST', path: `${I}/revisions/:r/revert`, owned: true },
  { action: 'installSteps.get', method: 'GET', path: `${I}/installSteps`, owned: true },
  { action: 'installSteps.post', method: 'POST', path: `${I}/installSteps`, owned: true },
  { action: 'uninstallSteps.get', method: 'GET', path: `${I}/uninstallSteps`, owned: true },
  { action: 'uninstallSteps.post', method: 'POST', path: `${I}/uninstallSteps`, owned: true },
  { action: 'audit.get', method: 'GET', path: `${I}/audit`, owned: true },
  { action: 'audit.get', method: 'GET', path: '/v1/audit', owned: false },
  { action: 'integrationTemplate.get', method: 'GET', path: `${I}/template`, owned: true },
  { action: 'integrationTemplate.get', method: 'POST', path: `${I}/template`, owned: true },
  { action: 'integrationDependencies.get', method: 'GET', path: `${I}/dependencies`, owned: true },
  { action: 'ashare.get', method: 'GET', path: '/v1/ashares/:s', owned: true },
  { action: 'ashare.put', method: 'PUT', path: '/v1/ashares/:s', body: { disabled: true }, owned: true },
  { action: 'ashare.delete', method: 'DELETE', path: '/v1/ashares/:s', owned: true },
];
for (const [kind, key, body] of [
  ['connection', 'c', { name: 'c', type: 'http' }],
  ['export', 'e', { name: 'e', _connectionId: '5f0000000000000000000000' }],
  ['import', 'm', { name: 'm', _connectionId: '5f0000000000000000000000' }],
  ['flow', 'f', { name: 'f' }],
] as const) {
  routes.push(
    { action: `${kind}s.get`, method: 'GET', path: `/v1/${kind}s`, owned: false },
    { action: `${kind}s.post`, method: 'POST', path: `/v1/${kind}s`, body, owned: false },
    { action: `${kind}.get`, method: 'GET', path: `/v1/${kind}s/:${key}`, owned: true },
    { action: `${kind}.put`, method: 'PUT', path: `/v1/${kind}s/:${key}`, body, owned: true },
    { action: `${kind}.delete`, method: 'DELETE', path: `/v1/${kind}s/:${key}`, owned: true },
  );
}

const url = (route: Route) => route.path.replace(/:([a-z])\b/g, (_, key: string) => ids[key]);
const send = (route: Route, token: string | null) => call(server, route.method, url(route), { token, body: route.body });

describe('every /v1 route', () => {
  for (const route of routes) {
    test(`${route.method} ${route.path} (${route.action}): 401 without a valid token, 403 without its scope${route.owned ? ', 404 across tenants' : ''}`, async () => {
      assertCeligoError(await send(route, null), 401, 'unauthorized');
      assertCeligoError(await send(route, 'not-a-token'), 401, 'unauthorized');
      assertCeligoError(await send(route, await server.token(['applications.get'])), 403, 'forbidden');
      if (route.owned) assertCeligoError(await send(route, otherToken), 404, 'invalid_ref');
      if (route.method === 'GET') {
        const allowed = await send(route, await server.token([route.action]));
        assert.ok(allowed.status === 200 || allowed.status === 201, `${route.action} allows it: ${JSON.stringify(allowed.body)}`);
      }
    });
  }

  test('an application token reaches organization-wide integrations with an all.Application scope', async () => {
    const token = await server.token(['all.Application']);
    assert.equal((await call(server, 'GET', `/v1/integrations/${ids.i}`, { token })).status, 200);
    const readOnly = await server.token(['all.Application.read']);
    assertCeligoError(await call(server, 'PUT', `/v1/integrations/${ids.i}`, { token: readOnly, body: { name: 'x' } }), 403);
  });
});

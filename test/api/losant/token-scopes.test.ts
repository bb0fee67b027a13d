import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const tokens = () => `/applications/${server.tenant.applicationId}/tokens`;
const stored = async () => (await call(server, 'GET', `${tokens()}?perPage=1000`)).body.totalCount as number;

test('an all.Application token cannot mint an all.Organization token (403, nothing stored)', async () => {
  const appToken = await server.token(['all.Application']);
  const count = await stored();
  const refused = await call(server, 'POST', tokens(), { token: appToken, body: { name: 'e', scope: ['all.Organization'] } });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.type, 'Forbidden');
  assert.match(refused.body.message, /all\.Organization/);
  assert.equal(await stored(), count);
  // What it holds it may pass on.
  const narrower = await call(server, 'POST', tokens(), { token: appToken, body: { name: 'n', scope: ['integration.*'] } });
  assert.equal(narrower.status, 201);
  assert.equal((await call(server, 'POST', '/applications', { token: narrower.body.token, body: { name: 'x' } })).status, 403);
});

test('applicationApiTokens.post alone mints nothing wider, not even the default all.Application', async () => {
  const minter = await server.token(['applicationApiTokens.post']);
  const count = await stored();
  for (const body of [
    { name: 'e', scope: ['all.Application'] },
    { name: 'default scope' },
    { name: 'e', scope: ['applicationApiTokens.get'] },
  ]) {
    const reply = await call(server, 'POST', tokens(), { token: minter, body });
    assert.equal(reply.status, 403, JSON.stringify(body));
    assert.equal(reply.body.type, 'Forbidden');
  }
  assert.equal(await stored(), count);
  assert.equal(
    (await call(server, 'POST', tokens(), { token: minter, body: { name: 'same', scope: ['applicationApiTokens.post'] } })).status,
    201,
  );
});

test('a .read scope covers reads only', async () => {
  const reader = await server.token(['all.Application.read', 'applicationApiTokens.post']);
  assert.equal(
    (await call(server, 'POST', tokens(), { token: reader, body: { name: 'r', scope: ['integrations.get', 'flow.get'] } })).status,
    201,
  );
  const refused = await call(server, 'POST', tokens(), {
    token: reader,
    body: { name: 'w', scope: ['integrations.get', 'integration.patch'] },
  });
  assert.equal(refused.status, 403);
  assert.match(refused.body.message, /integration\.patch/);
  assert.doesNotMatch(refused.body.message, /integrations\.get/);
});

test('an application token never mints an organization scope, even one it holds; an organization token may', async () => {
  const appWithOrgScope = await server.token(['all.Organization']);
  for (const scope of ['all.Organization', 'all.Organization.read', 'applications.get']) {
    const reply = await call(server, 'POST', tokens(), { token: appWithOrgScope, body: { name: 'o', scope: [scope] } });
    assert.equal(reply.status, 403, scope);
  }
  assert.equal(
    (await call(server, 'POST', tokens(), { token: appWithOrgScope, body: { name: 'a', scope: ['all.Application'] } })).status,
    201,
  );
  const fromOrg = await call(server, 'POST', tokens(), { body: { name: 'o', scope: ['all.Organization'] } });
  assert.equal(fromOrg.status, 201);
});

test('unknown scopes are 400 naming the scope; nothing stored', async () => {
  const count = await stored();
  const reply = await call(server, 'POST', tokens(), { body: { name: 'x', scope: ['integration.get', 'not.a.scope'] } });
  assert.equal(reply.status, 400);
  assert.equal(reply.body.type, 'Validation');
  assert.match(reply.body.message, /"not\.a\.scope"/);
  assert.doesNotMatch(reply.body.message, /integration\.get/);
  assert.equal((await call(server, 'POST', tokens(), { body: { name: 'x', scope: ['all.Device'] } })).status, 400);
  assert.equal(await stored(), count);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const RESOURCES = { users: { list: { path: '/users' } } };
const failures = (reply: { body: { details?: { failures: { path: string }[] } } }) =>
  (reply.body.details?.failures ?? []).map((f) => f.path);

test('an account lacking a credential field its integration requires is refused at create and PATCH', async () => {
  const integration = await call(server, 'POST', '/integration', {
    body: {
      name: 'fielded',
      config: {
        base_url: 'http://127.0.0.1:9',
        credentials: {
          format: 'api_key',
          config: {
            fields: [
              { name: 'api_key', type: 'password', required: true },
              { name: 'subdomain', type: 'text', required: true },
              { name: 'region', type: 'text' },
            ],
          },
        },
        resources: RESOURCES,
      },
    },
  });
  assert.equal(integration.status, 201, JSON.stringify(integration.body));
  const missing = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: integration.body.id, context: { subdomain: '' } },
  });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.error, 'Bad Request');
  assert.deepEqual(failures(missing), ['body.context.api_key', 'body.context.subdomain']);
  assert.match(missing.body.message, /context\.api_key is required by the integration's api_key credentials/);
  const listed = await call(server, 'GET', `/integrated-account?integration_id=${integration.body.id}`);
  assert.equal(listed.body.result.length, 0, 'nothing was stored');

  const created = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: integration.body.id, context: { api_key: 'k-1', subdomain: 'acme' } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const removed = await call(server, 'PATCH', `/integrated-account/${created.body.id}`, { body: { context: { subdomain: null } } });
  assert.equal(removed.status, 400);
  assert.deepEqual(failures(removed), ['body.context.subdomain']);
  assert.equal((await server.core.integratedAccounts.get(null, created.body.id)).context.subdomain, 'acme');
  const fine = await call(server, 'PATCH', `/integrated-account/${created.body.id}`, { body: { context: { region: 'eu' } } });
  assert.equal(fine.status, 200, JSON.stringify(fine.body));
});

test('a config whose methods have no http(s) base_url is refused', async () => {
  const post = (config: unknown) => call(server, 'POST', '/integration', { body: { name: 'urls', config } });
  const none = await post({ resources: RESOURCES });
  assert.equal(none.status, 400);
  assert.deepEqual(failures(none), ['config.base_url']);
  assert.match(JSON.stringify(none.body), /users\.list has no base_url of its own/);
  const ftp = await post({ base_url: 'ftp://127.0.0.1/x', resources: RESOURCES });
  assert.deepEqual(failures(ftp), ['config.base_url']);
  const own = await post({ resources: { users: { list: { path: '/users', base_url: 'file:///etc' } } } });
  assert.deepEqual(failures(own), ['config.resources.users.list.base_url']);
  assert.equal((await post({ resources: { users: { list: { path: '/users', base_url: 'https://127.0.0.1' } } } })).status, 201);
  assert.equal((await post({ label: 'no methods, no URL needed' })).status, 201);
  const created = await post({ base_url: 'http://127.0.0.1:9', resources: RESOURCES });
  const patched = await call(server, 'PATCH', `/integration/${created.body.id}`, {
    body: { version: created.body.version, config: { base_url: 'gopher://127.0.0.1' } },
  });
  assert.equal(patched.status, 400);
  assert.deepEqual(failures(patched), ['config.base_url']);
});

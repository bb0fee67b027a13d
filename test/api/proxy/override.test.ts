import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { connect, createIntegration } from './fixtures.js';

/** A loopback API answering `GET /users` with its own name, so a test can tell which one was called. */
function namedUpstream(name: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ users: [{ id: 1, from: name, path: request.url }] }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

let server: TestServer;
let upstreams: { server: Server; url: string }[];
before(async () => {
  server = await startTestServer();
  upstreams = [await namedUpstream('integration'), await namedUpstream('override')];
});
after(async () => {
  for (const u of upstreams) u.server.close();
  await server.close();
});

test("an environment's install override is merged over the integration's config for its accounts", async () => {
  const config = {
    base_url: upstreams[0].url,
    credentials: { format: 'api_key' },
    resources: { users: { list: { method: 'get', path: '/users', response_path: 'users' } } },
  };
  const integration = await createIntegration(server, config);
  const environmentToken = await server.token(['all.Application']);
  const account = await connect(server, integration.id, { api_key: 'k' });
  const envAccount = (
    await call(server, 'POST', '/integrated-account', {
      token: environmentToken,
      body: { integration_id: integration.id, context: { api_key: 'k' } },
    })
  ).body.id as string;

  const before = await call(server, 'GET', `/proxy/users?integrated_account_id=${envAccount}`, { token: environmentToken });
  assert.equal(before.status, 200, JSON.stringify(before.body));
  assert.equal(before.body.result[0].from, 'integration');

  const install = await call(server, 'POST', '/environment-integration', {
    token: environmentToken,
    body: { integration_id: integration.id, override: { base_url: upstreams[1].url } },
  });
  assert.ok([200, 201].includes(install.status), JSON.stringify(install.body));
  const overridden = await call(server, 'GET', `/proxy/users?integrated_account_id=${envAccount}`, { token: environmentToken });
  assert.equal(overridden.body.result[0].from, 'override');
  // Seen as an integrator.io connection, the account shows the base URI it is called at.
  const asConnection = await call(server, 'GET', `/v1/connections/${envAccount}`, { token: environmentToken });
  assert.equal(asConnection.body.http.baseURI, upstreams[1].url);
  assert.equal((await call(server, 'GET', `/v1/connections/${account}`)).body.http.baseURI, upstreams[0].url);

  // An organization-level account belongs to no environment: the integration's own config applies.
  assert.equal((await call(server, 'GET', `/proxy/users?integrated_account_id=${account}`)).body.result[0].from, 'integration');

  await call(server, 'PATCH', `/environment-integration/${install.body.id}`, { token: environmentToken, body: { is_enabled: false } });
  const disabled = await call(server, 'GET', `/proxy/users?integrated_account_id=${envAccount}`, { token: environmentToken });
  assert.equal(disabled.body.result[0].from, 'integration', 'a disabled install contributes no override');
});

test('a change to the integration or the install on another node is seen by the next proxied call', async () => {
  const other = await startTestServer({ sameStoreAs: server });
  try {
    const config = {
      base_url: upstreams[0].url,
      credentials: { format: 'api_key' },
      resources: { users: { list: { method: 'get', path: '/users', response_path: 'users' } } },
    };
    const integration = await createIntegration(server, config);
    const environmentToken = await server.token(['all.Application']);
    const account = (
      await call(server, 'POST', '/integrated-account', {
        token: environmentToken,
        body: { integration_id: integration.id, context: { api_key: 'k' } },
      })
    ).body.id as string;
    const from = async () => {
      const reply = await call(other, 'GET', `/proxy/users?integrated_account_id=${account}`, { token: environmentToken });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      return reply.body.result[0].from as string;
    };
    assert.equal(await from(), 'integration');
    assert.equal(await from(), 'integration');

    const patched = await call(server, 'PATCH', `/integration/${integration.id}`, {
      body: { version: integration.version, config: { base_url: upstreams[1].url } },
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.equal(await from(), 'override', "the integration's new config");

    const install = await call(server, 'POST', '/environment-integration', {
      token: environmentToken,
      body: { integration_id: integration.id, override: { base_url: upstreams[0].url } },
    });
    assert.ok([200, 201].includes(install.status), JSON.stringify(install.body));
    assert.equal(await from(), 'integration', "the new install's override");
    await call(server, 'PATCH', `/environment-integration/${install.body.id}`, { token: environmentToken, body: { is_enabled: false } });
    assert.equal(await from(), 'override', 'the disabled install contributes no override');
  } finally {
    await other.close();
  }
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { connect, createIntegration } from './fixtures.js';

let server: TestServer;
let integrationId: string;

before(async () => {
  server = await startTestServer();
  integrationId = (await createIntegration(server, { base_url: 'http://127.0.0.1:9', resources: { me: { get: { path: '/me' } } } })).id;
});
after(() => server.close());

// The account PATCH is a JSON merge patch (RFC 7396), the same merge as the Truto integration PATCH.
test('PATCH context: null removes a key at any depth, also inside an object the account did not have', async () => {
  const account = await connect(server, integrationId, { region: 'us', nested: { keep: 1, drop: 2 } });
  const patched = await call(server, 'PATCH', `/integrated-account/${account}`, {
    body: { context: { region: null, nested: { drop: null }, added: { gone: null, kept: 2 } } },
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.deepEqual(patched.body.context, { nested: { keep: 1 }, added: { kept: 2 } });
  assert.deepEqual((await call(server, 'GET', `/integrated-account/${account}`)).body.context, patched.body.context);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, failedPaths, SMALL_CONFIG } from './fixtures.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

// One spelling for every detail path, whichever check failed: `body.x`, `querystring.x`, `config.a[0].b`.
test('schema failures name their field as body.… and querystring.…, like the service checks do', async () => {
  const noName = await call(server, 'POST', '/integration', { body: { config: SMALL_CONFIG } });
  assertTrutoError(noName, 400, 'Bad Request');
  assert.deepEqual(failedPaths(noName), ['body.name']);
  const badLimit = await call(server, 'GET', '/integration?limit=0');
  assertTrutoError(badLimit, 400, 'Bad Request');
  assert.deepEqual(failedPaths(badLimit), ['querystring.limit']);
  const badAccount = await call(server, 'POST', '/integrated-account', { body: { context: {} } });
  assertTrutoError(badAccount, 400, 'Bad Request');
  assert.deepEqual(failedPaths(badAccount), ['body.integration_id']);
});

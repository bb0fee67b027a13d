import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const logLines: string[] = [];
let server: TestServer;
before(async () => {
  server = await startTestServer({ logLines });
});
after(() => server.close());

test('a safe client request id is echoed and logged as sent', async () => {
  const reply = await call(server, 'GET', '/health', { headers: { 'x-request-id': 'client-id:42' } });
  assert.equal(reply.headers['x-request-id'], 'client-id:42');
  assert.ok(logLines.some((line) => JSON.parse(line).reqId === 'client-id:42'));
});

test('an over-long or JSON request id is neither echoed nor logged: a generated one stands for it', async () => {
  const long = 'x'.repeat(5000);
  const json = '{"user":"admin","level":"fatal"}';
  for (const sent of [long, json]) {
    logLines.length = 0;
    const reply = await call(server, 'GET', `/applications/${server.tenant.applicationId}/integrations`, {
      headers: { 'x-request-id': sent },
    });
    assert.equal(reply.status, 200);
    const echoed = String(reply.headers['x-request-id']);
    assert.match(echoed, UUID);
    assert.ok(logLines.length > 0);
    assert.equal(logLines.join('\n').includes(sent), false, 'the sent id is not in the logs');
    assert.equal(logLines.join('\n').includes(JSON.stringify(sent).slice(1, -1)), false, 'nor in its escaped form');
    assert.ok(logLines.every((line) => JSON.parse(line).reqId === echoed));
  }
});

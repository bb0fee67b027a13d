/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createEgress } from '../../../src/runtime/egress/egress-agent.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { FAST_WEBHOOKS, startSink, subscribe, until } from '../../helpers/webhooks.js';
import { connect, createIntegration } from '../proxy/fixtures.js';
import { assertTrutoError } from './fixtures.js';

// Webhook deliveries leave through the egress policy: a target named by a host that resolves to loopback
// passes the save-time check (only literal addresses are refused there) and is refused at connect time.
const API_KEY = { base_url: 'http://localhost:9', credentials: { format: 'api_key', config: { fields: [] } }, webhook: {} };

let strict: TestServer;
let allowing: TestServer;

before(async () => {
  strict = await startTestServer({ runtime: { ...FAST_WEBHOOKS, egress: createEgress() } });
  allowing = await startTestServer({ runtime: FAST_WEBHOOKS });
  for (const server of [strict, allowing]) {
    server.tenant.token = await server.token(['all.Application']);
    await server.core.start();
  }
});
after(async () => {
  await strict?.close();
  await allowing?.close();
});

test('under the default policy a webhook target on loopback by host name is refused, and the sink sees nothing', async () => {
  const sink = await startSink();
  try {
    const target = `${sink.url.replace('127.0.0.1', 'localhost')}/hook`;
    const hook = await subscribe(strict, strict.tenant.token, target, ['integrated_account:*']);
    const tested = await call(strict, 'POST', '/webhook/test', { body: { id: hook.id } });
    assertTrutoError(tested, 400, 'Bad Request');
    assert.match(tested.body.message, /does not connect to localhost.*loopback address.*EGRESS_ALLOW/);

    // A real event: every attempt is refused, each in the delivery log with the reason.
    const integration = await createIntegration(strict, API_KEY);
    await connect(strict, integration.id, { api_key: 'k' });
    const log = await until(async () => {
      const reply = await call(strict, 'GET', `/log?log_type=webhook&webhook_id=${hook.id}`);
      return reply.body.result?.length >= 3 ? reply.body.result : null;
    }, 'three refused attempts');
    for (const attempt of log) assert.match(attempt.error, /does not connect to localhost/);
    assert.equal(sink.seen.length, 0, 'nothing reached the refused target');
  } finally {
    await sink.close();
  }
});

test('with EGRESS_ALLOW covering loopback the same target is delivered to', async () => {
  const sink = await startSink();
  try {
    const hook = await subscribe(allowing, allowing.tenant.token, `${sink.url.replace('127.0.0.1', 'localhost')}/hook`, ['*']);
    assert.deepEqual((await call(allowing, 'POST', '/webhook/test', { body: { id: hook.id } })).body, { success: true });
    assert.equal(sink.seen.length, 1);
  } finally {
    await sink.close();
  }
});

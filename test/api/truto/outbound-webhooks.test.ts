/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json } from '../../helpers/upstream.js';
import { FAST_WEBHOOKS, postInbound, signedWith, startSink, subscribe, until } from '../../helpers/webhooks.js';
import { connect, createIntegration } from '../proxy/fixtures.js';
import { assertTrutoError } from './fixtures.js';

const API_KEY = { base_url: 'http://127.0.0.1:9', credentials: { format: 'api_key', config: { fields: [] } }, webhook: {} };

describe('Truto outbound webhooks', () => {
  let server: TestServer;
  let token: string;

  before(async () => {
    server = await startTestServer({
      runtime: { ...FAST_WEBHOOKS, deliveries: { ...FAST_WEBHOOKS.deliveries, failureWindowMs: 60_000 } },
    });
    token = await server.token(['all.Application']);
    server.tenant.token = token;
    await server.core.start();
  });
  after(() => server.close());

  test('CRUD: the secret only on create, Truto paging and error shapes, scopes', async () => {
    const created = await call(server, 'POST', '/webhook', {
      body: { target_url: 'http://127.0.0.1:9/hook', event_types: ['integrated_account:*'] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.secret, /^[a-f0-9]{64}$/);
    assert.equal(created.body.is_active, true);
    assert.deepEqual(created.body.event_types, ['integrated_account:*']);
    for (const key of ['id', 'target_url', 'created_at', 'updated_at']) assert.ok(key in created.body, key);
    const got = await call(server, 'GET', `/webhook/${created.body.id}`);
    assert.equal(got.status, 200);
    assert.equal(got.body.secret, undefined, 'the secret is shown once');
    await call(server, 'POST', '/webhook', { body: { target_url: 'http://127.0.0.1:9/two', event_types: ['*'] } });
    const page1 = await call(server, 'GET', '/webhook?limit=1');
    assert.equal(page1.body.result.length, 1);
    assert.equal(page1.body.limit, 1);
    assert.ok(page1.body.next_cursor);
    const page2 = await call(server, 'GET', `/webhook?limit=1&next_cursor=${page1.body.next_cursor}`);
    assert.notEqual(page2.body.result[0].id, page1.body.result[0].id);
    const patched = await call(server, 'PATCH', `/webhook/${created.body.id}`, { body: { is_active: false, event_types: ['job:failed'] } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.is_active, false);
    assert.deepEqual(patched.body.event_types, ['job:failed']);
    assertTrutoError(
      await call(server, 'POST', '/webhook', { body: { target_url: 'ftp://127.0.0.1/x', event_types: ['*'] } }),
      400,
      'Bad Request',
    );
    assertTrutoError(
      await call(server, 'POST', '/webhook', { body: { target_url: 'http://127.0.0.1/x', event_types: ['a*b'] } }),
      400,
      'Bad Request',
    );
    assertTrutoError(await call(server, 'POST', '/webhook', { body: { target_url: 'http://127.0.0.1/x' } }), 400, 'Bad Request');
    // A literal address the egress policy refuses is refused when saved (nothing is ever sent there).
    const refused = await call(server, 'POST', '/webhook', { body: { target_url: 'http://10.0.0.1/x', event_types: ['*'] } });
    assertTrutoError(refused, 400, 'Bad Request');
    assert.equal(refused.body.details.failures[0].path, 'body.target_url');
    const patchRefused = await call(server, 'PATCH', `/webhook/${created.body.id}`, { body: { target_url: 'http://[fe80::1]/x' } });
    assertTrutoError(patchRefused, 400, 'Bad Request');
    assertTrutoError(await call(server, 'GET', '/webhook/5f0000000000000000000000'), 404, 'Not Found');
    const reader = await server.token(['webhooks.get']);
    assert.equal((await call(server, 'GET', '/webhook', { token: reader })).status, 200);
    assertTrutoError(
      await call(server, 'POST', '/webhook', { token: reader, body: { target_url: 'http://127.0.0.1/x', event_types: ['*'] } }),
      403,
      'Forbidden',
    );
    assertTrutoError(await call(server, 'GET', '/webhook', { token: null }), 401, 'Unauthorized');
    // Another environment's token sees none of them.
    const other = await server.core.applications.create({ principal: null, source: 'system' }, server.tenant.organizationId, {
      name: 'other env',
    });
    const otherToken = await server.token(['all.Application'], other.id);
    assertTrutoError(await call(server, 'GET', `/webhook/${created.body.id}`, { token: otherToken }), 404, 'Not Found');
    const deleted = await call(server, 'DELETE', `/webhook/${created.body.id}`);
    assert.deepEqual(deleted.body, { id: created.body.id });
    assertTrutoError(await call(server, 'GET', `/webhook/${created.body.id}`), 404, 'Not Found');
  });

  test("Junction's own events and an inbound webhook reach a loopback sink, signed with the returned secret", async () => {
    const sink = await startSink();
    try {
      const hook = await subscribe(server, token, `${sink.url}/events`, ['integrated_account:*', 'environment_integration:*', 'record:*']);
      const integration = await createIntegration(server, API_KEY);
      const install = await call(server, 'POST', '/environment-integration', { body: { integration_id: integration.id } });
      const account = await connect(server, integration.id, { api_key: 'k' });
      assert.equal((await postInbound(server, `/integrated-account-webhook/${account}`, '{"hello":"world"}')).status, 200);
      assert.equal((await call(server, 'DELETE', `/integrated-account/${account}`)).status, 200);
      assert.equal((await call(server, 'DELETE', `/environment-integration/${install.body.id}`)).status, 200);
      const expected = [
        'environment_integration:created',
        'integrated_account:created',
        'integrated_account:active',
        'record:unknown',
        'integrated_account:deleted',
        'environment_integration:deleted',
      ];
      await until(() => sink.seen.length >= expected.length, 'six deliveries');
      const events = sink.events();
      // One account's events arrive in their order.
      const ofAccount = events.filter((e) => e.event.startsWith('integrated_account:') || e.event.startsWith('record:'));
      assert.deepEqual(
        ofAccount.map((e) => e.event),
        expected.filter((e) => !e.startsWith('environment_integration')),
      );
      assert.deepEqual(events.map((e) => e.event).sort(), [...expected].sort());
      for (const seen of sink.seen) {
        assert.ok(signedWith(seen, hook.secret), 'X-Truto-Signature is the HMAC-SHA256 of the raw body');
        assert.equal(seen.headers['user-agent'], 'truto');
        assert.equal(seen.url.pathname, '/events');
      }
      const record = events.find((e) => e.event === 'record:unknown');
      assert.deepEqual(Object.keys(record).sort(), ['created_at', 'environment_id', 'event', 'id', 'payload', 'webhook_id']);
      assert.equal(record.webhook_id, hook.id);
      assert.equal(record.environment_id, server.tenant.applicationId);
      assert.deepEqual(record.payload.raw, { hello: 'world' });
      const created = events.find((e) => e.event === 'integrated_account:created');
      assert.equal(created.payload.id, account);
      assert.equal(created.payload.context, undefined, 'no credentials in events');
      // A wrong secret does not verify.
      assert.ok(!signedWith(sink.seen[0], 'not-the-secret'));
      await call(server, 'DELETE', `/webhook/${hook.id}`);
    } finally {
      await sink.close();
    }
  });

  test('status changes make their events: a failed ping authentication_error, a good one active, a refused refresh reauth_required', async () => {
    const { streamEvents } = await import('../../../src/store/repositories/events.js');
    const oauth = {
      base_url: 'http://127.0.0.1:9',
      credentials: { format: 'oauth2', config: { client: { id: 'c', secret: 's' }, auth: { tokenHost: 'http://127.0.0.1:9' } } },
    };
    const integration = await createIntegration(server, oauth);
    const account = await connect(server, integration.id, { oauth: { token: { access_token: 'a', refresh_token: 'r' } } });
    const system = { principal: null, source: 'system' as const };
    await server.core.integratedAccounts.markPinged(system, account, false);
    await server.core.integratedAccounts.markPinged(system, account, true);
    await server.core.integratedAccounts.update(system, account, (current) => ({
      ...current.context,
      oauth: { ...(current.context.oauth as object), needs_reauth: true },
    }));
    const types = (await streamEvents(server.core.store.db, account)).map((e) => e.event_type);
    assert.deepEqual(types, [
      'integrated_account:created',
      'integrated_account:active',
      'integrated_account:authentication_error',
      'integrated_account:active',
      'integrated_account:reauth_required',
    ]);
  });

  test('a sink failing twice, then answering: delivered once, on the 3rd attempt; every attempt is in the log', async () => {
    let calls = 0;
    const sink = await startSink((_q, r) => (++calls <= 2 ? json(r, 503, { down: true }) : json(r, 200, {})));
    try {
      const since = new Date().toISOString();
      const hook = await subscribe(server, token, sink.url, ['record:*']);
      const integration = await createIntegration(server, API_KEY);
      const account = await connect(server, integration.id, { api_key: 'k' });
      await postInbound(server, `/integrated-account-webhook/${account}`, '{"n":1}');
      await until(() => calls >= 3, 'three attempts');
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(calls, 3, 'no attempt after the one that succeeded');
      const ids = sink.events().map((e) => e.id);
      assert.equal(new Set(ids).size, 1, 'every attempt carries the same event id');
      const log: any = await until(async () => {
        const reply = await call(server, 'GET', `/log?log_type=webhook&webhook_id=${hook.id}&created_at[gte]=${since}`);
        return reply.body.result?.length === 3 ? reply : null;
      }, 'three log rows');
      assert.deepEqual(
        log.body.result.map((a: any) => [a.attempt, a.status]),
        [
          [1, 503],
          [2, 503],
          [3, 200],
        ],
      );
      assert.ok(log.body.result[0].error.includes('503'));
      assert.equal(log.body.result[2].error, null);
      for (const row of log.body.result) assert.ok(Number.isInteger(row.latency_ms) && row.latency_ms >= 0);
      const later = await call(
        server,
        'GET',
        `/log?log_type=webhook&webhook_id=${hook.id}&created_at[gte]=${new Date(Date.now() + 60_000).toISOString()}`,
      );
      assert.equal(later.body.result.length, 0, 'the time filter applies');
      assertTrutoError(await call(server, 'GET', '/log?log_type=call'), 400, 'Bad Request');
      assert.equal((await call(server, 'GET', `/webhook/${hook.id}`)).body.is_active, true);
      await call(server, 'DELETE', `/webhook/${hook.id}`);
    } finally {
      await sink.close();
    }
  });

  test('POST /webhook/test: {success: true}, or the failure', async () => {
    const sink = await startSink();
    try {
      const hook = await subscribe(server, token, sink.url, ['record:*']);
      const reply = await call(server, 'POST', '/webhook/test', { body: { id: hook.id } });
      assert.deepEqual(reply.body, { success: true });
      assert.equal(sink.events()[0].event, 'webhook:test');
      assert.ok(signedWith(sink.seen[0], hook.secret));
      sink.handle((_q, r) => json(r, 500, {}));
      const failed = await call(server, 'POST', '/webhook/test', { body: { id: hook.id } });
      assertTrutoError(failed, 400, 'Bad Request');
      assert.match(failed.body.message, /500/);
      assertTrutoError(await call(server, 'POST', '/webhook/test', { body: { id: '5f0000000000000000000000' } }), 404, 'Not Found');
      await call(server, 'DELETE', `/webhook/${hook.id}`);
    } finally {
      await sink.close();
    }
  });
});

describe('Truto outbound webhooks: an endpoint that keeps failing', () => {
  test('is switched off (is_active: false) once it has failed for longer than the window; nothing more is sent', async () => {
    const server = await startTestServer({
      runtime: { ...FAST_WEBHOOKS, deliveries: { ...FAST_WEBHOOKS.deliveries, failureWindowMs: 150 } },
    });
    const sink = await startSink((_q, r) => json(r, 500, {}));
    try {
      const token = await server.token(['all.Application']);
      server.tenant.token = token;
      await server.core.start();
      const hook = await subscribe(server, token, sink.url, ['record:*']);
      const integration = await createIntegration(server, API_KEY);
      const account = await connect(server, integration.id, { api_key: 'k' });
      for (let i = 0; i < 3; i++) await postInbound(server, `/integrated-account-webhook/${account}`, JSON.stringify({ i }));
      await until(async () => (await call(server, 'GET', `/webhook/${hook.id}`)).body.is_active === false, 'the webhook switched off');
      const sent = sink.seen.length;
      await postInbound(server, `/integrated-account-webhook/${account}`, '{"after":true}');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(sink.seen.length, sent, 'an inactive webhook gets nothing');
      const signature = createHmac('sha256', hook.secret).update(sink.seen[0].body).digest('hex');
      assert.equal(sink.seen[0].headers['x-truto-signature'], `format=sha256,v=${signature}`);
    } finally {
      await sink.close();
      await server.close();
    }
  });
});

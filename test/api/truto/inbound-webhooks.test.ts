/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import type { JsonObject } from '../../../src/lib/json.js';
import { streamEvents } from '../../../src/store/repositories/events.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { FAST_WEBHOOKS, postInbound } from '../../helpers/webhooks.js';
import { connect, createIntegration } from '../proxy/fixtures.js';
import { assertTrutoError, SEED_CONFIG } from './fixtures.js';

const hmacHex = (alg: string, key: string, data: string) => createHmac(alg, key).update(data).digest('hex');

describe('Truto inbound webhooks', () => {
  let server: TestServer;
  let token: string;
  let jwks: Upstream;
  let rsa: Awaited<ReturnType<typeof generateKeyPair>>;

  /** An integration with this webhook block and one connected account; returns the account id. */
  async function accountWith(webhook: JsonObject, context: JsonObject = { api_key: 'k' }) {
    const integration = await createIntegration(server, {
      base_url: 'http://127.0.0.1:9',
      credentials: { format: 'api_key', config: { fields: [] } },
      webhook,
    });
    return connect(server, integration.id, context);
  }

  const events = async (accountId: string) =>
    (await streamEvents(server.core.store.db, accountId)).filter((e) => e.event_type.startsWith('record:'));
  const path = (id: string) => `/integrated-account-webhook/${id}`;

  before(async () => {
    server = await startTestServer({ runtime: { ...FAST_WEBHOOKS, inbound: { perSecond: 1_000, burst: 1_000 } } });
    token = await server.token(['all.Application']);
    server.tenant.token = token;
    rsa = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = await startUpstream((_q, r) => json(r, 200, { keys: [jwk] }));
  });
  after(async () => {
    await jwks.close();
    await server.close();
  });

  test("the seed's own webhook block: HMAC-SHA256 over the body in x-signature; a bad signature is 401 and stores nothing", async () => {
    const id = await accountWith(SEED_CONFIG.webhook as JsonObject);
    const raw = '{"event":"contact.created","id":"c1"}';
    const good = await postInbound(server, path(id), raw, { 'x-signature': hmacHex('sha256', 'your-webhook-secret', raw) });
    assert.equal(good.status, 200, JSON.stringify(good.body));
    assert.deepEqual(good.body, { success: true });
    const stored = await events(id);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].event_type, 'record:unknown');
    assert.deepEqual(JSON.parse(stored[0].payload).raw, { event: 'contact.created', id: 'c1' });

    const bad = await postInbound(server, path(id), raw, { 'x-signature': hmacHex('sha256', 'other', raw) });
    assertTrutoError(bad, 401, 'Unauthorized');
    // The same signature over a re-serialised body (a space added) does not pass either: the raw bytes count.
    const reserialised = await postInbound(server, path(id), '{"event": "contact.created","id":"c1"}', {
      'x-signature': hmacHex('sha256', 'your-webhook-secret', raw),
    });
    assert.equal(reserialised.status, 401);
    assert.equal((await events(id)).length, 1, 'nothing stored for refused requests');
  });

  test('hmac: sha1/sha512, header + body parts with a separator, base64, compare_with; replayed and stale timestamps refused', async () => {
    const id = await accountWith(
      {
        signature_verification: {
          format: 'hmac',
          config: {
            algorithm: 'sha512',
            secret: '{{context.webhook_secret}}',
            parts: ['v0', '$header.x-timestamp', '$body'],
            separator: ':',
            compare_with: '$header.x-sig',
            string_type: 'base64',
          },
        },
      },
      { api_key: 'k', webhook_secret: 'per-account-secret' },
    );
    const raw = '{"n":1}';
    const sign = (ts: string, body = raw, key = 'per-account-secret') =>
      createHmac('sha512', key).update(`v0:${ts}:${body}`).digest('base64');
    const now = String(Math.floor(Date.now() / 1000));
    assert.equal((await postInbound(server, path(id), raw, { 'x-timestamp': now, 'x-sig': sign(now) })).status, 200);
    // The same signed request again: a replay.
    assert.equal((await postInbound(server, path(id), raw, { 'x-timestamp': now, 'x-sig': sign(now) })).status, 401);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    assertTrutoError(await postInbound(server, path(id), raw, { 'x-timestamp': old, 'x-sig': sign(old) }), 401, 'Unauthorized');
    assert.equal((await postInbound(server, path(id), raw, { 'x-timestamp': now, 'x-sig': sign(now, raw, 'wrong') })).status, 401);
    assert.equal((await postInbound(server, path(id), raw, { 'x-sig': sign(now) })).status, 401, 'a missing signed header fails');
    assert.equal((await events(id)).length, 1);

    const sha1 = await accountWith({
      signature_verification: { format: 'hmac', config: { algorithm: 'sha1', secret: 's', compare_with: '$header.x-hub-signature' } },
    });
    assert.equal((await postInbound(server, path(sha1), raw, { 'x-hub-signature': `sha1=${hmacHex('sha1', 's', raw)}` })).status, 200);
    assert.equal((await postInbound(server, path(sha1), raw, { 'x-hub-signature': `sha1=${hmacHex('sha256', 's', raw)}` })).status, 401);
  });

  test('basic and bearer', async () => {
    const basic = await accountWith({ signature_verification: { format: 'basic', config: { username: 'u', password: 'p:w' } } });
    const auth = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
    assert.equal((await postInbound(server, path(basic), '{}', { authorization: auth('u', 'p:w') })).status, 200);
    assert.equal((await postInbound(server, path(basic), '{}', { authorization: auth('u', 'p') })).status, 401);
    assert.equal((await postInbound(server, path(basic), '{}')).status, 401);

    const bearer = await accountWith({ signature_verification: { format: 'bearer', config: { token: 't0ken' } } });
    assert.equal((await postInbound(server, path(bearer), '{}', { authorization: 'Bearer t0ken' })).status, 200);
    assert.equal((await postInbound(server, path(bearer), '{}', { authorization: 'Bearer t0ke' })).status, 401);
    assert.equal((await events(basic)).length + (await events(bearer)).length, 2);
  });

  test('jwt: HS256 with a secret, RS256 with a public key and with a JWKS URL', async () => {
    const hs = await accountWith({
      signature_verification: { format: 'jwt', config: { algorithm: 'HS256', secret: 'jwt-secret', issuer: 'provider' } },
    });
    const hsToken = (key: string, iss = 'provider') =>
      new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(iss).setExpirationTime('5m').sign(new TextEncoder().encode(key));
    assert.equal((await postInbound(server, path(hs), '{}', { authorization: `Bearer ${await hsToken('jwt-secret')}` })).status, 200);
    assert.equal((await postInbound(server, path(hs), '{}', { authorization: `Bearer ${await hsToken('other')}` })).status, 401);
    assert.equal((await postInbound(server, path(hs), '{}', { authorization: `Bearer ${await hsToken('jwt-secret', 'x')}` })).status, 401);

    const rsToken = (key = rsa.privateKey) =>
      new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setExpirationTime('5m').sign(key);
    const pem = await accountWith({
      signature_verification: { format: 'jwt', config: { algorithm: 'RS256', public_key: await exportSPKI(rsa.publicKey) } },
    });
    assert.equal((await postInbound(server, path(pem), '{}', { authorization: `Bearer ${await rsToken()}` })).status, 200);
    const stranger = await generateKeyPair('RS256');
    assert.equal(
      (await postInbound(server, path(pem), '{}', { authorization: `Bearer ${await rsToken(stranger.privateKey)}` })).status,
      401,
    );

    const remote = await accountWith({
      signature_verification: { format: 'jwt', config: { algorithm: 'RS256', jwks_url: `${jwks.url}/jwks.json` } },
    });
    assert.equal((await postInbound(server, path(remote), '{}', { authorization: `Bearer ${await rsToken()}` })).status, 200);
    assert.equal(
      (await postInbound(server, path(remote), '{}', { authorization: `Bearer ${await rsToken(stranger.privateKey)}` })).status,
      401,
    );
    assert.ok(jwks.seen.length >= 1, 'the key set was fetched from the JWKS URL');
    assert.equal((await events(hs)).length + (await events(pem)).length + (await events(remote)).length, 3);
  });

  test('handle_verification answers a challenge first, and no event is made', async () => {
    const id = await accountWith({
      handle_verification: `$exists(body.challenge) ? {"statusCode": 200, "body": {"challenge": body.challenge}} : null`,
      signature_verification: { format: 'bearer', config: { token: 'x' } },
    });
    const reply = await postInbound(server, path(id), '{"type":"url_verification","challenge":"abc"}');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { challenge: 'abc' });
    assert.equal((await events(id)).length, 0);
    // Not a challenge: the verification applies.
    assert.equal((await postInbound(server, path(id), '{"type":"event"}')).status, 401);
  });

  test('payload_transform fans one payload out to several record events, in order', async () => {
    const id = await accountWith({
      payload_transform: `body.changes.{"event_type": action, "resource_type": "contacts", "resource_id": id, "raw": $}`,
    });
    const raw = JSON.stringify({
      changes: [
        { action: 'created', id: 'a' },
        { action: 'updated', id: 'b' },
        { action: 'deleted', id: 'c' },
      ],
    });
    assert.equal((await postInbound(server, path(id), raw)).status, 200);
    const stored = await events(id);
    assert.deepEqual(
      stored.map((e) => e.event_type),
      ['record:created', 'record:updated', 'record:deleted'],
    );
    assert.deepEqual(
      stored.map((e) => e.seq),
      [stored[0].seq, stored[0].seq + 1, stored[0].seq + 2],
    );
    const payload = JSON.parse(stored[1].payload);
    assert.equal(payload.integrated_account_id, id);
    assert.equal(payload.resource_type, 'contacts');
    assert.equal(payload.resource_id, 'b');
    assert.deepEqual(payload.raw, { action: 'updated', id: 'b' });
  });

  test('the environment-integration route: the install override’s webhook applies; events name the account the payload points at', async () => {
    const integration = await createIntegration(server, {
      base_url: 'http://127.0.0.1:9',
      credentials: { format: 'api_key', config: { fields: [] } },
    });
    const install = await call(server, 'POST', '/environment-integration', {
      body: {
        integration_id: integration.id,
        override: {
          webhook: {
            signature_verification: { format: 'bearer', config: { token: 'install-token' } },
            payload_transform: `{"event_type": body.kind, "integrated_account_id": body.account}`,
          },
        },
      },
    });
    assert.equal(install.status, 201, JSON.stringify(install.body));
    const account = await connect(server, integration.id, { api_key: 'k' });
    const url = `/environment-integration-webhook/${install.body.id}`;
    assert.equal((await postInbound(server, url, JSON.stringify({ kind: 'synced', account }))).status, 401);
    const ok = await postInbound(server, url, JSON.stringify({ kind: 'synced', account }), { authorization: 'Bearer install-token' });
    assert.equal(ok.status, 200);
    const stored = await events(account);
    assert.deepEqual(
      stored.map((e) => e.event_type),
      ['record:synced'],
    );
    assert.equal(JSON.parse(stored[0].payload).environment_integration_id, install.body.id);
    assertTrutoError(await postInbound(server, '/environment-integration-webhook/5f0000000000000000000000', '{}'), 404, 'Not Found');
  });

  test('unknown account 404, no webhook config 404, broken JSON 400, too large 413 — all in the Truto shape', async () => {
    assertTrutoError(await postInbound(server, path('5f0000000000000000000000'), '{}'), 404, 'Not Found');
    const integration = await createIntegration(server, {
      base_url: 'http://127.0.0.1:9',
      credentials: { format: 'api_key', config: { fields: [] } },
    });
    const none = await connect(server, integration.id, { api_key: 'k' });
    assertTrutoError(await postInbound(server, path(none), '{}'), 404, 'Not Found');
    const id = await accountWith({});
    assertTrutoError(await postInbound(server, path(id), '{"a":'), 400, 'Bad Request');
    const big = await postInbound(server, path(id), JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) }));
    assertTrutoError(big, 413, 'Payload Too Large');
  });
});

describe('Truto inbound webhooks: the per-account rate limit', () => {
  test('an account past its burst gets 429 (another account does not)', async () => {
    const server = await startTestServer({ runtime: { ...FAST_WEBHOOKS, inbound: { perSecond: 1, burst: 3 } } });
    try {
      server.tenant.token = await server.token(['all.Application']);
      const integration = await createIntegration(server, {
        base_url: 'http://127.0.0.1:9',
        credentials: { format: 'api_key', config: { fields: [] } },
        webhook: {},
      });
      const a = await connect(server, integration.id, { api_key: 'k' });
      const b = await connect(server, integration.id, { api_key: 'k' });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await postInbound(server, `/integrated-account-webhook/${a}`, '{}')).status);
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      assertTrutoError(await postInbound(server, `/integrated-account-webhook/${a}`, '{}'), 429, 'Too Many Requests');
      assert.equal((await postInbound(server, `/integrated-account-webhook/${b}`, '{}')).status, 200);
    } finally {
      await server.close();
    }
  });
});

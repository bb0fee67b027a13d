import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { trutoCheckOf } from '../../../../src/core/truto/webhook-verification.js';
import { passes } from '../../../../src/runtime/events/verify.js';

const request = (raw: string, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  raw: Buffer.from(raw),
  contentType: 'application/json',
  headers,
  query: { q: '1' },
});

test("the seed's HMAC-SHA256 form: algorithm sha256 over the body, signature in x-signature", async () => {
  const raw = '{"a":1}';
  const sig = createHmac('sha256', 's').update(raw).digest('hex');
  const config = { format: 'HMAC-SHA256', config: { secret: 's', algorithm: 'sha256', parts: ['header', 'body'] } };
  assert.ok(await passes(trutoCheckOf(config, request(raw, { 'x-signature': sig }), {}).check));
  assert.ok(!(await passes(trutoCheckOf(config, request(raw, { 'x-signature': sig.slice(1) }), {}).check)));
  // The format's suffix names the algorithm when config does not.
  const sha1 = { format: 'hmac-sha1', config: { secret: 's' } };
  assert.equal((trutoCheckOf(sha1, request(raw), {}).check as { algorithm: string }).algorithm, 'sha1');
});

test('parts: literal text, headers, query and body paths joined by the separator; the timestamp part is reported', () => {
  const raw = '{"id":"x"}';
  const out = trutoCheckOf(
    { format: 'hmac', config: { secret: 's', parts: ['v0', '$header.x-timestamp', '$query.q', '$body.id', '$body'], separator: ':' } },
    request(raw, { 'x-timestamp': '123' }),
    { id: 'x' },
  );
  assert.equal((out.check as { signed: Buffer }).signed.toString(), `v0:123:1:x:${raw}`);
  assert.equal(out.timestamp, '123');
});

test('unusable configs are refused as 401, not run', () => {
  assert.throws(() => trutoCheckOf({ format: 'md5' }, request('{}'), {}), { code: 'unauthorized' });
  assert.throws(() => trutoCheckOf({ format: 'hmac', config: { algorithm: 'md5' } }, request('{}'), {}), { code: 'unauthorized' });
  assert.throws(() => trutoCheckOf({ format: 'jwt', config: { algorithm: 'RS256' } }, request('{}'), {}), { code: 'unauthorized' });
});

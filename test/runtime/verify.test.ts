import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { safeEqual, verifyBasic, verifyHmac, verifyToken } from '../../src/runtime/events/verify.js';

test('HMAC over the raw body: every algorithm, hex (any case, with or without a prefix) and base64', () => {
  const raw = Buffer.from('{"a":1}');
  for (const algorithm of ['sha1', 'sha256', 'sha384', 'sha512'] as const) {
    const hex = createHmac(algorithm, 'k').update(raw).digest('hex');
    assert.ok(verifyHmac(algorithm, 'k', raw, hex));
    assert.ok(verifyHmac(algorithm, 'k', raw, `${algorithm}=${hex.toUpperCase()}`));
    assert.ok(verifyHmac(algorithm, 'k', raw, createHmac(algorithm, 'k').update(raw).digest('base64'), 'base64'));
    assert.ok(!verifyHmac(algorithm, 'other', raw, hex));
    assert.ok(!verifyHmac(algorithm, 'k', Buffer.from('{"a": 1}'), hex));
    assert.ok(!verifyHmac(algorithm, 'k', raw, undefined));
  }
  assert.ok(!verifyHmac('sha256', '', raw, createHmac('sha256', '').update(raw).digest('hex')), 'no key, no pass');
});

test('basic, token and constant-time equality', () => {
  const basic = `Basic ${Buffer.from('user:pa:ss').toString('base64')}`;
  assert.ok(verifyBasic(basic, 'user', 'pa:ss'));
  assert.ok(!verifyBasic(basic, 'user', 'pa'));
  assert.ok(!verifyBasic(`Bearer x`, 'user', 'pa:ss'));
  assert.ok(!verifyBasic(`Basic ${Buffer.from(':').toString('base64')}`, '', ''));
  assert.ok(verifyToken('t0k', 't0k'));
  assert.ok(!verifyToken('t0', 't0k'));
  assert.ok(!verifyToken(undefined, 't0k'));
  assert.ok(!verifyToken('', ''));
  assert.ok(safeEqual('é', 'é'));
  assert.ok(!safeEqual('a', 'ab'));
});

test('the one inbound check, the delivery signature and the replay window', async () => {
  const { freshTimestamp, passes, signDelivery } = await import('../../src/runtime/events/verify.js');
  const raw = Buffer.from('{"a":1}');
  const sig = createHmac('sha256', 'k').update(raw).digest('hex');
  assert.ok(await passes({ kind: 'hmac', algorithm: 'sha256', key: 'k', signed: raw, signature: sig, encoding: 'hex' }));
  assert.ok(!(await passes({ kind: 'hmac', algorithm: 'md5' as never, key: 'k', signed: raw, signature: sig, encoding: 'hex' })));
  assert.ok(await passes({ kind: 'token', given: 't', expected: 't' }));
  assert.ok(!(await passes({ kind: 'jwt', token: 'not.a.jwt', key: { algorithm: 'HS256', secret: 's' } })));
  assert.ok(!(await passes({ kind: 'jwt', token: undefined, key: { algorithm: 'HS256', secret: 's' } })));
  assert.equal(signDelivery('secret', 'body'), createHmac('sha256', 'secret').update('body').digest('hex'));
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.ok(freshTimestamp(String(now / 1000), 1000, now));
  assert.ok(freshTimestamp(String(now - 500), 1000, now));
  assert.ok(freshTimestamp('2026-01-01T00:00:00.500Z', 1000, now));
  assert.ok(!freshTimestamp(String(now / 1000 - 5), 1000, now));
  assert.ok(!freshTimestamp('soon', 1000, now));
  assert.ok(!freshTimestamp(undefined, 1000, now));
});

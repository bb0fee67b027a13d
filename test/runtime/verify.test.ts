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

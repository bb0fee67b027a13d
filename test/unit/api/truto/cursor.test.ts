import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeCursor, listReply, parsePage } from '../../../../src/api/truto/cursor.js';
import { AppError } from '../../../../src/lib/errors.js';

const key = { createdAt: '2026-01-02T03:04:05.678Z', id: 'abcdefabcdefabcdefabcdef' };

test('a cursor this server encoded parses back to the same key', () => {
  assert.deepEqual(parsePage({ next_cursor: encodeCursor(key), limit: '5' }), { after: key, limit: 5 });
  assert.deepEqual(parsePage({ next_cursor: encodeCursor({ ...key, id: key.id.toUpperCase() }) }).after, key);
});

test('no limit is 100; 1 and 1000 are the bounds', () => {
  assert.deepEqual(parsePage({}), { after: null, limit: 100 });
  assert.deepEqual(parsePage({ limit: '' }), { after: null, limit: 100 });
  assert.equal(parsePage({ limit: '1' }).limit, 1);
  assert.equal(parsePage({ limit: '1000' }).limit, 1000);
  for (const limit of ['0', '1001', '2.5', 'x', '-1']) {
    assert.throws(
      () => parsePage({ limit }),
      (e: unknown) => e instanceof AppError && e.code === 'validation' && e.details?.[0].path === 'querystring.limit',
    );
  }
});

test('a cursor not made here is a validation error on querystring.next_cursor', () => {
  const forged = [
    'not-base64-json',
    Buffer.from('{"t":"yesterday","id":"abcdefabcdefabcdefabcdef"}').toString('base64url'),
    Buffer.from(JSON.stringify({ t: key.createdAt, id: 'short' })).toString('base64url'),
    Buffer.from('null').toString('base64url'),
  ];
  for (const next_cursor of forged) {
    assert.throws(
      () => parsePage({ next_cursor }),
      (e: unknown) => e instanceof AppError && e.details?.[0].path === 'querystring.next_cursor',
    );
  }
});

test('listReply answers Truto’s shape, next_cursor null on the last page', () => {
  assert.deepEqual(
    listReply({ items: [1, 2], next: key, limit: 2 }, (n) => n * 10),
    { result: [10, 20], next_cursor: encodeCursor(key), limit: 2 },
  );
  assert.equal(listReply({ items: [], next: null, limit: 2 }, (n) => n).next_cursor, null);
});

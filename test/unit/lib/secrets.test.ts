import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedSecrets, extractSecrets, restoreSecrets } from '../../../src/lib/secrets.js';

test('extractSecrets cuts secret-named strings out by JSON Pointer; restoreSecrets puts them back', () => {
  const doc = { name: 'n', auth: { password: 'p1', user: 'u' }, list: [{ token: 't' }], token: 5 };
  const { plain, secrets } = extractSecrets(doc);
  assert.deepEqual(secrets, { '/auth/password': 'p1', '/list/0/token': 't' });
  assert.deepEqual(plain, { name: 'n', auth: { user: 'u' }, list: [{}], token: 5 });
  assert.deepEqual(restoreSecrets(structuredClone(plain), secrets), doc);
});

test('changedSecrets lists added, removed and changed secrets as dotted paths, never equal ones', () => {
  const before = { '/a/password': 'x', '/b': 'same', '/gone': 'g' };
  const after = { '/a/password': 'y', '/b': 'same', '/new/token': 'n' };
  assert.deepEqual(changedSecrets(before, after), ['a.password', 'gone', 'new.token']);
  assert.deepEqual(changedSecrets(before, after, 'context'), ['context.a.password', 'context.gone', 'context.new.token']);
  assert.deepEqual(changedSecrets(after, after), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedSecrets, extractSecrets, keepMaskedSecrets, maskSecrets, REDACTED, restoreSecrets } from '../../../src/lib/secrets.js';

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

test('maskSecrets replaces every secret-named string, at any depth, and leaves the input alone', () => {
  const tree = { host: 'h', password: 'pw', nested: [{ client_secret: 'cs', id: 'x' }], token: 5 };
  assert.deepEqual(maskSecrets(tree), { host: 'h', password: REDACTED, nested: [{ client_secret: REDACTED, id: 'x' }], token: 5 });
  assert.equal(tree.password, 'pw');
});

test('keepMaskedSecrets puts the stored value back where the mask was sent', () => {
  const stored = { a: { password: 'old', apiKey: 'k1' } };
  const { tree, unmatched } = keepMaskedSecrets({ a: { password: REDACTED, apiKey: 'k2', user: 'u' } }, stored);
  assert.deepEqual(tree, { a: { password: 'old', apiKey: 'k2', user: 'u' } });
  assert.deepEqual(unmatched, []);
});

test('a mask with nothing stored at its place is reported and left out', () => {
  const { tree, unmatched } = keepMaskedSecrets({ b: { password: REDACTED }, c: 1 }, { a: { password: 'old' } });
  assert.deepEqual(tree, { b: {}, c: 1 });
  assert.deepEqual(unmatched, ['/b/password']);
});

test('without a mask the tree is returned as it is', () => {
  const next = { password: 'new' };
  assert.equal(keepMaskedSecrets(next, { password: 'old' }).tree, next);
});

test('a value that is only a placeholder is a reference, not a secret, and is shown', () => {
  assert.deepEqual(maskSecrets({ token: '{{oauth.token.access_token}}', secret: 'x{{a}}' }), {
    token: '{{oauth.token.access_token}}',
    secret: REDACTED,
  });
});

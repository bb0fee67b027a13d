import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTION_SCOPES, KNOWN_SCOPES, organizationScopes, scopesAllow, scopesCover, unknownScopes } from '../../../src/auth/scopes.js';

const ACTIONS = Object.keys(ACTION_SCOPES) as (keyof typeof ACTION_SCOPES)[];

test('a scope covers itself; the wider scopes cover the narrower ones of their kind', () => {
  for (const scope of KNOWN_SCOPES) assert.ok(scopesCover([scope], scope), scope);
  assert.ok(scopesCover(['integration.*'], 'integration.get'));
  assert.ok(scopesCover(['all.Application'], 'integration.*'));
  assert.ok(scopesCover(['all.Application'], 'all.Application.read'));
  assert.ok(scopesCover(['all.Organization'], 'all.Application'));
  assert.ok(scopesCover(['all.Organization.read'], 'all.Application.read'));
  assert.ok(scopesCover(['all.Application.read'], 'integrations.get'));
});

test('nothing covers more than it allows', () => {
  assert.equal(scopesCover(['all.Application'], 'all.Organization'), false);
  assert.equal(scopesCover(['all.Application'], 'applications.post'), false);
  assert.equal(scopesCover(['all.Application.read'], 'all.Application'), false);
  assert.equal(scopesCover(['all.Application.read'], 'integration.patch'), false);
  assert.equal(scopesCover(['all.Organization.read'], 'integration.*'), false);
  assert.equal(scopesCover(['integration.get'], 'integration.*'), false);
  assert.equal(scopesCover(['applicationApiTokens.post'], 'all.Application'), false);
  assert.equal(scopesCover(['applicationApiTokens.post'], 'applicationApiTokens.get'), false);
  assert.equal(scopesCover([], 'integration.get'), false);
});

test('the granted scopes together cover what each alone does not', () => {
  const each = ['integration.get', 'integration.patch', 'integration.delete', 'integration.put', 'integration.clone'];
  for (const one of each) assert.equal(scopesCover([one], 'integration.*'), false);
  assert.ok(scopesCover(each, 'integration.*'));
  assert.equal(scopesCover(each.slice(1), 'integration.*'), false);
});

test('unknown scopes neither cover nor are covered', () => {
  assert.equal(scopesCover(['all.Organization'], 'nope.nope'), false);
  assert.equal(scopesCover(['nope.nope'], 'nope.nope'), false);
  assert.equal(scopesCover(['all.Device'], 'integration.get'), false);
});

test('coverage agrees with the action table on every pair of known scopes', () => {
  for (const granted of KNOWN_SCOPES) {
    for (const scope of KNOWN_SCOPES) {
      const expected = ACTIONS.every((a) => !scopesAllow([scope], a) || scopesAllow([granted], a));
      assert.equal(scopesCover([granted], scope), expected, `${granted} covers ${scope}`);
    }
  }
});

test('unknown and organization scopes are named', () => {
  assert.deepEqual(unknownScopes(['integration.get', 'not.a.scope', 'all.Device']), ['not.a.scope', 'all.Device']);
  assert.deepEqual(unknownScopes(KNOWN_SCOPES), []);
  assert.deepEqual(organizationScopes(['all.Application', 'all.Organization.read', 'applications.post', 'integration.*']), [
    'all.Organization.read',
    'applications.post',
  ]);
  for (const scope of organizationScopes(KNOWN_SCOPES)) {
    assert.ok(scopesAllow([scope], 'applications.get') || scopesAllow([scope], 'applications.post'), scope);
  }
});

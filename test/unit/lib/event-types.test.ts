import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badEventTypes, matchesEventType } from '../../../src/lib/event-types.js';

test('event types: exact names or a trailing *', () => {
  assert.ok(matchesEventType(['integrated_account:created'], 'integrated_account:created'));
  assert.ok(!matchesEventType(['integrated_account:created'], 'integrated_account:deleted'));
  assert.ok(matchesEventType(['record:*'], 'record:contact.created'));
  assert.ok(!matchesEventType(['record:*'], 'job:failed'));
  assert.ok(matchesEventType(['*'], 'job:failed'));
  assert.ok(!matchesEventType([], 'job:failed'));
  assert.deepEqual(badEventTypes(['record:*', '*', 'a*b', 'has space', 'job:failed']), ['a*b', 'has space']);
});

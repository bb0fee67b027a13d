import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestIdOf } from '../../../../src/api/common/request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('a bounded id of safe characters is kept as sent', () => {
  for (const id of ['abc-123', 'trace:01.02_x', 'a'.repeat(128)]) assert.equal(requestIdOf(id), id);
});

test('anything else is replaced by a fresh UUID', () => {
  for (const id of [undefined, '', 'a'.repeat(129), '{"a":1}', 'with space', 'line\nbreak', 'é', ['a', 'b']]) {
    assert.match(requestIdOf(id), UUID, JSON.stringify(id));
  }
  assert.notEqual(requestIdOf(undefined), requestIdOf(undefined));
});

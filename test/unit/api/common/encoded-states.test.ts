import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EncodedStates } from '../../../../src/api/common/encoded-bodies.js';

test('a body is answered only for the state it was kept under', () => {
  const states = new EncodedStates();
  states.set('/a', '1', 'one');
  assert.equal(states.get('/a', '1'), 'one');
  assert.equal(states.get('/a', '2'), undefined);
  assert.equal(states.get('/b', '1'), undefined);
  states.set('/a', '2', 'two');
  assert.equal(states.get('/a', '1'), undefined);
  assert.equal(states.get('/a', '2'), 'two');
});

test('the oldest entries go first past the bound; a body too large is not kept', () => {
  const states = new EncodedStates(160);
  states.set('/a', '1', 'x'.repeat(8));
  states.set('/b', '1', 'y'.repeat(8));
  for (let i = 0; i < 20; i++) states.set(`/c${i}`, '1', 'z'.repeat(8));
  assert.equal(states.get('/a', '1'), undefined);
  assert.equal(states.get('/c19', '1'), 'z'.repeat(8));
  states.set('/big', '1', 'w'.repeat(11));
  assert.equal(states.get('/big', '1'), undefined);
});

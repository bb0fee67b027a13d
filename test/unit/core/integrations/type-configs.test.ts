import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTypeConfigs, typeConfigProblems } from '../../../../src/core/integrations/type-configs.js';

test('a new integration of a Losant type needs exactly its own config object', () => {
  assert.deepEqual(typeConfigProblems('mqtt', { mqttConfig: { host: 'h' } }), []);
  assert.deepEqual(typeConfigProblems('sqs', {}), [{ path: 'sqsConfig', message: 'sqsConfig is required for an integration of type sqs' }]);
  assert.deepEqual(typeConfigProblems('sqs', { sqsConfig: 'q' }).length, 1, 'an object');
  assert.deepEqual(typeConfigProblems('mqtt', { mqttConfig: {}, sqsConfig: {}, particleConfig: {} }), [
    { path: 'particleConfig', message: 'particleConfig is not allowed on an integration of type mqtt (only mqttConfig)' },
    { path: 'sqsConfig', message: 'sqsConfig is not allowed on an integration of type mqtt (only mqttConfig)' },
  ]);
});

test('an update counts only what it changes', () => {
  const legacy = { topics: ['a'], sqsConfig: { queueUrl: 'q' } };
  assert.deepEqual(typeConfigProblems('mqtt', { ...legacy, topics: ['b'] }, legacy), []);
  assert.equal(typeConfigProblems('mqtt', { ...legacy, sqsConfig: { queueUrl: 'r' } }, legacy).length, 1);
  assert.equal(typeConfigProblems('mqtt', {}, { mqttConfig: { host: 'h' } }).length, 1, 'its own config cannot be removed');
});

test('integrations of no Losant type are not concerned', () => {
  assert.deepEqual(typeConfigProblems(null, { sqsConfig: {} }), []);
  assert.deepEqual(typeConfigProblems('custom', { sqsConfig: {} }), []);
});

test('checkTypeConfigs throws one 400 naming every problem', () => {
  assert.throws(
    () => checkTypeConfigs('mqtt', { sqsConfig: {} }),
    (e: Error & { status?: number; details?: unknown[] }) => e.status === 400 && e.details?.length === 2,
  );
});

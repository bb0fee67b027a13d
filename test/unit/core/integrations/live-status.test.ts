import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusOf } from '../../../../src/core/integrations/live-status.js';

const row = {
  integration_id: 'a'.repeat(24),
  connected_at: '2026-01-01T00:00:01.000Z',
  disconnected_at: '2026-01-01T00:00:00.500Z',
  error: 'Connection refused: Not authorized',
  last_keep_alive_at: '2026-01-01T00:00:02.000Z',
  next_attempt_at: null,
  updated_at: '2026-01-01T00:00:02.000Z',
};

test('a live integration shows what its holder stored, times in ms', () => {
  assert.deepEqual(statusOf('mqtt', row), {
    connectInfo: { ts: Date.parse(row.connected_at) },
    disconnectInfo: { ts: Date.parse(row.disconnected_at), error: row.error },
    lastKeepAlive: Date.parse(row.last_keep_alive_at),
  });
  assert.deepEqual(statusOf('websocket', { ...row, error: null, next_attempt_at: '2026-01-01T00:00:03.000Z' }), {
    connectInfo: { ts: Date.parse(row.connected_at) },
    disconnectInfo: { ts: Date.parse(row.disconnected_at) },
    lastKeepAlive: Date.parse(row.last_keep_alive_at),
    nextAttempt: Date.parse('2026-01-01T00:00:03.000Z'),
  });
});

test('a live integration never connected yet has null times', () => {
  assert.deepEqual(statusOf('mqtt', undefined), { connectInfo: { ts: null }, disconnectInfo: { ts: null } });
});

test('types Junction does not connect say so; integrations of no Losant type have no status', () => {
  for (const type of ['googlePubSub', 'azureEventHub', 'sqs', 'particle']) {
    const status = statusOf(type, row);
    assert.equal(status?.connectInfo.ts, null);
    assert.match(status?.disconnectInfo.error ?? '', /does not connect/);
  }
  assert.equal(statusOf(null, undefined), undefined);
  assert.equal(statusOf('rest', undefined), undefined);
});

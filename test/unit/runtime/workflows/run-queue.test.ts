import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunStart } from '../../../../src/runtime/workflows/run.js';
import { createInProcessRunQueue } from '../../../../src/runtime/workflows/run-queue.js';

const start = (n: number) => ({ relayId: String(n) }) as RunStart;

test('runs start in the order they came, at most `concurrency` at once, across many more than the queue compacts at', async () => {
  const started: string[] = [];
  let running = 0;
  let most = 0;
  const queue = createInProcessRunQueue(
    async (s) => {
      started.push(s.relayId);
      most = Math.max(most, ++running);
      await new Promise((r) => setImmediate(r));
      running--;
    },
    { concurrency: 3, maxPending: 10_000 },
  );
  for (let n = 0; n < 5_000; n++) assert.equal(queue.submit(start(n)), true);
  while (started.length < 5_000 || running > 0) await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(
    started,
    Array.from({ length: 5_000 }, (_, n) => String(n)),
  );
  assert.equal(most, 3);
  await queue.stop(100);
});

test('a run beyond `maxPending` waiting is refused; a stopped queue takes nothing', async () => {
  const release: Array<() => void> = [];
  const ran: string[] = [];
  const queue = createInProcessRunQueue(
    (s) =>
      new Promise<void>((resolve) => {
        ran.push(s.relayId);
        release.push(resolve);
      }),
    { concurrency: 1, maxPending: 2 },
  );
  assert.equal(queue.submit(start(0)), true); // running
  assert.equal(queue.submit(start(1)), true); // waiting
  assert.equal(queue.submit(start(2)), true); // waiting
  assert.equal(queue.submit(start(3)), false);
  release.shift()?.();
  await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(ran, ['0', '1']);
  assert.equal(queue.submit(start(4)), true);
  const stopped = queue.stop(1_000);
  assert.equal(queue.submit(start(5)), false);
  for (const r of release) r();
  await stopped;
  assert.deepEqual(ran, ['0', '1']);
});

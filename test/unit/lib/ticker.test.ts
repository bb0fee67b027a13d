import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startTicker } from '../../../src/lib/ticker.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a slow tick is never overlapped by the next one, and stop waits for the running tick', async () => {
  let running = 0;
  let most = 0;
  let done = 0;
  const ticker = startTicker(async () => {
    running++;
    most = Math.max(most, running);
    await sleep(30);
    running--;
    done++;
  }, 5);
  await sleep(120);
  await ticker.stop();
  assert.equal(most, 1, 'never two ticks at once');
  assert.ok(done >= 2, `ticks went on (${done})`);
  assert.equal(running, 0, 'stop resolved after the running tick ended');
  const after = done;
  await sleep(40);
  assert.equal(done, after, 'no tick after stop');
});

test('a tick that throws does not stop the ticker', async () => {
  let calls = 0;
  const ticker = startTicker(async () => {
    calls++;
    throw new Error('boom');
  }, 5);
  await sleep(60);
  await ticker.stop();
  assert.ok(calls >= 3, `kept ticking (${calls})`);
});

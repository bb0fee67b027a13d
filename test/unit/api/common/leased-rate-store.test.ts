import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import { createLeasedCounter, leasedRedisStore, type TakeCounts, type WindowCount } from '../../../../src/api/common/leased-rate-store.js';

/** A shared counter like Redis's: one per key, its window started by the first take. */
function fakeRedis(clock: () => number) {
  const counters = new Map<string, { value: number; expiresAt: number }>();
  const takes: number[] = [];
  const take: TakeCounts = async (key, count, windowMs) => {
    takes.push(count);
    const now = clock();
    let counter = counters.get(key);
    if (!counter || counter.expiresAt <= now) {
      counter = { value: 0, expiresAt: now + windowMs };
      counters.set(key, counter);
    }
    counter.value += count;
    return { current: counter.value, ttl: counter.expiresAt - now };
  };
  return { take, takes, value: (key: string) => counters.get(key)?.value ?? 0 };
}

const incr = (counter: ReturnType<typeof createLeasedCounter>, key: string, windowMs: number, max: number) =>
  new Promise<WindowCount>((resolve, reject) =>
    counter.increment(key, (error, result) => (error ? reject(error) : resolve(result as WindowCount)), windowMs, max),
  );

test('a small budget takes one count per request: the shared counter stays exact', async () => {
  let now = 0;
  const redis = fakeRedis(() => now);
  const counter = createLeasedCounter(redis.take, () => now);
  const currents = [];
  for (let i = 0; i < 10; i++) currents.push((await incr(counter, 'k', 1000, 100)).current);
  assert.deepEqual(currents, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(redis.takes, Array(10).fill(1));
  now = 1000;
  assert.equal((await incr(counter, 'k', 1000, 100)).current, 1, 'a new window starts from 1');
});

test('a busy key leases up to 64 counts at a time, handed out in order', async () => {
  const now = 0;
  const redis = fakeRedis(() => now);
  const counter = createLeasedCounter(redis.take, () => now);
  const currents = [];
  for (let i = 0; i < 500; i++) currents.push((await incr(counter, 'k', 60_000, 1_000_000)).current);
  assert.deepEqual(
    currents,
    currents.map((_, i) => i + 1),
  );
  assert.deepEqual(redis.takes.slice(0, 8), [1, 2, 4, 8, 16, 32, 64, 64]);
  assert.ok(redis.takes.length < 20, `${redis.takes.length} round trips for 500 requests`);
  assert.ok(redis.value('k') - 500 < 64, 'at most one lease is held unused');
});

test('requests that arrive during a take wait for it; those it cannot serve take the next lease', async () => {
  const now = 0;
  const redis = fakeRedis(() => now);
  const counter = createLeasedCounter(redis.take, () => now);
  const answers = await Promise.all(Array.from({ length: 5 }, () => incr(counter, 'k', 60_000, 1_000_000)));
  assert.deepEqual(
    answers.map((a) => a.current).sort((a, b) => a - b),
    [1, 2, 3, 4, 5],
  );
  assert.equal(
    redis.value('k'),
    redis.takes.reduce((a, b) => a + b, 0),
  );
  assert.ok(redis.takes.length <= 4, `one take for the first, then growing leases: ${redis.takes}`);
});

test('two nodes on one shared counter admit no more than the budget between them', async () => {
  const now = 0;
  const redis = fakeRedis(() => now);
  const nodes = [createLeasedCounter(redis.take, () => now), createLeasedCounter(redis.take, () => now)];
  const max = 6400;
  const seen = new Set<number>();
  let admitted = 0;
  for (let i = 0; i < 8000; i++) {
    const { current } = await incr(nodes[i % 2], 'k', 60_000, max);
    assert.ok(!seen.has(current), `count ${current} handed out twice`);
    seen.add(current);
    if (current <= max) admitted++;
  }
  assert.ok(admitted <= max);
  assert.ok(admitted >= max - 2 * 100, `leases left unused cost at most 1/64 of the budget per node: ${admitted}`);
});

test('a window that ends with counts left over halves the next lease', async () => {
  let now = 0;
  const redis = fakeRedis(() => now);
  const counter = createLeasedCounter(redis.take, () => now);
  for (let i = 0; i < 200; i++) await incr(counter, 'k', 1000, 1_000_000);
  const before = redis.takes.length;
  now = 1000;
  await incr(counter, 'k', 1000, 1_000_000);
  assert.equal(redis.takes[before], 32, `the lease after a window with counts left: ${redis.takes.slice(before)}`);
});

test('when the shared counter fails, this process counts alone (per key and window)', async () => {
  let now = 0;
  const counter = createLeasedCounter(
    async () => {
      throw new Error('redis down');
    },
    () => now,
  );
  const currents = [];
  for (let i = 0; i < 3; i++) currents.push((await incr(counter, 'a', 1000, 5)).current);
  assert.deepEqual(currents, [1, 2, 3]);
  assert.equal((await incr(counter, 'b', 1000, 5)).current, 1);
  now = 1000;
  assert.equal((await incr(counter, 'a', 1000, 5)).current, 1);
});

const redisUrl = process.env.REDIS_URL;
test('the Redis store: counts and the window live in Redis, leased', {
  skip: redisUrl ? false : 'REDIS_URL is not set: skipping the Redis lease test',
}, async () => {
  const client = new Redis(redisUrl as string);
  const prefix = `junction-lease-test-${process.pid}-${Date.now()}-`;
  try {
    const Store = leasedRedisStore(client, prefix);
    const store = new Store();
    const currents: number[] = [];
    for (let i = 0; i < 300; i++) {
      const result = await new Promise<WindowCount>((resolve, reject) =>
        store.incr('token', (error, r) => (error ? reject(error) : resolve(r as WindowCount)), 60_000, 1_000_000),
      );
      assert.ok(result.ttl > 0 && result.ttl <= 60_000, `ttl ${result.ttl}`);
      currents.push(result.current);
    }
    assert.deepEqual(
      currents,
      currents.map((_, i) => i + 1),
    );
    const stored = Number(await client.get(`${prefix}token`));
    assert.ok(stored >= 300 && stored < 300 + 64, `Redis holds ${stored}`);
    const pttl = await client.pttl(`${prefix}token`);
    assert.ok(pttl > 0 && pttl <= 60_000, `the window expires: ${pttl}`);
  } finally {
    await client.del(`${prefix}token`);
    client.disconnect();
  }
});

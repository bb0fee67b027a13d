import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

/** A window's counter after an increment, and the milliseconds left in the window. */
export interface WindowCount {
  current: number;
  ttl: number;
}

/** Adds `count` to the key's counter in one step; a new counter starts a window of `windowMs`. */
export type TakeCounts = (key: string, count: number, windowMs: number) => Promise<WindowCount>;

type Answer = (error: Error | null, result?: WindowCount) => void;

interface Lease {
  /** The counter values taken and not yet handed out: next … last. */
  next: number;
  last: number;
  expiresAt: number;
  size: number;
}

const MAX_KEYS = 10_000;
/** A lease never holds more than this many requests of a budget, nor more than 1/64 of it. */
const MAX_LEASE = 64;

/** How many counts the next lease of a budget of `max` takes after `previous`. */
function nextLeaseSize(previous: Lease | undefined, now: number, max: number): number {
  const cap = Math.max(1, Math.min(MAX_LEASE, Math.floor(max / 64)));
  if (previous === undefined) return 1;
  // Spent before its window ended: the key is busy, take more at once; a window that ended with counts
  // left over took too many.
  const size = now < previous.expiresAt ? previous.size * 2 : previous.next <= previous.last ? previous.size / 2 : previous.size;
  return Math.max(1, Math.min(cap, Math.floor(size)));
}

/**
 * Window counters shared through `take` (Redis), taken a lease at a time: a busy key takes up to 64
 * counts in one round trip and hands them out here, so a node holds at most 1/64 of a budget unused;
 * a quiet key or a small budget takes one count per request, as without leases. Requests that arrive
 * while a take is on its way wait for it. When `take` fails, counting goes on in this process alone.
 */
export function createLeasedCounter(take: TakeCounts, clock: () => number = Date.now) {
  const leases = new Map<string, Lease>();
  const pending = new Map<string, Answer[]>();
  const local = new Map<string, { count: number; expiresAt: number }>();

  const countLocally = (key: string, windowMs: number, now: number): WindowCount => {
    let window = local.get(key);
    if (window === undefined || window.expiresAt <= now) {
      if (local.size >= MAX_KEYS) local.clear();
      window = { count: 0, expiresAt: now + windowMs };
      local.set(key, window);
    }
    window.count += 1;
    return { current: window.count, ttl: window.expiresAt - now };
  };

  function increment(key: string, answer: Answer, windowMs: number, max: number): void {
    const now = clock();
    const lease = leases.get(key);
    if (lease !== undefined && lease.next <= lease.last && now < lease.expiresAt) {
      answer(null, { current: lease.next++, ttl: lease.expiresAt - now });
      return;
    }
    const waiting = pending.get(key);
    if (waiting !== undefined) {
      waiting.push(answer);
      return;
    }
    const size = nextLeaseSize(lease, now, max);
    const answers = [answer];
    pending.set(key, answers);
    take(key, size, windowMs).then(
      ({ current, ttl }) => {
        pending.delete(key);
        const at = clock();
        if (leases.size >= MAX_KEYS) leases.clear();
        const taken: Lease = { next: current - size + 1, last: current, expiresAt: at + ttl, size };
        leases.set(key, taken);
        for (const waiter of answers) {
          if (taken.next <= taken.last) waiter(null, { current: taken.next++, ttl });
          else increment(key, waiter, windowMs, max);
        }
      },
      () => {
        pending.delete(key);
        const at = clock();
        for (const waiter of answers) waiter(null, countLocally(key, windowMs, at));
      },
    );
  }
  return { increment };
}

const LEASE_SCRIPT = `
local current = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}
`;

type LeasingRedis = Redis & { junctionRateLease?(key: string, windowMs: number, count: number): Promise<[number, number]> };

/** A rate-limit store for `@fastify/rate-limit` whose counters live in Redis under `prefix`, leased. */
export function leasedRedisStore(redis: Redis, prefix: string) {
  const client = redis as LeasingRedis;
  if (!client.junctionRateLease) client.defineCommand('junctionRateLease', { numberOfKeys: 1, lua: LEASE_SCRIPT });
  const storeUnder = (keyPrefix: string): FastifyRateLimitStore => {
    const counter = createLeasedCounter(async (key, count, windowMs) => {
      const [current, ttl] = await (client.junctionRateLease as NonNullable<LeasingRedis['junctionRateLease']>)(key, windowMs, count);
      return { current: Number(current), ttl: Number(ttl) };
    });
    return {
      incr: (key, answer, windowMs, max) => counter.increment(keyPrefix + key, answer, windowMs, max),
      // A route with its own limits gets its own counters, as the plugin's Redis store keys them.
      child: (routeOptions) => {
        const route = (routeOptions as unknown as { routeInfo: { method: string; url: string } }).routeInfo;
        return storeUnder(`${keyPrefix}${route.method}${route.url}-`);
      },
    };
  };
  const root = storeUnder(prefix);
  return class LeasedRedisStore {
    incr = root.incr;
    child = root.child;
  };
}

import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

export interface RedisCheck {
  status: 'ok' | 'unavailable';
  latencyMs?: number;
  error?: string;
}

export interface SharedRedis {
  readonly client: Redis;
  check(): Promise<RedisCheck>;
  close(): Promise<void>;
}

const PING_TIMEOUT_MS = 1_000;

/**
 * The Redis that shares rate-limit buckets between nodes. Its state is logged once per change (down, back),
 * not on each of the client's reconnect attempts.
 */
export async function openRedis(url: string, log: FastifyBaseLogger): Promise<SharedRedis> {
  // Loaded only when used: the client is a sizeable import for a node that does not share buckets.
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: false });
  let up: boolean | null = null;
  let lastError = 'not connected yet';
  client.on('ready', () => {
    if (up === false) log.info('redis reachable again; rate-limit buckets are shared again');
    up = true;
  });
  client.on('error', (error: Error & { code?: string }) => {
    lastError = error.code ?? error.message;
    if (up === false) return;
    up = false;
    log.warn({ err: error }, 'redis unreachable; rate limits are kept per node until it is back');
  });
  return {
    client,
    async check() {
      if (client.status !== 'ready') return { status: 'unavailable', error: lastError };
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          client.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
          }),
        ]);
        return { status: 'ok', latencyMs: Math.round((performance.now() - started) * 100) / 100 };
      } catch (error) {
        return { status: 'unavailable', error: (error as { code?: string }).code ?? (error as Error).message };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

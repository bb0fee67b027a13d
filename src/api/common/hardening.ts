import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import { leasedRedisStore } from './leased-rate-store.js';

export type HardeningConfig = Pick<Config, 'rateLimit' | 'redisUrl'> & Partial<Pick<Config, 'corsOrigins'>>;

/** One year, subdomains included: sent only on responses a client received over HTTPS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's default set without CSP and COEP (the interactive reference under /docs loads its own scripts and
 * styles) and without HSTS (below), computed once: helmet rebuilt its middleware on every request.
 */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

const MAX_CACHED_BUCKETS = 10_000;
const MAX_CACHED_HEADER = 1_024;
const bucketOfAuthorization = new Map<string, string>();

/** The bucket of a request: its bearer token (hashed, once per token), or its address when it has none. */
function bucketKey(request: { headers: { authorization?: string }; ip: string }): string {
  const authorization = request.headers.authorization;
  if (!authorization) return `ip:${request.ip}`;
  let bucket = bucketOfAuthorization.get(authorization);
  if (bucket === undefined) {
    bucket = createHash('sha256').update(authorization).digest('base64url').slice(0, 22);
    // Filled before authentication: only header values of a token's size are kept, so junk cannot fill memory.
    if (authorization.length <= MAX_CACHED_HEADER) {
      if (bucketOfAuthorization.size >= MAX_CACHED_BUCKETS) bucketOfAuthorization.clear();
      bucketOfAuthorization.set(authorization, bucket);
    }
  }
  return bucket;
}

/**
 * Security headers fit for a JSON API (HSTS only over HTTPS: on plain HTTP it would be ignored, or pin a
 * name to HTTPS that has none), CORS when origins are configured, and a per-token request budget: `burst` requests per window of
 * burst/perSecond seconds (shared through Redis between nodes when REDIS_URL is set, leased: leased-rate-store.ts).
 */
export async function registerHardening(
  app: FastifyInstance,
  config: HardeningConfig,
  options: { redis?: Redis | null; onRefused?: (url: string) => void } = {},
): Promise<void> {
  app.addHook('onRequest', (request, reply, done) => {
    // Through the reply, not the raw response: Node then writes every header in one pass, unvalidated twice.
    for (let i = 0; i < SECURITY_HEADERS.length; i++) reply.header(SECURITY_HEADERS[i][0], SECURITY_HEADERS[i][1]);
    // `protocol` is the socket's, or X-Forwarded-Proto's from a trusted proxy (TRUST_PROXY).
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
  if (config.corsOrigins) {
    await app.register(cors, {
      origin: config.corsOrigins[0] === '*' ? '*' : [...config.corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders: [
        'etag',
        'link',
        'location',
        'retry-after',
        'x-request-id',
        'x-ratelimit-limit',
        'x-ratelimit-remaining',
        'x-ratelimit-reset',
      ],
      maxAge: 600,
    });
  }
  const redis = options.redis ?? null;
  const nameSpace = 'junction-rate-limit-';
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimit.burst,
    timeWindow: Math.ceil((config.rateLimit.burst / config.rateLimit.perSecond) * 1000),
    keyGenerator: bucketKey,
    // Probes are never limited.
    allowList: (request) => request.url === '/health' || request.url.startsWith('/health/'),
    nameSpace,
    // A Redis outage must not take the API down with it (the leased store then counts per node).
    skipOnError: true,
    onExceeded: (request) => options.onRefused?.(request.routeOptions.url ?? request.url),
    ...(redis ? { store: leasedRedisStore(redis, nameSpace) } : {}),
    errorResponseBuilder: (_request, context) => {
      const error = new Error(`Rate limit exceeded: retry in ${Math.ceil(context.ttl / 1000)} s`) as Error & { statusCode: number };
      error.statusCode = 429;
      return error;
    },
  });
}

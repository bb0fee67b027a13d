import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { SharedRedis } from './redis.js';
import { typed } from './typed.js';

const State = Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]);
const Check = {
  status: State,
  latencyMs: Type.Optional(Type.Number()),
  error: Type.Optional(Type.String()),
};
const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('unavailable')]),
  store: Type.Object({ dialect: Type.String(), ...Check }),
  redis: Type.Optional(Type.Object(Check)),
});
const Probe = Type.Object({ status: State });

const rounded = (ms: number) => Math.round(ms * 100) / 100;

/**
 * The answers are built here in their schema's key order, with no extra keys: JSON.stringify writes the
 * bytes the schema's serializer would, without compiling one (and an Ajv) for the first /health after a start.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

/**
 * `/health` reports every dependency; `/health/ready` answers 503 while the store is unreachable (an
 * orchestrator takes the node out of rotation); `/health/live` only says the process answers. Redis only
 * shares rate-limit buckets, which fall back to per node without it: it degrades health, not readiness.
 */
export async function healthRoutes(fastify: FastifyInstance, opts: { core: Core; redis: SharedRedis | null }) {
  const app = typed(fastify);
  async function storeCheck() {
    const dialect = opts.core.store.dialect;
    const started = performance.now();
    try {
      await opts.core.store.ping();
      return { dialect, status: 'ok' as const, latencyMs: rounded(performance.now() - started) };
    } catch (error) {
      return { dialect, status: 'unavailable' as const, error: (error as { code?: string }).code ?? 'unreachable' };
    }
  }

  app.get(
    '/health',
    {
      serializerCompiler: plainJson,
      schema: {
        tags: ['health'],
        summary: 'Server health, dependency by dependency',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const [store, redis] = await Promise.all([storeCheck(), opts.redis?.check()]);
      if (store.status !== 'ok') reply.status(503);
      const status: Static<typeof Health>['status'] =
        store.status !== 'ok' ? 'unavailable' : redis && redis.status !== 'ok' ? 'degraded' : 'ok';
      return { status, store, ...(redis ? { redis } : {}) };
    },
  );
  app.get(
    '/health/ready',
    {
      serializerCompiler: plainJson,
      schema: { tags: ['health'], summary: 'Readiness: 503 while the store is unreachable', response: { 200: Probe, 503: Probe } },
    },
    async (_request, reply) => {
      const store = await storeCheck();
      if (store.status !== 'ok') reply.status(503);
      return { status: store.status };
    },
  );
  app.get(
    '/health/live',
    { serializerCompiler: plainJson, schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Probe } } },
    async () => ({ status: 'ok' as const }),
  );
}

import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  store: Type.Object({
    dialect: Type.String(),
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    latencyMs: Type.Optional(Type.Number()),
    error: Type.Optional(Type.String()),
  }),
});

export async function healthRoutes(app: FastifyInstance, opts: { core: Core }) {
  app.get(
    '/health',
    { schema: { tags: ['health'], summary: 'Server and store health', response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const started = performance.now();
      try {
        await opts.core.store.ping();
        const latencyMs = Math.round((performance.now() - started) * 100) / 100;
        return { status: 'ok', store: { dialect: opts.core.store.dialect, status: 'ok', latencyMs } };
      } catch (error) {
        reply.status(503);
        const message = (error as { code?: string }).code ?? 'unreachable';
        return { status: 'unavailable', store: { dialect: opts.core.store.dialect, status: 'unavailable', error: message } };
      }
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Core } from '../../core/index.js';
import type { Metrics } from '../../lib/metrics.js';
import { useTokenAuth } from './auth.js';

export type MetricsMode = Config['metrics'];

/**
 * Times every answered request by surface, method, route pattern and status (an unrouted request is
 * `unmatched`: raw URLs would make a label per id). Registered on the root before any surface.
 */
export function useRequestMetrics(app: FastifyInstance, metrics: Metrics, surfaceOf: (url: string) => string): void {
  if (!metrics.enabled) return;
  const surfaces = new Map<string, string>();
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    let surface = surfaces.get(route);
    if (surface === undefined) {
      surface = route === 'unmatched' ? surfaceOf(request.url) : surfaceOf(route);
      if (route !== 'unmatched') surfaces.set(route, surface);
    }
    metrics.request(surface, request.method, route, reply.statusCode, reply.elapsedTime);
    done();
  });
}

const MetricsText = {
  description: 'Prometheus text exposition format',
  content: { 'text/plain': { schema: { type: 'string' } } },
};

/** `GET /metrics`: none when off, open when public, behind a token with `metrics.get` otherwise. */
export async function metricsRoutes(app: FastifyInstance, opts: { core: Core; mode: MetricsMode }) {
  const metrics = opts.core.store.metrics;
  if (opts.mode === 'off' || !metrics.enabled) return;
  if (opts.mode === 'token') useTokenAuth(app, opts.core);
  app.get(
    '/metrics',
    {
      ...(opts.mode === 'token' ? { config: { action: 'metrics.get' as const } } : {}),
      schema: {
        tags: ['health'],
        summary: 'Server metrics in the Prometheus text format',
        ...(opts.mode === 'public' ? { security: [] } : {}),
        response: { 200: MetricsText },
      },
    },
    async (_request, reply) => reply.type(metrics.contentType).send(await metrics.render()),
  );
}

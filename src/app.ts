import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { celigoApi, celigoError } from './api/celigo/index.js';
import { consoleRoutes } from './api/common/console.js';
import { type ErrorEncoder, sendFrameworkError, useErrorEncoderFor } from './api/common/errors.js';
import { type HardeningConfig, registerHardening } from './api/common/hardening.js';
import { healthRoutes } from './api/common/health.js';
import { lazyCompilersFactory } from './api/common/lazy-compilers.js';
import { type MetricsMode, metricsRoutes, useRequestMetrics } from './api/common/metrics.js';
import { swaggerOptions } from './api/common/openapi.js';
import { openRedis } from './api/common/redis.js';
import { requestIdOf } from './api/common/request-id.js';
import { rootRoute } from './api/common/root.js';
import type { CataloguedRoute } from './api/common/route-catalogue.js';
import { type SchemaIssue, schemaError } from './api/common/schema-errors.js';
import { losantApi, losantError } from './api/losant/index.js';
import { isMcpPath, mcpApi, mcpError } from './api/mcp/index.js';
import { isProxyPath, proxyApi } from './api/proxy/index.js';
import { isTrutoPath, trutoApi, trutoError } from './api/truto/index.js';
import { type Config, DEFAULT_MCP_LIMITS } from './config.js';
import type { Core } from './core/index.js';

export type { CataloguedRoute } from './api/common/route-catalogue.js';

export interface AppOptions {
  config: Pick<Config, 'bodyLimit'> &
    HardeningConfig &
    Partial<Pick<Config, 'trustProxy'>> & { metrics?: MetricsMode; mcp?: Partial<Config['mcp']> };
  core: Core;
  logger?: FastifyServerOptions['logger'];
  /** The built console (default: console/dist of the repository). */
  consoleDir?: string;
}

/** The error encoder of the surface a path belongs to. */
function errorEncoderFor(url: string): ErrorEncoder {
  if (url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?')) return celigoError;
  if (isMcpPath(url)) return mcpError;
  if (isTrutoPath(url) || isProxyPath(url)) return trutoError;
  return losantError;
}

/** The surface a path belongs to, as metrics label it. */
function surfaceOf(url: string): string {
  if (url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?')) return 'integrator.io';
  if (isTrutoPath(url)) return 'truto';
  if (isProxyPath(url)) return 'proxy';
  if (isMcpPath(url)) return 'mcp';
  if (/^\/(health|metrics|docs|console|openapi\.json)?(\/|\?|$)/.test(url)) return 'junction';
  return 'losant';
}

/** Builds the HTTP server: every surface over one core. Never listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, core, logger = false } = options;
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    // biome-ignore lint/suspicious/noExplicitAny: a union here defeats Fastify's overloads; the values are its own
    trustProxy: (config.trustProxy ?? false) as any,
    // The client's id is taken only when bounded and safe: it is echoed and written to every log line.
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
    requestIdHeader: false,
    // Errors raised before routing are answered in the shape of the surface the path belongs to.
    frameworkErrors: (error, request, reply) => sendFrameworkError(error, request, reply, errorEncoderFor(request.url)),
    // biome-ignore lint/suspicious/noExplicitAny: Fastify types the factory by its default compilers
    schemaController: { compilersFactory: lazyCompilersFactory() as any },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false, verbose: true } },
  });
  // Every surface words schema failures the same way (integrator.io re-codes them in its scope).
  app.setSchemaErrorFormatter((issues, context) => schemaError(issues as SchemaIssue[], context));
  app.decorateRequest('principal', null);
  const routeCatalogue: CataloguedRoute[] = [];
  app.decorate('routeCatalogue', routeCatalogue);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD')
        routeCatalogue.push({
          method,
          url: route.url,
          action: route.config?.action,
          schema: route.schema,
          ...(route.config?.catchAll ? { catchAll: true } : {}),
        });
    }
  });
  useRequestMetrics(app, core.store.metrics, surfaceOf);
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  // JSON only; an empty JSON body (curl -X DELETE -H 'Content-Type: application/json') is no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
    parseJson(request, body as string, done);
  });

  const redis = config.redisUrl ? await openRedis(config.redisUrl, app.log) : null;
  if (redis) app.addHook('onClose', () => redis.close());
  await registerHardening(app, config, { redis: redis?.client, onRefused: (url) => core.store.metrics.rateLimited(surfaceOf(url)) });

  await app.register(swagger, swaggerOptions());
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  useErrorEncoderFor(app, errorEncoderFor);
  await app.register(rootRoute);
  await app.register(healthRoutes, { core, redis });
  await app.register(metricsRoutes, { core, mode: config.metrics ?? 'off' });
  await app.register(consoleRoutes, { dir: options.consoleDir });
  await app.register(losantApi, { core });
  await app.register(celigoApi, { core, prefix: '/v1' });
  await app.register(trutoApi, { core });
  await app.register(proxyApi, { core });
  await app.register(mcpApi, { core, limits: { ...DEFAULT_MCP_LIMITS, ...config.mcp } });
  return app;
}

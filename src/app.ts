import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { celigoApi, celigoError } from './api/celigo/index.js';
import { type ErrorEncoder, sendFrameworkError, useErrorEncoderFor } from './api/common/errors.js';
import { type HardeningConfig, registerHardening } from './api/common/hardening.js';
import { healthRoutes } from './api/common/health.js';
import { lazyCompilersFactory } from './api/common/lazy-compilers.js';
import { requestIdOf } from './api/common/request-id.js';
import type { CataloguedRoute } from './api/common/route-catalogue.js';
import { type SchemaIssue, schemaError } from './api/common/schema-errors.js';
import { losantApi, losantError } from './api/losant/index.js';
import { isProxyPath, proxyApi } from './api/proxy/index.js';
import { isTrutoPath, trutoApi, trutoError } from './api/truto/index.js';
import type { Config } from './config.js';
import type { Core } from './core/index.js';

export type { CataloguedRoute } from './api/common/route-catalogue.js';

export interface AppOptions {
  config: Pick<Config, 'bodyLimit'> & HardeningConfig;
  core: Core;
  logger?: FastifyServerOptions['logger'];
}

/** The error encoder of the surface a path belongs to. */
function errorEncoderFor(url: string): ErrorEncoder {
  if (url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?')) return celigoError;
  if (isTrutoPath(url) || isProxyPath(url)) return trutoError;
  return losantError;
}

/** Builds the HTTP server: every surface over one core. Never listens. */
export async function buildApp({ config, core, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
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
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // JSON only; an empty JSON body (curl -X DELETE -H 'Content-Type: application/json') is no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
    parseJson(request, body as string, done);
  });

  const closeHardening = await registerHardening(app, config);
  app.addHook('onClose', closeHardening);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Junction',
        version: '0.1.0',
        description: 'Integration platform server: Losant/WEGnology, integrator.io and Truto contracts',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  useErrorEncoderFor(app, errorEncoderFor);
  await app.register(healthRoutes, { core });
  await app.register(losantApi, { core });
  await app.register(celigoApi, { core, prefix: '/v1' });
  await app.register(trutoApi, { core });
  await app.register(proxyApi, { core });
  return app;
}

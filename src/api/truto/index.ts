import { STATUS_CODES } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/index.js';
import type { AppError } from '../../lib/errors.js';
import { useTokenAuth } from '../common/auth.js';
import { useErrorEncoder } from '../common/errors.js';
import { environmentRoutes } from './environments.js';
import { inboundWebhookRoutes } from './inbound-webhooks.js';
import { installationRoutes } from './installations.js';
import { integrationRoutes } from './integrations.js';
import { trutoNotFoundRoutes } from './not-found.js';
import { TrutoError } from './schemas.js';
import { webhookRoutes } from './webhooks.js';

/** Truto's error body: `{statusCode, error, message, details?}`, `error` being the HTTP reason phrase. */
export function trutoError(error: AppError) {
  return {
    statusCode: error.status,
    error: STATUS_CODES[error.status] ?? 'Error',
    message: error.message,
    ...(error.details && error.details.length > 0 ? { details: { failures: error.details } } : {}),
  };
}

const TRUTO_COLLECTIONS = [
  '/integration',
  '/integrations',
  '/environment',
  '/environment-integration',
  '/schemas',
  '/webhook',
  '/log',
  '/integrated-account-webhook',
  '/environment-integration-webhook',
];

/** Whether a request path belongs to the Truto surface (for errors raised before routing). */
export function isTrutoPath(url: string): boolean {
  const path = url.split('?')[0];
  return TRUTO_COLLECTIONS.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The Truto admin surface, with its own error handler and Truto-shaped 404s under its collections. */
export async function trutoApi(app: FastifyInstance, { core }: { core: Core }) {
  app.addSchema(TrutoError);
  // Only the root may own the not-found handler of the unprefixed path space.
  useErrorEncoder({ setErrorHandler: app.setErrorHandler.bind(app), setNotFoundHandler: () => undefined }, trutoError);
  useTokenAuth(app, core);
  await app.register(integrationRoutes, { core });
  await app.register(environmentRoutes, { core });
  await app.register(installationRoutes, { core });
  await app.register(webhookRoutes, { core });
  await app.register(inboundWebhookRoutes, { core });
  await app.register(trutoNotFoundRoutes, {
    collections: {
      '/integration': ['POST'],
      '/integrations': ['POST'],
      '/environment': [],
      '/environment-integration': ['POST'],
      '/webhook': ['POST'],
    },
  });
}

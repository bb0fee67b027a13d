import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/index.js';
import type { AppError } from '../../lib/errors.js';
import { useTokenAuth } from '../common/auth.js';
import { applicationRoutes } from './applications.js';
import { flowLogRoutes } from './flow-logs.js';
import { flowRoutes } from './flows.js';
import { integrationRoutes } from './integrations.js';
import { LosantError } from './schemas.js';
import { tokenRoutes } from './tokens.js';

const LOSANT_TYPES: Record<AppError['code'], string> = {
  bad_request: 'BadRequest',
  validation: 'Validation',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'NotFound',
  method_not_allowed: 'MethodNotAllowed',
  conflict: 'Conflict',
  precondition_failed: 'PreconditionFailed',
  payload_too_large: 'PayloadTooLarge',
  uri_too_long: 'URITooLong',
  unsupported_media_type: 'UnsupportedMediaType',
  rate_limited: 'RateLimitExceeded',
  unavailable: 'ServiceUnavailable',
  internal: 'InternalError',
  unprocessable: 'Validation',
  upstream_error: 'BadGateway',
  egress_refused: 'Forbidden',
  upstream_timeout: 'GatewayTimeout',
};

/** Losant's error body: always `{type, message}`. */
export function losantError(error: AppError) {
  return { type: LOSANT_TYPES[error.code], message: error.message };
}

/** The Losant/WEGnology REST surface (also what WEGnology clients call). */
export async function losantApi(app: FastifyInstance, { core }: { core: Core }) {
  app.addSchema(LosantError);
  useTokenAuth(app, core);
  await app.register(applicationRoutes, { core });
  await app.register(integrationRoutes, { core });
  await app.register(tokenRoutes, { core });
  await app.register(flowRoutes, { core });
  await app.register(flowLogRoutes, { core });
}

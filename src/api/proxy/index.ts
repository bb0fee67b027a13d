import { STATUS_CODES } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AppError } from '../../core/errors.js';
import type { Core } from '../../core/index.js';
import { useTokenAuth } from '../common/auth.js';
import { useErrorEncoder } from '../common/errors.js';
import { accountRoutes } from './accounts.js';
import { oauthRoutes } from './oauth.js';
import { proxyRoutes } from './proxy.js';
import { TrutoError } from './schemas.js';

/** Truto's error body: `{statusCode, error, message, details?}` with the HTTP reason phrase in `error`. */
export function trutoProxyError(error: AppError) {
  return {
    statusCode: error.status,
    error: STATUS_CODES[error.status] ?? 'Error',
    message: error.message,
    ...(error.details && error.details.length > 0 ? { details: { failures: error.details } } : {}),
  };
}

/** Paths this plugin answers, so errors raised before routing use its shape. */
export const PROXY_PREFIXES = ['/proxy', '/integrated-account', '/oauth'];

/** Connected accounts, the proxy API and the OAuth flow, each prefix with its own Truto-shaped handlers. */
export async function proxyApi(app: FastifyInstance, { core }: { core: Core }) {
  const plugins = [
    ['/integrated-account', accountRoutes],
    ['/proxy', proxyRoutes],
    ['/oauth', oauthRoutes],
  ] as const;
  for (const [prefix, routes] of plugins) {
    await app.register(
      async (scope) => {
        scope.addSchema(TrutoError);
        useTokenAuth(scope, core);
        useErrorEncoder(scope, trutoProxyError);
        await routes(scope, core);
      },
      { prefix },
    );
  }
}

import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/index.js';
import { useTokenAuth } from '../common/auth.js';
import { useErrorEncoder } from '../common/errors.js';
import { trutoError } from '../truto/index.js';
import { accountRoutes } from './accounts.js';
import { mcpServerRoutes } from './mcp-servers.js';
import { oauthRoutes } from './oauth.js';
import { proxyRoutes } from './proxy.js';
import { TrutoError } from './schemas.js';

/** Paths this plugin answers, so errors raised before routing use its shape. */
const PROXY_PREFIXES = ['/proxy', '/integrated-account', '/oauth'];

export function isProxyPath(url: string): boolean {
  const path = url.split('?')[0];
  return PROXY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Connected accounts, the proxy API and the OAuth flow, each prefix with its own Truto-shaped handlers. */
export async function proxyApi(app: FastifyInstance, { core }: { core: Core }) {
  const plugins = [
    ['/integrated-account', [accountRoutes, mcpServerRoutes]],
    ['/proxy', [proxyRoutes]],
    ['/oauth', [oauthRoutes]],
  ] as const;
  for (const [prefix, routeSets] of plugins) {
    await app.register(
      async (scope) => {
        scope.addSchema(TrutoError);
        useTokenAuth(scope, core);
        useErrorEncoder(scope, trutoError);
        for (const routes of routeSets) await routes(scope, core);
      },
      { prefix },
    );
  }
}

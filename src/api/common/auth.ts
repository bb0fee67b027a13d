import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../../auth/principal.js';
import { type Action, scopesAllow } from '../../auth/scopes.js';
import type { Core } from '../../core/index.js';
import type { Actor, Source } from '../../core/shared/context.js';
import { AppError } from '../../lib/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action of the shared action → scopes table this route performs; absent means public. */
    action?: Action;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Authenticates every route of the scope that names an action, and checks the token's scopes. */
export function useTokenAuth(app: FastifyInstance, core: Core): void {
  const admit = (request: FastifyRequest, action: Action, principal: Principal) => {
    if (!scopesAllow(principal.scopes, action)) throw new AppError('forbidden', `The access token does not grant ${action}`);
    request.principal = principal;
  };
  // Callback style: a token known in memory is admitted without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const action = request.routeOptions.config.action;
    if (!action) return done();
    const cached = core.auth.cachedPrincipal(request.headers.authorization);
    if (cached !== undefined) {
      try {
        admit(request, action, cached);
      } catch (error) {
        return done(error as Error);
      }
      return done();
    }
    core.auth.authenticate(request.headers.authorization).then(
      (principal) => {
        try {
          admit(request, action, principal);
        } catch (error) {
          return done(error as Error);
        }
        done();
      },
      (error: Error) => done(error),
    );
  });
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthorized', 'A valid api access token is required');
  return request.principal;
}

export function actorOf(request: FastifyRequest, source: Source): Actor {
  return { principal: principalOf(request), source };
}

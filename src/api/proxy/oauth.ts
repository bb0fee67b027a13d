import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { AppError } from '../../lib/errors.js';
import { principalOf } from '../common/auth.js';
import { toAccount } from './accounts.js';
import { Account, AuthorizeParams, CallbackQuery, errorResponses } from './schemas.js';

export async function oauthRoutes(app: FastifyInstance, core: Core) {
  const tags = ['truto: oauth'];

  app.get<{ Params: Static<typeof AuthorizeParams> }>(
    '/authorize/:integrated_account_id',
    {
      config: { action: 'integratedAccount.patch' },
      schema: { tags, params: AuthorizeParams, response: { 302: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const redirectUri = `${request.protocol}://${request.host}/oauth/callback`;
      const url = await core.proxy.authorizationUrl(principalOf(request), request.params.integrated_account_id, redirectUri);
      return reply.redirect(url, 302);
    },
  );

  // Public: the provider sends the user's browser here; the signed state names the account.
  app.get<{ Querystring: Static<typeof CallbackQuery> }>(
    '/callback',
    { schema: { tags, security: [], querystring: CallbackQuery, response: { 200: Account, 400: Type.Ref('TrutoProxyError') } } },
    async (request) => {
      const { state, code, error, error_description } = request.query;
      if (error) throw new AppError('bad_request', `The provider refused the authorization: ${error_description ?? error}`);
      if (!state || !code) throw new AppError('bad_request', 'The callback needs code and state');
      return toAccount(await core.proxy.completeAuthorization(state, code));
    },
  );
}

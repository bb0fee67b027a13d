import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { AppError } from '../../lib/errors.js';
import { principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { toAccount } from './accounts.js';
import { Account, AuthorizeParams, CallbackQuery, errorResponses } from './schemas.js';

const AuthorizeUrl = Type.Object({ url: Type.String() });
const wantsJson = (accept: string | undefined) => Boolean(accept?.includes('application/json') && !accept.includes('text/html'));

export async function oauthRoutes(fastify: FastifyInstance, core: Core) {
  const app = typed(fastify);
  const tags = ['truto: oauth'];

  app.get(
    '/authorize/:integrated_account_id',
    {
      config: { action: 'integratedAccount.patch' },
      schema: {
        tags,
        summary: "Start an integrated account's OAuth authorization at its provider",
        description: 'A redirect to the provider; `Accept: application/json` (without text/html) answers `{url}` instead.',
        params: AuthorizeParams,
        response: { 200: AuthorizeUrl, 302: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const redirectUri = `${request.protocol}://${request.host}/oauth/callback`;
      const url = await core.proxy.authorizationUrl(principalOf(request), request.params.integrated_account_id, redirectUri);
      // A browser app cannot read a redirect's Location (fetch hides it) nor send its token on a navigation.
      if (wantsJson(request.headers.accept)) return { url };
      return reply.redirect(url, 302);
    },
  );

  // Public: the provider sends the user's browser here; the signed state names the account.
  app.get(
    '/callback',
    {
      schema: {
        tags,
        summary: 'Where the provider sends the browser back: completes the authorization',
        security: [],
        querystring: CallbackQuery,
        response: { 200: Account, 400: Type.Ref('TrutoProxyError') },
      },
    },
    async (request) => {
      const { state, code, error, error_description } = request.query;
      if (error) throw new AppError('bad_request', `The provider refused the authorization: ${error_description ?? error}`);
      if (!state || !code) throw new AppError('bad_request', 'The callback needs code and state');
      return toAccount(await core.proxy.completeAuthorization(state, code));
    },
  );
}

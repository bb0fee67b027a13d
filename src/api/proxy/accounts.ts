import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import type { UpstreamCall } from '../../core/connections/call-log-service.js';
import type { IntegratedAccount } from '../../core/connections/integrated-account-model.js';
import { redactContext } from '../../core/connections/integrated-account-model.js';
import type { Core } from '../../core/index.js';
import { actorOf, principalOf } from '../common/auth.js';
import { PAGE_LIMITS } from '../common/page-limits.js';
import { typed } from '../common/typed.js';
import {
  Account,
  AccountList,
  AccountListQuery,
  AccountPatch,
  AccountPost,
  CallList,
  CallListQuery,
  errorResponses,
  IdParams,
} from './schemas.js';

export function toAccount(account: IntegratedAccount): Static<typeof Account> {
  return {
    id: account.id,
    integration_id: account.integrationId,
    environment_id: account.applicationId,
    authentication_method: account.authenticationMethod,
    status: account.status,
    context: redactContext(account.context),
    created_at: account.createdAt,
    updated_at: account.updatedAt,
  };
}

function toCall(call: UpstreamCall): Static<typeof CallList>['result'][number] {
  return {
    id: call.id,
    integration_id: call.integrationId,
    integrated_account_id: call.integratedAccountId,
    resource: call.resource,
    method: call.method,
    http_method: call.httpMethod,
    path: call.path,
    status: call.status,
    duration_ms: call.durationMs,
    attempts: call.attempts,
    error: call.error,
    ...(call.jobId ? { job_id: call.jobId } : {}),
    created_at: call.createdAt,
  };
}

export async function accountRoutes(fastify: FastifyInstance, core: Core) {
  const app = typed(fastify);
  const tags = ['truto: integrated accounts'];
  const slashless = { prefixTrailingSlash: 'no-slash' as const };

  app.post(
    '/',
    {
      ...slashless,
      config: { action: 'integratedAccounts.post' },
      schema: { tags, body: AccountPost, response: { 201: Account, ...errorResponses } },
    },
    async (request, reply) => {
      const { integration_id, context, authentication_method } = request.body;
      const account = await core.integratedAccounts.create(actorOf(request, 'truto'), {
        integrationId: integration_id,
        context: context ?? {},
        ...(authentication_method ? { authenticationMethod: authentication_method } : {}),
      });
      return reply.status(201).send(toAccount(account));
    },
  );

  app.get(
    '/',
    {
      ...slashless,
      config: { action: 'integratedAccounts.get' },
      schema: { tags, querystring: AccountListQuery, response: { 200: AccountList, ...errorResponses } },
    },
    async (request) => {
      const limit = Number(request.query.limit ?? PAGE_LIMITS.default);
      const afterId = request.query.next_cursor ? Buffer.from(request.query.next_cursor, 'base64url').toString('utf8') : null;
      const page = await core.integratedAccounts.list(
        principalOf(request),
        request.query.integration_id === undefined ? {} : { integrationId: request.query.integration_id },
        { afterId, limit },
      );
      return {
        result: page.items.map(toAccount),
        next_cursor: page.nextAfterId ? Buffer.from(page.nextAfterId).toString('base64url') : null,
        limit,
      };
    },
  );

  app.get(
    '/:id',
    { config: { action: 'integratedAccount.get' }, schema: { tags, params: IdParams, response: { 200: Account, ...errorResponses } } },
    async (request) => toAccount(await core.integratedAccounts.get(principalOf(request), request.params.id)),
  );

  app.patch(
    '/:id',
    {
      config: { action: 'integratedAccount.patch' },
      schema: { tags, params: IdParams, body: AccountPatch, response: { 200: Account, ...errorResponses } },
    },
    async (request) => toAccount(await core.integratedAccounts.patch(actorOf(request, 'truto'), request.params.id, request.body.context)),
  );

  app.delete(
    '/:id',
    {
      config: { action: 'integratedAccount.delete' },
      schema: { tags, params: IdParams, response: { 200: IdParams, ...errorResponses } },
    },
    async (request) => {
      await core.integratedAccounts.delete(actorOf(request, 'truto'), request.params.id);
      return { id: request.params.id.toLowerCase() };
    },
  );

  app.get(
    '/:id/calls',
    {
      config: { action: 'integratedAccount.get' },
      schema: {
        tags,
        summary: 'The calls made through an integrated account, newest first',
        params: IdParams,
        querystring: CallListQuery,
        response: { 200: CallList, ...errorResponses },
      },
    },
    async (request) => {
      const limit = Number(request.query.limit ?? PAGE_LIMITS.default);
      const beforeId = request.query.next_cursor ? Buffer.from(request.query.next_cursor, 'base64url').toString('utf8') : null;
      const page = await core.proxy.calls(principalOf(request), request.params.id, { beforeId, limit });
      return {
        result: page.items.map(toCall),
        next_cursor: page.nextBeforeId ? Buffer.from(page.nextBeforeId).toString('base64url') : null,
        limit,
      };
    },
  );
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, type TObject, Type } from 'typebox';
import type { Action } from '../../auth/scopes.js';
import type { ProxyRequest } from '../../core/connections/proxy-service.js';
import type { Core } from '../../core/index.js';
import { principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import {
  errorResponses,
  Passthrough,
  ProxyBody,
  ProxyList,
  ProxyQuery,
  ResourceIdParams,
  ResourceMethodParams,
  ResourceParams,
} from './schemas.js';

type Query = Static<typeof ProxyQuery>;
type Params = { resource: string; id?: string; method?: string };

/** Junction's own parameters stay here; everything else the caller sent is forwarded upstream. */
function split(query: Query, body: unknown): ProxyRequest {
  const { integrated_account_id: _account, next_cursor, limit, ...forwarded } = query;
  return {
    query: forwarded,
    body,
    cursor: next_cursor ?? null,
    ...(limit ? { limit: Number(limit) } : {}),
  };
}

export async function proxyRoutes(fastify: FastifyInstance, core: Core) {
  const app = typed(fastify);
  const tags = ['truto: proxy'];
  const run = (request: FastifyRequest & { params: Params; query: Query; body?: unknown }, method: string) => {
    const { resource, id } = request.params;
    return core.proxy.call(principalOf(request), request.query.integrated_account_id, resource, method, {
      ...split(request.query, request.body),
      ...(id === undefined ? {} : { id }),
    });
  };
  const single = <P extends TObject>(action: Action, summary: string, params: P) => ({
    config: { action },
    schema: { tags, summary, params, querystring: ProxyQuery, response: { 200: Passthrough, ...errorResponses } },
  });
  const withBody = <P extends TObject>(action: Action, summary: string, params: P) => ({
    config: { action },
    schema: { tags, summary, params, querystring: ProxyQuery, body: ProxyBody, response: { 200: Passthrough, ...errorResponses } },
  });

  app.get(
    '/:resource',
    {
      config: { action: 'proxy.get' },
      schema: {
        tags,
        summary: "List a resource's records through the account's integration",
        params: ResourceParams,
        querystring: ProxyQuery,
        response: { 200: ProxyList, ...errorResponses },
      },
    },
    async (request) => {
      const page = await run(request, 'list');
      const result = page.body as unknown[];
      return { result, next_cursor: page.nextCursor ?? null, result_count: result.length };
    },
  );
  app.get(
    '/:resource/:id',
    single('proxy.get', 'Get one record through the integration', ResourceIdParams),
    async (request) => (await run(request, 'get')).body ?? null,
  );
  app.post(
    '/:resource',
    withBody('proxy.post', 'Create a record through the integration', ResourceParams),
    async (request) => (await run(request, 'create')).body ?? null,
  );
  app.patch(
    '/:resource/:id',
    withBody('proxy.patch', 'Update a record through the integration', ResourceIdParams),
    async (request) => (await run(request, 'update')).body ?? null,
  );
  app.delete(
    '/:resource/:id',
    single('proxy.delete', 'Delete a record through the integration', ResourceIdParams),
    async (request) => (await run(request, 'delete')).body ?? { id: request.params.id },
  );
  app.post(
    '/:resource/:method',
    {
      config: { action: 'proxy.post' },
      schema: {
        tags,
        summary: "Call one of the resource's custom methods through the integration",
        params: ResourceMethodParams,
        querystring: ProxyQuery,
        body: Type.Optional(ProxyBody),
        response: { 200: Passthrough, ...errorResponses },
      },
    },
    async (request) => (await run(request, request.params.method)).body ?? null,
  );
}

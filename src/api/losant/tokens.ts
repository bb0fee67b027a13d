import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { ApiToken } from '../../core/tenancy/token-service.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { links, parseListQuery } from './listing.js';
import { AppParams, errorResponses, Links, listQuery, listResponse, ObjectId, PlainQuery, Success } from './schemas.js';

const Status = Type.Union([Type.Literal('active'), Type.Literal('inactive')]);
const Scope = Type.String({ pattern: '^[A-Za-z]+(\\.[A-Za-z*]+){1,2}$', maxLength: 128 });

const ApiTokenSchema = Type.Object({
  id: Type.String(),
  apiTokenId: Type.String(),
  ownerId: Type.String(),
  ownerType: Type.String(),
  creatorId: Type.Optional(Type.String()),
  creatorType: Type.String(),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  creationDate: Type.String(),
  lastUpdated: Type.String(),
  expirationDate: Type.Optional(Type.String()),
  scope: Type.Array(Type.String()),
  status: Status,
  token: Type.Optional(Type.String()),
  _type: Type.Literal('apiToken'),
  _links: Links,
});
const ApiTokenPost = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    description: Type.Optional(Type.String({ maxLength: 32767 })),
    expirationDate: Type.Optional(Type.String({ format: 'date-time' })),
    scope: Type.Optional(Type.Array(Scope, { uniqueItems: true, minItems: 1, maxItems: 100 })),
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);
const ApiTokenPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    description: Type.Optional(Type.String({ maxLength: 32767 })),
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);
const TokenParams = Type.Object({ applicationId: ObjectId, apiTokenId: ObjectId });

// Losant's sort and filter names → the model's field names.
const SORT_FIELDS = {
  name: 'name',
  status: 'status',
  id: 'id',
  creationDate: 'createdAt',
  lastUpdated: 'updatedAt',
  expirationDate: 'expiresAt',
};
const FILTER_FIELDS = { name: 'name', status: 'status' };

function toLosantToken(token: ApiToken & { token?: string }) {
  const base = `/applications/${token.applicationId}/tokens`;
  return {
    id: token.id,
    apiTokenId: token.id,
    ownerId: token.applicationId ?? token.organizationId,
    ownerType: token.applicationId ? 'application' : 'organization',
    ...(token.creatorId ? { creatorId: token.creatorId } : {}),
    creatorType: token.creatorType,
    name: token.name,
    ...(token.description !== null ? { description: token.description } : {}),
    creationDate: token.createdAt,
    lastUpdated: token.updatedAt,
    ...(token.expiresAt ? { expirationDate: token.expiresAt } : {}),
    scope: token.scopes,
    status: token.status,
    ...(token.token ? { token: token.token } : {}),
    _type: 'apiToken' as const,
    _links: links(`${base}/${token.id}`, { apiTokens: base, application: `/applications/${token.applicationId}` }),
  };
}

export async function tokenRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['losant: application api tokens'];
  const path = '/applications/:applicationId/tokens';

  app.get(
    path,
    {
      config: { action: 'applicationApiTokens.get' },
      schema: {
        tags,
        summary: 'Returns the API tokens for an application',
        params: AppParams,
        querystring: listQuery(Object.keys(SORT_FIELDS), Object.keys(FILTER_FIELDS)),
        response: { 200: listResponse(ApiTokenSchema, 'apiTokens'), ...errorResponses },
      },
    },
    async (request) => {
      const { request: page, filter, echo } = parseListQuery(request.query, { ...SORT_FIELDS, ...FILTER_FIELDS });
      const result = await core.tokens.list(principalOf(request), request.params.applicationId, filter, page);
      const appId = request.params.applicationId.toLowerCase();
      return {
        items: result.items.map(toLosantToken),
        count: result.items.length,
        totalCount: result.total,
        ...echo,
        applicationId: appId,
        _type: 'apiTokens' as const,
        _links: links(`/applications/${appId}/tokens`, { application: `/applications/${appId}` }),
      };
    },
  );

  app.post(
    path,
    {
      config: { action: 'applicationApiTokens.post' },
      schema: {
        tags,
        summary: 'Create a new API token for an application; the token string is returned only here',
        params: AppParams,
        querystring: PlainQuery,
        body: ApiTokenPost,
        response: { 201: ApiTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { scope, expirationDate, ...rest } = request.body;
      const created = await core.tokens.createForApplication(actorOf(request, 'losant'), request.params.applicationId, {
        ...rest,
        scopes: scope ?? ['all.Application'],
        expiresAt: expirationDate ?? null,
      });
      return reply.status(201).send(toLosantToken(created));
    },
  );

  const one = `${path}/:apiTokenId`;
  app.get(
    one,
    {
      config: { action: 'applicationApiToken.get' },
      schema: {
        tags,
        summary: 'Retrieves information on an API token',
        params: TokenParams,
        querystring: PlainQuery,
        response: { 200: ApiTokenSchema, ...errorResponses },
      },
    },
    async (request) => toLosantToken(await core.tokens.get(principalOf(request), request.params.applicationId, request.params.apiTokenId)),
  );

  app.patch(
    one,
    {
      config: { action: 'applicationApiToken.patch' },
      schema: {
        tags,
        summary: 'Updates an API token (name, description, status)',
        params: TokenParams,
        querystring: PlainQuery,
        body: ApiTokenPatch,
        response: { 200: ApiTokenSchema, ...errorResponses },
      },
    },
    async (request) =>
      toLosantToken(
        await core.tokens.update(actorOf(request, 'losant'), request.params.applicationId, request.params.apiTokenId, request.body),
      ),
  );

  app.delete(
    one,
    {
      config: { action: 'applicationApiToken.delete' },
      schema: {
        tags,
        summary: 'Deletes an API token',
        params: TokenParams,
        querystring: PlainQuery,
        response: { 200: Success, ...errorResponses },
      },
    },
    async (request) => {
      await core.tokens.delete(actorOf(request, 'losant'), request.params.applicationId, request.params.apiTokenId);
      return { success: true as const };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { Application } from '../../core/tenancy/application-service.js';
import { AppError } from '../../lib/errors.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { links, parseListQuery } from './listing.js';
import { AppParams, errorResponses, Links, listQuery, listResponse, ObjectId, PlainQuery, Success } from './schemas.js';

const ApplicationSchema = Type.Object({
  id: Type.String(),
  applicationId: Type.String(),
  creationDate: Type.String(),
  lastUpdated: Type.String(),
  ownerId: Type.String(),
  ownerType: Type.Literal('organization'),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  _type: Type.Literal('application'),
  _links: Links,
});
const ApplicationPost = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    description: Type.Optional(Type.String({ maxLength: 32767 })),
    orgId: Type.Optional(ObjectId),
  },
  { additionalProperties: false },
);
const ApplicationPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    description: Type.Optional(Type.String({ maxLength: 32767 })),
  },
  { additionalProperties: false },
);

// Losant's sort names → the model's field names.
const SORT_FIELDS = { name: 'name', id: 'id', creationDate: 'createdAt', lastUpdated: 'updatedAt' };

function toLosantApplication(app: Application) {
  return {
    id: app.id,
    applicationId: app.id,
    creationDate: app.createdAt,
    lastUpdated: app.updatedAt,
    ownerId: app.organizationId,
    ownerType: 'organization' as const,
    name: app.name,
    ...(app.description !== null ? { description: app.description } : {}),
    _type: 'application' as const,
    _links: links(`/applications/${app.id}`, { applications: '/applications' }),
  };
}

export async function applicationRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['losant: applications'];

  app.get(
    '/applications',
    {
      config: { action: 'applications.get' },
      schema: {
        tags,
        summary: 'Returns the applications the token can reach',
        querystring: listQuery(Object.keys(SORT_FIELDS), ['name']),
        response: { 200: listResponse(ApplicationSchema, 'applications', false), ...errorResponses },
      },
    },
    async (request) => {
      const { request: page, filter, echo } = parseListQuery(request.query, { ...SORT_FIELDS });
      const result = await core.applications.list(principalOf(request), filter, page);
      return {
        items: result.items.map(toLosantApplication),
        count: result.items.length,
        totalCount: result.total,
        ...echo,
        _type: 'applications' as const,
        _links: links('/applications'),
      };
    },
  );

  app.post(
    '/applications',
    {
      config: { action: 'applications.post' },
      schema: {
        tags,
        summary: 'Create a new application',
        querystring: PlainQuery,
        body: ApplicationPost,
        response: { 201: ApplicationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { orgId, ...fields } = request.body;
      if (orgId && orgId.toLowerCase() !== principal.organizationId) throw new AppError('not_found', 'Organization was not found');
      const created = await core.applications.create(actorOf(request, 'losant'), principal.organizationId, fields);
      return reply.status(201).send(toLosantApplication(created));
    },
  );

  app.get(
    '/applications/:applicationId',
    {
      config: { action: 'application.get' },
      schema: {
        tags,
        summary: 'Retrieves information on an application',
        params: AppParams,
        querystring: PlainQuery,
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) => toLosantApplication(await core.applications.get(principalOf(request), request.params.applicationId)),
  );

  app.patch(
    '/applications/:applicationId',
    {
      config: { action: 'application.patch' },
      schema: {
        tags,
        summary: 'Updates information about an application',
        params: AppParams,
        querystring: PlainQuery,
        body: ApplicationPatch,
        response: { 200: ApplicationSchema, ...errorResponses },
      },
    },
    async (request) =>
      toLosantApplication(await core.applications.update(actorOf(request, 'losant'), request.params.applicationId, request.body)),
  );

  app.delete(
    '/applications/:applicationId',
    {
      config: { action: 'application.delete' },
      schema: {
        tags,
        summary: 'Deletes an application and everything in it',
        params: AppParams,
        querystring: PlainQuery,
        response: { 200: Success, ...errorResponses },
      },
    },
    async (request) => {
      await core.applications.delete(actorOf(request, 'losant'), request.params.applicationId);
      return { success: true as const };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { AppError } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';
import { actorOf, principalOf } from '../common/auth.js';
import { EncodedBodies, encoderOf, sendEncoded, sendFresh } from '../common/encoded-bodies.js';
import { ZIP_UPLOAD_TYPES } from '../common/multipart.js';
import { typed } from '../common/typed.js';
import { docOf, fieldsFromBody, toCeligoIntegration } from './codec.js';
import { patchIntegration } from './integration-patch.js';
import { pageOf, pagingQuery, sendPage } from './paging.js';
import { errorResponses, IdParams, Integration, IntegrationBody, Manifest, NoBody, NoQuery, ObjectId, PatchBody } from './schemas.js';

const tags = ['integrator.io: integrations'];
const Projection = Type.String({ maxLength: 1024 });
const ListQuery = Type.Object(
  { ...pagingQuery, include: Type.Optional(Projection), exclude: Type.Optional(Projection) },
  { additionalProperties: false },
);
const CloneBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    sandbox: Type.Optional(Type.Boolean()),
    tag: Type.Optional(Type.String({ maxLength: 255 })),
    connectionMap: Type.Optional(Type.Record(Type.String(), ObjectId)),
    _stackId: Type.Optional(Type.Unknown()),
    _envId: Type.Optional(Type.Unknown()),
    _integrationId: Type.Optional(Type.Unknown()),
    newTemplateInstaller: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const SignedUrl = Type.Object({ signedURL: Type.String(), key: Type.String() });

const badProjection = (message: string) => new AppError('bad_request', message, [{ message, code: 'invalid_query_params' }]);

/** `include` keeps `_id`, `name` and the listed fields; `exclude` drops the listed ones (top-level names). */
function projection(query: { include?: string; exclude?: string }) {
  if (query.include !== undefined && query.exclude !== undefined) {
    throw badProjection('Please provide either include or exclude param in the request query and not both.');
  }
  const raw = query.include ?? query.exclude;
  if (raw === undefined) return (doc: JsonObject) => doc;
  if (!/^[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*$/.test(raw)) throw badProjection('include and exclude take comma-separated field names.');
  const fields = new Set(raw.split(',').map((f) => f.split('.')[0]));
  const keep =
    query.include !== undefined
      ? (k: string) => k === '_id' || k === 'name' || fields.has(k)
      : (k: string) => k === '_id' || !fields.has(k);
  return (doc: JsonObject) => Object.fromEntries(Object.entries(doc).filter(([k]) => keep(k)));
}

export async function integrationRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  app.get(
    '/integrations',
    {
      config: { action: 'integrations.get' },
      schema: {
        tags,
        summary: 'Get all integrations',
        querystring: ListQuery,
        response: { 200: Type.Array(Integration), ...errorResponses },
      },
    },
    async (request, reply) => {
      const project = projection(request.query);
      const page = pageOf(request.query);
      const result = await core.integrations.listInOrganization(principalOf(request), null, page);
      return sendPage(request, reply, page, result, (i) => project(toCeligoIntegration(i)));
    },
  );

  app.post(
    '/integrations',
    {
      config: { action: 'integrations.post' },
      schema: {
        tags,
        summary: 'Create an integration',
        querystring: NoQuery,
        body: IntegrationBody,
        response: { 201: Integration, ...errorResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await core.integrations.create(
        actorOf(request, 'celigo'),
        { organizationId: principal.organizationId, applicationId: null },
        fieldsFromBody(docOf(request.body)),
      );
      return reply.status(201).send(toCeligoIntegration(created));
    },
  );

  app.post(
    '/integrations/template',
    {
      config: { action: 'integrationTemplates.post' },
      schema: {
        tags,
        summary: 'Install a template ZIP (from GET /integrations/{_id}/template) as a new integration (Junction)',
        querystring: NoQuery,
        response: { 201: Manifest, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('unsupported_media_type', `Send the template as ${ZIP_UPLOAD_TYPES}.`);
      }
      const principal = principalOf(request);
      const manifest = await core.templates.install(actorOf(request, 'celigo'), principal.organizationId, request.body);
      return reply.status(201).send(manifest);
    },
  );

  const one = '/integrations/:_id';
  const bodies = new EncodedBodies();
  const encode = encoderOf<ReturnType<typeof toCeligoIntegration>>(Integration);
  app.get(
    one,
    {
      config: { action: 'integration.get' },
      schema: { tags, summary: 'Get a specific integration', params: IdParams, response: { 200: Integration, ...errorResponses } },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const stamp = await core.integrations.stampOf(principal, request.params._id);
      const cached = stamp && bodies.get(stamp);
      if (stamp && cached !== undefined) return sendEncoded(request, reply, stamp, cached);
      const integration = await core.integrations.get(principal, request.params._id);
      return sendFresh(request, reply, bodies, stamp, integration, encode(toCeligoIntegration(integration)));
    },
  );

  app.put(
    one,
    {
      config: { action: 'integration.put' },
      schema: {
        tags,
        summary: 'Update a specific integration (full replace)',
        params: IdParams,
        querystring: NoQuery,
        body: IntegrationBody,
        response: { 200: Integration, ...errorResponses },
      },
    },
    async (request) => {
      const body = docOf(request.body);
      const updated = await core.integrations.update(actorOf(request, 'celigo'), request.params._id, (current) =>
        fieldsFromBody(body, current),
      );
      return toCeligoIntegration(updated);
    },
  );

  app.patch(
    one,
    {
      config: { action: 'integration.patch' },
      schema: {
        tags,
        summary: 'Update part of a specific integration (JSON Patch)',
        params: IdParams,
        querystring: NoQuery,
        body: PatchBody,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      await core.integrations.update(actorOf(request, 'celigo'), request.params._id, (current) => patchIntegration(current, request.body));
      return reply.status(204).send();
    },
  );

  app.delete(
    one,
    {
      config: { action: 'integration.delete' },
      schema: {
        tags,
        summary: 'Delete a specific integration',
        params: IdParams,
        querystring: NoQuery,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      await core.integrationLinks.delete(actorOf(request, 'celigo'), request.params._id);
      return reply.status(204).send();
    },
  );

  app.post(
    `${one}/clone`,
    {
      config: { action: 'integration.clone' },
      schema: {
        tags,
        summary: 'Clone a specific integration',
        params: IdParams,
        body: CloneBody,
        response: { 201: Manifest, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { name, sandbox, tag, connectionMap } = request.body ?? {};
      const manifest = await core.templates.clone(actorOf(request, 'celigo'), request.params._id, { name, sandbox, tag, connectionMap });
      return reply.status(201).send(manifest);
    },
  );

  const templateRoute = {
    config: { action: 'integrationTemplate.get' as const },
    schema: {
      tags,
      summary: 'Download an integration: a signed link to its ZIP',
      params: IdParams,
      response: { 200: SignedUrl, ...errorResponses },
    },
  };
  const signedUrl = async (
    request: { params: Static<typeof IdParams>; protocol: string; host: string } & Parameters<typeof principalOf>[0],
  ) => core.templates.signedUrl(principalOf(request), request.params._id, `${request.protocol}://${request.host}`);
  app.get(`${one}/template`, templateRoute, (request) => signedUrl(request));
  // The documentation's example uses POST for the same call.
  app.post(`${one}/template`, templateRoute, (request) => signedUrl(request));
}

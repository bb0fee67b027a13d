import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { Application } from '../../core/tenancy/application-service.js';
import { INTEGRATION_CONFIG_SCHEMA } from '../../core/truto/integration-config-schema.js';
import { principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { listReply, parsePage } from './cursor.js';
import { Environment, errorResponses, IdParams, listOf, PageQuery } from './schemas.js';

const toEnvironment = (app: Application) => ({
  id: app.id,
  name: app.name,
  description: app.description,
  team_id: app.organizationId,
  created_at: app.createdAt,
  updated_at: app.updatedAt,
});

/** Environments (Junction applications) and the published config schema. */
export async function environmentRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['truto: environments'];

  app.get(
    '/environment',
    {
      config: { action: 'environments.get' },
      schema: {
        tags,
        summary: 'The environments the token reaches',
        querystring: PageQuery,
        response: { 200: listOf(Environment), ...errorResponses },
      },
    },
    async (request) => {
      const page = await core.environments.list(principalOf(request), parsePage(request.query));
      return listReply(page, toEnvironment);
    },
  );

  app.get(
    '/environment/:id',
    {
      config: { action: 'environment.get' },
      schema: { tags, summary: 'One environment', params: IdParams, response: { 200: Environment, ...errorResponses } },
    },
    async (request) => toEnvironment(await core.applications.get(principalOf(request), request.params.id)),
  );

  // Public, like any JSON Schema a client or editor fetches; the response is the schema itself.
  app.get(
    '/schemas/integration-config.json',
    {
      schema: {
        tags,
        summary: 'JSON Schema of an integration config (the declarative API definition)',
        response: { 200: Type.Record(Type.String(), Type.Unknown()) },
      },
    },
    async (_request, reply) =>
      reply.type('application/schema+json; charset=utf-8').serializer(JSON.stringify).send(INTEGRATION_CONFIG_SCHEMA),
  );
}

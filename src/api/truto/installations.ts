import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Core } from '../../core/index.js';
import type { Installation } from '../../core/truto/environment-integration-service.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { listReply, parsePage } from './cursor.js';
import {
  Deleted,
  EnvironmentIntegration,
  errorResponses,
  IdParams,
  InstallListQuery,
  InstallPatch,
  InstallPost,
  listOf,
} from './schemas.js';

const toEnvironmentIntegration = (i: Installation) => ({
  id: i.id,
  integration_id: i.integrationId,
  environment_id: i.environmentId,
  override: i.override,
  is_enabled: i.isEnabled,
  status: i.status,
  created_at: i.createdAt,
  updated_at: i.updatedAt,
});

const authedActor = (request: FastifyRequest) => ({ ...actorOf(request, 'truto'), principal: principalOf(request) });

/** Installs of integrations in environments (`/environment-integration`). */
export async function installationRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['truto: environment integrations'];
  const path = '/environment-integration';

  app.post(
    path,
    {
      config: { action: 'environmentIntegrations.post' },
      schema: {
        tags,
        summary: 'Installs an integration in the token’s environment (idempotent: an existing install is returned)',
        body: InstallPost,
        response: { 200: EnvironmentIntegration, 201: EnvironmentIntegration, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { integration_id, environment_id, is_enabled, override } = request.body;
      const { created, installation } = await core.installations.install(authedActor(request), {
        integrationId: integration_id,
        environmentId: environment_id,
        isEnabled: is_enabled,
        override,
      });
      return reply.status(created ? 201 : 200).send(toEnvironmentIntegration(installation));
    },
  );

  app.get(
    path,
    {
      config: { action: 'environmentIntegrations.get' },
      schema: {
        tags,
        summary: 'Installs in the token’s environments, and other teams’ installs of the team’s integrations',
        querystring: InstallListQuery,
        response: { 200: listOf(EnvironmentIntegration), ...errorResponses },
      },
    },
    async (request) => {
      const page = await core.installations.list(
        principalOf(request),
        { integrationId: request.query.integration_id },
        parsePage(request.query),
      );
      return listReply(page, toEnvironmentIntegration);
    },
  );

  app.get(
    `${path}/:id`,
    {
      config: { action: 'environmentIntegration.get' },
      schema: { tags, summary: 'One install', params: IdParams, response: { 200: EnvironmentIntegration, ...errorResponses } },
    },
    async (request) => toEnvironmentIntegration(await core.installations.get(principalOf(request), request.params.id)),
  );

  app.patch(
    `${path}/:id`,
    {
      config: { action: 'environmentIntegration.patch' },
      schema: {
        tags,
        summary: 'Replaces `override` whole, toggles `is_enabled`; the integration’s owner approves with `status: active`',
        params: IdParams,
        body: InstallPatch,
        response: { 200: EnvironmentIntegration, ...errorResponses },
      },
    },
    async (request) => {
      const { override, is_enabled, status } = request.body;
      const updated = await core.installations.update(authedActor(request), request.params.id, { override, isEnabled: is_enabled, status });
      return toEnvironmentIntegration(updated);
    },
  );

  app.delete(
    `${path}/:id`,
    {
      config: { action: 'environmentIntegration.delete' },
      schema: { tags, summary: 'Uninstalls', params: IdParams, response: { 200: Deleted, ...errorResponses } },
    },
    async (request) => core.installations.delete(authedActor(request), request.params.id),
  );
}

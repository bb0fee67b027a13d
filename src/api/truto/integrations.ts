import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/index.js';
import type { CatalogIntegration } from '../../core/truto/catalog-service.js';
import { AppError } from '../../lib/errors.js';
import { actorOf, principalOf } from '../common/auth.js';
import { EncodedStates, encoderOf, JSON_TYPE } from '../common/encoded-bodies.js';
import { typed } from '../common/typed.js';
import { listReply, parsePage } from './cursor.js';
import {
  Deleted,
  errorResponses,
  IdParams,
  IntegrationGetQuery,
  IntegrationListQuery,
  IntegrationPatch,
  IntegrationPost,
  Integration as IntegrationSchema,
  listOf,
} from './schemas.js';

export function toTrutoIntegration(integration: CatalogIntegration) {
  const team = integration.team;
  return {
    id: integration.id,
    name: integration.name,
    category: integration.category,
    is_beta: integration.isBeta,
    config: integration.config,
    sharing: integration.sharing,
    version: integration.version,
    team_id: integration.organizationId,
    // Junction keeps a team's name only; the other Truto team fields have fixed values.
    team: {
      id: team.id,
      name: team.name,
      domain: null,
      logo: null,
      is_verified: false,
      is_white_label: false,
      tos_link: null,
      allow_impersonation: false,
      created_at: team.created_at,
      updated_at: team.updated_at,
    },
    installed_environment: integration.installedEnvironments,
    can_install: integration.canInstall,
    ...(integration.isInstalled !== undefined ? { is_installed: integration.isInstalled } : {}),
    created_at: integration.createdAt,
    updated_at: integration.updatedAt,
  };
}

/** `/integration` and, as an alias the docs also use, `/integrations`. */
export async function integrationRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['truto: integrations'];
  // One team's encoded view of one integration, per state of what it shows (`viewStateOf`).
  const views = new EncodedStates(2_000_000);
  const encode = encoderOf<ReturnType<typeof toTrutoIntegration>>(IntegrationSchema);
  for (const base of ['/integration', '/integrations']) {
    const hide = base === '/integrations';

    app.get(
      base,
      {
        config: { action: 'integrations.get' },
        schema: {
          tags,
          hide,
          summary: "The team's integrations and other teams' shared ones",
          querystring: IntegrationListQuery,
          response: { 200: listOf(IntegrationSchema), ...errorResponses },
        },
      },
      async (request) => {
        const { name, category, sharing, 'id[in]': ids } = request.query;
        const page = await core.catalog.list(
          principalOf(request),
          { name, category, sharing, ...(ids !== undefined ? { ids: ids.split(',').map((s) => s.trim()) } : {}) },
          parsePage(request.query),
        );
        return listReply(page, toTrutoIntegration);
      },
    );

    app.post(
      base,
      {
        config: { action: 'integrations.post' },
        schema: {
          tags,
          hide,
          summary: 'Creates an integration owned by the token’s team',
          body: IntegrationPost,
          response: { 201: IntegrationSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { name, category, config, is_beta, sharing } = request.body;
        const actor = { ...actorOf(request, 'truto'), principal: principalOf(request) };
        const created = await core.catalog.create(actor, { name, category, config, isBeta: is_beta, sharing });
        return reply.status(201).send(toTrutoIntegration(created));
      },
    );

    app.get(
      `${base}/:id`,
      {
        config: { action: 'integration.get' },
        schema: {
          tags,
          hide,
          summary: 'One integration; `environment_id` says whether it is installed there',
          params: IdParams,
          querystring: IntegrationGetQuery,
          response: { 200: IntegrationSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const options = { environmentId: request.query.environment_id };
        const named = await core.catalog.viewStateOf(principal, request.params.id, options);
        const cached = named && views.get(named.key, named.state);
        if (cached !== undefined) return reply.header('content-type', JSON_TYPE).send(cached);
        const integration = await core.catalog.get(principal, request.params.id, options);
        const body = encode(toTrutoIntegration(integration));
        // Kept only when the full read shows the state named before it (no write came between).
        if (named && core.catalog.viewState(integration) === named.state) views.set(named.key, named.state, body);
        return reply.header('content-type', JSON_TYPE).send(body);
      },
    );

    app.patch(
      `${base}/:id`,
      {
        config: { action: 'integration.patch' },
        schema: {
          tags,
          hide,
          summary: 'Updates an integration: `version` must be the current one; `config` is deep-merged, `null` removes a key',
          params: IdParams,
          body: IntegrationPatch,
          response: { 200: IntegrationSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { version, name, category, config, is_beta, sharing } = request.body;
        const actor = { ...actorOf(request, 'truto'), principal: principalOf(request) };
        try {
          const updated = await core.catalog.patch(actor, request.params.id, { version, name, category, config, isBeta: is_beta, sharing });
          return toTrutoIntegration(updated);
        } catch (error) {
          // Truto answers a stale version with 400 Bad Request, not 409.
          if (error instanceof AppError && error.code === 'conflict') throw new AppError('bad_request', error.message);
          throw error;
        }
      },
    );

    app.delete(
      `${base}/:id`,
      {
        config: { action: 'integration.delete' },
        schema: {
          tags,
          hide,
          summary: 'Deletes an integration and its installs',
          params: IdParams,
          response: { 200: Deleted, ...errorResponses },
        },
      },
      async (request) => core.catalog.delete(actorOf(request, 'truto'), request.params.id),
    );
  }
}

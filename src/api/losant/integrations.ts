import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import type { Core } from '../../core/index.js';
import { type Integration, type IntegrationFields, maskedIntegration } from '../../core/integrations/integration-model.js';
import { INTEGRATION_DEFAULTS } from '../../core/integrations/integration-service.js';
import { actorOf, principalOf } from '../common/auth.js';
import { EncodedBodies, EncodedStates, encoderOf, JSON_TYPE, type Stamp, sendEncoded, sendFresh } from '../common/encoded-bodies.js';
import { typed } from '../common/typed.js';
import { patchIntegration } from './integration-patch.js';
import { links, parseListQuery } from './listing.js';
import {
  AppParams,
  DeleteIntegrationQuery,
  errorResponses,
  IntegrationParams,
  IntegrationPatch,
  IntegrationPost,
  Integration as IntegrationSchema,
  listQuery,
  listResponse,
  PlainQuery,
  Success,
} from './schemas.js';

// Losant's sort and filter names → the model's field names.
const SORT_FIELDS = {
  name: 'name',
  id: 'id',
  creationDate: 'createdAt',
  integrationType: 'integrationType',
  lastUpdated: 'updatedAt',
};
const FILTER_FIELDS = { name: 'name', integrationType: 'integrationType' };

const ITEMS_OPEN = '{"items":[';

const collectionPath = (applicationId: string) => `/applications/${applicationId}/integrations`;

export function toLosantIntegration(unmasked: Integration) {
  const integration = maskedIntegration(unmasked);
  const appId = integration.applicationId ?? '';
  const collection = collectionPath(appId);
  // Object.assign, not spread: spreading then adding many keys is a slow path in V8.
  const view = Object.assign({}, integration.attributes, {
    id: integration.id,
    integrationId: integration.id,
    applicationId: appId,
    creationDate: integration.createdAt,
    lastUpdated: integration.updatedAt,
    name: integration.name,
    integrationType: integration.integrationType ?? '',
    enabled: integration.enabled,
    _type: 'integration' as const,
    _links: {
      self: { href: `${collection}/${integration.id}` },
      integrations: { href: collection },
      application: { href: `/applications/${appId}` },
    },
  });
  if (integration.status) Object.assign(view, { status: integration.status });
  return view;
}

type PostBody = Static<typeof IntegrationPost>;

function fieldsFromPost(body: PostBody): IntegrationFields {
  const { name, integrationType, enabled, ...attributes } = body;
  return { ...INTEGRATION_DEFAULTS, name, integrationType, enabled: enabled ?? true, attributes };
}

export async function integrationRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const bodies = new EncodedBodies();
  const pages = new EncodedStates();
  const encode = encoderOf<ReturnType<typeof toLosantIntegration>>(IntegrationSchema);
  const encodedIntegration = (stamp: Stamp | null, integration: Integration) => {
    const body = encode(toLosantIntegration(integration));
    if (stamp) bodies.set(stamp, body);
    return body;
  };
  const tags = ['losant: integrations'];

  app.get(
    '/applications/:applicationId/integrations',
    {
      config: { action: 'integrations.get' },
      schema: {
        tags,
        summary: 'Returns the integrations for an application',
        params: AppParams,
        querystring: listQuery(Object.keys(SORT_FIELDS), Object.keys(FILTER_FIELDS)),
        response: { 200: listResponse(IntegrationSchema, 'integrations'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params;
      const { request: page, filter, echo } = parseListQuery(request.query, { ...SORT_FIELDS, ...FILTER_FIELDS });
      const state = await core.integrations.listState(principalOf(request), applicationId);
      // The page is a function of the URL and the application's integrations, which its generation names.
      const generation = String(state.generation);
      const cached = pages.get(request.url, generation);
      if (cached !== undefined) return reply.header('content-type', JSON_TYPE).send(cached);
      const held = new Map<string, string>();
      const result = await core.integrations.listStampedInApplication(state, filter, page, (stamp) => {
        const body = bodies.get(stamp);
        if (body !== undefined) held.set(stamp.id, body);
        return body !== undefined;
      });
      const appId = applicationId;
      // The page is the envelope around the items' encoded bodies (each encoded once per version).
      const envelope = reply.serialize({
        items: [],
        count: result.items.length,
        totalCount: result.total,
        ...echo,
        applicationId: appId,
        _type: 'integrations' as const,
        _links: links(collectionPath(appId), { application: `/applications/${appId}` }),
      });
      const items = result.items.map((item) =>
        item.integration ? encodedIntegration(item.stamp, item.integration) : (held.get((item.stamp as Stamp).id) as string),
      );
      const body = `${ITEMS_OPEN}${items.join(',')}${envelope.slice(ITEMS_OPEN.length)}`;
      // Rows read after the generation are at least as new: kept under it, a later write misses it.
      pages.set(request.url, generation, body);
      return reply.header('content-type', JSON_TYPE).send(body);
    },
  );

  app.post(
    '/applications/:applicationId/integrations',
    {
      config: { action: 'integrations.post' },
      schema: {
        tags,
        summary: 'Create a new integration for an application',
        params: AppParams,
        querystring: PlainQuery,
        body: IntegrationPost,
        response: { 201: IntegrationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await core.integrations.create(
        actorOf(request, 'losant'),
        { organizationId: principal.organizationId, applicationId: request.params.applicationId },
        fieldsFromPost(request.body),
      );
      return reply.status(201).send(toLosantIntegration(created));
    },
  );

  app.get(
    '/applications/:applicationId/integrations/:integrationId',
    {
      config: { action: 'integration.get' },
      schema: {
        tags,
        summary: 'Retrieves information on an integration',
        params: IntegrationParams,
        querystring: PlainQuery,
        response: { 200: IntegrationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { applicationId, integrationId } = request.params;
      const principal = principalOf(request);
      const stamp = await core.integrations.stampOf(principal, integrationId, applicationId);
      const cached = stamp && bodies.get(stamp);
      if (stamp && cached !== undefined) return sendEncoded(request, reply, stamp, cached);
      const integration = await core.integrations.get(principal, integrationId, applicationId);
      return sendFresh(request, reply, bodies, stamp, integration, encode(toLosantIntegration(integration)));
    },
  );

  app.patch(
    '/applications/:applicationId/integrations/:integrationId',
    {
      config: { action: 'integration.patch' },
      schema: {
        tags,
        summary: 'Updates information about an integration',
        params: IntegrationParams,
        querystring: PlainQuery,
        body: IntegrationPatch,
        response: { 200: IntegrationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { applicationId, integrationId } = request.params;
      const updated = await core.integrations.update(
        actorOf(request, 'losant'),
        integrationId,
        (current) => patchIntegration(current, request.body),
        { applicationId: applicationId },
      );
      return toLosantIntegration(updated);
    },
  );

  app.delete(
    '/applications/:applicationId/integrations/:integrationId',
    {
      config: { action: 'integration.delete' },
      schema: {
        tags,
        summary: 'Deletes an integration',
        params: IntegrationParams,
        querystring: DeleteIntegrationQuery,
        response: { 200: Success, ...errorResponses },
      },
    },
    async (request) => {
      const { applicationId, integrationId } = request.params;
      await core.integrations.delete(actorOf(request, 'losant'), integrationId, {
        applicationId: applicationId,
        includeWorkflows: request.query.includeWorkflows?.toLowerCase() === 'true',
      });
      return { success: true as const };
    },
  );
}

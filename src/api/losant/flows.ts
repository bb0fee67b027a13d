import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import type { Flow, FlowFields } from '../../core/flows/flow-model.js';
import type { Core } from '../../core/index.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { links, parseListQuery } from './listing.js';
import { AppParams, errorResponses, Links, listQuery, listResponse, ObjectId, PlainQuery, Success } from './schemas.js';

const Trigger = Type.Object(
  {
    type: Type.String({ minLength: 1, maxLength: 255 }),
    key: Type.Optional(Type.String({ maxLength: 1024 })),
    config: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    uiId: Type.Optional(Type.String({ maxLength: 1024 })),
    outputIds: Type.Optional(Type.Array(Type.Array(Type.String()))),
  },
  { additionalProperties: false },
);
const Node = Type.Record(Type.String(), Type.Unknown());
const Global = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 255 }),
  json: Type.Optional(Type.String()),
  value: Type.Optional(Type.Unknown()),
});

/** Flow fields kept as they are given (besides name, description, enabled, triggers and nodes). */
const extras = {
  shortDescription: Type.Optional(Type.String({ maxLength: 1024 })),
  globals: Type.Optional(Type.Array(Global, { maxItems: 100 })),
  flowClass: Type.Optional(
    Type.Union([
      Type.Literal('cloud'),
      Type.Literal('edge'),
      Type.Literal('embedded'),
      Type.Literal('experience'),
      Type.Literal('customNode'),
    ]),
  ),
  category: Type.Optional(Type.String({ maxLength: 255 })),
  iconData: Type.Optional(Type.String({ maxLength: 32767 })),
};
const EXTRA_KEYS = Object.keys(extras);

const writable = {
  description: Type.Optional(Type.String({ maxLength: 32767 })),
  enabled: Type.Optional(Type.Boolean()),
  triggers: Type.Optional(Type.Array(Trigger, { maxItems: 100 })),
  nodes: Type.Optional(Type.Array(Node, { maxItems: 1000 })),
  ...extras,
};
const FlowPost = Type.Object({ name: Type.String({ minLength: 1, maxLength: 255 }), ...writable }, { additionalProperties: false });
const FlowPatch = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })), ...writable },
  { additionalProperties: false },
);

const FlowSchema = Type.Object({
  id: Type.String(),
  flowId: Type.String(),
  applicationId: Type.String(),
  creationDate: Type.String(),
  lastUpdated: Type.String(),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  enabled: Type.Boolean(),
  triggers: Type.Array(Type.Unknown()),
  nodes: Type.Array(Type.Unknown()),
  ...extras,
  _type: Type.Literal('flow'),
  _links: Links,
});
const FlowParams = Type.Object({ applicationId: ObjectId, flowId: ObjectId });
// Losant's sort names → the model's field names.
const SORT_FIELDS = { name: 'name', id: 'id', creationDate: 'createdAt', lastUpdated: 'updatedAt' };

type FlowBody = Static<typeof FlowPatch>;

function toLosantFlow(flow: Flow) {
  const base = `/applications/${flow.applicationId}/flows`;
  return Object.assign({}, flow.attributes, {
    id: flow.id,
    flowId: flow.id,
    applicationId: flow.applicationId ?? '',
    creationDate: flow.createdAt,
    lastUpdated: flow.updatedAt,
    name: flow.name,
    ...(flow.description !== null ? { description: flow.description } : {}),
    enabled: flow.enabled,
    triggers: flow.triggers,
    nodes: flow.nodes,
    _type: 'flow' as const,
    _links: links(`${base}/${flow.id}`, { flows: base, application: `/applications/${flow.applicationId}` }),
  });
}

function applyFlowBody(current: FlowFields, body: FlowBody): FlowFields {
  const attributes = { ...current.attributes };
  for (const key of EXTRA_KEYS) {
    const value = (body as Record<string, unknown>)[key];
    if (value !== undefined) attributes[key] = value;
  }
  return {
    name: body.name ?? current.name,
    description: body.description ?? current.description,
    enabled: body.enabled ?? current.enabled,
    triggers: body.triggers ?? current.triggers,
    nodes: body.nodes ?? current.nodes,
    integrationId: current.integrationId,
    attributes,
  };
}

const EMPTY_FLOW: FlowFields = { name: '', description: null, enabled: true, triggers: [], nodes: [], integrationId: null, attributes: {} };

export async function flowRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['losant: workflows'];
  const path = '/applications/:applicationId/flows';

  app.get(
    path,
    {
      config: { action: 'flows.get' },
      schema: {
        tags,
        summary: 'Returns the workflows for an application',
        params: AppParams,
        querystring: listQuery(Object.keys(SORT_FIELDS), ['name']),
        response: { 200: listResponse(FlowSchema, 'flows'), ...errorResponses },
      },
    },
    async (request) => {
      const { request: page, filter, echo } = parseListQuery(request.query, { ...SORT_FIELDS });
      const result = await core.flows.list(principalOf(request), request.params.applicationId, filter, page);
      const appId = request.params.applicationId.toLowerCase();
      return {
        items: result.items.map(toLosantFlow),
        count: result.items.length,
        totalCount: result.total,
        ...echo,
        applicationId: appId,
        _type: 'flows' as const,
        _links: links(`/applications/${appId}/flows`, { application: `/applications/${appId}` }),
      };
    },
  );

  app.post(
    path,
    {
      config: { action: 'flows.post' },
      schema: {
        tags,
        summary: 'Create a new workflow',
        params: AppParams,
        querystring: PlainQuery,
        body: FlowPost,
        response: { 201: FlowSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await core.flows.create(
        actorOf(request, 'losant'),
        request.params.applicationId,
        applyFlowBody(EMPTY_FLOW, request.body),
      );
      return reply.status(201).send(toLosantFlow(created));
    },
  );

  const one = `${path}/:flowId`;
  app.get(
    one,
    {
      config: { action: 'flow.get' },
      schema: {
        tags,
        summary: 'Retrieves information on a workflow',
        params: FlowParams,
        querystring: PlainQuery,
        response: { 200: FlowSchema, ...errorResponses },
      },
    },
    async (request) => toLosantFlow(await core.flows.get(principalOf(request), request.params.applicationId, request.params.flowId)),
  );

  app.patch(
    one,
    {
      config: { action: 'flow.patch' },
      schema: {
        tags,
        summary: 'Updates a workflow',
        params: FlowParams,
        querystring: PlainQuery,
        body: FlowPatch,
        response: { 200: FlowSchema, ...errorResponses },
      },
    },
    async (request) =>
      toLosantFlow(
        await core.flows.update(actorOf(request, 'losant'), request.params.applicationId, request.params.flowId, (current) =>
          applyFlowBody(current, request.body),
        ),
      ),
  );

  app.delete(
    one,
    {
      config: { action: 'flow.delete' },
      schema: {
        tags,
        summary: 'Deletes a workflow',
        params: FlowParams,
        querystring: PlainQuery,
        response: { 200: Success, ...errorResponses },
      },
    },
    async (request) => {
      await core.flows.delete(actorOf(request, 'losant'), request.params.applicationId, request.params.flowId);
      return { success: true as const };
    },
  );
}

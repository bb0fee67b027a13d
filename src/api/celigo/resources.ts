import type { FastifyInstance } from 'fastify';
import { type TObject, Type } from 'typebox';
import type { Action } from '../../auth/scopes.js';
import type { Core } from '../../core/index.js';
import type { ResourceKind } from '../../core/integrator-io/resource-service.js';
import type { JsonObject } from '../../lib/json.js';
import { actorOf, principalOf } from '../common/auth.js';
import { type TypedApp, typed } from '../common/typed.js';
import { docOf, toCeligoFlow, toCeligoResource } from './codec.js';
import { PagingQuery, pageOf, sendPage } from './paging.js';
import { errorResponses, IdParams, NoBody, NoQuery, ObjectId, openDocument } from './schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 255 });
const Json = Type.Record(Type.String(), Type.Unknown());
const open = { additionalProperties: true };

export const BODIES: Record<ResourceKind, TObject> = {
  connection: Type.Object({ name: Name, type: Type.String({ minLength: 1, maxLength: 64 }), offline: Type.Optional(Type.Boolean()) }, open),
  // A webhook listener (adaptorType WebhookExport) has none; core requires it of every other export.
  export: Type.Object({ name: Name, _connectionId: Type.Optional(ObjectId) }, open),
  import: Type.Object({ name: Name, _connectionId: ObjectId }, open),
};
const PageGenerator = Type.Object({ _exportId: ObjectId }, open);
const PageProcessor = Type.Object(
  {
    type: Type.Union([Type.Literal('export'), Type.Literal('import')]),
    _exportId: Type.Optional(ObjectId),
    _importId: Type.Optional(ObjectId),
  },
  open,
);
export const FlowBody = Type.Object(
  {
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 10240 })),
    disabled: Type.Optional(Type.Boolean()),
    _integrationId: Type.Optional(ObjectId),
    pageGenerators: Type.Optional(Type.Array(PageGenerator, { maxItems: 100 })),
    pageProcessors: Type.Optional(Type.Array(PageProcessor, { maxItems: 500 })),
    schedule: Type.Optional(Type.String({ maxLength: 255 })),
    timezone: Type.Optional(Type.String({ maxLength: 64 })),
    routers: Type.Optional(Type.Array(Json)),
  },
  open,
);
const CeligoErrorRef = Type.Ref('CeligoError');
const PingAnswer = Type.Object({ code: Type.Literal(200), message: Type.String(), offline: Type.Literal(false) });
const Flow = openDocument({ disabled: Type.Boolean(), _integrationId: Type.Optional(Type.String()) });
const Document = openDocument({});

interface Crud<T> {
  path: string;
  actions: { list: Action; create: Action; get: Action; put: Action; delete: Action };
  body: TObject;
  schema: TObject;
  encode: (item: T) => JsonObject;
  list: (request: Parameters<typeof principalOf>[0], page: ReturnType<typeof pageOf>) => Promise<{ total: number; items: T[] }>;
  create: (request: Parameters<typeof principalOf>[0], doc: JsonObject) => Promise<T>;
  get: (request: Parameters<typeof principalOf>[0], id: string) => Promise<T>;
  replace: (request: Parameters<typeof principalOf>[0], id: string, doc: JsonObject) => Promise<T>;
  remove: (request: Parameters<typeof principalOf>[0], id: string) => Promise<void>;
}

/** GET/POST on the collection, GET/PUT/DELETE on one item: the integrator.io resource pattern. */
function crud<T>(app: TypedApp, tags: string[], r: Crud<T>) {
  app.get(
    r.path,
    {
      config: { action: r.actions.list },
      schema: { tags, querystring: PagingQuery, response: { 200: Type.Array(r.schema), ...errorResponses } },
    },
    async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(request, reply, page, await r.list(request, page), r.encode);
    },
  );
  app.post(
    r.path,
    {
      config: { action: r.actions.create },
      schema: { tags, querystring: NoQuery, body: r.body, response: { 201: r.schema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(r.encode(await r.create(request, docOf(request.body)))),
  );
  const one = `${r.path}/:_id`;
  app.get(
    one,
    {
      config: { action: r.actions.get },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 200: r.schema, ...errorResponses } },
    },
    async (request) => r.encode(await r.get(request, request.params._id)),
  );
  app.put(
    one,
    {
      config: { action: r.actions.put },
      schema: {
        tags,
        summary: 'Full replace',
        params: IdParams,
        querystring: NoQuery,
        body: r.body,
        response: { 200: r.schema, ...errorResponses },
      },
    },
    async (request) => r.encode(await r.replace(request, request.params._id, docOf(request.body))),
  );
  app.delete(
    one,
    {
      config: { action: r.actions.delete },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 204: NoBody, ...errorResponses } },
    },
    async (request, reply) => {
      await r.remove(request, request.params._id);
      return reply.status(204).send();
    },
  );
}

export async function resourceRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  for (const kind of ['connection', 'export', 'import'] as const) {
    const plural = `${kind}s` as const;
    crud(app, [`integrator.io: ${plural}`], {
      path: `/${plural}`,
      actions: { list: `${plural}.get`, create: `${plural}.post`, get: `${kind}.get`, put: `${kind}.put`, delete: `${kind}.delete` },
      body: BODIES[kind],
      schema: Document,
      encode: toCeligoResource,
      list: (request, page) => core.resources.list(principalOf(request), kind, page),
      create: (request, doc) => core.resources.create(actorOf(request, 'celigo'), principalOf(request).organizationId, kind, doc),
      get: (request, id) => core.resources.get(principalOf(request), kind, id),
      replace: (request, id, doc) => core.resources.replace(actorOf(request, 'celigo'), kind, id, doc),
      remove: (request, id) => core.resources.delete(actorOf(request, 'celigo'), kind, id),
    });
  }
  app.post(
    '/connections/:_id/ping',
    {
      config: { action: 'connection.ping' },
      schema: {
        tags: ['integrator.io: connections'],
        summary: 'Test the connection against its upstream; a failure marks it offline',
        params: IdParams,
        querystring: NoQuery,
        body: Type.Object({}, open),
        // A failed ping is the upstream's answer: 502 (refused), 504 (timed out) or 429 (rate limited).
        response: { 200: PingAnswer, ...errorResponses, 429: CeligoErrorRef, 502: CeligoErrorRef, 504: CeligoErrorRef },
      },
    },
    async (request) => core.connectionPing.ping(actorOf(request, 'celigo'), request.params._id),
  );
  const flows = core.integrationFlows;
  crud(app, ['integrator.io: flows'], {
    path: '/flows',
    actions: { list: 'flows.get', create: 'flows.post', get: 'flow.get', put: 'flow.put', delete: 'flow.delete' },
    body: FlowBody,
    schema: Flow,
    encode: toCeligoFlow,
    list: (request, page) => flows.list(principalOf(request), null, page),
    create: (request, doc) => flows.create(actorOf(request, 'celigo'), principalOf(request).organizationId, doc),
    get: (request, id) => flows.get(principalOf(request), id),
    replace: (request, id, doc) => flows.replace(actorOf(request, 'celigo'), id, doc),
    remove: (request, id) => flows.delete(actorOf(request, 'celigo'), id),
  });
}

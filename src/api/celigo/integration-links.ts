import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Action } from '../../auth/scopes.js';
import type { Core } from '../../core/index.js';
import type { StepList } from '../../core/integrator-io/install-steps.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { toCeligoFlow, toCeligoIntegration, toCeligoResource } from './codec.js';
import { PagingQuery, pageOf, sendPage } from './paging.js';
import { errorResponses, IdParams, Integration, NoBody, NoQuery, ObjectId, openDocument } from './schemas.js';

const tags = ['integrator.io: integrations'];
const Document = openDocument({});
const Flow = openDocument({ disabled: Type.Boolean(), _integrationId: Type.Optional(Type.String()) });
const ConnectionParams = Type.Object({ _id: ObjectId, _connectionId: ObjectId });
const Step = Type.Record(Type.String(), Type.Unknown());
const StepBody = Type.Object({ _connectionId: Type.Optional(ObjectId) }, { additionalProperties: true });
const Dependencies = Type.Record(Type.String(), Type.Array(Type.Object({ id: Type.String(), name: Type.String() })));

export async function integrationLinkRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const one = '/integrations/:_id';
  const links = core.integrationLinks;
  const list = (action: Action, summary: string, item: typeof Document) =>
    ({
      config: { action },
      schema: { tags, summary, params: IdParams, querystring: PagingQuery, response: { 200: Type.Array(item), ...errorResponses } },
    }) as const;

  app.get(`${one}/flows`, list('flows.get', 'Get flows associated with an integration', Flow), async (request, reply) => {
    const principal = principalOf(request);
    const integration = await core.integrations.get(principal, request.params._id);
    const page = pageOf(request.query);
    return sendPage(request, reply, page, await core.integrationFlows.list(principal, integration.id, page), toCeligoFlow);
  });
  app.get(
    `${one}/connections`,
    list('connections.get', 'Get connections registered to an integration', Document),
    async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(request, reply, page, await links.connections(principalOf(request), request.params._id, page), toCeligoResource);
    },
  );
  for (const kind of ['export', 'import'] as const) {
    app.get(`${one}/${kind}s`, list(`${kind}s.get`, `Get ${kind}s the integration's flows use`, Document), async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(request, reply, page, await links.resources(principalOf(request), request.params._id, kind, page), toCeligoResource);
    });
  }

  app.put(
    `${one}/connections/register`,
    {
      config: { action: 'integrationConnections.put' },
      schema: {
        tags,
        summary: 'Register multiple connections at one time to an integration',
        params: IdParams,
        querystring: NoQuery,
        body: Type.Array(ObjectId, { minItems: 1, maxItems: 1000 }),
        response: { 200: Integration, ...errorResponses },
      },
    },
    async (request) => toCeligoIntegration(await links.register(actorOf(request, 'celigo'), request.params._id, request.body)),
  );
  app.put(
    `${one}/connections/:_connectionId/register`,
    {
      config: { action: 'integrationConnection.put' },
      schema: {
        tags,
        summary: 'Register a connection to an integration',
        params: ConnectionParams,
        querystring: NoQuery,
        response: { 200: Integration, ...errorResponses },
      },
    },
    async (request) =>
      toCeligoIntegration(await links.register(actorOf(request, 'celigo'), request.params._id, [request.params._connectionId])),
  );
  app.delete(
    `${one}/connections/:_connectionId/register`,
    {
      config: { action: 'integrationConnection.delete' },
      schema: {
        tags,
        summary: 'Unregister a connection from an integration',
        params: ConnectionParams,
        querystring: NoQuery,
        response: { 204: NoBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      await links.unregister(actorOf(request, 'celigo'), request.params._id, request.params._connectionId);
      return reply.status(204).send();
    },
  );

  app.get(
    `${one}/dependencies`,
    {
      config: { action: 'integrationDependencies.get' },
      schema: {
        tags,
        summary: 'Get all resources using or used by this integration',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Dependencies, ...errorResponses },
      },
    },
    async (request) => links.dependencies(principalOf(request), request.params._id),
  );

  // The documented codes are odd (GET installSteps 201, POST 200; uninstall the other way) but are the contract.
  const stepRoutes: [StepList, number, number][] = [
    ['installSteps', 201, 200],
    ['uninstallSteps', 200, 201],
  ];
  for (const [steps, getStatus, postStatus] of stepRoutes) {
    app.get(
      `${one}/${steps}`,
      {
        config: { action: `${steps}.get` },
        schema: {
          tags,
          summary: `Display the ${steps}`,
          params: IdParams,
          querystring: NoQuery,
          response: { [getStatus]: Type.Array(Step), ...errorResponses },
        },
      },
      async (request, reply) => reply.status(getStatus).send(await links.steps(principalOf(request), request.params._id, steps)),
    );
    app.post(
      `${one}/${steps}`,
      {
        config: { action: `${steps}.post` },
        schema: {
          tags,
          summary: `Complete the current step of the ${steps}`,
          params: IdParams,
          querystring: NoQuery,
          body: StepBody,
          response: { [postStatus]: Type.Array(Step), ...errorResponses },
        },
      },
      async (request, reply) => {
        const input = { _connectionId: request.body?._connectionId };
        return reply.status(postStatus).send(await links.completeStep(actorOf(request, 'celigo'), request.params._id, steps, input));
      },
    );
  }
}

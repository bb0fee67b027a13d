import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { toCeligoShare } from './codec.js';
import { PagingQuery, pageOf, sendPage } from './paging.js';
import { errorResponses, IdParams, NoBody, NoQuery } from './schemas.js';

const AccessLevel = Type.Union([Type.Literal('manage'), Type.Literal('monitor')]);
const Share = Type.Object({
  _id: Type.String(),
  _integrationId: Type.String(),
  accessLevel: Type.String(),
  accepted: Type.Boolean(),
  disabled: Type.Boolean(),
  sharedWithUser: Type.Object({ email: Type.String() }),
  createdAt: Type.String(),
  lastModified: Type.String(),
});
const InviteBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }), accessLevel: Type.Optional(AccessLevel) },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  { accessLevel: Type.Optional(AccessLevel), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** Users invited to an integration with an access level (integrator.io `ashares`). */
export async function shareRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['integrator.io: ashares'];

  app.get(
    '/integrations/:_id/ashares',
    {
      config: { action: 'ashares.get' },
      schema: {
        tags,
        summary: 'Get users associated with an integration',
        params: IdParams,
        querystring: PagingQuery,
        response: { 200: Type.Array(Share), ...errorResponses },
      },
    },
    async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(request, reply, page, await core.shares.list(principalOf(request), request.params._id, page), toCeligoShare);
    },
  );

  app.post(
    '/integrations/:_id/ashares',
    {
      config: { action: 'ashares.post' },
      schema: {
        tags,
        summary: 'Invite a user to an integration',
        params: IdParams,
        querystring: NoQuery,
        body: InviteBody,
        response: { 201: Share, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, accessLevel = 'monitor' } = request.body;
      const share = await core.shares.invite(actorOf(request, 'celigo'), request.params._id, { email, accessLevel });
      return reply.status(201).send(toCeligoShare(share));
    },
  );

  app.get(
    '/ashares/:_id',
    {
      config: { action: 'ashare.get' },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 200: Share, ...errorResponses } },
    },
    async (request) => toCeligoShare(await core.shares.get(principalOf(request), request.params._id)),
  );

  app.put(
    '/ashares/:_id',
    {
      config: { action: 'ashare.put' },
      schema: { tags, params: IdParams, querystring: NoQuery, body: UpdateBody, response: { 200: Share, ...errorResponses } },
    },
    async (request) => toCeligoShare(await core.shares.update(actorOf(request, 'celigo'), request.params._id, request.body)),
  );

  app.delete(
    '/ashares/:_id',
    {
      config: { action: 'ashare.delete' },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 204: NoBody, ...errorResponses } },
    },
    async (request, reply) => {
      await core.shares.delete(actorOf(request, 'celigo'), request.params._id);
      return reply.status(204).send();
    },
  );
}

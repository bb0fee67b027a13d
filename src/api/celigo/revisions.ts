import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { toCeligoRevision } from './codec.js';
import { PagingQuery, pageOf, sendPage } from './paging.js';
import { errorResponses, IdParams, NoBody, NoQuery, ObjectId } from './schemas.js';

const Revision = Type.Object({
  _id: Type.String(),
  _integrationId: Type.String(),
  type: Type.String(),
  status: Type.String(),
  description: Type.Optional(Type.String()),
  _byUserId: Type.Optional(Type.String()),
  beforeRevisionHash: Type.String(),
  afterRevisionHash: Type.String(),
  _revertedToRevisionId: Type.Optional(Type.String()),
  createdAt: Type.String(),
});
const RevisionParams = Type.Object({ _id: ObjectId, _revisionId: ObjectId });
const DescriptionBody = Type.Object({ description: Type.Optional(Type.String({ maxLength: 10240 })) }, { additionalProperties: false });
const CreateQuery = Type.Object(
  { ignoreIfNoChanges: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])) },
  { additionalProperties: false },
);
const DiffQuery = Type.Object({ against: Type.Optional(ObjectId) }, { additionalProperties: false });
const Diff = Type.Object({
  _fromRevisionId: Type.Union([Type.String(), Type.Null()]),
  _toRevisionId: Type.String(),
  changes: Type.Array(
    Type.Object({
      resourceType: Type.String(),
      _resourceId: Type.String(),
      action: Type.String(),
      fieldChanges: Type.Array(Type.Object({ fieldPath: Type.String(), oldValue: Type.Unknown(), newValue: Type.Unknown() })),
    }),
  ),
});

export async function revisionRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['integrator.io: revisions'];
  const base = '/integrations/:_id/revisions';

  app.post(
    `${base}/create`,
    {
      config: { action: 'revisions.post' },
      schema: {
        tags,
        summary: 'Create a snapshot of a specific integration',
        params: IdParams,
        querystring: CreateQuery,
        body: DescriptionBody,
        response: { 201: Revision, 204: NoBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const revision = await core.revisions.create(actorOf(request, 'celigo'), request.params._id, {
        description: request.body?.description ?? null,
        ignoreIfNoChanges: request.query.ignoreIfNoChanges === 'true',
      });
      return revision ? reply.status(201).send(toCeligoRevision(revision)) : reply.status(204).send();
    },
  );

  app.get(
    base,
    {
      config: { action: 'revisions.get' },
      schema: {
        tags,
        summary: 'Revisions of an integration, newest first',
        params: IdParams,
        querystring: PagingQuery,
        response: { 200: Type.Array(Revision), ...errorResponses },
      },
    },
    async (request, reply) => {
      const page = { ...pageOf(request.query), descending: true };
      return sendPage(request, reply, page, await core.revisions.list(principalOf(request), request.params._id, page), toCeligoRevision);
    },
  );

  app.get(
    `${base}/:_revisionId`,
    {
      config: { action: 'revision.get' },
      schema: {
        tags,
        summary: 'One revision',
        params: RevisionParams,
        querystring: NoQuery,
        response: { 200: Revision, ...errorResponses },
      },
    },
    async (request) => toCeligoRevision(await core.revisions.get(principalOf(request), request.params._id, request.params._revisionId)),
  );

  app.get(
    `${base}/:_revisionId/diff`,
    {
      config: { action: 'revision.get' },
      schema: {
        tags,
        summary: 'What changed from another revision (default: the one before) to this one',
        params: RevisionParams,
        querystring: DiffQuery,
        response: { 200: Diff, ...errorResponses },
      },
    },
    async (request) => {
      const diff = await core.revisions.diff(principalOf(request), request.params._id, request.params._revisionId, request.query.against);
      return {
        _fromRevisionId: diff.fromRevisionId,
        _toRevisionId: diff.toRevisionId,
        changes: diff.changes.map(({ resourceId, ...change }) => ({
          ...change,
          _resourceId: resourceId || request.params._id.toLowerCase(),
        })),
      };
    },
  );

  app.post(
    `${base}/:_revisionId/revert`,
    {
      config: { action: 'revision.revert' },
      schema: {
        tags,
        summary: 'Restore the integration as the revision saved it (recorded as a revert revision)',
        params: RevisionParams,
        querystring: NoQuery,
        body: DescriptionBody,
        response: { 201: Revision, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { _id, _revisionId } = request.params;
      const revision = await core.revisions.revert(actorOf(request, 'celigo'), _id, _revisionId, request.body?.description ?? null);
      return reply.status(201).send(toCeligoRevision(revision));
    },
  );
}

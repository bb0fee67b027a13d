import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { actorOf, principalOf } from '../common/auth.js';
import { type JobQuery, jobFilterOf, toCeligoError, toCeligoJob } from './job-codec.js';
import { errorResponses, IdParams, NoBody, NoQuery, ObjectId } from './schemas.js';

const tags = ['integrator.io: jobs'];
const Job = Type.Object({ _id: Type.String(), type: Type.String(), status: Type.String() }, { additionalProperties: true });
const IsoDate = Type.String({ minLength: 1, maxLength: 64 });
const RunBody = Type.Object(
  {
    _exportIds: Type.Optional(Type.Array(ObjectId, { minItems: 1, maxItems: 100 })),
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
const RunAnswer = Type.Object({ _jobId: Type.String(), _flowId: Type.String(), status: Type.String() });
const Short = Type.String({ maxLength: 2_000 });
const filterNames = [
  '_integrationId',
  '_flowId',
  '_flowId_in',
  '_exportId',
  '_importId',
  '_flowJobId',
  'status',
  'type',
  'type_in',
  'createdAt_gte',
  'createdAt_lte',
  'numError_gte',
  'numError_lte',
  'numSuccess_gte',
  'numSuccess_lte',
  'numIgnore_gte',
  'numIgnore_lte',
];
const Count = Type.String({ pattern: '^\\d{1,9}$' });
const JobsQuery = Type.Object(
  {
    ...Object.fromEntries(filterNames.map((n) => [n, Type.Optional(/_(gte|lte)$/.test(n) && n.startsWith('num') ? Count : Short)])),
    retriable: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    limit: Type.Optional(Count),
  },
  { additionalProperties: false },
);
const StepParams = Type.Object({ _id: ObjectId, _stepId: ObjectId });
const ErrorsQuery = Type.Object(
  { occurredAt_gte: Type.Optional(IsoDate), occurredAt_lte: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
const ErrorList = Type.Object({ errors: Type.Array(Type.Object({ errorId: Type.String() }, { additionalProperties: true })) });
const ResolveBody = Type.Object({ errors: Type.Array(ObjectId, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false });
const RetryBody = Type.Union([
  Type.Object({ retryDataKeys: Type.Array(ObjectId, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false }),
  Type.Object({ errorIds: Type.Array(ObjectId, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false }),
]);

type StepRequest = { Params: Static<typeof StepParams>; Querystring: Static<typeof ErrorsQuery> };
const range = (q: Static<typeof ErrorsQuery>) => ({ occurredFrom: q.occurredAt_gte, occurredTo: q.occurredAt_lte });

export async function jobRoutes(app: FastifyInstance, { core }: { core: Core }) {
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof RunBody> }>(
    '/flows/:_id/run',
    {
      config: { action: 'flow.run' },
      schema: {
        tags,
        summary: 'Run the flow now (queued as a job)',
        params: IdParams,
        querystring: NoQuery,
        body: RunBody,
        response: { 201: RunAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const job = await core.jobs.run(actorOf(request, 'celigo'), request.params._id, request.body);
      return reply.status(201).send({ _jobId: job.id, _flowId: job.flowId, status: job.status });
    },
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/flows/:_id/jobs/latest',
    {
      config: { action: 'jobs.get' },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 200: Type.Array(Job), ...errorResponses } },
    },
    async (request) => (await core.jobs.latest(principalOf(request), request.params._id)).map(toCeligoJob),
  );
  app.get<{ Querystring: Static<typeof JobsQuery> }>(
    '/jobs',
    {
      config: { action: 'jobs.get' },
      schema: {
        tags,
        summary: 'Newest first; the next page is createdAt_lte = last createdAt − 1 ms',
        querystring: JobsQuery,
        response: { 200: Type.Array(Job), ...errorResponses },
      },
    },
    async (request) => {
      const { filter, limit } = jobFilterOf(request.query as JobQuery);
      return (await core.jobs.list(principalOf(request), filter, limit)).map(toCeligoJob);
    },
  );
  app.get<{ Params: Static<typeof IdParams> }>(
    '/jobs/:_id',
    { config: { action: 'job.get' }, schema: { tags, params: IdParams, querystring: NoQuery, response: { 200: Job, ...errorResponses } } },
    async (request) => toCeligoJob(await core.jobs.get(principalOf(request), request.params._id)),
  );
  app.put<{ Params: Static<typeof IdParams> }>(
    '/jobs/:_id/cancel',
    {
      config: { action: 'job.cancel' },
      schema: { tags, params: IdParams, querystring: NoQuery, response: { 200: Job, ...errorResponses } },
    },
    async (request) => toCeligoJob(await core.jobs.cancel(actorOf(request, 'celigo'), request.params._id)),
  );
  app.get<StepRequest>(
    '/flows/:_id/:_stepId/errors',
    {
      config: { action: 'flowErrors.get' },
      schema: { tags, params: StepParams, querystring: ErrorsQuery, response: { 200: ErrorList, ...errorResponses } },
    },
    async (request) => ({
      errors: (await core.jobErrors.list(principalOf(request), request.params._id, request.params._stepId, range(request.query))).map(
        toCeligoError,
      ),
    }),
  );
  app.get<StepRequest>(
    '/flows/:_id/:_stepId/resolved',
    {
      config: { action: 'flowErrors.get' },
      schema: { tags, params: StepParams, querystring: ErrorsQuery, response: { 200: ErrorList, ...errorResponses } },
    },
    async (request) => ({
      errors: (
        await core.jobErrors.resolvedList(principalOf(request), request.params._id, request.params._stepId, range(request.query))
      ).map(toCeligoError),
    }),
  );
  app.put<{ Params: Static<typeof StepParams>; Body: Static<typeof ResolveBody> }>(
    '/flows/:_id/:_stepId/resolved',
    {
      config: { action: 'flowErrors.put' },
      schema: { tags, params: StepParams, querystring: NoQuery, body: ResolveBody, response: { 204: NoBody, ...errorResponses } },
    },
    async (request, reply) => {
      await core.jobErrors.resolve(actorOf(request, 'celigo'), request.params._id, request.params._stepId, request.body.errors);
      return reply.status(204).send();
    },
  );
  app.post<{ Params: Static<typeof StepParams>; Body: Static<typeof RetryBody> }>(
    '/flows/:_id/:_stepId/retry',
    {
      config: { action: 'flowErrors.retry' },
      schema: {
        tags,
        summary: "Re-send these errors' records through the import that refused them",
        params: StepParams,
        querystring: NoQuery,
        body: RetryBody,
        response: { 201: RunAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const job = await core.jobErrors.retry(actorOf(request, 'celigo'), request.params._id, request.params._stepId, request.body);
      return reply.status(201).send({ _jobId: job.id, _flowId: job.flowId, status: job.status });
    },
  );
}

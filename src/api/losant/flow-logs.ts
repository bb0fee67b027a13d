import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { principalOf } from '../common/auth.js';
import { Literals } from '../common/schema.js';
import { typed } from '../common/typed.js';
import { links } from './listing.js';
import { clientExtras, errorResponses, Links, ObjectId } from './schemas.js';

const FlowParams = Type.Object({ applicationId: ObjectId, flowId: ObjectId });
const Millis = Type.String({ pattern: '^\\d{1,15}$' });
const Count = Type.String({ pattern: '^\\d{1,4}$' });

const NodeError = Type.Object({
  time: Type.String(),
  flowVersion: Type.String(),
  flowVersionId: Type.String(),
  nodeId: Type.String(),
  nodeLabel: Type.Optional(Type.String()),
  error: Type.Object({ name: Type.String(), message: Type.String() }),
});

// The `flowLog` schema: one entry per period (a minute), newest first.
const FlowLog = Type.Array(
  Type.Object({
    flowVersionId: Type.String(),
    time: Type.String(),
    pathsFailed: Type.Number(),
    pathsCompleted: Type.Number(),
    runCount: Type.Number(),
    wallTime: Type.Number(),
    errors: Type.Array(NodeError),
  }),
);
const LogQuery = Type.Object(
  { limit: Type.Optional(Count), since: Type.Optional(Millis), ...clientExtras },
  { additionalProperties: true },
);

const FlowErrors = Type.Object({
  flowVersionId: Type.String(),
  start: Type.String(),
  end: Type.String(),
  limit: Type.Number(),
  sortDirection: Type.String(),
  errors: Type.Array(NodeError),
});
const ErrorsQuery = Type.Object(
  {
    duration: Type.Optional(Millis),
    end: Type.Optional(Millis),
    limit: Type.Optional(Count),
    sortDirection: Type.Optional(Literals(['asc', 'desc', 'ASC', 'DESC', ''])),
    flowVersion: Type.Optional(Type.String({ maxLength: 255 })),
    deviceId: Type.Optional(ObjectId),
    ...clientExtras,
  },
  { additionalProperties: true },
);

const DebugEntry = Type.Object({
  nodeId: Type.String(),
  time: Type.String(),
  level: Type.String(),
  message: Type.String(),
  value: Type.Unknown(),
});
const RunError = Type.Object({
  time: Type.String(),
  nodeId: Type.String(),
  nodeLabel: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  message: Type.String(),
});
const FlowRuns = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      time: Type.String(),
      triggerType: Type.String(),
      triggerId: Type.String(),
      status: Literals(['completed', 'failed']),
      wallTime: Type.Number(),
      steps: Type.Number(),
      pathsCompleted: Type.Number(),
      pathsFailed: Type.Number(),
      debug: Type.Array(DebugEntry),
      errors: Type.Array(RunError),
    }),
  ),
  count: Type.Integer(),
  applicationId: Type.String(),
  flowId: Type.String(),
  _type: Type.Literal('flowRuns'),
  _links: Links,
});

const bounded = (text: string | undefined, fallback: number, max: number) => Math.min(max, text === undefined ? fallback : Number(text));
const DAY_MS = 86_400_000;

export async function flowLogRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['losant: workflows'];
  const one = '/applications/:applicationId/flows/:flowId';

  app.get(
    `${one}/logs`,
    {
      config: { action: 'flow.log' },
      schema: {
        tags,
        summary: 'Retrieve the recent log entries about runs of this workflow',
        params: FlowParams,
        querystring: LogQuery,
        response: { 200: FlowLog, ...errorResponses },
      },
    },
    async (request) =>
      core.workflowLogs.logs(principalOf(request), request.params.applicationId, request.params.flowId, {
        limit: Math.max(1, bounded(request.query.limit, 1, 1_000)),
        since: request.query.since === undefined ? null : Number(request.query.since),
      }),
  );

  app.get(
    `${one}/errors`,
    {
      config: { action: 'flow.errors' },
      schema: {
        tags,
        summary: 'Get information about errors that occurred during runs of this workflow',
        params: FlowParams,
        querystring: ErrorsQuery,
        response: { 200: FlowErrors, ...errorResponses },
      },
    },
    async (request) => {
      const end = Number(request.query.end ?? 0);
      return core.workflowLogs.errors(principalOf(request), request.params.applicationId, request.params.flowId, {
        durationMs: bounded(request.query.duration, DAY_MS, 31 * DAY_MS),
        endMs: end === 0 ? Date.now() : end,
        limit: Math.max(1, bounded(request.query.limit, 25, 1_000)),
        ascending: request.query.sortDirection?.toLowerCase() === 'asc',
      });
    },
  );

  // Junction's own: the runs a workflow keeps, with their debug output and node errors (the console's debug panel).
  app.get(
    `${one}/runs`,
    {
      config: { action: 'flow.log' },
      schema: {
        tags,
        summary: 'Returns the latest runs of this workflow, with their debug output and node errors',
        params: FlowParams,
        querystring: LogQuery,
        response: { 200: FlowRuns, ...errorResponses },
      },
    },
    async (request) => {
      const { applicationId, flowId } = request.params;
      const items = await core.workflowLogs.runs(principalOf(request), applicationId, flowId, {
        limit: Math.max(1, bounded(request.query.limit, 20, 100)),
        since: request.query.since === undefined ? null : Number(request.query.since),
      });
      const base = `/applications/${applicationId.toLowerCase()}/flows/${flowId.toLowerCase()}`;
      return {
        items,
        count: items.length,
        applicationId: applicationId.toLowerCase(),
        flowId: flowId.toLowerCase(),
        _type: 'flowRuns' as const,
        _links: links(`${base}/runs`, { flow: base }),
      };
    },
  );
}

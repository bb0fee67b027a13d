import type { FastifyInstance } from 'fastify';
import { type Static, type TObject, Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Action } from '../../auth/scopes.js';
import { AppError } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';
import { applyAllowedPatch, type PatchOperation } from '../../lib/json-patch.js';
import { actorOf } from '../common/auth.js';
import { BODIES, FlowBody } from './resources.js';
import { errorResponses, IdParams, NoBody, NoQuery, PatchBody } from './schemas.js';

const field = (name: string) => new RegExp(`^/${name}(/.*)?$`);

/** The paths integrator.io's PATCH takes, per resource (its PATCH field tables; connections: Junction's choice). */
export const PATCHABLE = {
  flow: [
    ...['name', 'description', 'schedule', 'timezone', 'disabled', 'aliases', 'runPageGeneratorsInParallel'].map(field),
    /^\/pageGenerators\/\d+\/(schedule|skipRetries)$/,
    /^\/routers\/\d+\/name$/,
    /^\/routers\/\d+\/branches\/\d+\/(name|description)$/,
  ],
  export: [field('debugUntil'), field('assistantMetadata'), /^\/(netsuite|salesforce)\/distributed\/disabled$/],
  import: [field('debugUntil'), field('assistantMetadata')],
  connection: [/^\/name$/, field('debugDate'), field('assistantMetadata')],
};

const EXTRA: Record<string, Record<string, ReturnType<typeof Type.Optional>>> = {
  flow: {
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    aliases: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()))),
    runPageGeneratorsInParallel: Type.Optional(Type.Boolean()),
    pageGenerators: Type.Optional(
      Type.Array(
        Type.Object(
          { schedule: Type.Optional(Type.String({ maxLength: 255 })), skipRetries: Type.Optional(Type.Boolean()) },
          { additionalProperties: true },
        ),
      ),
    ),
  },
  export: {
    debugUntil: Type.Optional(Type.String({ maxLength: 64 })),
    assistantMetadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  import: {
    debugUntil: Type.Optional(Type.String({ maxLength: 64 })),
    assistantMetadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  connection: {
    debugDate: Type.Optional(Type.String({ maxLength: 64 })),
    assistantMetadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
};

/** The patched document must still be one a PUT would take (and the patched fields of their types). */
function checked(kind: keyof typeof PATCHABLE, schema: TObject) {
  const strict = Type.Intersect([schema, Type.Object(EXTRA[kind], { additionalProperties: true })]);
  return (doc: JsonObject, operations: PatchOperation[]): JsonObject => {
    const next = applyAllowedPatch(doc, operations, PATCHABLE[kind]);
    const [issue] = Value.Errors(strict, next);
    if (issue) {
      const at = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || kind;
      throw new AppError('unprocessable', `${at} ${issue.message}.`, [
        { path: at, message: `${at} ${issue.message}.`, code: 'invalid_patch' },
      ]);
    }
    return next;
  };
}

export async function patchRoutes(app: FastifyInstance, { core }: { core: import('../../core/index.js').Core }) {
  type Patch = { Params: Static<typeof IdParams>; Body: Static<typeof PatchBody> };
  const route = (
    path: string,
    action: Action,
    tag: string,
    apply: (request: Parameters<typeof actorOf>[0], id: string, ops: PatchOperation[]) => Promise<unknown>,
  ) =>
    app.patch<Patch>(
      path,
      {
        config: { action },
        schema: {
          tags: [tag],
          summary: 'Update part of it (JSON Patch)',
          params: IdParams,
          querystring: NoQuery,
          body: PatchBody,
          response: { 204: NoBody, ...errorResponses },
        },
      },
      async (request, reply) => {
        await apply(request, request.params._id, request.body);
        return reply.status(204).send();
      },
    );
  const flow = checked('flow', FlowBody);
  route('/flows/:_id', 'flow.patch', 'integrator.io: flows', (request, id, ops) =>
    core.integrationFlows.edit(actorOf(request, 'celigo'), id, (doc) => flow(doc, ops)),
  );
  for (const kind of ['connection', 'export', 'import'] as const) {
    const apply = checked(kind, BODIES[kind]);
    route(`/${kind}s/:_id`, `${kind}.patch`, `integrator.io: ${kind}s`, (request, id, ops) =>
      core.resources.edit(actorOf(request, 'celigo'), kind, id, (doc) => apply(doc, ops)),
    );
  }
}

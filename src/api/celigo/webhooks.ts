import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { InboundRequest } from '../../core/integrator-io/webhook-service.js';
import { errorResponses, ObjectId } from './schemas.js';

const Params = Type.Object({ _id: ObjectId });
const SecretParams = Type.Object({ _id: ObjectId, secret: Type.String({ minLength: 1, maxLength: 512 }) });
const tags = ['integrator.io: webhook listeners'];

function inbound(request: FastifyRequest, secret?: string): InboundRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>))
    if (typeof value === 'string') query[key] = value;
  return {
    method: request.method === 'GET' ? 'GET' : 'POST',
    raw: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    contentType: String(request.headers['content-type'] ?? ''),
    headers,
    query,
    ...(secret ? { secret } : {}),
  };
}

/**
 * `POST /v1/exports/{_id}/data`: no bearer token (the export's own verification decides), the body kept
 * raw for HMACs. `GET` answers challenges; `/data/{secret}` is the secret-URL form.
 */
export async function webhookRoutes(app: FastifyInstance, { core }: { core: Core }) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const schema = (params: typeof Params | typeof SecretParams) => ({
    tags,
    summary: 'Deliver records to a webhook listener export',
    params,
    querystring: Type.Object({}, { additionalProperties: Type.String() }),
    response: { ...errorResponses },
  });
  type WithSecret = { Params: Static<typeof SecretParams> };
  const answer = async (request: FastifyRequest, reply: import('fastify').FastifyReply, secret?: string) => {
    const result = await core.webhooks.receive((request.params as { _id: string })._id, inbound(request, secret));
    if (result.body === undefined || result.body === null) return reply.status(result.status).send();
    return typeof result.body === 'string'
      ? reply.status(result.status).type('text/plain; charset=utf-8').send(result.body)
      : reply.status(result.status).send(result.body);
  };
  app.post('/exports/:_id/data', { schema: schema(Params) }, (request, reply) => answer(request, reply));
  app.get('/exports/:_id/data', { schema: schema(Params) }, (request, reply) => answer(request, reply));
  app.post<WithSecret>('/exports/:_id/data/:secret', { schema: schema(SecretParams) }, (request, reply) =>
    answer(request, reply, request.params.secret),
  );
  app.get<WithSecret>('/exports/:_id/data/:secret', { schema: schema(SecretParams) }, (request, reply) =>
    answer(request, reply, request.params.secret),
  );
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import type { InboundAnswer, InboundRequest } from '../../runtime/events/inbound-request.js';
import { errorResponses, Id } from './schemas.js';

/** Inbound webhook bodies are kept raw (signatures cover the bytes received) and at most this big. */
export const INBOUND_BODY_LIMIT = 1024 * 1024;

function inbound(request: FastifyRequest): InboundRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>))
    if (typeof value === 'string') query[key] = value;
  return {
    method: 'POST',
    raw: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    contentType: String(request.headers['content-type'] ?? ''),
    headers,
    query,
  };
}

function answer(reply: FastifyReply, result: InboundAnswer) {
  if (result.body === undefined || result.body === null) return reply.status(result.status).send();
  return typeof result.body === 'string'
    ? reply.status(result.status).type('text/plain; charset=utf-8').send(result.body)
    : reply.status(result.status).send(result.body);
}

/**
 * Truto's inbound webhooks: no bearer token, the integration's `webhook` config verifies each request.
 * `POST /integrated-account-webhook/{id}` and `POST /environment-integration-webhook/{id}`.
 */
export async function inboundWebhookRoutes(app: FastifyInstance, { core }: { core: Core }) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: INBOUND_BODY_LIMIT }, (_request, body, done) => done(null, body));
  const schema = (summary: string) => ({
    tags: ['truto: inbound webhooks'],
    summary,
    params: Type.Object({ id: Id }),
    querystring: Type.Object({}, { additionalProperties: Type.String() }),
    response: { ...errorResponses },
  });
  app.post(
    '/integrated-account-webhook/:id',
    { schema: schema('A third party’s webhook for one integrated account'), bodyLimit: INBOUND_BODY_LIMIT },
    async (request, reply) => answer(reply, await core.inboundWebhooks.forAccount((request.params as { id: string }).id, inbound(request))),
  );
  app.post(
    '/environment-integration-webhook/:id',
    { schema: schema('A third party’s webhook for an install (all its accounts)'), bodyLimit: INBOUND_BODY_LIMIT },
    async (request, reply) => answer(reply, await core.inboundWebhooks.forInstall((request.params as { id: string }).id, inbound(request))),
  );
}

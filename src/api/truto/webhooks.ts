import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Core } from '../../core/index.js';
import type { Webhook } from '../../core/truto/outbound-webhook-service.js';
import type { WebhookAttemptRow } from '../../store/tables.js';
import { actorOf, principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { listReply, parsePage } from './cursor.js';
import {
  Deleted,
  errorResponses,
  IdParams,
  LogQuery,
  listOf,
  PageQuery,
  WebhookCreated,
  WebhookLog,
  WebhookPatch,
  WebhookPost,
  Webhook as WebhookSchema,
  WebhookTest,
} from './schemas.js';

const toWebhook = (w: Webhook) => ({
  id: w.id,
  target_url: w.targetUrl,
  is_active: w.isActive,
  event_types: w.eventTypes,
  environment_id: w.environmentId,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
});

const toLog = (a: WebhookAttemptRow) => ({
  id: a.id,
  log_type: 'webhook' as const,
  webhook_id: a.webhook_id,
  delivery_id: a.delivery_id,
  event_id: a.event_id,
  event_type: a.event_type,
  attempt: a.attempt,
  target_url: a.target_url,
  status: a.status_code,
  latency_ms: a.latency_ms,
  error: a.error,
  environment_id: a.application_id,
  created_at: a.created_at,
});

const authedActor = (request: FastifyRequest) => ({ ...actorOf(request, 'truto'), principal: principalOf(request) });

/** Outbound webhooks (`/webhook`), their test send and the delivery log (`/log?log_type=webhook`). */
export async function webhookRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['truto: webhooks'];

  app.post(
    '/webhook',
    {
      config: { action: 'webhooks.post' },
      schema: {
        tags,
        summary: 'Subscribes a URL to events; the answer carries the signing secret, shown this once',
        body: WebhookPost,
        response: { 201: WebhookCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { target_url, event_types, is_active, environment_id } = request.body;
      const { webhook, secret } = await core.outboundWebhooks.create(authedActor(request), {
        targetUrl: target_url,
        eventTypes: event_types,
        isActive: is_active,
        environmentId: environment_id,
      });
      return reply.status(201).send({ ...toWebhook(webhook), secret });
    },
  );

  app.get(
    '/webhook',
    {
      config: { action: 'webhooks.get' },
      schema: {
        tags,
        summary: 'The webhooks of the token’s environment',
        querystring: PageQuery,
        response: { 200: listOf(WebhookSchema), ...errorResponses },
      },
    },
    async (request) => listReply(await core.outboundWebhooks.list(principalOf(request), parsePage(request.query)), toWebhook),
  );

  app.post(
    '/webhook/test',
    {
      config: { action: 'webhook.test' },
      schema: {
        tags,
        summary: 'Sends a signed `webhook:test` event to the webhook now',
        body: WebhookTest,
        response: { 200: { type: 'object', properties: { success: { type: 'boolean' } }, required: ['success'] }, ...errorResponses },
      },
    },
    async (request) => core.outboundWebhooks.test(principalOf(request), request.body.id),
  );

  app.get(
    '/webhook/:id',
    {
      config: { action: 'webhook.get' },
      schema: { tags, summary: 'One webhook', params: IdParams, response: { 200: WebhookSchema, ...errorResponses } },
    },
    async (request) => toWebhook(await core.outboundWebhooks.get(principalOf(request), request.params.id)),
  );

  app.patch(
    '/webhook/:id',
    {
      config: { action: 'webhook.patch' },
      schema: {
        tags,
        summary: 'Changes the target, the event types or is_active (on again forgets past failures)',
        params: IdParams,
        body: WebhookPatch,
        response: { 200: WebhookSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { target_url, event_types, is_active } = request.body;
      const changes = { targetUrl: target_url, eventTypes: event_types, isActive: is_active };
      return toWebhook(await core.outboundWebhooks.update(authedActor(request), request.params.id, changes));
    },
  );

  app.delete(
    '/webhook/:id',
    {
      config: { action: 'webhook.delete' },
      schema: {
        tags,
        summary: 'Deletes a webhook (its undelivered events are dropped)',
        params: IdParams,
        response: { 200: Deleted, ...errorResponses },
      },
    },
    async (request) => core.outboundWebhooks.delete(authedActor(request), request.params.id),
  );

  app.get(
    '/log',
    {
      config: { action: 'logs.get' },
      schema: {
        tags,
        summary: 'The webhook delivery log: every attempt, with its status, latency and error',
        querystring: LogQuery,
        response: { 200: listOf(WebhookLog), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const filter = { webhookId: q.webhook_id, from: q['created_at[gte]'], to: q['created_at[lte]'] };
      return listReply(await core.outboundWebhooks.attempts(principalOf(request), filter, parsePage(q)), toLog);
    },
  );
}

import { randomBytes } from 'node:crypto';
import type { Principal } from '../../auth/principal.js';
import { encrypt } from '../../lib/crypto.js';
import { AppError, notFound } from '../../lib/errors.js';
import { badEventTypes } from '../../lib/event-types.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { DeliveryRuntime } from '../../runtime/events/delivery-runtime.js';
import { targetUrlProblem } from '../../runtime/events/target-url.js';
import type { Executor } from '../../store/executor.js';
import {
  deleteWebhookRow,
  findWebhook,
  insertWebhook,
  listAttempts,
  listWebhooks,
  updateWebhook,
} from '../../store/repositories/webhooks.js';
import type { EventRow, WebhookAttemptRow, WebhookRow } from '../../store/tables.js';
import { requireApplication } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { egressDetail, refuseEgressDetails } from '../shared/egress-check.js';
import { type CursorPage, toPage } from '../shared/page.js';

export interface Webhook {
  id: string;
  organizationId: string;
  environmentId: string | null;
  targetUrl: string;
  isActive: boolean;
  eventTypes: string[];
  createdAt: string;
  updatedAt: string;
}

export interface WebhookInput {
  targetUrl?: string;
  eventTypes?: string[];
  isActive?: boolean;
  environmentId?: string;
}

type Authed = Actor & { principal: Principal };

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  organizationId: row.organization_id,
  environmentId: row.application_id,
  targetUrl: row.target_url,
  isActive: row.is_active === 1,
  eventTypes: JSON.parse(row.event_types) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const auditView = (w: Webhook) => ({ targetUrl: w.targetUrl, isActive: w.isActive, eventTypes: w.eventTypes });

/** 400 for a target that is not an http(s) URL or a literal address the egress policy refuses, or a malformed event type. */
function validate(ctx: CoreContext, input: WebhookInput) {
  const problem = input.targetUrl === undefined ? null : targetUrlProblem(input.targetUrl);
  if (problem) throw new AppError('validation', `target_url ${problem}`, [{ path: 'body.target_url', message: problem }]);
  refuseEgressDetails([egressDetail(ctx.egress, 'body.target_url', input.targetUrl)]);
  const bad = badEventTypes(input.eventTypes ?? []);
  if (bad.length > 0)
    throw new AppError('validation', `event_types holds a malformed name: ${bad[0]}`, [
      { path: 'body.event_types', message: 'are event names, or a prefix ending in *' },
    ]);
}

/** Truto's outbound webhooks: subscriptions of an environment (or of the whole team), tests, the delivery log. */
export function createOutboundWebhookService(ctx: CoreContext, deliveries: DeliveryRuntime) {
  /** An environment token reaches its environment's webhooks; a team token every webhook of the team. */
  async function load(db: Executor, principal: Principal, id: string): Promise<WebhookRow> {
    const row = isId(id) ? await findWebhook(db, normalizeId(id)) : undefined;
    const reach =
      row &&
      row.organization_id === principal.organizationId &&
      (!principal.applicationId || principal.applicationId === row.application_id);
    if (!row || !reach) throw notFound('Webhook');
    return row;
  }

  async function audit(trx: Executor, actor: Actor, event: 'create' | 'update' | 'delete', before: Webhook | null, after: Webhook | null) {
    const subject = (after ?? before)!;
    await recordAudit(trx, actor, {
      ...auditTarget('webhook', subject, { applicationId: subject.environmentId, integrationId: null }),
      event,
      before: before && auditView(before),
      after: after && auditView(after),
      changedSecrets: event === 'create' ? ['secret'] : [],
    });
  }

  return {
    /** The secret is in this answer only. */
    async create(actor: Authed, input: WebhookInput & { targetUrl: string; eventTypes: string[] }) {
      validate(ctx, input);
      const principal = actor.principal;
      const environmentId = principal.applicationId ?? input.environmentId ?? null;
      const secret = randomBytes(32).toString('hex');
      return transaction(ctx, async (trx) => {
        if (environmentId) await requireApplication(trx, principal, environmentId);
        const now = nowIso();
        const row: WebhookRow = {
          id: newId(),
          organization_id: principal.organizationId,
          application_id: environmentId && normalizeId(environmentId),
          target_url: input.targetUrl,
          is_active: input.isActive === false ? 0 : 1,
          event_types: JSON.stringify([...new Set(input.eventTypes)]),
          secret: encrypt(ctx.encryptionKey, secret),
          failing_since: null,
          created_at: now,
          updated_at: now,
        };
        await insertWebhook(trx, row);
        const webhook = toWebhook(row);
        await audit(trx, actor, 'create', null, webhook);
        return { webhook, secret };
      });
    },

    async get(principal: Principal, id: string): Promise<Webhook> {
      return toWebhook(await load(ctx.store.db, principal, id));
    },

    async list(principal: Principal, page: CursorPage) {
      const rows = await listWebhooks(
        ctx.store.db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId },
        page,
      );
      const result = toPage(rows, page);
      return { ...result, items: result.items.map(toWebhook) };
    },

    /** Switching a webhook on again forgets its failures. */
    async update(actor: Authed, id: string, input: WebhookInput): Promise<Webhook> {
      validate(ctx, input);
      return transaction(ctx, async (trx) => {
        const row = await load(trx, actor.principal, id);
        const before = toWebhook(row);
        const after: Webhook = {
          ...before,
          targetUrl: input.targetUrl ?? before.targetUrl,
          eventTypes: input.eventTypes ? [...new Set(input.eventTypes)] : before.eventTypes,
          isActive: input.isActive ?? before.isActive,
          updatedAt: nowIso(),
        };
        await updateWebhook(trx, row.id, {
          target_url: after.targetUrl,
          event_types: JSON.stringify(after.eventTypes),
          is_active: after.isActive ? 1 : 0,
          ...(after.isActive && !before.isActive ? { failing_since: null } : {}),
          updated_at: after.updatedAt,
        });
        await audit(trx, actor, 'update', before, after);
        return after;
      });
    },

    async delete(actor: Authed, id: string): Promise<{ id: string }> {
      return transaction(ctx, async (trx) => {
        const row = await load(trx, actor.principal, id);
        await deleteWebhookRow(trx, row.id);
        await audit(trx, actor, 'delete', toWebhook(row), null);
        return { id: row.id };
      });
    },

    /** Sends a `webhook:test` event now (signed like any delivery); the failure is an error naming it. */
    async test(principal: Principal, id: string): Promise<{ success: true }> {
      const row = await load(ctx.store.db, principal, id);
      const event: EventRow = {
        id: newId(),
        organization_id: row.organization_id,
        application_id: row.application_id,
        stream_key: row.id,
        seq: 0,
        event_type: 'webhook:test',
        payload: JSON.stringify({ webhook_id: row.id, message: 'This is a test event from Junction.' }),
        created_at: nowIso(),
      };
      const outcome = await deliveries.sendOnce(row, event);
      if (outcome.error !== null) throw new AppError('bad_request', `The test delivery to ${row.target_url} failed: ${outcome.error}`);
      return { success: true };
    },

    /** The delivery log: every attempt, oldest first, filtered by webhook and time. */
    async attempts(principal: Principal, filter: { webhookId?: string; from?: string; to?: string }, page: CursorPage) {
      const webhookId = filter.webhookId === undefined ? undefined : isId(filter.webhookId) ? normalizeId(filter.webhookId) : '-';
      const rows = await listAttempts(
        ctx.store.db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId, webhookId, from: filter.from, to: filter.to },
        page,
      );
      return toPage(rows, page) as { items: WebhookAttemptRow[]; next: typeof page.after; limit: number };
    },
  };
}

export type OutboundWebhookService = ReturnType<typeof createOutboundWebhookService>;

import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage, type PageKey } from '../keyset.js';
import type { WebhookRow, WebhookTable } from '../tables.js';

export interface WebhookScope {
  organizationId: string;
  /** Null: every webhook of the organization. */
  applicationId: string | null;
}

export function insertWebhook(db: Executor, row: WebhookRow) {
  return db.insertInto('webhooks').values(row).execute();
}

export function findWebhook(db: Executor, id: string) {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listWebhooks(db: Executor, scope: WebhookScope, page: KeysetPage) {
  let query = db.selectFrom('webhooks').selectAll().where('organization_id', '=', scope.organizationId);
  if (scope.applicationId) query = query.where('application_id', '=', scope.applicationId);
  const after = page.after;
  if (after) query = query.where((eb) => afterKey(eb, after));
  return query
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}

export async function updateWebhook(db: Executor, id: string, changes: Updateable<WebhookTable>) {
  const result = await db.updateTable('webhooks').set(changes).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the webhook with its deliveries (its attempts stay in the log). */
export async function deleteWebhookRow(db: Executor, id: string) {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}

export interface AttemptFilter extends WebhookScope {
  webhookId?: string;
  from?: string;
  to?: string;
}

/** One keyset page of delivery attempts, oldest first. */
export function listAttempts(db: Executor, filter: AttemptFilter, page: { after: PageKey | null; limit: number }) {
  let query = db.selectFrom('webhook_attempts').selectAll().where('organization_id', '=', filter.organizationId);
  if (filter.applicationId) query = query.where('application_id', '=', filter.applicationId);
  if (filter.webhookId) query = query.where('webhook_id', '=', filter.webhookId);
  if (filter.from) query = query.where('created_at', '>=', filter.from);
  if (filter.to) query = query.where('created_at', '<=', filter.to);
  const after = page.after;
  if (after) query = query.where((eb) => afterKey(eb, after));
  return query
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}

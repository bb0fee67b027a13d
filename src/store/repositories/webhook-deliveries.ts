import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import type { WebhookAttemptRow, WebhookDeliveryTable } from '../tables.js';

const UNDONE = ['pending', 'sending'];

/**
 * Deliveries that may be sent now: pending and due, or claimed by a node whose claim ran out (it died).
 * Only the first undone delivery of a (webhook, stream) is due, so one subscriber sees a stream in order.
 */
export function dueDeliveries(db: Executor, now: string, limit: number) {
  return db
    .selectFrom('webhook_deliveries as d')
    .select(['d.id'])
    .where((eb) =>
      eb.or([
        eb.and([eb('d.status', '=', 'pending'), eb('d.next_at', '<=', now)]),
        eb.and([eb('d.status', '=', 'sending'), eb('d.claimed_until', '<', now)]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('webhook_deliveries as e')
            .select('e.id')
            .whereRef('e.webhook_id', '=', 'd.webhook_id')
            .whereRef('e.stream_key', '=', 'd.stream_key')
            .whereRef('e.seq', '<', 'd.seq')
            .where('e.status', 'in', UNDONE),
        ),
      ),
    )
    .orderBy('d.next_at')
    .limit(limit)
    .execute();
}

export function findDelivery(db: Executor, id: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Takes a due delivery for this node until `claimedUntil` (compare-and-swap); true when this call took it. */
export async function claimDelivery(db: Executor, id: string, now: string, claim: { nodeId: string; claimedUntil: string }) {
  const result = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: 'sending',
      node_id: claim.nodeId,
      claimed_until: claim.claimedUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends this node's claim with the outcome; false when the claim was lost meanwhile. */
export async function settleDelivery(db: Executor, id: string, nodeId: string, changes: Updateable<WebhookDeliveryTable>) {
  const result = await db
    .updateTable('webhook_deliveries')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('node_id', '=', nodeId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The undone deliveries of a webhook that was switched off end `failed`. */
export function failUndoneDeliveries(db: Executor, webhookId: string, message: string, now: string) {
  return db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: message, updated_at: now })
    .where('webhook_id', '=', webhookId)
    .where('status', '=', 'pending')
    .execute();
}

export function insertAttempt(db: Executor, row: WebhookAttemptRow) {
  return db.insertInto('webhook_attempts').values(row).execute();
}

export function deliveriesOfEvent(db: Executor, eventId: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('event_id', '=', eventId).execute();
}

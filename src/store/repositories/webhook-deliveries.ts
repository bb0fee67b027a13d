/* biome-ignore-all lint/suspicious/noExplicitAny: one correlated subquery shared by two queries of different builders */
import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import type { WebhookAttemptRow, WebhookDeliveryTable } from '../tables.js';

const UNDONE = ['pending', 'sending'];

/** No other undone delivery of the same (webhook, stream) comes before `d`. */
const firstInStream = (eb: any) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('webhook_deliveries as e')
        .select('e.id')
        .whereRef('e.webhook_id', '=', 'd.webhook_id')
        .whereRef('e.stream_key', '=', 'd.stream_key')
        .where('e.status', 'in', UNDONE)
        .whereRef('e.seq', '<', 'd.seq'),
    ),
  );

/**
 * Deliveries that may be sent now: pending and due, or claimed by a node whose claim ran out (it died).
 * Only the first undone delivery of a (webhook, stream) is due, so one subscriber sees a stream in order.
 * Two queries, not an OR: each walks its index in order and stops at `limit`.
 */
export async function dueDeliveries(db: Executor, now: string, limit: number) {
  const [pending, abandoned] = await Promise.all([
    dueDeliveriesQuery(db, now, limit).execute(),
    db
      .selectFrom('webhook_deliveries as d')
      .select(['d.id'])
      .where('d.status', '=', 'sending')
      .where('d.claimed_until', '<', now)
      .where(firstInStream)
      .limit(limit)
      .execute(),
  ]);
  return [...abandoned, ...pending].slice(0, limit);
}

export function dueDeliveriesQuery(db: Executor, now: string, limit: number) {
  return db
    .selectFrom('webhook_deliveries as d')
    .select(['d.id'])
    .where('d.status', '=', 'pending')
    .where('d.next_at', '<=', now)
    .where(firstInStream)
    .orderBy('d.next_at')
    .limit(limit);
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

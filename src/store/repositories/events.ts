import { sql } from 'kysely';
import { matchesEventType } from '../../lib/event-types.js';
import { newId } from '../../lib/ids.js';
import type { Executor } from '../executor.js';
import type { EventRow, WebhookDeliveryRow } from '../tables.js';

export interface NewEvent {
  organizationId: string;
  applicationId: string | null;
  /** What orders the event: an account, an install, a flow. */
  streamKey: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

/** The next sequence number of a stream; the counter row serializes writers of one stream. */
async function nextSeq(trx: Executor, streamKey: string): Promise<number> {
  const row = await trx
    .insertInto('event_streams')
    .values({ stream_key: streamKey, last_seq: 1 })
    .onConflict((oc) => oc.column('stream_key').doUpdateSet({ last_seq: sql<number>`event_streams.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

/**
 * Appends an event to the outbox in the caller's transaction, with one pending delivery per active
 * webhook of its environment (or organization) that asks for its type: the change, its event and the
 * deliveries commit together or not at all.
 */
export async function appendEvent(trx: Executor, event: NewEvent): Promise<{ event: EventRow; deliveryIds: string[] }> {
  const row: EventRow = {
    id: newId(),
    organization_id: event.organizationId,
    application_id: event.applicationId,
    stream_key: event.streamKey,
    seq: await nextSeq(trx, event.streamKey),
    event_type: event.type,
    payload: JSON.stringify(event.payload ?? null),
    created_at: event.createdAt,
  };
  await trx.insertInto('events').values(row).execute();
  const hooks = await trx
    .selectFrom('webhooks')
    .select(['id', 'event_types'])
    .where('organization_id', '=', event.organizationId)
    .where('is_active', '=', 1)
    .where((eb) =>
      event.applicationId === null
        ? eb('application_id', 'is', null)
        : eb.or([eb('application_id', 'is', null), eb('application_id', '=', event.applicationId)]),
    )
    .execute();
  const deliveries: WebhookDeliveryRow[] = hooks
    .filter((h) => matchesEventType(JSON.parse(h.event_types) as string[], event.type))
    .map((h) => ({
      id: newId(),
      webhook_id: h.id,
      event_id: row.id,
      stream_key: row.stream_key,
      seq: row.seq,
      status: 'pending',
      attempts: 0,
      next_at: event.createdAt,
      claimed_until: null,
      node_id: null,
      last_error: null,
      created_at: event.createdAt,
      updated_at: event.createdAt,
    }));
  if (deliveries.length > 0) await trx.insertInto('webhook_deliveries').values(deliveries).execute();
  return { event: row, deliveryIds: deliveries.map((d) => d.id) };
}

export function findEvent(db: Executor, id: string) {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A stream's events in order (tests and tools read the stream with it). */
export function streamEvents(db: Executor, streamKey: string, afterSeq = 0, limit = 1000) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('stream_key', '=', streamKey)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

import type { Kysely } from 'kysely';

/**
 * The event stream and outbound webhooks (issue 15).
 * - `event_streams`: one counter per stream (an account, an install, a flow); bumping it orders the stream.
 * - `events`: the outbox, written in the transaction of the change it tells of; `(stream_key, seq)` unique.
 * - `webhooks`: subscriptions of an environment (or a whole organization) with their sealed secret.
 * - `webhook_deliveries`: one row per (webhook, event); its status and `next_at` are the queue's state.
 * - `webhook_attempts`: every delivery attempt (the `/log?log_type=webhook` list).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_streams')
    .addColumn('stream_key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('application_id', 'varchar(24)')
    .addColumn('stream_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('event_type', 'varchar(128)', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_stream_seq').on('events').columns(['stream_key', 'seq']).unique().execute();
  await db.schema.createIndex('events_org_created').on('events').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('application_id', 'varchar(24)')
    .addColumn('target_url', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull())
    .addColumn('event_types', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('failing_since', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhooks_org_created').on('webhooks').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('webhook_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('event_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('stream_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('claimed_until', 'varchar(30)')
    .addColumn('node_id', 'varchar(64)')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_at']).execute();
  // Whether a delivery has an undone one before it in its stream: one seek per (webhook, stream, status).
  await db.schema
    .createIndex('webhook_deliveries_stream')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'stream_key', 'status', 'seq'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_event').on('webhook_deliveries').columns(['event_id']).execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('application_id', 'varchar(24)')
    .addColumn('webhook_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('delivery_id', 'varchar(24)')
    .addColumn('event_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('event_type', 'varchar(128)', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('target_url', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_attempts_org_created')
    .on('webhook_attempts')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('webhook_attempts_webhook').on('webhook_attempts').columns(['webhook_id', 'created_at', 'id']).execute();
}

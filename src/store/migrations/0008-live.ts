import type { Kysely } from 'kysely';

/**
 * Live connections of Losant MQTT/WebSocket integrations: `live_status` is what the node holding a
 * connection last saw of it (times as ISO text, shown in ms on the integration's `status`), kept apart
 * from the integration row so status writes neither bump its version nor make audit events. The index
 * lets every node find the enabled live integrations without scanning the table.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_status')
    .addColumn('integration_id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('connected_at', 'varchar(30)')
    .addColumn('disconnected_at', 'varchar(30)')
    .addColumn('error', 'text')
    .addColumn('last_keep_alive_at', 'varchar(30)')
    .addColumn('next_attempt_at', 'varchar(30)')
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('integrations_live').on('integrations').columns(['integration_type', 'enabled', 'id', 'version']).execute();
}

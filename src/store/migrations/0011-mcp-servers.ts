import type { Kysely } from 'kysely';

/**
 * MCP servers of connected accounts (Truto's `/integrated-account/{id}/mcp`). Only a hash of the token
 * is kept: the token itself is shown once, at creation. `config` is JSON text (`{methods?, tags?}`).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mcp_servers')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('application_id', 'varchar(24)')
    .addColumn('integrated_account_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mcp_servers_account_created')
    .on('mcp_servers')
    .columns(['integrated_account_id', 'created_at', 'id'])
    .execute();
}

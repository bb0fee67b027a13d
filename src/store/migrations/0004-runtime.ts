import type { Kysely } from 'kysely';

/** Connected accounts and the log of the upstream calls made for them. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('integrated_accounts')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('application_id', 'varchar(24)')
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('authentication_method', 'varchar(64)')
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('integrated_accounts_org_created')
    .on('integrated_accounts')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('integrated_accounts_integration_created')
    .on('integrated_accounts')
    .columns(['integration_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('upstream_calls')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integrated_account_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('resource', 'varchar(255)', (c) => c.notNull())
    .addColumn('method', 'varchar(255)', (c) => c.notNull())
    .addColumn('http_method', 'varchar(16)', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('upstream_calls_account_created')
    .on('upstream_calls')
    .columns(['integrated_account_id', 'created_at', 'id'])
    .execute();
}

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  // Connections, exports and imports share one shape: a named JSON document owned by the organization,
  // its secrets sealed apart; exports and imports name the connection they use.
  await db.schema
    .createTable('resources')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('connection_id', 'varchar(24)')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resources_org_kind_created_at')
    .on('resources')
    .columns(['organization_id', 'kind', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('resources_connection').on('resources').columns(['connection_id', 'id']).execute();

  // Which exports and imports a flow uses, so dependencies and deletes need no scan of flow JSON.
  await db.schema
    .createTable('flow_resource_refs')
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('resource_id', 'varchar(24)', (c) => c.notNull())
    .addPrimaryKeyConstraint('flow_resource_refs_pk', ['flow_id', 'resource_id'])
    .execute();
  await db.schema.createIndex('flow_resource_refs_resource').on('flow_resource_refs').columns(['resource_id', 'flow_id']).execute();
  await db.schema.createIndex('flows_org_created_at').on('flows').columns(['organization_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('flows_integration_created_at').on('flows').columns(['integration_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('shares')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('access_level', 'varchar(16)', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shares_integration_email').on('shares').columns(['integration_id', 'email']).unique().execute();
  await db.schema.createIndex('shares_integration_created_at').on('shares').columns(['integration_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('type', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('by_id', 'varchar(24)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisions_integration_created_at').on('revisions').columns(['integration_id', 'created_at', 'id']).execute();
}

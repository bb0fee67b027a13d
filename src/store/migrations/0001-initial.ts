import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organizations_name').on('organizations').columns(['name', 'id']).execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  for (const col of ['name', 'created_at', 'updated_at']) {
    await db.schema.createIndex(`applications_org_${col}`).on('applications').columns(['organization_id', col, 'id']).execute();
  }

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('application_id', 'varchar(24)')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)')
    .addColumn('creator_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('creator_id', 'varchar(24)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  for (const col of ['name', 'status', 'created_at', 'updated_at', 'expires_at']) {
    await db.schema.createIndex(`api_tokens_app_${col}`).on('api_tokens').columns(['application_id', col, 'id']).execute();
  }

  await db.schema
    .createTable('integrations')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('application_id', 'varchar(24)')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_lower', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('integration_type', 'varchar(64)')
    .addColumn('category', 'varchar(255)')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('sharing', 'varchar(16)', (c) => c.notNull())
    .addColumn('is_beta', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  for (const col of ['name', 'created_at', 'updated_at', 'integration_type', 'name_lower']) {
    await db.schema.createIndex(`integrations_app_${col}`).on('integrations').columns(['application_id', col, 'id']).execute();
  }
  await db.schema.createIndex('integrations_app_id').on('integrations').columns(['application_id', 'id']).execute();
  for (const col of ['name', 'created_at', 'updated_at']) {
    await db.schema.createIndex(`integrations_org_${col}`).on('integrations').columns(['organization_id', col, 'id']).execute();
  }

  await db.schema
    .createTable('flows')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('application_id', 'varchar(24)')
    .addColumn('integration_id', 'varchar(24)')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('triggers', 'text', (c) => c.notNull())
    .addColumn('nodes', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  for (const col of ['name', 'created_at', 'updated_at']) {
    await db.schema.createIndex(`flows_app_${col}`).on('flows').columns(['application_id', col, 'id']).execute();
  }
  await db.schema.createIndex('flows_integration').on('flows').columns(['integration_id', 'name', 'id']).execute();

  await db.schema
    .createTable('flow_integration_triggers')
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull())
    .addPrimaryKeyConstraint('flow_integration_triggers_pk', ['flow_id', 'integration_id'])
    .execute();
  await db.schema
    .createIndex('flow_integration_triggers_integration')
    .on('flow_integration_triggers')
    .columns(['integration_id', 'flow_id'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('application_id', 'varchar(24)')
    .addColumn('integration_id', 'varchar(24)')
    .addColumn('resource_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('resource_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('event', 'varchar(32)', (c) => c.notNull())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(24)')
    .addColumn('field_changes', 'text', (c) => c.notNull())
    .addColumn('time', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_org_time').on('audit_events').columns(['organization_id', 'time', 'id']).execute();
  await db.schema.createIndex('audit_events_integration_time').on('audit_events').columns(['integration_id', 'time', 'id']).execute();
  await db.schema.createIndex('audit_events_resource').on('audit_events').columns(['resource_id', 'time']).execute();
}

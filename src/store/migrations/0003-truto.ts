import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  // An integration installed in an application (a Truto environment). Rows go with their integration
  // or application (ON DELETE CASCADE), whichever surface deletes it, in the same statement.
  await db.schema
    .createTable('installations')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    .addColumn('integration_id', 'varchar(24)', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('application_id', 'varchar(24)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('override', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text')
    .addColumn('is_enabled', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('installations_integration_application')
    .on('installations')
    .columns(['integration_id', 'application_id'])
    .unique()
    .execute();
  // Lists are keyset-paged by id: per environment, per organization, per integration.
  await db.schema.createIndex('installations_application_id').on('installations').columns(['application_id', 'id']).execute();
  await db.schema.createIndex('installations_org_id').on('installations').columns(['organization_id', 'id']).execute();
  await db.schema.createIndex('installations_integration_id').on('installations').columns(['integration_id', 'id']).execute();

  // Truto lists by id: a team's integrations and environments, and other teams' shared integrations.
  await db.schema.createIndex('integrations_org_id').on('integrations').columns(['organization_id', 'id']).execute();
  await db.schema.createIndex('applications_org_id').on('applications').columns(['organization_id', 'id']).execute();
  await db.schema.createIndex('integrations_sharing_id').on('integrations').columns(['sharing', 'id']).execute();
}

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  // An integration installed in an application (a Truto environment). Rows go with their integration
  // or application (ON DELETE CASCADE), whichever surface deletes it, in the same statement.
  await db.schema
    .createTable('installations')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull().references('organizations.id'))
    // The integration's organization (it never changes): lists an owner's approval inbox by index.
    .addColumn('owner_organization_id', 'varchar(24)', (c) => c.notNull())
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
  // Truto lists are keyset-paged in (created_at, id) order: installs per environment, organization, owner
  // and integration; other teams' shared integrations. Own integrations and environments use 0001's
  // (organization_id, created_at, id) indexes.
  for (const col of ['application_id', 'organization_id', 'owner_organization_id', 'integration_id']) {
    await db.schema.createIndex(`installations_${col}_created_at`).on('installations').columns([col, 'created_at', 'id']).execute();
  }
  await db.schema.createIndex('integrations_sharing_created_at').on('integrations').columns(['sharing', 'created_at', 'id']).execute();
}

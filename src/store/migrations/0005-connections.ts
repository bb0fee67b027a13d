import { type Kysely, sql } from 'kysely';

/**
 * A connected account is an integrator.io connection: its row moves into `resources` (same id, times,
 * version; the plain context becomes `attributes`, the sealed secrets move unchanged). The call log
 * also holds calls made for a plain connection, which has no integration.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('resources').addColumn('application_id', 'varchar(24)').execute();
  await db.schema.alterTable('resources').addColumn('integration_id', 'varchar(24)').execute();
  await db.schema.alterTable('resources').addColumn('status', 'varchar(32)').execute();
  await db.schema.alterTable('resources').addColumn('authentication_method', 'varchar(64)').execute();
  await db.schema.createIndex('resources_integration_created_at').on('resources').columns(['integration_id', 'created_at', 'id']).execute();

  await db
    .insertInto('resources')
    .columns([
      'id',
      'organization_id',
      'kind',
      'connection_id',
      'name',
      'attributes',
      'secrets',
      'version',
      'created_at',
      'updated_at',
      'application_id',
      'integration_id',
      'status',
      'authentication_method',
    ])
    .expression((eb) =>
      eb
        .selectFrom('integrated_accounts as a')
        .leftJoin('integrations as i', 'i.id', 'a.integration_id')
        .select([
          'a.id',
          'a.organization_id',
          sql.lit('connection').as('kind'),
          sql<null>`null`.as('connection_id'),
          sql<string>`coalesce(i.name, ${sql.lit('Connected account')})`.as('name'),
          'a.context',
          'a.secrets',
          'a.version',
          'a.created_at',
          'a.updated_at',
          'a.application_id',
          'a.integration_id',
          'a.status',
          'a.authentication_method',
        ]),
    )
    .execute();
  await db.schema.dropTable('integrated_accounts').execute();

  // SQLite cannot drop a NOT NULL in place: rebuild the table the same way on both databases.
  await db.schema
    .createTable('upstream_calls_next')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integrated_account_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integration_id', 'varchar(24)')
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
  const callColumns = [
    'id',
    'organization_id',
    'integrated_account_id',
    'integration_id',
    'resource',
    'method',
    'http_method',
    'path',
    'status',
    'duration_ms',
    'attempts',
    'error',
    'created_at',
  ];
  await db
    .insertInto('upstream_calls_next')
    .columns(callColumns)
    .expression((eb) => eb.selectFrom('upstream_calls').select(callColumns))
    .execute();
  await db.schema.dropTable('upstream_calls').execute();
  await db.schema.alterTable('upstream_calls_next').renameTo('upstream_calls').execute();
  await db.schema
    .createIndex('upstream_calls_account_created')
    .on('upstream_calls')
    .columns(['integrated_account_id', 'created_at', 'id'])
    .execute();
}

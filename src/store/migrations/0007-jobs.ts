import type { Kysely } from 'kysely';

/**
 * integrator.io flow runs: `jobs` (a flow job and its export/import children) and `job_errors` (one row
 * per refused record or failed page, with what a retry needs). The queue's state is the job's status and
 * `run_after`; `node_id` + `heartbeat_at` tell a live run from one whose node died.
 * `upstream_calls.job_id` ties each upstream call of a run to its job.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('integration_id', 'varchar(24)')
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('flow_job_id', 'varchar(24)')
    .addColumn('type', 'varchar(16)', (c) => c.notNull())
    .addColumn('export_id', 'varchar(24)')
    .addColumn('import_id', 'varchar(24)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(30)')
    .addColumn('ended_at', 'varchar(30)')
    .addColumn('done_exporting', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_success', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_error', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_ignore', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_pages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retriable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'varchar(30)')
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('message', 'text')
    .addColumn('node_id', 'varchar(64)')
    .addColumn('heartbeat_at', 'varchar(30)')
    .addColumn('trigger_key', 'varchar(255)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_org_created').on('jobs').columns(['organization_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('jobs_flow_created').on('jobs').columns(['flow_id', 'created_at']).execute();
  await db.schema.createIndex('jobs_parent').on('jobs').columns(['flow_job_id']).execute();
  await db.schema.createIndex('jobs_status').on('jobs').columns(['status', 'run_after']).execute();
  // A schedule's firing (`<flow>:<time>`) makes one job whichever node fires it.
  await db.schema.createIndex('jobs_trigger_key').on('jobs').column('trigger_key').unique().execute();

  await db.schema
    .createTable('job_errors')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('flow_job_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('job_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('step_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('o_index', 'integer')
    .addColumn('retry_data_key', 'varchar(24)')
    .addColumn('retry_data', 'text')
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_at', 'varchar(30)')
    .addColumn('occurred_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_errors_step').on('job_errors').columns(['flow_id', 'step_id', 'occurred_at']).execute();
  await db.schema.createIndex('job_errors_flow_job').on('job_errors').column('flow_job_id').execute();

  await db.schema.alterTable('upstream_calls').addColumn('job_id', 'varchar(24)').execute();
}

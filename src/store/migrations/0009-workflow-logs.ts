import type { Kysely } from 'kysely';

/**
 * Losant workflow logs, bounded per workflow: `workflow_log_periods` (one row per workflow and minute:
 * run and path counts, wall time), `workflow_runs` (the latest runs with their debug output and node
 * errors) and `workflow_errors` (the latest node errors, for the periods' `errors` and `flow.errors`).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workflow_log_periods')
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('period_start', 'varchar(30)', (c) => c.notNull())
    .addColumn('run_count', 'integer', (c) => c.notNull())
    .addColumn('paths_completed', 'integer', (c) => c.notNull())
    .addColumn('paths_failed', 'integer', (c) => c.notNull())
    .addColumn('wall_time_ms', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('workflow_log_periods_pk', ['flow_id', 'period_start'])
    .execute();

  await db.schema
    .createTable('workflow_runs')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('trigger_type', 'varchar(64)', (c) => c.notNull())
    .addColumn('trigger_id', 'varchar(1024)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('wall_time_ms', 'double precision', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('paths_completed', 'integer', (c) => c.notNull())
    .addColumn('paths_failed', 'integer', (c) => c.notNull())
    .addColumn('debug', 'text', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workflow_runs_flow_started').on('workflow_runs').columns(['flow_id', 'started_at', 'id']).execute();

  await db.schema
    .createTable('workflow_errors')
    .addColumn('id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('flow_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('run_id', 'varchar(24)', (c) => c.notNull())
    .addColumn('time', 'varchar(30)', (c) => c.notNull())
    .addColumn('node_id', 'varchar(1024)', (c) => c.notNull())
    .addColumn('node_label', 'varchar(255)')
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workflow_errors_flow_time').on('workflow_errors').columns(['flow_id', 'time', 'id']).execute();
}

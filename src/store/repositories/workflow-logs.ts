import { sql } from 'kysely';
import type { Executor } from '../executor.js';
import type { WorkflowErrorTable, WorkflowLogPeriodTable, WorkflowRunTable } from '../tables.js';

/** Adds counts to a workflow's periods (rows are created or summed, so several nodes may write one period). */
export async function addLogPeriods(db: Executor, rows: WorkflowLogPeriodTable[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('workflow_log_periods')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['flow_id', 'period_start']).doUpdateSet({
        run_count: sql`workflow_log_periods.run_count + excluded.run_count`,
        paths_completed: sql`workflow_log_periods.paths_completed + excluded.paths_completed`,
        paths_failed: sql`workflow_log_periods.paths_failed + excluded.paths_failed`,
        wall_time_ms: sql`workflow_log_periods.wall_time_ms + excluded.wall_time_ms`,
      }),
    )
    .execute();
}

export async function insertWorkflowRuns(db: Executor, rows: WorkflowRunTable[]) {
  if (rows.length > 0) await db.insertInto('workflow_runs').values(rows).execute();
}

export async function insertWorkflowErrors(db: Executor, rows: WorkflowErrorTable[]) {
  if (rows.length > 0) await db.insertInto('workflow_errors').values(rows).execute();
}

/** Keeps a workflow's newest `keep` rows of each log table. */
export async function pruneWorkflowLogs(db: Executor, flowId: string, keep: { periods: number; runs: number; errors: number }) {
  const newestPeriods = db
    .selectFrom('workflow_log_periods')
    .select('period_start')
    .where('flow_id', '=', flowId)
    .orderBy('period_start', 'desc')
    .limit(keep.periods);
  await db.deleteFrom('workflow_log_periods').where('flow_id', '=', flowId).where('period_start', 'not in', newestPeriods).execute();
  const newestRuns = db
    .selectFrom('workflow_runs')
    .select('id')
    .where('flow_id', '=', flowId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(keep.runs);
  await db.deleteFrom('workflow_runs').where('flow_id', '=', flowId).where('id', 'not in', newestRuns).execute();
  const newestErrors = db
    .selectFrom('workflow_errors')
    .select('id')
    .where('flow_id', '=', flowId)
    .orderBy('time', 'desc')
    .orderBy('id', 'desc')
    .limit(keep.errors);
  await db.deleteFrom('workflow_errors').where('flow_id', '=', flowId).where('id', 'not in', newestErrors).execute();
}

/** Newest periods first; `since` (ISO) keeps the periods that end after it. */
export function listLogPeriods(db: Executor, flowId: string, since: string | null, limit: number) {
  let query = db.selectFrom('workflow_log_periods').selectAll().where('flow_id', '=', flowId);
  if (since) query = query.where('period_start', '>=', since);
  return query.orderBy('period_start', 'desc').limit(limit).execute();
}

export function listWorkflowErrors(
  db: Executor,
  flowId: string,
  range: { from: string | null; to: string | null },
  limit: number,
  asc = false,
) {
  let query = db.selectFrom('workflow_errors').selectAll().where('flow_id', '=', flowId);
  if (range.from) query = query.where('time', '>=', range.from);
  if (range.to) query = query.where('time', '<', range.to);
  const direction = asc ? 'asc' : 'desc';
  return query.orderBy('time', direction).orderBy('id', direction).limit(limit).execute();
}

export function listWorkflowRuns(db: Executor, flowId: string, since: string | null, limit: number) {
  let query = db.selectFrom('workflow_runs').selectAll().where('flow_id', '=', flowId);
  if (since) query = query.where('started_at', '>=', since);
  return query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function deleteWorkflowLogs(db: Executor, flowIds: string[]) {
  if (flowIds.length === 0) return;
  await db.deleteFrom('workflow_log_periods').where('flow_id', 'in', flowIds).execute();
  await db.deleteFrom('workflow_runs').where('flow_id', 'in', flowIds).execute();
  await db.deleteFrom('workflow_errors').where('flow_id', 'in', flowIds).execute();
}

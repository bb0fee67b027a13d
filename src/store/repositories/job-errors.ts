import type { Executor } from '../executor.js';
import type { JobErrorRow } from '../tables.js';

export function insertJobErrors(db: Executor, rows: JobErrorRow[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('job_errors')
    .values(rows)
    .execute()
    .then(() => undefined);
}

export interface ErrorRange {
  from?: string;
  to?: string;
  resolved: boolean;
}

/** A step's errors of a flow, oldest first. */
export function listJobErrors(db: Executor, flowId: string, stepId: string, range: ErrorRange, limit: number) {
  let q = db
    .selectFrom('job_errors')
    .selectAll()
    .where('flow_id', '=', flowId)
    .where('step_id', '=', stepId)
    .where('resolved', '=', range.resolved ? 1 : 0);
  if (range.from) q = q.where('occurred_at', '>=', range.from);
  if (range.to) q = q.where('occurred_at', '<=', range.to);
  return q.orderBy('occurred_at').orderBy('id').limit(limit).execute();
}

/** The step's errors named by id or by retry data key. */
export function findJobErrors(db: Executor, flowId: string, stepId: string, by: { ids?: string[]; keys?: string[] }) {
  let q = db.selectFrom('job_errors').selectAll().where('flow_id', '=', flowId).where('step_id', '=', stepId);
  if (by.ids) q = q.where('id', 'in', by.ids.length > 0 ? by.ids : ['']);
  if (by.keys) q = q.where('retry_data_key', 'in', by.keys.length > 0 ? by.keys : ['']);
  return q.orderBy('occurred_at').orderBy('id').execute();
}

export async function resolveJobErrors(db: Executor, ids: string[], now: string) {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('job_errors')
    .set({ resolved: 1, resolved_at: now })
    .where('id', 'in', ids)
    .where('resolved', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function deleteFlowJobData(db: Executor, flowId: string) {
  return Promise.all([
    db.deleteFrom('job_errors').where('flow_id', '=', flowId).execute(),
    db.deleteFrom('jobs').where('flow_id', '=', flowId).execute(),
  ]);
}

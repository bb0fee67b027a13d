import { sql, type Updateable } from 'kysely';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import type { JobRow, JobTable } from '../tables.js';

export const ACTIVE_STATUSES = ['queued', 'running', 'retrying'] as const;

export function insertJobs(db: Executor, rows: JobRow[]) {
  return db.insertInto('jobs').values(rows).execute();
}

/** Inserts unless a job with the same `trigger_key` exists; true when this call inserted it. */
export async function insertJobOnce(db: Executor, row: JobRow): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.column('trigger_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows) === 1;
}

export function findJob(db: Executor, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Updates the job when its status is one of `from` (all statuses when omitted); true when it did. */
export async function updateJob(db: Executor, id: string, changes: Updateable<JobTable>, from?: readonly string[]) {
  let query = db.updateTable('jobs').set(changes).where('id', '=', id);
  if (from) query = query.where('status', 'in', [...from]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The children of flow jobs, oldest first. */
export function childJobs(db: Executor, flowJobIds: string[]) {
  if (flowJobIds.length === 0) return Promise.resolve([] as JobRow[]);
  return db.selectFrom('jobs').selectAll().where('flow_job_id', 'in', flowJobIds).orderBy('created_at').orderBy('id').execute();
}

export function updateChildren(db: Executor, flowJobId: string, changes: Updateable<JobTable>, from: readonly string[]) {
  return db
    .updateTable('jobs')
    .set(changes)
    .where('flow_job_id', '=', flowJobId)
    .where('status', 'in', [...from])
    .execute();
}

export interface JobFilter {
  organizationId: string;
  integrationId?: string;
  flowIds?: string[];
  exportId?: string;
  importId?: string;
  flowJobId?: string;
  statuses?: string[];
  types?: string[];
  createdFrom?: string;
  createdTo?: string;
  numError?: { gte?: number; lte?: number };
  numSuccess?: { gte?: number; lte?: number };
  numIgnore?: { gte?: number; lte?: number };
  retriable?: boolean;
}

/** Newest first, at most `limit`. */
export function listJobs(db: Executor, f: JobFilter, limit: number) {
  let q = db.selectFrom('jobs').selectAll().where('organization_id', '=', f.organizationId);
  if (f.integrationId) q = q.where('integration_id', '=', f.integrationId);
  if (f.flowIds) q = q.where('flow_id', 'in', f.flowIds.length > 0 ? f.flowIds : ['']);
  if (f.exportId) q = q.where('export_id', '=', f.exportId);
  if (f.importId) q = q.where('import_id', '=', f.importId);
  if (f.flowJobId) q = q.where('flow_job_id', '=', f.flowJobId);
  if (f.statuses) q = q.where('status', 'in', f.statuses);
  if (f.types) q = q.where('type', 'in', f.types);
  if (f.createdFrom) q = q.where('created_at', '>=', f.createdFrom);
  if (f.createdTo) q = q.where('created_at', '<=', f.createdTo);
  for (const [column, range] of [
    ['num_error', f.numError],
    ['num_success', f.numSuccess],
    ['num_ignore', f.numIgnore],
  ] as const) {
    if (range?.gte !== undefined) q = q.where(column, '>=', range.gte);
    if (range?.lte !== undefined) q = q.where(column, '<=', range.lte);
  }
  if (f.retriable !== undefined) q = q.where('retriable', '=', f.retriable ? 1 : 0);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function latestFlowJob(db: Executor, flowId: string) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('flow_id', '=', flowId)
    .where('type', '=', 'flow')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The state of the export's last completed run (delta exports start where it ended). */
export function lastCompletedExportJob(db: Executor, flowId: string, exportId: string) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('flow_id', '=', flowId)
    .where('export_id', '=', exportId)
    .where('type', '=', 'export')
    .where('status', '=', 'completed')
    .where('state', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Flow jobs waiting to run (whose `run_after`, if any, has come), oldest first; of one flow if named. */
export function dueFlowJobs(db: Executor, now: string, limit: number, flowId?: string) {
  let q = db.selectFrom('jobs').select(['id', 'flow_id']);
  if (flowId) q = q.where('flow_id', '=', flowId);
  return q
    .where('type', '=', 'flow')
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('run_after', 'is', null), eb('run_after', '<=', now)]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Starts a queued flow job unless another job of its flow runs: one running job per flow. On PostgreSQL
 * a transaction-scoped advisory lock on the flow makes check-and-set one step across nodes; SQLite
 * serialises writers.
 */
export async function claimFlowJob(db: Executor, dialect: Dialect, job: { id: string; flowId: string }, claim: Updateable<JobTable>) {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtextextended(${job.flowId}, 0))`.execute(trx);
    const running = await trx
      .selectFrom('jobs')
      .select('id')
      .where('flow_id', '=', job.flowId)
      .where('type', '=', 'flow')
      .where('status', 'in', ['running', 'retrying'])
      .executeTakeFirst();
    if (running) return false;
    return updateJob(trx, job.id, { ...claim, status: 'running' }, ['queued']);
  });
}

/** Running flow jobs whose node has not been heard of since `before` (or, with `notNode`, of any other node). */
export function staleRunningJobs(db: Executor, before: string, notNode?: string) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('type', '=', 'flow')
    .where('status', 'in', ['running', 'retrying'])
    .where((eb) =>
      notNode
        ? eb.or([eb('node_id', 'is', null), eb('node_id', '!=', notNode)])
        : eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', before)]),
    )
    .execute();
}

export function heartbeatJobs(db: Executor, ids: string[], nodeId: string, now: string) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .updateTable('jobs')
    .set({ heartbeat_at: now })
    .where('id', 'in', ids)
    .where('node_id', '=', nodeId)
    .where('status', 'in', ['running', 'retrying'])
    .execute()
    .then(() => undefined);
}

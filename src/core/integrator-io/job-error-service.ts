import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import { findJobErrors, listJobErrors, resolveJobErrors } from '../../store/repositories/job-errors.js';
import type { FlowRow } from '../../store/tables.js';
import { rowToFlow } from '../flows/flow-model.js';
import type { Actor, CoreContext } from '../shared/context.js';
import { transaction } from '../shared/context.js';
import { flowRefs } from './integration-flow-service.js';
import { type FlowError, type Job, rowToFlowError, rowToJob } from './job-model.js';
import { type JobService, loadFlowRow } from './job-service.js';

const unprocessable = (field: string, message: string, code: string) =>
  new AppError('unprocessable', message, [{ path: field, message, code }]);
const MAX_ERRORS = 1_000;

export interface ErrorQuery {
  occurredFrom?: string;
  occurredTo?: string;
}

/** The flow and one of its steps (an export or import it names), or 404. */
async function loadStep(
  db: Executor,
  principal: Principal | null,
  flowId: string,
  stepId: string,
): Promise<{ flow: FlowRow; kind: 'export' | 'import'; id: string }> {
  const flow = await loadFlowRow(db, principal, flowId);
  const id = isId(stepId) ? normalizeId(stepId) : '';
  const ref = flowRefs(rowToFlow(flow).attributes).find((r) => r.id.toLowerCase() === id);
  if (!ref) throw notFound('Export or import of this flow');
  return { flow, kind: ref.kind, id };
}

/** A flow step's errors: listing, resolving, and retrying the records they hold. */
export function createJobErrorService(ctx: CoreContext, jobs: JobService) {
  const db = ctx.store.db;

  async function errors(principal: Principal, flowId: string, stepId: string, query: ErrorQuery, resolved: boolean): Promise<FlowError[]> {
    const step = await loadStep(db, principal, flowId, stepId);
    const rows = await listJobErrors(db, step.flow.id, step.id, { from: query.occurredFrom, to: query.occurredTo, resolved }, MAX_ERRORS);
    return rows.map(rowToFlowError);
  }

  return {
    list: (principal: Principal, flowId: string, stepId: string, query: ErrorQuery) => errors(principal, flowId, stepId, query, false),
    resolvedList: (principal: Principal, flowId: string, stepId: string, query: ErrorQuery) =>
      errors(principal, flowId, stepId, query, true),

    /** Marks errors resolved; every id must be an error of this step, else nothing changes (422). */
    async resolve(actor: Actor, flowId: string, stepId: string, errorIds: string[]): Promise<void> {
      await transaction(ctx, async (trx) => {
        const step = await loadStep(trx, actor.principal, flowId, stepId);
        const ids = [...new Set(errorIds.map((id) => id.toLowerCase()))];
        const found = new Set((await findJobErrors(trx, step.flow.id, step.id, { ids })).map((r) => r.id));
        const missing = ids.findIndex((id) => !found.has(id));
        if (missing >= 0) throw unprocessable(`errors.${missing}`, `Error ${ids[missing]} is not an error of this step.`, 'invalid_ref');
        await resolveJobErrors(trx, ids, nowIso());
      });
    },

    /**
     * Re-sends exactly the named errors' records through the import that refused them, as a new job. The
     * errors are resolved when the retry takes them; a record refused again becomes a new error.
     */
    async retry(actor: Actor, flowId: string, stepId: string, by: { errorIds?: string[]; retryDataKeys?: string[] }): Promise<Job> {
      const job = await transaction(ctx, async (trx) => {
        const step = await loadStep(trx, actor.principal, flowId, stepId);
        if (step.kind !== 'import') {
          throw unprocessable('_id', 'Errors of an export hold no record to re-send; run the flow again instead.', 'retry_not_supported');
        }
        const field = by.errorIds ? 'errorIds' : 'retryDataKeys';
        const wanted = [...new Set((by.errorIds ?? by.retryDataKeys ?? []).map((v) => v.toLowerCase()))];
        if (wanted.length === 0) throw unprocessable(field, 'Name at least one error to retry.', 'missing_required_field');
        const rows = await findJobErrors(trx, step.flow.id, step.id, by.errorIds ? { ids: wanted } : { keys: wanted });
        const open = rows.filter((r) => r.resolved === 0 && r.retry_data !== null);
        const key = (r: (typeof rows)[number]) => (by.errorIds ? r.id : (r.retry_data_key as string));
        const have = new Set(open.map(key));
        const missing = wanted.findIndex((w) => !have.has(w));
        if (missing >= 0)
          throw unprocessable(
            `${field}.${missing}`,
            `${wanted[missing]} names no open error of this step with data to retry.`,
            'invalid_ref',
          );
        return jobs.queue(trx, actor, step.flow, { retry: { importId: step.id, errorIds: open.map((r) => r.id) }, trigger: 'retry' });
      });
      await jobs.send(job);
      return rowToJob(job as NonNullable<typeof job>);
    },
  };
}

import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { JsonObject } from '../../lib/json.js';
import { nowIso } from '../../lib/time.js';
import { newJobRow, type RunOptions } from '../../runtime/flows/job-rows.js';
import type { Executor } from '../../store/executor.js';
import { findFlow } from '../../store/repositories/flows.js';
import {
  childJobs,
  findJob,
  insertJobOnce,
  insertJobs,
  type JobFilter,
  latestFlowJob,
  listJobs,
  updateChildren,
  updateJob,
} from '../../store/repositories/jobs.js';
import { findResources } from '../../store/repositories/resources.js';
import type { FlowRow, JobRow } from '../../store/tables.js';
import { rowToFlow } from '../flows/flow-model.js';
import { canReach } from '../shared/access.js';
import { recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { type Job, rowToJob } from './job-model.js';

const unprocessable = (field: string, message: string, code: string) =>
  new AppError('unprocessable', message, [{ path: field, message, code }]);
const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null) : []);

export interface RunRequest {
  _exportIds?: string[];
  startDate?: string;
  endDate?: string;
}

/** The flow if the principal reaches it (integrator.io flows are organization-wide); 404 otherwise. */
export async function loadFlowRow(db: Executor, principal: Principal | null, id: string): Promise<FlowRow> {
  const row = isId(id) ? await findFlow(db, normalizeId(id)) : undefined;
  if (!row || row.application_id !== null || !canReach(principal, row.organization_id, null)) throw notFound('Flow');
  return row;
}

/** What a run of this flow would do; a disabled flow, an unknown export or nothing runnable is a 422. */
async function checkRunnable(db: Executor, row: FlowRow, request: RunRequest, allowWebhooks: boolean) {
  const flow = rowToFlow(row);
  if (!flow.enabled) throw unprocessable('disabled', 'The flow is disabled; enable it to run it.', 'flow_disabled');
  const generators = list(flow.attributes.pageGenerators).map((pg) => String(pg._exportId ?? '').toLowerCase());
  const wanted = request._exportIds?.map((id) => id.toLowerCase());
  wanted?.forEach((id, i) => {
    if (!generators.includes(id))
      throw unprocessable(`_exportIds.${i}`, `The export ${id} is not a page generator of this flow.`, 'invalid_ref');
  });
  const processors = list(flow.attributes.pageProcessors);
  const ids = [...generators, ...processors.map((pp) => String(pp._importId ?? pp._exportId ?? '').toLowerCase())];
  const docs = new Map(
    (await findResources(db, row.organization_id, ids.filter(isId))).map((r) => [r.id, { kind: r.kind, doc: JSON.parse(r.attributes) }]),
  );
  processors.forEach((pp, i) => {
    const step = docs.get(String(pp._importId ?? '').toLowerCase());
    if (pp.type === 'export' || !step || step.doc.adaptorType !== 'HTTPImport') {
      throw unprocessable(
        `pageProcessors.${i}`,
        'Junction runs HTTP imports (adaptorType HTTPImport) as page processors only.',
        'step_not_supported',
      );
    }
  });
  const runnable = (wanted ?? generators).filter((id) => {
    const type = docs.get(id)?.doc.adaptorType;
    return type === 'HTTPExport' || (allowWebhooks && type === 'WebhookExport');
  });
  if (runnable.length === 0) {
    throw unprocessable('pageGenerators', 'The flow has no HTTP export (adaptorType HTTPExport) to run.', 'nothing_to_run');
  }
  for (const [field, value] of [
    ['startDate', request.startDate],
    ['endDate', request.endDate],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      throw unprocessable(field, `${field} must be an ISO-8601 date.`, 'invalid_field');
  }
  if (request.startDate && request.endDate && Date.parse(request.startDate) > Date.parse(request.endDate)) {
    throw unprocessable('startDate', 'startDate must not be after endDate.', 'invalid_field');
  }
}

export interface Enqueue {
  enqueue(jobId: string): Promise<void>;
}

/** integrator.io jobs: runs of flows (queued for the flow runtime), their lists, cancel. */
export function createJobService(ctx: CoreContext, runtime: Enqueue) {
  const db = ctx.store.db;

  async function queue(trx: Executor, actor: Actor, row: FlowRow, options: RunOptions, triggerKey: string | null = null) {
    const now = nowIso();
    const job = newJobRow(
      {
        organization_id: row.organization_id,
        integration_id: row.integration_id,
        flow_id: row.id,
        type: 'flow',
        status: 'queued',
        options: JSON.stringify(options),
        trigger_key: triggerKey,
      },
      now,
    );
    if (triggerKey) {
      if (!(await insertJobOnce(trx, job))) return null;
    } else await insertJobs(trx, [job]);
    const { records: _, ...audited } = options;
    await recordAudit(trx, actor, {
      organizationId: row.organization_id,
      applicationId: null,
      integrationId: row.integration_id,
      resourceType: 'job',
      resourceId: job.id,
      event: 'run',
      before: null,
      after: { _flowId: row.id, ...audited },
    });
    return job;
  }

  const send = (job: JobRow | null) => (job ? runtime.enqueue(job.id).catch(() => {}) : Promise.resolve());

  async function withChildren(row: JobRow): Promise<Job> {
    const job = rowToJob(row);
    if (row.type === 'flow') job.children = (await childJobs(db, [row.id])).map(rowToJob);
    return job;
  }

  return {
    async run(actor: Actor, flowId: string, request: RunRequest): Promise<Job> {
      const job = await transaction(ctx, async (trx) => {
        const row = await loadFlowRow(trx, actor.principal, flowId);
        await checkRunnable(trx, row, request, false);
        return queue(trx, actor, row, { ...request, trigger: 'api' });
      });
      await send(job);
      return rowToJob(job as JobRow);
    },

    /**
     * A run the system starts (a schedule's firing, a chained flow, a webhook's records): nothing when the
     * flow is gone or disabled, or when `triggerKey` already made its job (another node fired it).
     */
    async runBySystem(organizationId: string, flowId: string, options: RunOptions, triggerKey: string | null = null): Promise<Job | null> {
      const actor: Actor = { principal: null, source: 'system' };
      const job = await transaction(ctx, async (trx) => {
        const row = await loadFlowRow(trx, null, flowId).catch(() => null);
        if (!row?.enabled || row.organization_id !== organizationId) return null;
        await checkRunnable(trx, row, { _exportIds: options._exportIds }, true);
        return queue(trx, actor, row, options, triggerKey);
      });
      await send(job);
      return job ? rowToJob(job) : null;
    },

    /** A flow job ended: a completed run starts the flows of its `_runNextFlowIds` (same organization). */
    async ended(job: { organizationId: string; flowId: string; status: string }) {
      if (job.status !== 'completed') return;
      const row = await findFlow(db, job.flowId);
      const next = row ? rowToFlow(row).attributes._runNextFlowIds : null;
      for (const id of Array.isArray(next) ? next : []) {
        await this.runBySystem(job.organizationId, String(id), { trigger: 'chain' }).catch(() => null);
      }
    },

    /** Queues a job made by another service (a retry) in its transaction. */
    queue,
    send,

    async get(principal: Principal, id: string): Promise<Job> {
      const row = isId(id) ? await findJob(db, normalizeId(id)) : undefined;
      if (!row || !canReach(principal, row.organization_id, null)) throw notFound('Job');
      return withChildren(row);
    },

    async list(principal: Principal, filter: Omit<JobFilter, 'organizationId'>, limit: number): Promise<Job[]> {
      const rows = await listJobs(db, { ...filter, organizationId: principal.organizationId }, limit);
      return rows.map(rowToJob);
    },

    /** The flow's newest flow job with its children, as a list (empty before the first run). */
    async latest(principal: Principal, flowId: string): Promise<Job[]> {
      const flow = await loadFlowRow(db, principal, flowId);
      const row = await latestFlowJob(db, flow.id);
      return row ? [await withChildren(row)] : [];
    },

    async cancel(actor: Actor, id: string): Promise<Job> {
      const row = await transaction(ctx, async (trx) => {
        const found = isId(id) ? await findJob(trx, normalizeId(id)) : undefined;
        if (!found || !canReach(actor.principal, found.organization_id, null)) throw notFound('Job');
        if (found.type !== 'flow') throw unprocessable('_id', 'Cancel the flow job this job belongs to.', 'invalid_job_type');
        const now = nowIso();
        const canceled = await updateJob(trx, found.id, { status: 'canceled', ended_at: now, updated_at: now }, [
          'queued',
          'running',
          'retrying',
        ]);
        if (!canceled)
          throw unprocessable('status', `The job is ${found.status}; only a queued or running job can be canceled.`, 'invalid_job_state');
        await updateChildren(trx, found.id, { status: 'canceled', ended_at: now, updated_at: now }, ['queued', 'running', 'retrying']);
        await recordAudit(trx, actor, {
          organizationId: found.organization_id,
          applicationId: null,
          integrationId: found.integration_id,
          resourceType: 'job',
          resourceId: found.id,
          event: 'cancel',
          before: { status: found.status },
          after: { status: 'canceled' },
        });
        return found;
      });
      return withChildren((await findJob(db, row.id)) as JobRow);
    },
  };
}

export type JobService = ReturnType<typeof createJobService>;

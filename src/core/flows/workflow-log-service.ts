import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { findFlow } from '../../store/repositories/flows.js';
import { listLogPeriods, listWorkflowErrors, listWorkflowRuns } from '../../store/repositories/workflow-logs.js';
import type { WorkflowErrorRow } from '../../store/tables.js';
import { requireApplication } from '../shared/access.js';
import type { CoreContext } from '../shared/context.js';

/** A node error as `flowLog` and `flowErrors` show it; the develop version's id is the workflow's. */
export interface WorkflowErrorView {
  time: string;
  flowVersion: string;
  flowVersionId: string;
  nodeId: string;
  nodeLabel?: string;
  error: { name: string; message: string };
}

export interface WorkflowLogEntry {
  flowVersionId: string;
  time: string;
  pathsFailed: number;
  pathsCompleted: number;
  runCount: number;
  wallTime: number;
  errors: WorkflowErrorView[];
}

export interface WorkflowRunView {
  id: string;
  time: string;
  triggerType: string;
  triggerId: string;
  status: 'completed' | 'failed';
  wallTime: number;
  steps: number;
  pathsCompleted: number;
  pathsFailed: number;
  debug: { nodeId: string; time: string; level: string; message: string; value: unknown }[];
  errors: { time: string; nodeId: string; nodeLabel: string | null; name: string; message: string }[];
}

export interface LogReadPorts {
  /** Writes the runtime's pending run log, so a read sees the runs that just ended. */
  flush(): Promise<void>;
  periodMs: number;
}

const MAX_ERRORS_PER_PERIOD = 25;

function errorView(row: WorkflowErrorRow): WorkflowErrorView {
  return {
    time: row.time,
    flowVersion: 'develop',
    flowVersionId: row.flow_id,
    nodeId: row.node_id,
    ...(row.node_label ? { nodeLabel: row.node_label } : {}),
    error: { name: row.name, message: row.message },
  };
}

/** Reads a Losant workflow's run log: `flowLog` periods, `flowErrors`, and the kept runs with their debug output. */
export function createWorkflowLogService(ctx: CoreContext, ports: LogReadPorts) {
  const db = () => ctx.store.db;

  async function flowOf(principal: Principal, applicationId: string, flowId: string) {
    const app = await requireApplication(db(), principal, applicationId);
    const row = isId(flowId) ? await findFlow(db(), normalizeId(flowId)) : undefined;
    if (!row || row.application_id !== app.id) throw notFound('Flow');
    await ports.flush().catch(() => {});
    return row;
  }

  return {
    async logs(
      principal: Principal,
      applicationId: string,
      flowId: string,
      query: { limit: number; since: number | null },
    ): Promise<WorkflowLogEntry[]> {
      const flow = await flowOf(principal, applicationId, flowId);
      const since = query.since === null ? null : new Date(query.since - (query.since % ports.periodMs)).toISOString();
      const periods = await listLogPeriods(db(), flow.id, since, query.limit);
      if (periods.length === 0) return [];
      const from = periods[periods.length - 1].period_start;
      const to = new Date(Date.parse(periods[0].period_start) + ports.periodMs).toISOString();
      const errors = await listWorkflowErrors(db(), flow.id, { from, to }, MAX_ERRORS_PER_PERIOD * periods.length);
      return periods.map((p) => {
        const end = new Date(Date.parse(p.period_start) + ports.periodMs).toISOString();
        const within = errors.filter((e) => e.time >= p.period_start && e.time < end).slice(0, MAX_ERRORS_PER_PERIOD);
        return {
          flowVersionId: flow.id,
          time: p.period_start,
          pathsFailed: Number(p.paths_failed),
          pathsCompleted: Number(p.paths_completed),
          runCount: Number(p.run_count),
          wallTime: Number(p.wall_time_ms),
          errors: within.map(errorView),
        };
      });
    },

    async errors(
      principal: Principal,
      applicationId: string,
      flowId: string,
      query: { durationMs: number; endMs: number; limit: number; ascending: boolean },
    ) {
      const flow = await flowOf(principal, applicationId, flowId);
      const end = new Date(query.endMs);
      const start = new Date(query.endMs - query.durationMs);
      const rows = await listWorkflowErrors(
        db(),
        flow.id,
        { from: start.toISOString(), to: end.toISOString() },
        query.limit,
        query.ascending,
      );
      return {
        flowVersionId: flow.id,
        start: start.toISOString(),
        end: end.toISOString(),
        limit: query.limit,
        sortDirection: query.ascending ? 'asc' : 'desc',
        errors: rows.map(errorView),
      };
    },

    async runs(
      principal: Principal,
      applicationId: string,
      flowId: string,
      query: { limit: number; since: number | null },
    ): Promise<WorkflowRunView[]> {
      const flow = await flowOf(principal, applicationId, flowId);
      const rows = await listWorkflowRuns(db(), flow.id, query.since === null ? null : new Date(query.since).toISOString(), query.limit);
      return rows.map((r) => ({
        id: r.id,
        time: r.started_at,
        triggerType: r.trigger_type,
        triggerId: r.trigger_id,
        status: r.status === 'failed' ? 'failed' : 'completed',
        wallTime: Number(r.wall_time_ms),
        steps: Number(r.steps),
        pathsCompleted: Number(r.paths_completed),
        pathsFailed: Number(r.paths_failed),
        debug: JSON.parse(r.debug),
        errors: JSON.parse(r.errors),
      }));
    },
  };
}

export type WorkflowLogService = ReturnType<typeof createWorkflowLogService>;

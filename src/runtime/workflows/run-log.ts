import { newId } from '../../lib/ids.js';
import type { Store } from '../../store/database.js';
import { addLogPeriods, insertWorkflowErrors, insertWorkflowRuns, pruneWorkflowLogs } from '../../store/repositories/workflow-logs.js';
import type { WorkflowErrorTable, WorkflowLogPeriodTable, WorkflowRunTable } from '../../store/tables.js';
import type { RunError, RunRecord } from './run.js';

export interface RunLogOptions {
  /** How long records wait to be written together. */
  flushMs: number;
  /** Length of one `flowLog` period. */
  periodMs: number;
  /** What is kept per workflow. */
  keepPeriods: number;
  keepRuns: number;
  keepErrors: number;
}

export const DEFAULT_RUN_LOG: RunLogOptions = { flushMs: 500, periodMs: 60_000, keepPeriods: 1_440, keepRuns: 100, keepErrors: 500 };

const MAX_MESSAGE_CHARS = 4_000;
const storable = (text: string, max: number) => text.replaceAll('\u0000', '').slice(0, max);

/** Appends to a list that keeps its last `max` items (trimmed once it holds a quarter more: no splice per item). */
function pushBounded<T>(lists: Map<string, T[]>, key: string, item: T, max: number) {
  let list = lists.get(key);
  if (!list) {
    list = [];
    lists.set(key, list);
  }
  list.push(item);
  if (list.length > max + Math.ceil(max / 4)) list.splice(0, list.length - max);
}

const newest = <T>(list: T[] | undefined, max: number) => (list ? list.slice(-max) : []);

function runRow(run: RunRecord): WorkflowRunTable {
  return {
    id: run.id,
    flow_id: run.flowId,
    trigger_type: storable(run.triggerType, 64),
    trigger_id: storable(run.triggerId, 1024),
    status: run.status,
    started_at: run.startedAt,
    wall_time_ms: run.wallTimeMs,
    steps: run.steps,
    paths_completed: run.pathsCompleted,
    paths_failed: run.pathsFailed,
    // JSON text holds no raw NUL; both lists are bounded by the run.
    debug: JSON.stringify(run.debug),
    errors: JSON.stringify(run.errors),
  };
}

function errorRow(run: RunRecord, e: RunError): WorkflowErrorTable {
  return {
    id: newId(),
    flow_id: run.flowId,
    run_id: run.id,
    time: e.time,
    node_id: storable(e.nodeId, 1024),
    node_label: e.nodeLabel === null ? null : storable(e.nodeLabel, 255),
    name: storable(e.name, 255),
    message: storable(e.message, MAX_MESSAGE_CHARS),
  };
}

/**
 * The workflows' run log. Runs are counted in memory per workflow and period and written in batches
 * (runs at thousands a second cost one write per flush, not one per run); only the newest runs and errors
 * a workflow keeps are ever written.
 */
export function createRunLog(store: Store, options: RunLogOptions) {
  let periods = new Map<string, WorkflowLogPeriodTable>();
  // Runs and errors wait as they are; only those a workflow keeps become rows, when written.
  let runs = new Map<string, RunRecord[]>();
  let errors = new Map<string, [RunRecord, RunError][]>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  // Runs come in time order: the last period's start is kept rather than formatted again for each run.
  let lastPeriod = { from: 0, to: 0, iso: '' };
  function periodOf(iso: string) {
    const ms = Date.parse(iso);
    if (ms >= lastPeriod.from && ms < lastPeriod.to) return lastPeriod.iso;
    const from = ms - (ms % options.periodMs);
    lastPeriod = { from, to: from + options.periodMs, iso: new Date(from).toISOString() };
    return lastPeriod.iso;
  }

  async function write() {
    const batch = { periods: [...periods.values()], runs, errors };
    periods = new Map();
    runs = new Map();
    errors = new Map();
    const flowIds = [...new Set([...batch.periods.map((p) => p.flow_id), ...batch.runs.keys(), ...batch.errors.keys()])];
    if (flowIds.length === 0) return;
    await store.db.transaction().execute(async (trx) => {
      // A workflow deleted since its runs were counted keeps no log.
      const live = new Set((await trx.selectFrom('flows').select('id').where('id', 'in', flowIds).execute()).map((r) => r.id));
      await addLogPeriods(
        trx,
        batch.periods.filter((p) => live.has(p.flow_id)),
      );
      for (const id of live) {
        await insertWorkflowRuns(trx, newest(batch.runs.get(id), options.keepRuns).map(runRow));
        await insertWorkflowErrors(
          trx,
          newest(batch.errors.get(id), options.keepErrors).map(([run, e]) => errorRow(run, e)),
        );
        await pruneWorkflowLogs(trx, id, { periods: options.keepPeriods, runs: options.keepRuns, errors: options.keepErrors });
      }
    });
  }

  function schedule() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void flush().catch(() => {});
    }, options.flushMs);
    timer.unref();
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    flushing = flushing.catch(() => {}).then(write);
    return flushing;
  }

  return {
    record(run: RunRecord) {
      const periodStart = periodOf(run.startedAt);
      const key = `${run.flowId}|${periodStart}`;
      const period = periods.get(key) ?? {
        flow_id: run.flowId,
        period_start: periodStart,
        run_count: 0,
        paths_completed: 0,
        paths_failed: 0,
        wall_time_ms: 0,
      };
      period.run_count++;
      period.paths_completed += run.pathsCompleted;
      period.paths_failed += run.pathsFailed;
      period.wall_time_ms += run.wallTimeMs;
      periods.set(key, period);
      pushBounded(runs, run.flowId, run, options.keepRuns);
      for (const e of run.errors) pushBounded(errors, run.flowId, [run, e] as [RunRecord, RunError], options.keepErrors);
      schedule();
    },
    /** Writes what is pending (reads call it first, so a run just ended is in the answer). */
    flush,
  };
}

export type RunLog = ReturnType<typeof createRunLog>;

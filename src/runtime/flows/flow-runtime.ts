import { randomBytes } from 'node:crypto';
import { nowIso } from '../../lib/time.js';
import type { Store } from '../../store/database.js';
import { appendEvent } from '../../store/repositories/events.js';
import { claimFlowJob, dueFlowJobs, findJob, heartbeatJobs, staleRunningJobs, updateChildren } from '../../store/repositories/jobs.js';
import type { JobRow } from '../../store/tables.js';
import { jobEndedEvent } from './job-rows.js';
import { createPgBossQueue } from './pg-boss-queue.js';
import type { FlowPorts } from './ports.js';
import { createStoreQueue, type RunQueue } from './queue.js';
import { type RunLimits, runFlowJob } from './runner.js';
import { createScheduler } from './scheduler.js';

export interface FlowRuntimeOptions extends RunLimits {
  /** Flow runs one node carries at once. */
  concurrency: number;
  heartbeatMs: number;
  /** A running job not heard of for this long belongs to a dead node. */
  staleMs: number;
  pollMs: number;
  /** On shutdown, how long runs may go on before they stop at their next page. */
  drainMs: number;
  /** How often schedules are looked at; a firing later than `scheduleLateMs` is skipped. */
  scheduleTickMs: number;
  scheduleLateMs: number;
}

export const DEFAULT_FLOW_RUNTIME: FlowRuntimeOptions = {
  concurrency: 4,
  heartbeatMs: 5_000,
  staleMs: 30_000,
  pollMs: 1_000,
  drainMs: 20_000,
  scheduleTickMs: 1_000,
  scheduleLateMs: 10_000,
  maxRecords: 10_000_000,
  maxDurationMs: 6 * 3_600_000,
  retries: 3,
  backoffMs: 1_000,
};

export const CRASHED =
  'The node running this job stopped (killed or crashed) before the job finished. It was not resumed, so no record is sent twice; retry its errors or run the flow again.';

/**
 * Runs integrator.io flow jobs from the queue: claims them in the store (one running job per flow),
 * heartbeats them, and fails the jobs of nodes that died. Started by the core; stopped with a drain.
 */
export function createFlowRuntime(store: Store, ports: FlowPorts, options: FlowRuntimeOptions) {
  const nodeId = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const active = new Map<string, Promise<void>>();
  let queue: RunQueue | null = null;
  let starting: Promise<void> | null = null;
  let timers: NodeJS.Timeout[] = [];
  let aborting = false;
  let stopped = false;
  const scheduler = createScheduler(
    store,
    (schedule, _at, key) => ports.fire?.(schedule.organizationId, schedule.flowId, schedule.exportIds, key) ?? Promise.resolve(),
    { tickMs: options.scheduleTickMs, lateMs: options.scheduleLateMs },
  );

  async function finished(job: JobRow) {
    const after = await findJob(store.db, job.id);
    if (after) await ports.ended?.({ id: after.id, organizationId: after.organization_id, flowId: after.flow_id, status: after.status });
    // The next queued run of the same flow, then whatever else waits for a free slot.
    const next = await dueFlowJobs(store.db, nowIso(), 1, job.flow_id);
    for (const j of next) await queue?.send(j.id);
  }

  async function handle(jobId: string) {
    if (stopped || active.size >= options.concurrency) return;
    const job = await findJob(store.db, jobId);
    if (job?.type !== 'flow' || job.status !== 'queued' || active.has(job.id)) return;
    const now = nowIso();
    const claim = { node_id: nodeId, heartbeat_at: now, started_at: job.started_at ?? now, attempt: job.attempt + 1, updated_at: now };
    if (!(await claimFlowJob(store.db, store.dialect, { id: job.id, flowId: job.flow_id }, claim))) return;
    const claimed = { ...job, ...claim, status: 'running' };
    const run = runFlowJob({ store, ports, limits: options, aborting: () => aborting }, claimed)
      .catch(() => {})
      .then(() => {
        active.delete(job.id);
        return finished(claimed);
      })
      .catch(() => {});
    active.set(job.id, run);
  }

  /** Jobs whose node is gone end `failed` (with their unfinished children). */
  async function reap(allOtherNodes = false) {
    const before = new Date(Date.now() - options.staleMs).toISOString();
    for (const job of await staleRunningJobs(store.db, before, allOtherNodes ? nodeId : undefined)) {
      if (active.has(job.id)) continue;
      const ended = nowIso();
      const changes = { status: 'failed', ended_at: ended, message: CRASHED, updated_at: ended };
      const from = ['running', 'retrying'];
      // The job and its children end together: nobody sees a failed job with running steps.
      const taken = await store.db.transaction().execute(async (db) => {
        const result = await db
          .updateTable('jobs')
          .set(changes)
          .where('id', '=', job.id)
          .where('status', 'in', from)
          .where((eb) => (job.heartbeat_at === null ? eb('heartbeat_at', 'is', null) : eb('heartbeat_at', '=', job.heartbeat_at)))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await updateChildren(db, job.id, { status: 'failed', ended_at: ended, updated_at: ended }, ['running', 'retrying', 'queued']);
        const event = jobEndedEvent(job, changes);
        if (event) await appendEvent(db, event);
        return true;
      });
      if (!taken) continue;
      await finished(job);
    }
  }

  async function start() {
    if (stopped) return;
    queue =
      store.dialect === 'postgres'
        ? createPgBossQueue(store, { pollMs: options.pollMs, pollingSeconds: Math.max(0.5, options.pollMs / 1000) })
        : createStoreQueue(store, { pollMs: options.pollMs });
    // The embedded store is one process: a job another process left running died with it.
    await reap(store.dialect === 'sqlite').catch(() => {});
    await queue.start(handle);
    scheduler.start();
    const beat = setInterval(() => void heartbeatJobs(store.db, [...active.keys()], nodeId, nowIso()).catch(() => {}), options.heartbeatMs);
    const sweep = setInterval(() => void reap().catch(() => {}), Math.max(options.heartbeatMs, options.staleMs / 3));
    timers = [beat, sweep];
    for (const t of timers) t.unref();
  }

  const ensureStarted = () => {
    starting ??= start();
    return starting;
  };

  return {
    nodeId,
    start: ensureStarted,
    /** Tells the queue a new job waits (starts this node's worker if it was not yet). */
    async enqueue(jobId: string) {
      await ensureStarted();
      await queue?.send(jobId);
    },
    /** Stops taking runs, lets the running ones finish for `drainMs`, then stops them at their next page. */
    async stop() {
      if (stopped) return;
      stopped = true;
      await starting?.catch(() => {});
      for (const t of timers) clearInterval(t);
      await scheduler.stop();
      await queue?.stop();
      const all = () => Promise.all(active.values());
      const timeout = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
      await Promise.race([all(), timeout(options.drainMs)]);
      aborting = true;
      await Promise.race([all(), timeout(5_000)]);
    },
  };
}

export type FlowRuntime = ReturnType<typeof createFlowRuntime>;

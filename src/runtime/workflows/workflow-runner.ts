import { randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { newId } from '../../lib/ids.js';
import type { Store } from '../../store/database.js';
import { findFlowsTriggeredBy } from '../../store/repositories/flows.js';
import type { LiveEvent, LiveEventSink, LivePublisher } from '../live/live-events.js';
import { DEFAULT_RUN_LIMITS, type RunLimits, type RunRecord, type RunStart, runWorkflow } from './run.js';
import { createRunLog, DEFAULT_RUN_LOG, type RunLogOptions } from './run-log.js';
import { createInProcessRunQueue, type WorkflowRunQueue } from './run-queue.js';
import { createWorkflowTimers, DEFAULT_TIMERS, type TimerOptions } from './timers.js';
import { integrationTriggerWants, type Workflow, type WorkflowTrigger, workflowFromRow } from './workflow-model.js';

export interface WorkflowRunnerOptions extends RunLimits {
  concurrency: number;
  maxPending: number;
  /** How long the workflows of an integration are cached (changes made on other nodes show within it and one more event). */
  cacheTtlMs: number;
  drainMs: number;
  log: RunLogOptions;
  timers: TimerOptions;
}

export const DEFAULT_WORKFLOW_RUNNER: WorkflowRunnerOptions = {
  ...DEFAULT_RUN_LIMITS,
  concurrency: 256,
  maxPending: 20_000,
  cacheTtlMs: 2_000,
  drainMs: 5_000,
  log: DEFAULT_RUN_LOG,
  timers: DEFAULT_TIMERS,
};

/** Options as callers give them: any field, nested ones included, may be left out. */
export type WorkflowRunnerSettings = Partial<Omit<WorkflowRunnerOptions, 'log' | 'timers'>> & {
  log?: Partial<RunLogOptions>;
  timers?: Partial<TimerOptions>;
};

export function workflowRunnerOptions(settings: WorkflowRunnerSettings = {}): WorkflowRunnerOptions {
  const d = DEFAULT_WORKFLOW_RUNNER;
  return { ...d, ...settings, log: { ...d.log, ...settings.log }, timers: { ...d.timers, ...settings.timers } };
}

/** What the core hands the workflow runner. */
export interface WorkflowPorts {
  /** Publishes through a live integration (the live connection manager). */
  publisher: LivePublisher;
  /** Where HTTP nodes' requests leave (the egress policy's dispatcher). */
  httpDispatcher(): Promise<Dispatcher>;
}

interface Cached {
  expires: number;
  workflows: Workflow[];
}

/**
 * Runs Losant workflows: on live integration events (its `sink`) and on timers. Workflows are read from
 * the store and cached per integration for `cacheTtlMs`; `invalidate` drops the cache at once.
 */
export function createWorkflowRunner(store: Store, ports: WorkflowPorts, options: WorkflowRunnerOptions) {
  const nodeId = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const log = createRunLog(store, options.log);
  const byIntegration = new Map<string, Cached>();
  const loading = new Map<string, Promise<Workflow[]>>();
  const reach = new Map<string, { ok: boolean; expires: number }>();
  let generation = 0;
  let stopped = false;

  async function integrationInApplication(applicationId: string, integrationId: string) {
    const key = `${applicationId}:${integrationId}`;
    const hit = reach.get(key);
    if (hit && hit.expires > Date.now()) return hit.ok;
    const row = await store.db
      .selectFrom('integrations')
      .select('id')
      .where('id', '=', integrationId)
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
    if (reach.size > 10_000) reach.clear();
    reach.set(key, { ok: row !== undefined, expires: Date.now() + options.cacheTtlMs });
    return row !== undefined;
  }

  const deps = { publisher: ports.publisher, httpDispatcher: ports.httpDispatcher, integrationInApplication, limits: options };
  const queue: WorkflowRunQueue = createInProcessRunQueue(async (start) => log.record(await runWorkflow(start, deps)), {
    concurrency: options.concurrency,
    maxPending: options.maxPending,
  });

  function refused(start: RunStart) {
    if (stopped) return;
    const now = new Date().toISOString();
    const message = `The run was dropped: ${options.maxPending} runs were already waiting on this node`;
    const run: RunRecord = {
      id: newId(),
      flowId: start.workflow.id,
      triggerType: start.trigger.type,
      triggerId: start.trigger.triggerId,
      status: 'failed',
      startedAt: now,
      wallTimeMs: 0,
      steps: 0,
      pathsCompleted: 0,
      pathsFailed: 1,
      debug: [],
      errors: [{ time: now, nodeId: start.trigger.triggerId, nodeLabel: null, name: 'RunLimitError', message }],
    };
    log.record(run);
  }

  function submit(start: RunStart) {
    if (!queue.submit(start)) refused(start);
  }

  function dispatch(workflows: Workflow[], event: LiveEvent) {
    const integrationId = event.integrationId.toLowerCase();
    for (const workflow of workflows) {
      for (const trigger of workflow.triggers) {
        if (trigger.type !== 'integration' || trigger.key?.toLowerCase() !== integrationId) continue;
        if (!integrationTriggerWants(trigger, event.data.type)) continue;
        submit({ workflow, trigger, data: event.data, time: event.time, relayId: integrationId, relayType: 'integration' });
      }
    }
  }

  function load(applicationId: string, integrationId: string): Promise<Workflow[]> {
    const key = `${applicationId}:${integrationId}`;
    const inFlight = loading.get(key);
    if (inFlight) return inFlight;
    const asked = generation;
    const promise = findFlowsTriggeredBy(store.db, applicationId, integrationId)
      .then((rows) => {
        const workflows = rows.filter((r) => r.enabled).map(workflowFromRow);
        if (asked === generation) byIntegration.set(key, { expires: Date.now() + options.cacheTtlMs, workflows });
        return workflows;
      })
      .finally(() => loading.delete(key));
    loading.set(key, promise);
    return promise;
  }

  const sink: LiveEventSink = (event) => {
    if (stopped) return;
    const applicationId = event.applicationId.toLowerCase();
    const integrationId = event.integrationId.toLowerCase();
    const cached = byIntegration.get(`${applicationId}:${integrationId}`);
    if (cached) {
      // An expired entry still serves while it is read again: no event waits on the store after the first.
      if (cached.expires <= Date.now()) void load(applicationId, integrationId).catch(() => {});
      return dispatch(cached.workflows, event);
    }
    // The store could not be read: the event runs nothing (the sink never rejects, so no caller crashes on it).
    return load(applicationId, integrationId).then(
      (workflows) => dispatch(workflows, event),
      () => {},
    );
  };

  const timers = createWorkflowTimers(
    store,
    nodeId,
    (workflow: Workflow, trigger: WorkflowTrigger) =>
      submit({ workflow, trigger, data: {}, time: new Date(), relayId: trigger.triggerId, relayType: 'timer' }),
    options.timers,
  );

  return {
    nodeId,
    /** Where the live connection manager hands its events. */
    sink,
    /** Starts the timers (live events run workflows whether or not this ran). */
    start() {
      if (!stopped) timers.start();
    },
    /** A workflow was created, changed or deleted on this node: the next event reads the store again. */
    invalidate() {
      generation++;
      byIntegration.clear();
      reach.clear();
      timers.invalidate();
    },
    /** Writes the pending run log. */
    flushLogs: () => log.flush(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await timers.stop();
      await queue.stop(options.drainMs);
      await log.flush().catch(() => {});
    },
  };
}

export type WorkflowRunner = ReturnType<typeof createWorkflowRunner>;

import { Cron } from 'croner';
import { startTicker, type Ticker } from '../../lib/ticker.js';
import type { Store } from '../../store/database.js';
import { listEnabledWorkflowsWithTrigger } from '../../store/repositories/flows.js';
import { acquireLease, handOverLease, releaseLease } from '../../store/repositories/leases.js';
import { type Workflow, type WorkflowTrigger, workflowFromRow } from './workflow-model.js';

export interface TimerOptions {
  tickMs: number;
  /** The timer lease's life; a dead holder's timers move to another node after it. */
  leaseMs: number;
  /** How often the timer list is read again (changes made on other nodes). */
  reloadMs: number;
}

export const DEFAULT_TIMERS: TimerOptions = { tickMs: 250, leaseMs: 10_000, reloadMs: 5_000 };

export const TIMER_LEASE = 'workflow-timers';

interface Timer {
  workflow: Workflow;
  trigger: WorkflowTrigger;
  next: (after: number) => number | null;
  at: number | null;
}

/** A timer trigger's schedule: `{seconds}` (aligned to the epoch) or `{cron, tz}` (UTC by default); null when neither is usable. */
export function timerSchedule(config: Record<string, unknown>): ((after: number) => number | null) | null {
  const seconds = Number(config.seconds);
  if (config.seconds !== undefined && Number.isFinite(seconds) && seconds > 0) {
    const period = Math.max(1, seconds) * 1000;
    return (after) => Math.floor(after / period) * period + period;
  }
  if (typeof config.cron === 'string' && config.cron.trim() !== '') {
    const timezone = typeof config.tz === 'string' && config.tz !== '' ? config.tz : 'UTC';
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
      const cron = new Cron(config.cron.trim(), { paused: true, timezone });
      return (after) => cron.nextRun(new Date(after))?.getTime() ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Fires the timer triggers of enabled workflows on the one node holding the timer lease. A firing missed
 * (workflow disabled, no holder) is not made up for: a timer's next firing is always after now.
 */
export function createWorkflowTimers(
  store: Store,
  holder: string,
  fire: (workflow: Workflow, trigger: WorkflowTrigger) => void,
  options: TimerOptions,
) {
  let timers = new Map<string, Timer>();
  let owner = false;
  let leaseUntil = 0;
  let loadedAt = 0;
  let ticker: Ticker | null = null;
  let reloadWanted = true;

  async function reload() {
    const next = new Map<string, Timer>();
    for (const row of await listEnabledWorkflowsWithTrigger(store.db, 'timer')) {
      const workflow = workflowFromRow(row);
      workflow.triggers.forEach((trigger, i) => {
        if (trigger.type !== 'timer') return;
        const schedule = timerSchedule(trigger.config);
        if (!schedule) return;
        const key = `${workflow.id}:${i}:${JSON.stringify(trigger.config)}`;
        const kept = timers.get(key);
        next.set(key, { workflow, trigger, next: schedule, at: kept ? kept.at : schedule(Date.now()) });
      });
    }
    timers = next;
    loadedAt = Date.now();
  }

  async function holdLease(now: number) {
    const expiresAt = new Date(now + options.leaseMs).toISOString();
    const renewed = owner && (await handOverLease(store.db, TIMER_LEASE, holder, { holder, expiresAt, note: null }));
    const held = renewed || (await acquireLease(store.db, { name: TIMER_LEASE, holder, expiresAt, now: new Date(now).toISOString() }));
    if (held && !owner) for (const t of timers.values()) t.at = t.next(now);
    owner = held;
    if (held) leaseUntil = now + options.leaseMs;
  }

  async function tick() {
    const now = Date.now();
    if (reloadWanted || now - loadedAt >= options.reloadMs) {
      reloadWanted = false;
      await reload();
    }
    if (!owner || now >= leaseUntil - options.leaseMs / 2) await holdLease(now);
    if (!owner) return;
    for (const t of timers.values()) {
      if (t.at === null || t.at > now) continue;
      t.at = t.next(now);
      fire(t.workflow, t.trigger);
    }
  }

  return {
    start() {
      ticker = startTicker(tick, options.tickMs);
    },
    /** A workflow changed on this node: read the timers again at the next tick. */
    invalidate() {
      reloadWanted = true;
    },
    async stop() {
      await ticker?.stop();
      ticker = null;
      if (owner) await releaseLease(store.db, TIMER_LEASE, holder).catch(() => {});
      owner = false;
    },
  };
}

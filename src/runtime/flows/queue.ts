import { nowIso } from '../../lib/time.js';
import type { Store } from '../../store/database.js';
import { dueFlowJobs } from '../../store/repositories/jobs.js';

/**
 * Delivers "this row may be worked on" to a node: a flow job that may run, a webhook delivery that may be
 * sent. The table is the truth (a row is claimed there, once); the queue only says when to look. A
 * handler that finds nothing to claim does nothing.
 */
export interface RunQueue {
  start(handler: (id: string) => Promise<void>): Promise<void>;
  send(id: string): Promise<void>;
  /** No new deliveries; resolves when the queue let go of its resources. */
  stop(): Promise<void>;
}

export interface QueueOptions {
  /** How often the store is asked for due rows (the SQLite queue; a sweep on PostgreSQL). */
  pollMs: number;
}

/** The ids of the rows that may be worked on now, at most `limit`. */
export type DueRows = (store: Store, now: string, limit: number) => Promise<{ id: string }[]>;

/** Flow jobs that may run: queued, or retrying whose wait is over. */
export const dueFlowRuns: DueRows = (store, now, limit) => dueFlowJobs(store.db, now, limit);

/**
 * The queue of the embedded store: polls a table for due rows (`due`; flow jobs unless told) and wakes at
 * once on `send` in this process. Nothing is held in memory that a crash could lose.
 */
export function createStoreQueue(store: Store, options: QueueOptions, due: DueRows = dueFlowRuns): RunQueue {
  let handler: ((jobId: string) => Promise<void>) | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;
  let again = false;

  async function poll() {
    if (!handler) return;
    do {
      again = false;
      const rows = await due(store, nowIso(), 20).catch(() => []);
      for (const row of rows) if (handler) await handler(row.id).catch(() => {});
    } while (again && handler);
  }

  function wake() {
    if (polling) {
      again = true;
      return;
    }
    polling = poll().finally(() => {
      polling = null;
    });
  }

  return {
    async start(next) {
      handler = next;
      timer = setInterval(wake, options.pollMs);
      timer.unref();
      wake();
    },
    async send() {
      wake();
    },
    async stop() {
      handler = null;
      if (timer) clearInterval(timer);
      timer = null;
      await polling;
    },
  };
}

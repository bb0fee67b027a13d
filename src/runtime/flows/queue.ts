import { nowIso } from '../../lib/time.js';
import type { Store } from '../../store/database.js';
import { dueFlowJobs } from '../../store/repositories/jobs.js';

/**
 * Delivers "this flow job may run" to a node. The jobs table is the truth (a job is claimed there, once);
 * the queue only says when to look. A handler that finds nothing to claim does nothing.
 */
export interface RunQueue {
  start(handler: (jobId: string) => Promise<void>): Promise<void>;
  send(jobId: string): Promise<void>;
  /** No new deliveries; resolves when the queue let go of its resources. */
  stop(): Promise<void>;
}

export interface QueueOptions {
  /** How often the store is asked for due jobs (the SQLite queue; a sweep on PostgreSQL). */
  pollMs: number;
}

/**
 * The queue of the embedded store: polls the jobs table for due flow jobs (queued, or retrying whose wait
 * is over) and wakes at once on `send` in this process. Nothing is held in memory that a crash could lose.
 */
export function createStoreQueue(store: Store, options: QueueOptions): RunQueue {
  let handler: ((jobId: string) => Promise<void>) | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;
  let again = false;

  async function poll() {
    if (!handler) return;
    do {
      again = false;
      const due = await dueFlowJobs(store.db, nowIso(), 20).catch(() => []);
      for (const job of due) if (handler) await handler(job.id).catch(() => {});
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

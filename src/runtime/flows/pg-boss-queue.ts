import type { Store } from '../../store/database.js';
import type { DueRows, QueueOptions, RunQueue } from './queue.js';
import { createStoreQueue, dueFlowRuns } from './queue.js';

export interface PgBossQueueOptions extends QueueOptions {
  pollingSeconds: number;
  /** The pg-boss queue; `flow-runs` unless told. */
  name?: string;
  /** The rows the sweep looks for (flow jobs unless told) and how often (10 × pollMs, at least 5 s, unless told). */
  due?: DueRows;
  sweepMs?: number;
}

/** PostgreSQL codes of losing a race on the same DDL: deadlock, unique violation, duplicate table/object. */
const SETUP_RACE_CODES = new Set(['40P01', '23505', '42P07', '42710']);

async function retryConcurrentSetup<T>(setup: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await setup();
    } catch (error) {
      const code = (error as { code?: string }).code;
      const raced = (code && SETUP_RACE_CODES.has(code)) || /deadlock detected|already exists/.test(String((error as Error).message));
      if (!raced || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt + Math.floor(Math.random() * 100)));
    }
  }
}

/**
 * pg-boss over the store's own PostgreSQL pool (in the store's schema, else `pgboss`): any node's worker
 * takes a message (a flow run, a webhook delivery: one queue each); a message fetched by a node that died is offered again after its expiry. A slow sweep of
 * the jobs table covers a message that was never sent (the node died between commit and send).
 */
export function createPgBossQueue(store: Store, options: PgBossQueueOptions): RunQueue {
  const QUEUE = options.name ?? 'flow-runs';
  const pg = store.pg;
  if (!pg) throw new Error('the pg-boss queue needs a PostgreSQL store');
  // biome-ignore lint/suspicious/noExplicitAny: pg-boss is loaded on demand; its type comes with it
  let boss: any = null;
  const sweep = createStoreQueue(store, { pollMs: options.sweepMs ?? Math.max(options.pollMs * 10, 5_000) }, options.due ?? dueFlowRuns);
  return {
    async start(handler) {
      const { default: PgBoss } = await import('pg-boss');
      // Nodes starting together race on pg-boss's schema and queue tables (a deadlock or a duplicate):
      // the loser starts again with a fresh instance (a failed start leaves pg-boss half started).
      boss = await retryConcurrentSetup(async () => {
        const instance = new PgBoss({
          db: { executeSql: (text: string, values: unknown[]) => pg.executeSql(text, values) },
          schema: pg.schema ?? 'pgboss',
          schedule: false,
          supervise: true,
          migrate: true,
        });
        instance.on('error', () => {});
        try {
          await instance.start();
          await instance.createQueue(QUEUE, { name: QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: 60 });
          return instance;
        } catch (error) {
          await instance.stop({ graceful: false, close: false, wait: false }).catch(() => {});
          throw error;
        }
      });
      await boss.work(
        QUEUE,
        { batchSize: 1, pollingIntervalSeconds: options.pollingSeconds },
        async (jobs: { data: { jobId: string } }[]) => {
          for (const job of jobs) await handler(job.data.jobId);
        },
      );
      await sweep.start(handler);
    },
    async send(jobId) {
      if (!boss) return;
      await boss.send(QUEUE, { jobId });
    },
    async stop() {
      await sweep.stop();
      if (boss) await boss.stop({ graceful: true, close: false, wait: true, timeout: 5_000 }).catch(() => {});
      boss = null;
    },
  };
}

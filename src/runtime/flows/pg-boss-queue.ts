import type { Store } from '../../store/database.js';
import type { QueueOptions, RunQueue } from './queue.js';
import { createStoreQueue } from './queue.js';

const QUEUE = 'flow-runs';

/**
 * pg-boss over the store's own PostgreSQL pool (in the store's schema, else `pgboss`): any node's worker
 * takes a run; a message fetched by a node that died is offered again after its expiry. A slow sweep of
 * the jobs table covers a message that was never sent (the node died between commit and send).
 */
export function createPgBossQueue(store: Store, options: QueueOptions & { pollingSeconds: number }): RunQueue {
  const pg = store.pg;
  if (!pg) throw new Error('the pg-boss queue needs a PostgreSQL store');
  // biome-ignore lint/suspicious/noExplicitAny: pg-boss is loaded on demand; its type comes with it
  let boss: any = null;
  const sweep = createStoreQueue(store, { pollMs: Math.max(options.pollMs * 10, 5_000) });
  return {
    async start(handler) {
      const { default: PgBoss } = await import('pg-boss');
      boss = new PgBoss({
        db: { executeSql: (text: string, values: unknown[]) => pg.executeSql(text, values) },
        schema: pg.schema ?? 'pgboss',
        schedule: false,
        supervise: true,
        migrate: true,
      });
      boss.on('error', () => {});
      await boss.start();
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: 60 });
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

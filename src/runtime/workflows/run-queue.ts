import type { RunStart } from './run.js';

/**
 * Where workflow runs wait for a slot. Runs execute in-process, on the node that received their event
 * (the live connection's owner, or the timer lease's holder): a store-backed queue would add a database
 * round trip per message. Behind this interface the runs could move onto the shared queue.
 */
export interface WorkflowRunQueue {
  /** Takes a run; false when it is full or stopped (the caller logs the run as refused). */
  submit(start: RunStart): boolean;
  /** Stops taking runs and waits up to `ms` for the started ones. */
  stop(ms: number): Promise<void>;
}

export interface InProcessQueueOptions {
  /** Runs at once (runs wait on I/O: publishes, HTTP nodes). */
  concurrency: number;
  /** Runs waiting for a slot; more are refused. */
  maxPending: number;
}

export function createInProcessRunQueue(execute: (start: RunStart) => Promise<void>, options: InProcessQueueOptions): WorkflowRunQueue {
  // A FIFO read from `head` (no shift of a long array per run); compacted once half of it is read.
  let pending: (RunStart | undefined)[] = [];
  let head = 0;
  const waiting = () => pending.length - head;
  const active = new Set<Promise<void>>();
  let stopped = false;

  function take(): RunStart {
    const start = pending[head] as RunStart;
    pending[head++] = undefined;
    if (head === pending.length) {
      pending = [];
      head = 0;
    } else if (head >= 1024 && head * 2 >= pending.length) {
      pending = pending.slice(head);
      head = 0;
    }
    return start;
  }

  function pump() {
    while (!stopped && active.size < options.concurrency && waiting() > 0) {
      const start = take();
      const run = execute(start)
        .catch(() => {})
        .finally(() => {
          active.delete(run);
          pump();
        });
      active.add(run);
    }
  }

  return {
    submit(start) {
      if (stopped || waiting() >= options.maxPending) return false;
      pending.push(start);
      pump();
      return true;
    },
    async stop(ms) {
      stopped = true;
      pending = [];
      head = 0;
      const timeout = new Promise((r) => setTimeout(r, ms).unref());
      await Promise.race([Promise.all(active), timeout]);
    },
  };
}

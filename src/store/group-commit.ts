import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables.js';

export type TransactionWork<T> = (trx: Transaction<Database>) => Promise<T>;

interface Member {
  work: TransactionWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const SAVEPOINT = CompiledQuery.raw('savepoint member');
const RELEASE = CompiledQuery.raw('release member');
const ROLLBACK_TO = CompiledQuery.raw('rollback to member');

/** Bounds how long one batch keeps the single connection from readers. */
const MAX_BATCH = 64;

/**
 * Group commit for a store with one connection (SQLite): transactions asked for while one is being
 * gathered or run join one SQLite transaction that commits once. Each runs alone in its own savepoint,
 * one after another, so its reads see its batch-mates' writes; a failure rolls back its savepoint only
 * and is its own answer. Every answer waits for the shared COMMIT: when it fails, no member of the batch
 * is acknowledged (each one that had succeeded gets the COMMIT's error).
 */
export function groupCommit(db: Kysely<Database>) {
  const waiting: Member[] = [];
  let scheduled = false;

  // A batch starts on the next turn of the event loop, so the requests read in this one can join it.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void runBatch());
  };

  async function runBatch() {
    const settled: Array<{ member: Member; ok: boolean; value: unknown }> = [];
    let failure: { error: unknown } | null = null;
    try {
      await db.transaction().execute(async (trx) => {
        while (waiting.length > 0 && settled.length < MAX_BATCH) {
          const member = waiting.shift() as Member;
          await trx.executeQuery(SAVEPOINT);
          try {
            const value = await member.work(trx);
            await trx.executeQuery(RELEASE);
            settled.push({ member, ok: true, value });
          } catch (error) {
            settled.push({ member, ok: false, value: error });
            // Undoes this member's writes alone; failing here (SQLite rolled back everything) fails the batch.
            await trx.executeQuery(ROLLBACK_TO);
            await trx.executeQuery(RELEASE);
          }
        }
      });
    } catch (error) {
      failure = { error };
      // BEGIN failed (a closed store): the waiting ones would fail alike, and must not wait forever.
      if (settled.length === 0) for (const member of waiting.splice(0)) member.reject(error);
    }
    scheduled = false;
    if (waiting.length > 0) schedule();
    // A member that failed alone keeps its own error whether or not the others committed.
    for (const { member, ok, value } of settled) {
      if (!ok) member.reject(value);
      else if (failure) member.reject(failure.error);
      else member.resolve(value);
    }
  }

  return function transaction<T>(work: TransactionWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
  };
}

import { AppError } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { Executor } from '../../store/executor.js';
import { type LockableTable, lockRow } from '../../store/repositories/row-locks.js';
import { type CoreContext, transaction } from './context.js';

/** What `apply` answers when its compare-and-swap found the row at another version. */
export const MISSED = Symbol('missed');
export type Missed = typeof MISSED;

export interface RowWrite<Row, T> {
  table: LockableTable;
  /** The row's id as the caller gave it (not an id: no lock, and `load` answers 404). */
  id: string;
  /** Names the resource in conflict messages: `integration`, `workflow`… */
  label: string;
  /** Reads the row and checks the caller may write it; runs once the row is locked. */
  load(trx: Executor): Promise<Row>;
  /** `load` reads the row with its lock (PostgreSQL `select … for no key update`): one query less. */
  locksRow?: boolean;
  /** The row's version, for rows that have one. */
  versionOf?(row: Row): number;
  /** The version the caller saw (Truto `version`, If-Match): a stale one is a conflict, never a merge. */
  expectedVersion?: number;
  /** Writes the change and its audit event; a versioned row's update compares the version it read. */
  apply(trx: Executor, row: Row): Promise<T | Missed>;
}

const MAX_ATTEMPTS = 10;
const ROLLBACK = Symbol('rollback');

/**
 * The one read-modify-write of a row: lock (PostgreSQL), read, change, write and audit in one transaction.
 * With the lock no concurrent writer can slip in, so the version compare only misses where nothing locks
 * (another process on the same SQLite file): without a caller's version that is re-read and retried, as
 * are deadlocks, serialization failures and a busy SQLite file; with one it is a conflict.
 */
export async function writeRow<Row, T>(ctx: CoreContext, spec: RowWrite<Row, T>): Promise<T> {
  const id = isId(spec.id) ? normalizeId(spec.id) : null;
  for (let attempt = 1; ; attempt++) {
    let outcome: T | Missed;
    try {
      outcome = await transaction(ctx, async (trx) => {
        if (id && !spec.locksRow) await lockRow(trx, ctx.store.dialect, spec.table, id);
        const row = await spec.load(trx);
        const version = spec.versionOf?.(row);
        if (spec.expectedVersion !== undefined && version !== undefined && version !== spec.expectedVersion) {
          throw new AppError('conflict', `version ${spec.expectedVersion} is stale: the ${spec.label} is at version ${version}`);
        }
        const result = await spec.apply(trx, row);
        // A miss after some writes (a revert's children) must not commit them: roll back.
        if (result === MISSED) throw ROLLBACK;
        return result;
      });
    } catch (error) {
      if (error === ROLLBACK) outcome = MISSED;
      else if (attempt < MAX_ATTEMPTS && isTransient(error)) {
        await pause(attempt);
        continue;
      } else throw error;
    }
    if (outcome !== MISSED) return outcome;
    if (spec.expectedVersion !== undefined) {
      throw new AppError('conflict', `version ${spec.expectedVersion} is stale: the ${spec.label} was changed concurrently`);
    }
    if (attempt >= MAX_ATTEMPTS) throw new AppError('conflict', `the ${spec.label} is being changed by too many writers at once; retry`);
  }
}

/** Failures after which the whole transaction can run again: it was rolled back and wrote nothing. */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // PostgreSQL serialization_failure and deadlock_detected; SQLite's file is locked by another process.
  return code === '40001' || code === '40P01' || code.startsWith('SQLITE_BUSY');
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));

import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor.js';

const compiledSql = new Map<string, string>();

/**
 * Runs a read-only SQL text at once on the store's own connection, or answers undefined when it must go
 * through Kysely (a transaction is open on that connection, or the statement writes).
 */
export type SyncRead = (text: string, parameters: unknown[]) => unknown[] | undefined;

// Only the root handle of an SQLite store has one: a transaction's executor is another object.
const syncReads = new WeakMap<object, SyncRead>();

/** Lets `runPrepared` on `db` skip Kysely's per-query connection hand-over when `read` can answer. */
export function useSyncReads(db: object, read: SyncRead): void {
  syncReads.set(db, read);
}

/**
 * Runs a hot query compiled once per dialect: building and compiling a Kysely query costs more than
 * running it. `build` must produce the same SQL for every call; only `parameters` vary.
 */
export async function runPrepared<Row>(db: Executor, name: string, build: () => Compilable<Row>, parameters: unknown[]): Promise<Row[]> {
  const text = compiledText(db, name, build);
  const rows = syncReads.get(db)?.(text, parameters);
  if (rows !== undefined) return rows as Row[];
  return (await db.executeQuery<Row>(CompiledQuery.raw(text, parameters))).rows;
}

/** `runPrepared` for an insert, update or delete: how many rows it changed. */
export async function runPreparedWrite(
  db: Executor,
  name: string,
  build: () => Compilable<unknown>,
  parameters: unknown[],
): Promise<number> {
  const result = await db.executeQuery(CompiledQuery.raw(compiledText(db, name, build), parameters));
  return Number(result.numAffectedRows ?? 0);
}

/** SQL written by hand for one dialect, kept under `name` like a compiled query (built once). */
export function preparedText(name: string, build: () => string): string {
  let text = compiledSql.get(name);
  if (text === undefined) {
    text = build();
    compiledSql.set(name, text);
  }
  return text;
}

// Per adapter (one per dialect, shared by a database and its transactions): query name → SQL text.
const textsByAdapter = new WeakMap<object, Map<string, string>>();

function compiledText(db: Executor, name: string, build: () => Compilable<unknown>): string {
  const adapter = db.getExecutor().adapter;
  let texts = textsByAdapter.get(adapter);
  if (texts === undefined) {
    texts = new Map();
    textsByAdapter.set(adapter, texts);
  }
  let text = texts.get(name);
  if (text === undefined) {
    text = build().compile().sql;
    texts.set(name, text);
  }
  return text;
}

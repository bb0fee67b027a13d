import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor.js';

const compiledSql = new Map<string, string>();

export interface SyncReads {
  /**
   * Runs a read-only SQL text at once on the store's own connection, or answers undefined when it must go
   * through Kysely (a transaction is open on that connection, or the statement writes).
   */
  read(text: string, parameters: unknown[]): unknown[] | undefined;
  /**
   * Names the database's committed content: it changes with every write on this connection and every
   * commit by another; undefined while a transaction is open.
   */
  contentMark(): string | undefined;
}

// Only the root handle of an SQLite store has one: a transaction's executor is another object.
const syncReads = new WeakMap<object, SyncReads>();

/** Lets `runPrepared` on `db` skip Kysely's per-query connection hand-over when `reads` can answer. */
export function useSyncReads(db: object, reads: SyncReads): void {
  syncReads.set(db, reads);
}

const MAX_REMEMBERED_READS = 10_000;
// Per root handle: rows read while the database held the content `mark`.
const remembered = new WeakMap<object, { mark: string; rows: Map<string, unknown[]> }>();

/**
 * Runs a hot query compiled once per dialect: building and compiling a Kysely query costs more than
 * running it. `build` must produce the same SQL for every call; only `parameters` vary.
 */
export async function runPrepared<Row>(db: Executor, name: string, build: () => Compilable<Row>, parameters: unknown[]): Promise<Row[]> {
  const text = compiledText(db, name, build);
  const rows = syncReads.get(db)?.read(text, parameters);
  if (rows !== undefined) return rows as Row[];
  return (await db.executeQuery<Row>(CompiledQuery.raw(text, parameters))).rows;
}

/**
 * `runPrepared` for the small reads that validate a cache (stamps, statuses, generations): answered from
 * memory while the database's content is unchanged since the same read. The rows are shared: read only.
 */
export async function runPreparedRemembered<Row>(
  db: Executor,
  name: string,
  build: () => Compilable<Row>,
  parameters: unknown[],
): Promise<Row[]> {
  const reads = syncReads.get(db);
  const mark = reads?.contentMark();
  if (reads === undefined || mark === undefined) return runPrepared(db, name, build, parameters);
  let memory = remembered.get(db);
  if (memory === undefined || memory.mark !== mark || memory.rows.size >= MAX_REMEMBERED_READS) {
    memory = { mark, rows: new Map() };
    remembered.set(db, memory);
  }
  const key = `${name}${JSON.stringify(parameters)}`;
  const known = memory.rows.get(key);
  if (known !== undefined) return known as Row[];
  // Read in the same turn as the mark, or not remembered: no write can come between them.
  const rows = reads.read(compiledText(db, name, build), parameters);
  if (rows === undefined) return runPrepared(db, name, build, parameters);
  memory.rows.set(key, rows);
  return rows as Row[];
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

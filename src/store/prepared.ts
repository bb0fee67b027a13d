import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor.js';

const compiledSql = new Map<string, string>();

/**
 * Runs a hot query compiled once per dialect: building and compiling a Kysely query costs more than
 * running it. `build` must produce the same SQL for every call; only `parameters` vary.
 */
export async function runPrepared<Row>(db: Executor, name: string, build: () => Compilable<Row>, parameters: unknown[]): Promise<Row[]> {
  return (await db.executeQuery<Row>(CompiledQuery.raw(compiledText(db, name, build), parameters))).rows;
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

function compiledText(db: Executor, name: string, build: () => Compilable<unknown>): string {
  return preparedText(`${db.getExecutor().adapter.constructor.name}:${name}`, () => build().compile().sql);
}

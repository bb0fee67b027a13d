import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor.js';

const compiledSql = new Map<string, string>();

/**
 * Runs a hot query compiled once per dialect: building and compiling a Kysely query costs more than
 * running it. `build` must produce the same SQL for every call; only `parameters` vary.
 */
export async function runPrepared<Row>(db: Executor, name: string, build: () => Compilable<Row>, parameters: unknown[]): Promise<Row[]> {
  const key = `${db.getExecutor().adapter.constructor.name}:${name}`;
  let text = compiledSql.get(key);
  if (text === undefined) {
    text = build().compile().sql;
    compiledSql.set(key, text);
  }
  const result = await db.executeQuery<Row>(CompiledQuery.raw(text, parameters));
  return result.rows;
}

import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';

/** The tables whose rows are changed by read-modify-write. */
export type LockableTable =
  | 'applications'
  | 'api_tokens'
  | 'integrations'
  | 'flows'
  | 'resources'
  | 'installations'
  | 'shares'
  | 'mcp_servers';

/**
 * Locks one row until the transaction ends. PostgreSQL: `FOR NO KEY UPDATE`, so writers of the row queue
 * while readers and foreign-key checks of rows pointing at it do not. SQLite needs no lock: a store holds
 * one connection and Kysely runs its transactions one at a time.
 */
export async function lockRow(db: Executor, dialect: Dialect, table: LockableTable, id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.selectFrom(table).select('id').where('id', '=', id).forNoKeyUpdate().execute();
}

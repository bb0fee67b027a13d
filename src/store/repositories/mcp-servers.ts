import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import type { McpServerRow, McpServerTable } from '../tables.js';

export function insertMcpServer(db: Executor, row: McpServerRow) {
  return db.insertInto('mcp_servers').values(row).execute();
}

export function findMcpServer(db: Executor, id: string) {
  return db.selectFrom('mcp_servers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An account's servers in creation order, after the (created_at, id) position. */
export function listMcpServers(db: Executor, accountId: string, after: { createdAt: string; id: string } | null, limit: number) {
  let query = db.selectFrom('mcp_servers').selectAll().where('integrated_account_id', '=', accountId);
  if (after) {
    const { createdAt, id } = after;
    query = query.where((eb) => eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]));
  }
  return query.orderBy('created_at').orderBy('id').limit(limit).execute();
}

/** Compare-and-swap on `version`; false when another writer got there first. */
export async function updateMcpServerAtVersion(
  db: Executor,
  id: string,
  version: number,
  changes: Pick<Updateable<McpServerTable>, 'name' | 'config' | 'version' | 'updated_at'>,
): Promise<boolean> {
  const result = await db.updateTable('mcp_servers').set(changes).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function deleteMcpServerRow(db: Executor, id: string) {
  return db.deleteFrom('mcp_servers').where('id', '=', id).execute();
}

export function deleteMcpServersOfAccount(db: Executor, accountId: string) {
  return db.deleteFrom('mcp_servers').where('integrated_account_id', '=', accountId).execute();
}

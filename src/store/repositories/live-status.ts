import { sql } from 'kysely';
import type { Executor } from '../executor.js';
import { runPreparedRemembered } from '../prepared.js';
import type { LiveStatusRow } from '../tables.js';

export type LiveStatusWrite = Omit<LiveStatusRow, 'updated_at'> & { updated_at: string };

const text = (value: string | null) => sql`cast(${value} as varchar(1024))`;

/**
 * Stores a live integration's status, only while the integration exists: a write racing its deletion
 * leaves no row behind (the insert selects from `integrations`).
 */
export async function writeLiveStatus(db: Executor, row: LiveStatusWrite): Promise<void> {
  await sql`
    insert into live_status (integration_id, connected_at, disconnected_at, error, last_keep_alive_at, next_attempt_at, updated_at)
    select id, ${text(row.connected_at)}, ${text(row.disconnected_at)}, cast(${row.error} as text),
      ${text(row.last_keep_alive_at)}, ${text(row.next_attempt_at)}, ${text(row.updated_at)}
    from integrations where id = ${row.integration_id}
    on conflict (integration_id) do update set
      connected_at = excluded.connected_at, disconnected_at = excluded.disconnected_at, error = excluded.error,
      last_keep_alive_at = excluded.last_keep_alive_at, next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at
  `.execute(db);
}

/** One integration's status: on the hot GET path, so compiled once. */
export async function findLiveStatus(db: Executor, id: string): Promise<LiveStatusRow | undefined> {
  const rows = await runPreparedRemembered(
    db,
    'findLiveStatus',
    () => db.selectFrom('live_status').selectAll().where('integration_id', '=', id),
    [id],
  );
  return rows[0];
}

export async function findLiveStatuses(db: Executor, ids: string[]): Promise<Map<string, LiveStatusRow>> {
  if (ids.length === 0) return new Map();
  if (ids.length === 1) {
    const row = await findLiveStatus(db, ids[0]);
    return new Map(row ? [[row.integration_id, row]] : []);
  }
  const rows = await db.selectFrom('live_status').selectAll().where('integration_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.integration_id, r]));
}

export function deleteLiveStatus(db: Executor, id: string) {
  return db.deleteFrom('live_status').where('integration_id', '=', id).execute();
}

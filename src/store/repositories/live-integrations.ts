import { sql } from 'kysely';
import type { Executor } from '../executor.js';
import { runPrepared } from '../prepared.js';

/** The integration types Junction holds a live connection for. */
export const LIVE_TYPES = ['mqtt', 'websocket'] as const;

export interface LiveVersion {
  id: string;
  version: number;
  enabled: boolean;
  type: string | null;
}

/** `liveVersions` of one integration (undefined once deleted), by a query compiled once. */
export async function liveVersion(db: Executor, id: string): Promise<LiveVersion | undefined> {
  const rows = await runPrepared(
    db,
    'liveVersion',
    () => db.selectFrom('integrations').select(['id', 'version', 'enabled', 'integration_type']).where('id', '=', id),
    [id],
  );
  return rows[0] && liveVersionOf(rows[0]);
}

const liveVersionOf = (row: { id: string; version: number | string; enabled: number; integration_type: string | null }): LiveVersion => ({
  id: row.id,
  version: Number(row.version),
  enabled: Boolean(row.enabled),
  type: row.integration_type,
});

/** Version, enabled flag and type of these integrations (the ones a node holds); a deleted one is absent. */
export async function liveVersions(db: Executor, ids: string[]): Promise<Map<string, LiveVersion>> {
  const out = new Map<string, LiveVersion>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('integrations')
      .select(['id', 'version', 'enabled', 'integration_type'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.id, liveVersionOf(row));
  }
  return out;
}

/** Enabled live integrations, in id order, after `afterId` (a page of the whole set). */
export async function enabledLiveIntegrations(db: Executor, afterId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('integrations')
    .select('id')
    .where('integration_type', 'in', [...LIVE_TYPES])
    .where('enabled', '=', 1)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Enabled live integrations whose lease (`<prefix><id>`) nobody holds or has let expire: the ones a node
 * may take. In steady state this answers nothing.
 */
export async function unleasedLiveIntegrations(db: Executor, prefix: string, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('integrations as i')
    .leftJoin('leases as l', (join) => join.on('l.name', '=', sql<string>`cast(${prefix} as varchar(64)) || i.id`))
    .select('i.id')
    .where('i.integration_type', 'in', [...LIVE_TYPES])
    .where('i.enabled', '=', 1)
    .where((eb) => eb.or([eb('l.name', 'is', null), eb('l.expires_at', '<=', now)]))
    .orderBy('i.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

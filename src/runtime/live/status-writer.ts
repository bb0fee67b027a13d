import type { Store } from '../../store/database.js';
import { writeLiveStatus } from '../../store/repositories/live-status.js';
import type { LiveStatusRow } from '../../store/tables.js';
import type { LinkStatus } from './link.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const ms = (text: string | null) => (text === null ? null : Date.parse(text));

export function statusFromRow(row: LiveStatusRow | undefined): LinkStatus {
  return {
    connectedAt: ms(row?.connected_at ?? null),
    disconnectedAt: ms(row?.disconnected_at ?? null),
    error: row?.error ?? null,
    lastKeepAlive: ms(row?.last_keep_alive_at ?? null),
    nextAttempt: ms(row?.next_attempt_at ?? null),
  };
}

/**
 * Writes each integration's latest status, one write at a time per integration: a status reported while
 * one is being written is written next, and only the newest of those.
 */
export function createStatusWriter(store: Store, report: (error: unknown) => void) {
  const pending = new Map<string, LinkStatus>();
  const writing = new Map<string, Promise<void>>();

  async function drain(id: string) {
    for (let next = pending.get(id); next; next = pending.get(id)) {
      pending.delete(id);
      await writeLiveStatus(store.db, {
        integration_id: id,
        connected_at: iso(next.connectedAt),
        disconnected_at: iso(next.disconnectedAt),
        error: next.error,
        last_keep_alive_at: iso(next.lastKeepAlive),
        next_attempt_at: iso(next.nextAttempt),
        updated_at: new Date().toISOString(),
      }).catch(report);
    }
    writing.delete(id);
  }

  return {
    write(id: string, status: LinkStatus) {
      pending.set(id, status);
      if (!writing.has(id)) writing.set(id, drain(id));
    },
    /** Resolves once every status reported so far is stored. */
    async flush() {
      while (writing.size > 0) await Promise.all(writing.values());
    },
  };
}

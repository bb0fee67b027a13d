import type { Store } from '../../store/database.js';
import { acquireLease, releaseLease, renewLeases } from '../../store/repositories/leases.js';
import { enabledLiveIntegrations, unleasedLiveIntegrations } from '../../store/repositories/live-integrations.js';

/** Which node holds which live connection. */
export interface Ownership {
  claim(integrationId: string): Promise<boolean>;
  release(integrationId: string): Promise<void>;
  /** Extends what this node holds; answers which of `held` are still its own. */
  renew(held: string[]): Promise<Set<string>>;
  /** Enabled live integrations this node may take now. */
  candidates(held: Set<string>): Promise<string[]>;
}

const PREFIX = 'live:';
const PAGE = 500;
const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

/** SQLite: one process serves the store, so it holds every live connection. */
export function soleOwnership(store: Store): Ownership {
  return {
    claim: async () => true,
    release: async () => {},
    renew: async (held) => new Set(held),
    async candidates(held) {
      const out: string[] = [];
      for (let after = ''; ; ) {
        const page = await enabledLiveIntegrations(store.db, after, PAGE);
        out.push(...page.filter((id) => !held.has(id)));
        if (page.length < PAGE) return out;
        after = page[page.length - 1];
      }
    },
  };
}

/**
 * PostgreSQL: one lease `live:<integration id>` per connection in the shared `leases` table. The holder
 * renews all its leases in one statement; a lease its holder stopped renewing (the node died) expires
 * after `ttlMs`, and the next node to look takes it.
 */
export function leaseOwnership(store: Store, holder: string, ttlMs: number, batch = 100): Ownership {
  return {
    claim: (id) => acquireLease(store.db, { name: PREFIX + id, holder, expiresAt: isoIn(ttlMs), now: new Date().toISOString() }),
    release: (id) => releaseLease(store.db, PREFIX + id, holder),
    async renew(held) {
      if (held.length === 0) return new Set();
      const names = await renewLeases(store.db, holder, PREFIX, isoIn(ttlMs));
      return new Set(names.map((n) => n.slice(PREFIX.length)));
    },
    async candidates(held) {
      const free = await unleasedLiveIntegrations(store.db, PREFIX, new Date().toISOString(), batch);
      return free.filter((id) => !held.has(id));
    },
  };
}

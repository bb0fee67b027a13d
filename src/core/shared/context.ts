import type { Principal } from '../../auth/principal.js';
import type { EgressAllow } from '../../lib/egress-rule.js';
import type { Store } from '../../store/database.js';
import type { Executor } from '../../store/executor.js';

export interface CoreContext {
  readonly store: Store;
  readonly encryptionKey: Buffer;
  readonly signingKey: Uint8Array;
  /** What the egress policy allows besides public addresses (EGRESS_ALLOW): base URLs are checked when saved. */
  readonly egress: EgressAllow;
}

/** Which surface or tool made a change; recorded on audit events. */
export type Source = 'losant' | 'celigo' | 'truto' | 'cli' | 'system';

/** The caller of a write: a token's principal, or the system itself (CLI, first start). */
export interface Actor {
  readonly principal: Principal | null;
  readonly source: Source;
}

export function transaction<T>(ctx: CoreContext, work: (trx: Executor) => Promise<T>): Promise<T> {
  return ctx.store.transaction(work);
}

import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from './tables.js';

/** Where a keyset page starts: after this row in (created_at, id) order. */
export interface PageKey {
  createdAt: string;
  id: string;
}

export interface KeysetPage {
  after: PageKey | null;
  limit: number;
}

type Keyed = 'integrations' | 'installations' | 'applications';

/** Rows strictly after the key in (created_at, id) order; an index on (…, created_at, id) serves it. */
export function afterKey<T extends Keyed>(eb: ExpressionBuilder<Database, T>, key: PageKey) {
  const createdAt = sql.ref<string>('created_at');
  const id = sql.ref<string>('id');
  return eb.or([eb(createdAt, '>', key.createdAt), eb.and([eb(createdAt, '=', key.createdAt), eb(id, '>', key.id)])]);
}

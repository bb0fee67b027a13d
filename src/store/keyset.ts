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

type Keyed = 'integrations' | 'installations' | 'applications' | 'webhooks' | 'webhook_attempts';

/** Rows strictly after the key in (created_at, id) order; an index on (…, created_at, id) serves it. */
export function afterKey<T extends Keyed>(eb: ExpressionBuilder<Database, T>, key: PageKey) {
  const createdAt = sql.ref<string>('created_at');
  const id = sql.ref<string>('id');
  // The leading `>=` lets the index seek to the key instead of filtering every earlier row.
  return eb.and([eb(createdAt, '>=', key.createdAt), eb.or([eb(createdAt, '>', key.createdAt), eb(id, '>', key.id)])]);
}

/**
 * Merges the pages of several index-ordered branches of one list (an OR that would otherwise need a sort
 * over every matching row) into one page of `limit + 1` rows in (created_at, id) order.
 */
export async function mergeBranches<Row extends { created_at: string; id: string }>(branches: Promise<Row[]>[], limit: number) {
  const rows = (await Promise.all(branches)).flat();
  rows.sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.created_at < b.created_at ? -1 : 1));
  return rows.slice(0, limit + 1);
}

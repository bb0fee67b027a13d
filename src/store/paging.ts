import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from './tables.js';

export interface PageRequest {
  sortColumn: string;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface Page<Row> {
  rows: Row[];
  total: number;
}

/**
 * Case-insensitive glob match on a column; callers pass a pattern from `globToLike`. A column that is
 * stored lower-cased already (and indexed so) is compared as it is.
 */
export function likeLower(column: string, pattern: string, storedLowerCase = false) {
  const target = storedLowerCase ? sql.ref(column) : sql`lower(${sql.ref(column)})`;
  return sql<boolean>`${target} like ${pattern} escape '\\'`;
}

/** Runs the count and one sorted page (ties broken by id) of an already-filtered query. */
export async function fetchPage<TB extends keyof Database, Row>(
  query: SelectQueryBuilder<Database, TB, Row>,
  page: PageRequest,
): Promise<Page<Row>> {
  const direction = page.descending ? 'desc' : 'asc';
  const [countRow, rows] = await Promise.all([
    query.clearSelect().select(sql<string | number>`count(*)`.as('total')).executeTakeFirst(),
    query.orderBy(sql.ref(page.sortColumn), direction).orderBy(sql.ref('id'), direction).limit(page.limit).offset(page.offset).execute(),
  ]);
  const total = Number((countRow as { total?: string | number } | undefined)?.total ?? 0);
  return { rows: rows as Row[], total };
}

import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from './tables.js';

/** A sort or filter field by its model name (`createdAt`); each repository maps it to its column. */
export interface PageRequest {
  sortField: string;
  descending: boolean;
  offset: number;
  limit: number;
}

/** A case-insensitive glob (as a LIKE pattern from `globToLike`) on one field. */
export interface ListFilter {
  field: string;
  pattern: string;
}

/** Model field → column, for the fields a list sorts or filters on. */
export type FieldColumns = Record<string, string>;

/** The fields every listed table has. */
export const COMMON_COLUMNS: FieldColumns = { id: 'id', name: 'name', createdAt: 'created_at', updatedAt: 'updated_at' };

export function columnOf(columns: FieldColumns, field: string): string {
  const column = Object.hasOwn(columns, field) ? columns[field] : undefined;
  if (!column) throw new Error(`no list column for the field ${field}`);
  return column;
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

/**
 * Runs the count and one sorted page (ties broken by id) of an already-filtered query; a caller that
 * keeps the count (`knownTotal`) skips the `count(*)`.
 */
export async function fetchPage<TB extends keyof Database, Row>(
  query: SelectQueryBuilder<Database, TB, Row>,
  page: PageRequest,
  columns: FieldColumns = COMMON_COLUMNS,
  knownTotal?: number,
): Promise<Page<Row>> {
  const sortColumn = columnOf(columns, page.sortField);
  const direction = page.descending ? 'desc' : 'asc';
  const [countRow, rows] = await Promise.all([
    knownTotal === undefined ? query.clearSelect().select(sql<string | number>`count(*)`.as('total')).executeTakeFirst() : undefined,
    query.orderBy(sql.ref(sortColumn), direction).orderBy(sql.ref('id'), direction).limit(page.limit).offset(page.offset).execute(),
  ]);
  const total = knownTotal ?? Number((countRow as { total?: string | number } | undefined)?.total ?? 0);
  return { rows: rows as Row[], total };
}

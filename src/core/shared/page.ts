import type { PageKey } from '../../store/keyset.js';

/** A keyset page request: after the sort key of the previous page's last row, in creation order. */
export interface CursorPage {
  after: PageKey | null;
  limit: number;
}

/** A page of rows and the key the next page starts after (null on the last page). */
export interface KeysetPage<Item> {
  items: Item[];
  next: PageKey | null;
  limit: number;
}

/** Cuts the extra row a repository fetched and says where the next page starts. */
export function toPage<Row extends { id: string; created_at: string }>(rows: Row[], page: CursorPage): KeysetPage<Row> {
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, next: more ? { createdAt: last.created_at, id: last.id } : null, limit: page.limit };
}

import { AppError } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { PageKey } from '../../store/keyset.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface CursorPage {
  /** The sort key of the last row of the previous page. */
  after: PageKey | null;
  limit: number;
}

/**
 * Lists are keyset-paged in creation order, (created_at, id), so a page costs the same however deep it
 * is. The cursor is opaque to clients: base64url of `{"t": created_at, "id": id}` of a page's last row.
 */
export function encodeCursor(last: PageKey): string {
  return Buffer.from(JSON.stringify({ t: last.createdAt, id: last.id })).toString('base64url');
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function parsePage(query: { limit?: string; next_cursor?: string }): CursorPage {
  const limit = query.limit === undefined || query.limit === '' ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError('validation', `limit must be an integer between 1 and ${MAX_LIMIT}`, [
      { path: 'querystring.limit', message: 'is out of range' },
    ]);
  }
  if (!query.next_cursor) return { after: null, limit };
  let key: { t?: unknown; id?: unknown } | null = null;
  try {
    key = JSON.parse(Buffer.from(query.next_cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!isId(key?.id) || typeof key.t !== 'string' || !ISO_TIME.test(key.t)) {
    throw new AppError('validation', 'next_cursor is not a cursor this server issued', [
      { path: 'querystring.next_cursor', message: 'is invalid' },
    ]);
  }
  return { after: { createdAt: key.t, id: normalizeId(key.id) }, limit };
}

/** Cuts the extra row a repository fetched and says where the next page starts. */
export function toPage<Row extends { id: string; created_at: string }>(rows: Row[], page: CursorPage) {
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null, limit: page.limit };
}

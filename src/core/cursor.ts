import { isId, normalizeId } from '../lib/ids.js';
import { AppError } from './errors.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface CursorPage {
  afterId: string | null;
  limit: number;
}

/**
 * Lists are keyset-paged by id (ids start with their creation time), so a page costs the same however
 * deep it is. The cursor is opaque to clients: base64url of `{"id": <last id of the page>}`.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ id: lastId })).toString('base64url');
}

export function parsePage(query: { limit?: string; next_cursor?: string }): CursorPage {
  const limit = query.limit === undefined || query.limit === '' ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError('validation', `limit must be an integer between 1 and ${MAX_LIMIT}`, [
      { path: 'querystring.limit', message: 'is out of range' },
    ]);
  }
  if (!query.next_cursor) return { afterId: null, limit };
  let id: unknown;
  try {
    id = JSON.parse(Buffer.from(query.next_cursor, 'base64url').toString('utf8'))?.id;
  } catch {
    id = undefined;
  }
  if (!isId(id)) {
    throw new AppError('validation', 'next_cursor is not a cursor this server issued', [
      { path: 'querystring.next_cursor', message: 'is invalid' },
    ]);
  }
  return { afterId: normalizeId(id), limit };
}

/** Cuts the extra row a repository fetched and says where the next page starts. */
export function toPage<Row extends { id: string }>(rows: Row[], page: CursorPage) {
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1].id) : null, limit: page.limit };
}

import type { CursorPage, KeysetPage } from '../../core/shared/page.js';
import { AppError } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { PageKey } from '../../store/keyset.js';
import { PAGE_LIMITS } from '../common/page-limits.js';

/**
 * Truto lists are keyset-paged in creation order, (created_at, id), so a page costs the same however
 * deep it is. The cursor is opaque to clients: base64url of `{"t": created_at, "id": id}` of a page's last row.
 */
export function encodeCursor(last: PageKey): string {
  return Buffer.from(JSON.stringify({ t: last.createdAt, id: last.id })).toString('base64url');
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** `limit` and `next_cursor` of a list request → a keyset page request; 400 for a bad limit or a forged cursor. */
export function parsePage(query: { limit?: string; next_cursor?: string }): CursorPage {
  const limit = query.limit === undefined || query.limit === '' ? PAGE_LIMITS.default : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_LIMITS.max) {
    throw new AppError('validation', `limit must be an integer between 1 and ${PAGE_LIMITS.max}`, [
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

/** A list answer in Truto's shape: `{result, next_cursor, limit}`. */
export function listReply<Item, Out>(page: KeysetPage<Item>, encode: (item: Item) => Out) {
  return { result: page.items.map(encode), next_cursor: page.next ? encodeCursor(page.next) : null, limit: page.limit };
}

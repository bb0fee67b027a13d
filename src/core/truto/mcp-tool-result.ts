import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';

/** An MCP `tools/call` result (the SDK's CallToolResult, as plain JSON). */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: JsonObject;
  isError?: boolean;
}

/**
 * Where a list tool continues: the engine's cursor of the upstream page (null: the first), how many of
 * that page's records were already returned (a page cut by the result cap), and the page size it used.
 */
export interface ListPosition {
  cursor: string | null;
  skip: number;
  limit: number | null;
}

export function encodePosition(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ c: position.cursor, s: position.skip, l: position.limit })).toString('base64url');
}

export function decodePosition(text: string): ListPosition {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    const skip = Number(value?.s);
    const limit = value?.l === null ? null : Number(value?.l);
    if (
      isObject(value) &&
      (value.c === null || typeof value.c === 'string') &&
      Number.isInteger(skip) &&
      skip >= 0 &&
      (limit === null || (Number.isInteger(limit) && limit > 0))
    ) {
      return { cursor: value.c as string | null, skip, limit };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('bad_request', 'next_cursor is not a cursor this server issued');
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** A record or answer: JSON text, and the object itself as structured content when it is one; cut to `cap` characters. */
export function valueResult(value: unknown, cap: number): ToolResult {
  const text = json(value);
  if (text.length > cap) {
    const note = `\n[cut: the result is ${text.length} characters, over this server's limit of ${cap}]`;
    return { content: [{ type: 'text', text: text.slice(0, Math.max(0, cap - note.length)) + note }] };
  }
  return { content: [{ type: 'text', text }], ...(isObject(value) ? { structuredContent: value } : {}) };
}

/**
 * One page of a list tool, `{next_cursor, result_count, result}`, at most `cap` characters: when the
 * upstream page is larger, the records that fit are returned (at least one) and the cursor continues
 * within the same upstream page, so none is lost.
 */
export function listResult(
  items: unknown[],
  position: ListPosition,
  upstreamNext: string | null,
  limit: number | null,
  cap: number,
): ToolResult {
  const page = items.slice(position.skip);
  const shape = (count: number) => {
    const next =
      count < page.length
        ? encodePosition({ cursor: position.cursor, skip: position.skip + count, limit })
        : upstreamNext
          ? encodePosition({ cursor: upstreamNext, skip: 0, limit })
          : null;
    // The cursor first: a result cut to the cap still carries it.
    return { next_cursor: next, result_count: count, result: page.slice(0, count) };
  };
  let body = shape(page.length);
  if (json(body).length > cap && page.length > 1) {
    // The largest count that fits: sizes grow with the count, so a binary search finds it.
    let low = 1;
    let high = page.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (json(shape(mid)).length <= cap) low = mid;
      else high = mid - 1;
    }
    body = shape(low);
  }
  return valueResult(body, cap);
}

/** A failure as the tool's own result (`isError`), so the agent reads it; never a protocol error. */
export function errorResult(error: unknown): ToolResult {
  if (!(error instanceof AppError)) return { content: [{ type: 'text', text: 'An internal error occurred' }], isError: true };
  const lines = [error.message];
  for (const detail of error.details ?? []) lines.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
  return { content: [{ type: 'text', text: lines.join('\n') }], isError: true };
}

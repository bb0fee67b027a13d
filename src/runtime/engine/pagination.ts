import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject, readPath } from '../../lib/json.js';
import type { MethodConfig } from './config.js';
import { evaluate } from './expressions.js';
import type { UpstreamResponse } from './http-client.js';
import { mentions } from './placeholders.js';
import type { UpstreamRequest } from './request-builder.js';

/** Where a list continues: the state of one pagination format, handed to callers as an opaque cursor. */
export type PageState = JsonObject;

export function encodeCursor(state: PageState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeCursor(cursor: string): PageState {
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isObject(state)) return state;
  } catch {
    // falls through to the error below
  }
  throw new AppError('bad_request', 'next_cursor is not a cursor this server issued');
}

/** The `pagination` placeholder root for the first or a continued page. */
export async function paginationValues(
  method: MethodConfig,
  state: PageState | null,
  limit: number | undefined,
  query: JsonObject,
): Promise<JsonObject> {
  const config = method.pagination?.config ?? {};
  const values: JsonObject = { ...(state ?? {}) };
  if (limit !== undefined) {
    values.per_page = limit;
    values.limit = limit;
  }
  switch (method.pagination?.format) {
    case 'page':
      values.page ??= Number(config.initial_page ?? 1);
      break;
    case 'offset':
      values.offset ??= 0;
      break;
    case 'dynamic':
      if (!state && typeof config.get_initial_pagination_values_expression === 'string') {
        const initial = await evaluate(config.get_initial_pagination_values_expression, { query, paginationValues: values });
        if (isObject(initial)) Object.assign(values, initial);
      }
      break;
  }
  return values;
}

/** Puts the page position into the request where the config does not place it itself. */
export function applyPage(request: UpstreamRequest, method: MethodConfig, values: JsonObject): void {
  const pagination = method.pagination;
  if (!pagination) return;
  const config = pagination.config ?? {};
  const templated = mentions(method.query, 'pagination');
  const set = (key: unknown, value: unknown) => {
    if (typeof key === 'string' && value !== undefined && value !== null && !templated) request.url.searchParams.set(key, String(value));
  };
  const limitKey = config.limit_key ?? 'limit';
  switch (pagination.format) {
    case 'page':
      set(config.page_key ?? 'page', values.page);
      set(limitKey, values.limit);
      break;
    case 'offset':
      set(config.offset_key ?? 'offset', values.offset);
      set(limitKey, values.limit);
      break;
    case 'cursor':
      if (typeof values.url === 'string') request.url = sameOrigin(request.url, values.url);
      set(config.cursor_key ?? 'cursor', values.cursor);
      set(limitKey, values.limit);
      break;
    case 'link_header':
      if (typeof values.url === 'string') request.url = sameOrigin(request.url, values.url);
      break;
    case 'range': {
      const start = Number(values.start ?? 0);
      const size = Number(values.limit ?? config.default_limit ?? 100);
      request.headers.range = `${String(config.range_unit ?? 'items')}=${start}-${start + size - 1}`;
      break;
    }
    case 'dynamic':
      break;
    default:
      throw new AppError('bad_request', `pagination format ${pagination.format} is not supported`);
  }
}

/** A followed next link must stay on the upstream's origin: it carries the account's credentials. */
function sameOrigin(current: URL, next: string): URL {
  const url = new URL(next, current);
  if (url.origin !== current.origin) throw new AppError('upstream_error', 'The upstream API linked the next page to another origin');
  return url;
}

function nextLink(header: string | undefined): string | null {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && /rel\s*=\s*"?next"?/i.test(match[2])) return match[1];
  }
  return null;
}

/** The next page's state after one answer, or null at the end of the list. */
export async function nextPage(
  method: MethodConfig,
  values: JsonObject,
  request: UpstreamRequest,
  response: UpstreamResponse,
  items: unknown[],
  query: JsonObject,
): Promise<PageState | null> {
  const pagination = method.pagination;
  if (!pagination) return null;
  const config = pagination.config ?? {};
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const full = items.length > 0 && (limit === undefined || items.length >= limit);
  const keep = limit === undefined ? {} : { limit };
  switch (pagination.format) {
    case 'page':
      return full ? { ...keep, page: Number(values.page) + 1 } : null;
    case 'offset':
      return full ? { ...keep, offset: Number(values.offset) + items.length } : null;
    case 'cursor': {
      const source = config.cursor_path_object === 'header' ? response.headers : response.body;
      const path = String(config.cursor_path ?? 'next_cursor');
      const cursor = config.cursor_path_object === 'header' ? response.headers[path.toLowerCase()] : readPath(source, path);
      if (typeof config.has_next_path === 'string' && !readPath(response.body, config.has_next_path)) return null;
      if (cursor === undefined || cursor === null || cursor === '') return null;
      if (config.is_link === true) return { ...keep, url: String(cursor) };
      return { ...keep, cursor };
    }
    case 'link_header': {
      const next = nextLink(response.headers.link);
      return next ? { url: sameOrigin(request.url, next).toString() } : null;
    }
    case 'range': {
      const start = Number(values.start ?? 0);
      const match = /(\d+)-(\d+)\/(\d+|\*)/.exec(response.headers['content-range'] ?? '');
      if (!match) return full ? { ...keep, start: start + items.length } : null;
      const end = Number(match[2]);
      if (match[3] !== '*' && end + 1 >= Number(match[3])) return null;
      return items.length > 0 ? { ...keep, start: end + 1 } : null;
    }
    case 'dynamic': {
      if (typeof config.get_pagination_values_expression !== 'string') return null;
      const scope = {
        query,
        url: request.url.toString(),
        requestOptions: { method: request.method, headers: request.headers },
        response: { status: response.status, headers: response.headers, body: response.body },
        body: response.body,
        paginationValues: values,
      };
      const next = await evaluate(config.get_pagination_values_expression, scope);
      return isObject(next) ? next : null;
    }
    default:
      return null;
  }
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../lib/errors.js';
import type { PageRequest } from '../../store/paging.js';
import { PAGE_LIMITS } from '../common/page-limits.js';

const Digits = Type.String({ pattern: '^\\d{1,9}$' });
export const pagingQuery = { skip: Type.Optional(Digits), limit: Type.Optional(Digits) };
export const PagingQuery = Type.Object(pagingQuery, { additionalProperties: false });

const badQuery = (message: string, field: string) =>
  new AppError('bad_request', message, [{ path: field, message, code: 'invalid_query_params' }]);

/** `skip`/`limit` → a page request sorted by creation (oldest first unless `descending`). */
export function pageOf(query: { skip?: string; limit?: string }, descending = false): PageRequest {
  const skip = Number(query.skip ?? '0');
  const limit = Number(query.limit ?? PAGE_LIMITS.default);
  if (limit < 1 || limit > PAGE_LIMITS.max) throw badQuery(`limit must be between 1 and ${PAGE_LIMITS.max}.`, 'limit');
  return { sortField: descending ? 'time' : 'createdAt', descending, offset: skip, limit };
}

/** Sets the RFC 5988 `Link` header (next/prev) of a page, keeping the request's other parameters. */
export function setLinkHeader(request: FastifyRequest, reply: FastifyReply, page: PageRequest, count: number, total: number) {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.delete('skip');
  url.searchParams.delete('limit');
  const at = (skip: number) => {
    url.searchParams.set('skip', String(skip));
    url.searchParams.set('limit', String(page.limit));
    return url.toString();
  };
  const links: string[] = [];
  if (page.offset + count < total) links.push(`<${at(page.offset + page.limit)}>; rel="next"`);
  if (page.offset > 0) links.push(`<${at(Math.max(0, page.offset - page.limit))}>; rel="prev"`);
  if (links.length > 0) reply.header('link', links.join(', '));
}

/** Answers a list: the page as a bare array, with its Link header. */
export function sendPage<T, R>(
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageRequest,
  result: { total: number; items: T[] },
  encode: (item: T) => R,
) {
  setLinkHeader(request, reply, page, result.items.length, result.total);
  return result.items.map(encode);
}

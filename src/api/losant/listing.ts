import { AppError } from '../../lib/errors.js';
import { globToLike } from '../../lib/glob.js';
import type { PageRequest } from '../../store/paging.js';
import { PAGE_LIMITS } from '../common/page-limits.js';

export interface ListQuery {
  sortField?: string;
  sortDirection?: string;
  page?: string;
  perPage?: string;
  filterField?: string;
  filter?: string;
}

/**
 * Losant list parameters → a page request, a filter, and the values the reply echoes. `fields` maps Losant's
 * sort and filter names to the model's (`creationDate` → `createdAt`).
 */
export function parseListQuery(query: ListQuery, fields: Record<string, string>, defaultSort = 'name') {
  const page = Number(query.page ?? '0');
  const perPage = Number(query.perPage ?? PAGE_LIMITS.default);
  if (perPage < 1 || perPage > PAGE_LIMITS.max) {
    throw new AppError('validation', `perPage must be between 1 and ${PAGE_LIMITS.max}`);
  }
  const sortField = query.sortField || defaultSort;
  const sortDirection = (query.sortDirection || 'asc').toLowerCase();
  // Runs of `*` match what one does; collapsing them keeps LIKE from backtracking needlessly.
  const glob = query.filter?.replace(/\*+/g, '*');
  const filter = query.filterField && glob ? { field: fields[query.filterField], pattern: globToLike(glob) } : null;
  const request: PageRequest = {
    sortField: fields[sortField],
    descending: sortDirection === 'desc',
    offset: page * perPage,
    limit: perPage,
  };
  const echo = {
    perPage,
    page,
    sortField,
    sortDirection,
    ...(query.filterField && query.filter !== undefined ? { filterField: query.filterField, filter: query.filter } : {}),
  };
  return { request, filter, echo };
}

export function links(self: string, extra: Record<string, string> = {}) {
  return Object.fromEntries(Object.entries({ self, ...extra }).map(([k, href]) => [k, { href }]));
}

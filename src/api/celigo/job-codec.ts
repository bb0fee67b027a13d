import type { FlowError, Job } from '../../core/integrator-io/job-model.js';
import { AppError } from '../../lib/errors.js';
import type { JobFilter } from '../../store/repositories/jobs.js';

/** A job in integrator.io's terms: pages are `numPagesExported` (flow, export) or `numPagesProcessed` (import). */
export function toCeligoJob(job: Job): Record<string, unknown> {
  return {
    _id: job.id,
    type: job.type,
    ...(job.integrationId ? { _integrationId: job.integrationId } : {}),
    _flowId: job.flowId,
    ...(job.flowJobId ? { _flowJobId: job.flowJobId } : {}),
    ...(job.exportId ? { _exportId: job.exportId } : {}),
    ...(job.importId ? { _importId: job.importId } : {}),
    status: job.status,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.endedAt ? { endedAt: job.endedAt } : {}),
    ...(job.type === 'flow' ? { doneExporting: job.doneExporting } : { retriable: job.retriable }),
    numSuccess: job.numSuccess,
    numError: job.numError,
    numIgnore: job.numIgnore,
    ...(job.type === 'import' ? { numPagesProcessed: job.numPages } : { numPagesExported: job.numPages }),
    ...(job.message ? { message: job.message } : {}),
    createdAt: job.createdAt,
    lastModified: job.updatedAt,
    ...(job.children ? { children: job.children.map(toCeligoJob) } : {}),
  };
}

export function toCeligoError(error: FlowError) {
  return {
    errorId: error.id,
    occurredAt: error.occurredAt,
    source: error.source,
    code: error.code,
    message: error.message,
    ...(error.oIndex !== null ? { oIndex: error.oIndex } : {}),
    ...(error.retryDataKey ? { retryDataKey: error.retryDataKey } : {}),
    _flowJobId: error.flowJobId,
    ...(error.resolvedAt ? { resolvedAt: error.resolvedAt } : {}),
  };
}

export type JobQuery = Partial<Record<string, string>>;

const badQuery = (message: string, field: string, code = 'invalid_query_params') =>
  new AppError('bad_request', message, [{ path: field, message, code }]);

function date(query: JobQuery, field: string): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badQuery(`${field} must be an ISO-8601 date.`, field);
  return new Date(t).toISOString();
}

function count(query: JobQuery, name: string) {
  const range: { gte?: number; lte?: number } = {};
  for (const side of ['gte', 'lte'] as const) {
    const v = query[`${name}_${side}`];
    if (v !== undefined) range[side] = Number(v);
  }
  return range.gte === undefined && range.lte === undefined ? undefined : range;
}

const ids = (value: string) => value.split(',').map((v) => v.trim().toLowerCase());

/**
 * `GET /v1/jobs` filters. Listing flow jobs needs an id or a date filter (integrator.io answers 400
 * `invalid_query` otherwise): an unbounded scan of every run is refused.
 */
export function jobFilterOf(query: JobQuery): { filter: Omit<JobFilter, 'organizationId'>; limit: number } {
  const types = query.type_in ? ids(query.type_in) : query.type ? [query.type] : undefined;
  const filter: Omit<JobFilter, 'organizationId'> = {
    integrationId: query._integrationId?.toLowerCase(),
    flowIds: query._flowId_in ? ids(query._flowId_in) : query._flowId ? [query._flowId.toLowerCase()] : undefined,
    exportId: query._exportId?.toLowerCase(),
    importId: query._importId?.toLowerCase(),
    flowJobId: query._flowJobId?.toLowerCase(),
    statuses: query.status ? ids(query.status) : undefined,
    types,
    createdFrom: date(query, 'createdAt_gte'),
    createdTo: date(query, 'createdAt_lte'),
    numError: count(query, 'numError'),
    numSuccess: count(query, 'numSuccess'),
    numIgnore: count(query, 'numIgnore'),
    retriable: query.retriable === undefined ? undefined : query.retriable === 'true',
  };
  const narrowed = [
    filter.integrationId,
    filter.flowIds,
    filter.exportId,
    filter.importId,
    filter.flowJobId,
    filter.createdFrom,
    filter.createdTo,
  ];
  if ((!types || types.includes('flow')) && narrowed.every((v) => v === undefined)) {
    throw badQuery(
      'Listing flow jobs needs an id filter (_flowId, _integrationId, …) or a createdAt_gte/createdAt_lte date.',
      'type',
      'invalid_query',
    );
  }
  const limit = query.limit === undefined ? 1000 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badQuery('limit must be between 1 and 1000.', 'limit');
  return { filter, limit };
}

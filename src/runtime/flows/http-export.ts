import { isObject, type JsonObject } from '../../lib/json.js';
import { matches, readAt } from './paths.js';
import { type StepAnswer, StepFailure, type StepRequest } from './ports.js';
import { render, renderBody } from './templates.js';

export const PAGING_METHODS = ['linkheader', 'page', 'skip', 'token', 'url', 'relativeuri', 'body'] as const;

/** Where an export is between pages; JSON, so a run could be resumed from it. */
export interface PagingState {
  page: number;
  skip: number;
  token: string | null;
  nextUri: string | null;
  pages: number;
  records: number;
  previous: { last_record: unknown; full_response: unknown } | null;
}

export interface ExportTimes {
  lastExportDateTime: string;
  currentExportDateTime: string;
}

export type Send = (request: StepRequest) => Promise<StepAnswer>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function headersOf(list: unknown, context: unknown, field: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [i, h] of (Array.isArray(list) ? list : []).entries()) {
    if (isObject(h) && typeof h.name === 'string' && h.name !== '') {
      headers[h.name] = render(String(h.value ?? ''), context, `${field}.${i}.value`);
    }
  }
  return headers;
}

/** The `rel` target of an RFC 8288 Link header. */
export function linkTarget(header: string | undefined, rel: string): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(match[2]);
    if (rels?.[1].split(/\s+/).includes(rel)) return match[1];
  }
  return null;
}

/** Page-level verdicts of `http.response` (success/fail paths) on a 2xx answer; throws when the page failed. */
function checkAnswer(response: JsonObject, body: unknown): void {
  const failPath = str(response.failPath);
  const errorText = () => {
    const e = readAt(body, str(response.errorPath));
    return e === undefined ? '' : `: ${typeof e === 'string' ? e : JSON.stringify(e)}`;
  };
  if (failPath && readAt(body, failPath) !== undefined && matches(readAt(body, failPath), response.failValues)) {
    throw new StepFailure('export_failed', `The answer's ${failPath} says the request failed${errorText()}`, false);
  }
  const successPath = str(response.successPath);
  if (successPath && !matches(readAt(body, successPath), response.successValues)) {
    throw new StepFailure('export_failed', `The answer's ${successPath} does not say success${errorText()}`, false);
  }
}

function recordsOf(body: unknown, resourcePath: string | null): JsonObject[] {
  const value = resourcePath ? readAt(body, resourcePath) : body;
  const list = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  return list.map((r) => (isObject(r) ? r : { value: r }));
}

export function initialPaging(paging: JsonObject): PagingState {
  return {
    page: Number.isInteger(paging.page) ? (paging.page as number) : 0,
    skip: Number.isInteger(paging.skip) ? (paging.skip as number) : 0,
    token: str(paging.token),
    nextUri: null,
    pages: 0,
    records: 0,
    previous: null,
  };
}

/**
 * An HTTP export's pages, one request each: the first from `http.relativeURI`, the next by the paging
 * method, until a page is empty, the last-page status or values say so, or the method has no next page.
 */
export async function* exportPages(doc: JsonObject, times: ExportTimes, send: Send, start?: PagingState): AsyncGenerator<JsonObject[]> {
  const http = isObject(doc.http) ? doc.http : {};
  const paging = isObject(http.paging) ? http.paging : {};
  const response = isObject(http.response) ? http.response : {};
  const method = str(paging.method);
  const lastPageStatus = Number.isInteger(paging.lastPageStatusCode) ? (paging.lastPageStatusCode as number) : 404;
  const state = start ?? initialPaging(paging);
  const verb = (str(http.method) ?? 'GET').toUpperCase();
  for (;;) {
    const context = {
      ...times,
      export: { ...doc, http: { ...http, paging: { ...paging, page: state.page, skip: state.skip, token: state.token } } },
      previous_page: state.previous ?? undefined,
    };
    const first = state.pages === 0;
    let uri: string;
    let body = renderBody(http.body, context, 'http.body');
    if (!first && (method === 'linkheader' || method === 'url')) uri = state.nextUri ?? '';
    else if (!first && str(paging.relativeURI) && method !== 'body')
      uri = render(String(paging.relativeURI), context, 'http.paging.relativeURI');
    else uri = render(String(http.relativeURI ?? ''), context, 'http.relativeURI');
    if (!first && method === 'body' && paging.body !== undefined) body = renderBody(paging.body, context, 'http.paging.body');
    const answer = await send({ method: verb, uri, headers: headersOf(http.headers, context, 'http.headers'), body });
    if (!first && answer.status === lastPageStatus) return;
    if (answer.status >= 400) {
      const detail = readAt(answer.body, str(response.errorPath));
      const retriable = answer.status >= 500 || answer.status === 429;
      const text = detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`;
      throw new StepFailure(retriable ? 'upstream_error' : 'export_failed', `The source answered ${answer.status}${text}`, retriable);
    }
    checkAnswer(response, answer.body);
    const records = recordsOf(answer.body, str(response.resourcePath));
    state.pages++;
    state.records += records.length;
    if (records.length > 0) yield records;
    if (records.length === 0 || method === null || !PAGING_METHODS.includes(method as (typeof PAGING_METHODS)[number])) return;
    const lastPagePath = str(paging.lastPagePath);
    if (lastPagePath && matches(readAt(answer.body, lastPagePath), paging.lastPageValues)) return;
    const maxPages = Number(readAt(answer.body, str(paging.maxPagePath)));
    if (str(paging.maxPagePath) && Number.isFinite(maxPages) && state.pages >= maxPages) return;
    const maxCount = Number(readAt(answer.body, str(paging.maxCountPath)));
    if (str(paging.maxCountPath) && Number.isFinite(maxCount) && state.records >= maxCount) return;
    const fromHeader = paging.pathLocation === 'header';
    const pointer = (path: string | null) =>
      path ? readAt(fromHeader ? answer.headers : answer.body, fromHeader ? path.toLowerCase() : path) : undefined;
    switch (method) {
      case 'page':
        state.page++;
        break;
      case 'skip':
        state.skip += records.length;
        break;
      case 'token': {
        const token = pointer(str(paging.path));
        if (token === undefined || token === null || token === '') return;
        state.token = String(token);
        break;
      }
      case 'linkheader': {
        const next = linkTarget(answer.headers.link, str(paging.linkHeaderRelation) ?? 'next');
        if (!next) return;
        state.nextUri = next;
        break;
      }
      case 'url': {
        const next = pointer(str(paging.path));
        if (typeof next !== 'string' || next === '') return;
        state.nextUri = next;
        break;
      }
      case 'relativeuri':
      case 'body':
        if (method === 'relativeuri' && !str(paging.relativeURI)) return;
        break;
    }
    state.previous = { last_record: records[records.length - 1], full_response: answer.body };
  }
}

import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject, overlay, readPath } from '../../lib/json.js';
import { type MethodConfig, selectMethod } from './config.js';
import { evaluate } from './expressions.js';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions, send, type UpstreamResponse, withAttempts } from './http-client.js';
import { applyPage, decodeCursor, encodeCursor, nextPage, paginationValues } from './pagination.js';
import { evaluatePlaceholder } from './placeholders.js';
import { authorize, buildRequest } from './request-builder.js';

export interface EngineCall {
  /** The integration's config; `override` (the environment's) is laid over it (lib/json overlay). Neither is changed once passed. */
  config: JsonObject;
  override?: JsonObject | null;
  resource: string;
  /** `list`, `get`, `create`, `update`, `delete` or a custom method name. */
  method: string;
  id?: string;
  /** The caller's query parameters (forwarded upstream) and body. */
  query?: JsonObject;
  body?: unknown;
  /** The account's context: credentials and variables. */
  context: JsonObject;
  cursor?: string | null;
  limit?: number;
  /** Authorization format used when the config names none (from the account's credential format). */
  defaultAuthorization?: string | null;
  /** Answers every HTTP status instead of failing on 4xx/5xx (flow steps judge the answer themselves). */
  anyStatus?: boolean;
}

export interface EngineResult {
  status: number;
  /** The extracted body (after `response_path`). */
  body: unknown;
  /** Lists only. */
  nextCursor?: string | null;
  /** The upstream's answer headers (lower-case names). */
  headers?: Record<string, string>;
}

/** What the call log records of one upstream call: no URL query, no headers, no bodies. */
export interface CallRecord {
  httpMethod: string;
  path: string;
  status: number | null;
  durationMs: number;
  attempts: number;
  error: string | null;
}

/** A `{{…}}` expression (the seed's `error_expression`) or JSONata. */
async function errorMessage(expression: string, response: UpstreamResponse): Promise<string | null> {
  const scope = { status: response.status, headers: response.headers, body: response.body, response: response.body };
  const whole = /^\{\{\s*([^{}]+?)\s*\}\}$/.exec(expression);
  const value = whole ? evaluatePlaceholder(whole[1], scope) : await evaluate(expression, scope);
  if (value === undefined || value === null || value === false || value === '') return null;
  if (isObject(value)) return String(value.message ?? JSON.stringify(value));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function upstreamFailure(response: UpstreamResponse, message: string): AppError {
  const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  const details = [
    { path: 'upstream.status', message: String(response.status) },
    { path: 'upstream.body', message: (body ?? '').slice(0, 2_000) },
  ];
  return withAttempts(new AppError('upstream_error', message, details), response.attempts, response.status);
}

// Methods as selected from a config and an override, which callers never mutate: per config, per override.
const selected = new WeakMap<JsonObject, WeakMap<JsonObject, Map<string, MethodConfig>>>();
const NO_OVERRIDE: JsonObject = {};
const MAX_METHODS = 1_000;

/** `selectMethod` of the effective config (the override laid over the config), merged and picked once per pair. */
function methodOf(call: EngineCall): MethodConfig {
  let byOverride = selected.get(call.config);
  if (!byOverride) {
    byOverride = new WeakMap();
    selected.set(call.config, byOverride);
  }
  const over = call.override ?? NO_OVERRIDE;
  let methods = byOverride.get(over);
  if (!methods) {
    methods = new Map();
    byOverride.set(over, methods);
  }
  const key = `${call.resource}\u0000${call.method}`;
  let method = methods.get(key);
  if (!method) {
    const config = (overlay(call.config, call.override ?? undefined) ?? {}) as JsonObject;
    method = selectMethod(config, call.resource, call.method);
    if (methods.size >= MAX_METHODS) methods.clear();
    methods.set(key, method);
  }
  return method;
}

/** Executes one method of one resource for one account: the declarative HTTP engine. */
export async function execute(
  call: EngineCall,
  options: HttpOptions = DEFAULT_HTTP_OPTIONS,
  record?: (r: CallRecord) => void,
): Promise<EngineResult> {
  const method = methodOf(call);
  const query = call.query ?? {};
  const state = call.cursor ? decodeCursor(call.cursor) : null;
  const limit = call.limit ?? (state?.limit as number | undefined) ?? (method.pagination?.config?.default_limit as number | undefined);
  const pagination = method.pagination ? await paginationValues(method, state, limit, query) : {};
  const oauth = (call.context.oauth ?? {}) as JsonObject;
  const scope = {
    id: call.id,
    query,
    body: call.body ?? {},
    context: call.context,
    credentials: call.context,
    oauth,
    oauth_access_token: readPath(oauth, 'token.access_token'),
    pagination,
  };
  const request = buildRequest(method, scope, query, call.body);
  applyPage(request, method, pagination);
  await authorize(request, method, scope, call.defaultAuthorization ?? null);

  const started = performance.now();
  const log = (status: number | null, attempts: number, error: string | null) =>
    record?.({
      httpMethod: request.method,
      path: request.url.pathname,
      status,
      durationMs: Math.round(performance.now() - started),
      attempts,
      error,
    });
  let response: UpstreamResponse;
  try {
    response = await send(request, method.rateLimit, options);
  } catch (error) {
    const failure = error as AppError & { attempts?: number };
    log(null, failure.attempts ?? 1, failure.message);
    throw error;
  }
  const expressionError = method.errorExpression ? await errorMessage(method.errorExpression, response) : null;
  if (expressionError !== null || response.status >= 400) {
    const message = expressionError ?? `The upstream API answered ${response.status}`;
    log(response.status, response.attempts, message);
    if (call.anyStatus) return { status: response.status, body: response.body, headers: response.headers };
    throw upstreamFailure(response, message);
  }
  log(response.status, response.attempts, null);
  const body = method.responsePath ? readPath(response.body, method.responsePath) : response.body;
  if (call.method !== 'list') return { status: response.status, body, headers: response.headers };
  const items = Array.isArray(body) ? body : body === undefined || body === null ? [] : [body];
  const next = await nextPage(method, pagination, request, response, items, query);
  return { status: response.status, body: items, nextCursor: next ? encodeCursor(next) : null };
}

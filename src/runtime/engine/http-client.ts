import type { Dispatcher } from 'undici';
import { AppError } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';
import { createEgress, type Egress, egressRefusalOf } from '../egress/egress-agent.js';
import { evaluate } from './expressions.js';
import type { UpstreamRequest } from './request-builder.js';

export interface HttpOptions {
  /** Per attempt. */
  timeoutMs: number;
  /** Further attempts after the first, for 5xx, network errors and rate limits. */
  maxRetries: number;
  /** First backoff; doubled each retry. */
  backoffMs: number;
  /** Upper bound of one rate-limit wait. */
  maxRateLimitWaitMs: number;
  /** Where calls leave the process: the egress policy's checked connection pool. */
  egress: Egress;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  timeoutMs: 30_000,
  maxRetries: 2,
  backoffMs: 200,
  maxRateLimitWaitMs: 60_000,
  egress: createEgress(),
};

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  attempts: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** A header name written where the legacy config expects an expression (`"Retry-After"`). */
const BARE_HEADER = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$/;

async function readNumber(expression: unknown, scope: JsonObject): Promise<number | null> {
  if (typeof expression !== 'string' || expression === '') return null;
  const headers = scope.headers as Record<string, string>;
  const value = BARE_HEADER.test(expression) ? headers[expression.toLowerCase()] : await evaluate(expression, scope);
  const n = Number(value);
  return value === undefined || value === null || value === '' || Number.isNaN(n) ? null : n;
}

/** How long to wait before retrying a rate-limited answer, or null when it is not rate limited. */
export async function rateLimitWait(
  rateLimit: JsonObject | null,
  status: number,
  headers: Record<string, string>,
  maxMs: number,
): Promise<number | null> {
  const scope = { status, headers };
  const rule = rateLimit?.is_rate_limited;
  const limited = typeof rule === 'string' ? Boolean(await evaluate(rule, scope)) : status === 429;
  if (!limited) return null;
  const retryAfter = rateLimit ? await readNumber(rateLimit.retry_after_header_expression, scope) : null;
  const fallback = Number(headers['retry-after']);
  const afterMs = (retryAfter ?? (Number.isNaN(fallback) ? 0 : fallback)) * 1000;
  const resetAt = rateLimit ? await readNumber(rateLimit.rate_limit_header_expression, scope) : null;
  const resetMs = resetAt !== null && resetAt > 1e9 ? resetAt * 1000 - Date.now() : 0;
  return Math.min(Math.max(afterMs, resetMs, 0), maxMs);
}

/** An answer whose headers have come; its body still arriving (`body` settles with all of it, or the error). */
interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: Promise<Buffer>;
}

/** Why an exchange failed (before its answer's headers, or while its body came), and whether it timed out. */
class ExchangeError extends Error {
  constructor(
    readonly error: unknown,
    readonly timedOut: boolean,
  ) {
    super('exchange failed', { cause: error });
  }
}

/**
 * One request on the dispatcher, without undici's `request` stream and signal wrapping: resolves at the
 * answer's headers; the whole exchange (body included) is aborted after `timeoutMs`.
 */
function exchange(agent: Dispatcher, request: UpstreamRequest, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | null = null;
    let timedOut = false;
    let answered = false;
    let chunks: Buffer[] = [];
    let bodyResolve: (body: Buffer) => void = () => {};
    let bodyReject: (error: unknown) => void = () => {};
    const timer = setTimeout(() => {
      timedOut = true;
      controller?.abort(new Error('timeout'));
    }, timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (answered) bodyReject(new ExchangeError(error, timedOut));
      else reject(new ExchangeError(error, timedOut));
    };
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (timedOut) c.abort(new Error('timeout'));
      },
      onResponseStart(_c, statusCode, headers) {
        if (statusCode < 200) return;
        answered = true;
        const body = new Promise<Buffer>((res, rej) => {
          bodyResolve = res;
          bodyReject = rej;
        });
        // A body nobody reads (an answer thrown away on an error) must not be an unhandled rejection.
        body.catch(() => {});
        resolve({ statusCode, headers: headersOf(headers), body });
      },
      onResponseData(_c, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        clearTimeout(timer);
        const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        chunks = [];
        bodyResolve(body);
      },
      onResponseError(_c, error) {
        fail(error);
      },
    };
    try {
      agent.dispatch(
        {
          origin: request.url.origin,
          path: request.url.pathname + request.url.search,
          method: request.method as Dispatcher.HttpMethod,
          headers: request.headers,
          body: request.body,
        },
        handler,
      );
    } catch (error) {
      fail(error);
    }
  });
}

/** The body as text, as undici's `text()` reads it: UTF-8, a leading byte order mark dropped. */
function textOf(body: Buffer): string {
  const start = body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  return body.toString('utf8', start);
}

async function parseBody(answer: Answer): Promise<unknown> {
  const text = textOf(await answer.body);
  if (text === '') return null;
  if (/json/i.test(String(answer.headers['content-type'] ?? '')) || /^[[{]/.test(text.trimStart())) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function headersOf(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_ABORTED']);
const isTimeout = (error: unknown): boolean => {
  if (error instanceof ExchangeError) return error.timedOut || isTimeout(error.error);
  const { name, code } = error as { name?: string; code?: string };
  return name === 'TimeoutError' || name === 'AbortError' || (code !== undefined && TIMEOUT_CODES.has(code));
};

/**
 * Sends one request with a timeout per attempt; retries 5xx and network errors with exponential backoff
 * (writes only when the upstream cannot have processed them), and rate-limited answers after their wait.
 */
export async function send(request: UpstreamRequest, rateLimit: JsonObject | null, options: HttpOptions): Promise<UpstreamResponse> {
  const idempotent = IDEMPOTENT.has(request.method);
  const timeout = () => new AppError('upstream_timeout', `The upstream API did not answer within ${options.timeoutMs} ms`);
  // Keep-alive connections whose every connect is checked by the egress policy; redirects are answers, not followed.
  const agent = await options.egress.dispatcher();
  for (let attempt = 1; ; attempt++) {
    const retriesLeft = attempt <= options.maxRetries;
    const backoff = options.backoffMs * 2 ** (attempt - 1);
    let answer: Answer;
    try {
      answer = await exchange(agent, request, options.timeoutMs);
    } catch (error) {
      const refused = egressRefusalOf((error as ExchangeError).error);
      if (refused) throw withAttempts(refused, attempt);
      if (isTimeout(error)) throw withAttempts(timeout(), attempt);
      const code = ((error as ExchangeError).error as { code?: string } | undefined)?.code;
      if (retriesLeft && (idempotent || code === 'ECONNREFUSED')) {
        await sleep(backoff);
        continue;
      }
      throw withAttempts(new AppError('upstream_error', `The upstream API could not be reached${code ? ` (${code})` : ''}`), attempt);
    }
    const headers = answer.headers;
    const wait = await rateLimitWait(rateLimit, answer.statusCode, headers, options.maxRateLimitWaitMs);
    if (wait !== null) {
      await answer.body.catch(() => {});
      if (!retriesLeft)
        throw withAttempts(new AppError('rate_limited', 'The upstream API is rate limiting this account; retry later'), attempt);
      await sleep(wait);
      continue;
    }
    if (answer.statusCode >= 500 && retriesLeft && (idempotent || answer.statusCode === 503)) {
      await answer.body.catch(() => {});
      await sleep(backoff);
      continue;
    }
    let body: unknown;
    try {
      body = await parseBody(answer);
    } catch (error) {
      if (isTimeout(error)) throw withAttempts(timeout(), attempt);
      throw withAttempts(new AppError('upstream_error', 'The upstream API broke off its answer'), attempt);
    }
    return { status: answer.statusCode, headers, body, attempts: attempt };
  }
}

/** An error carrying how many attempts were made and the upstream status, for the call log. */
export interface UpstreamFailure {
  attempts?: number;
  upstreamStatus?: number;
}

export function withAttempts(error: AppError, attempts: number, upstreamStatus?: number): AppError {
  Object.assign(error, { attempts, upstreamStatus } satisfies UpstreamFailure);
  return error;
}

// The console talks to Junction's public API only, with the token from session storage.
const TOKEN_KEY = 'junction.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

export interface Failure {
  path?: string;
  message: string;
}

/** An error answer of any surface, decoded to one shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly failures: Failure[] = [],
    readonly code?: string,
  ) {
    super(message);
  }

  /** For 401/403: what the user should do, naming the missing scope when the server names it. */
  get hint(): string | null {
    if (this.status === 401) return 'The token was refused (missing, expired or revoked). Log in again with a valid token.';
    if (this.status !== 403) return null;
    const scope = /grant ([\w.]+)/.exec(this.message)?.[1];
    return scope
      ? `This token lacks the scope "${scope}" (or a broader one such as all.Application or all.Organization).`
      : 'This token lacks a scope this page needs.';
  }
}

function decodeError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as Record<string, unknown>;
  // integrator.io: {errors:[{code,message,field?}]}
  if (Array.isArray(b.errors)) {
    const errors = b.errors as { code?: string; message?: string; field?: string }[];
    const message = errors.map((e) => e.message).join('; ') || `HTTP ${status}`;
    return new ApiError(
      status,
      message,
      errors.map((e) => ({ path: e.field, message: e.message ?? '' })),
      errors[0]?.code,
    );
  }
  // Truto: {statusCode,error,message,details?:{failures}}; Losant: {type,message}
  const failures = ((b.details as { failures?: Failure[] } | undefined)?.failures ?? []) as Failure[];
  const message = typeof b.message === 'string' ? b.message : `HTTP ${status}`;
  return new ApiError(status, message, failures, typeof b.type === 'string' ? b.type : undefined);
}

export interface Answer<T> {
  body: T;
  headers: Headers;
}

export async function request<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  if (!response.ok) throw decodeError(response.status, parsed);
  return { body: parsed as T, headers: response.headers };
}

export const get = async <T = unknown>(path: string) => (await request<T>('GET', path)).body;
export const send = async <T = unknown>(method: string, path: string, body?: unknown) => (await request<T>(method, path, body)).body;

/** Whether a `Link` header (integrator.io paging) has a next page. */
export function hasNext(headers: Headers): boolean {
  return /rel="next"/.test(headers.get('link') ?? '');
}

export const q = (params: Record<string, string | number | undefined | null>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
};

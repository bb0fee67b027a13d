import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { MethodConfig } from './config.js';
import { evaluate } from './expressions.js';
import { resolve, type Scope } from './placeholders.js';

export interface UpstreamRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
}

function appendQuery(params: URLSearchParams, key: string, value: unknown, format: string): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined && v !== null).map(String);
    if (format === 'comma') params.append(key, items.join(','));
    else {
      for (const [i, item] of items.entries()) {
        params.append(format === 'brackets' ? `${key}[]` : format === 'indices' ? `${key}[${i}]` : key, item);
      }
    }
    return;
  }
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) appendQuery(params, `${key}[${k}]`, v, format);
    return;
  }
  params.append(key, String(value));
}

/** `a[b]=1&c=2` style form encoding of a JSON body. */
function formEncode(body: unknown): string {
  const params = new URLSearchParams();
  if (isObject(body)) for (const [key, value] of Object.entries(body)) appendQuery(params, key, value, 'brackets');
  return params.toString();
}

/** Base URL + path, so a base with a path prefix (`https://x/api/v2`) keeps it. */
export function joinUrl(baseUrl: string, path: string): URL {
  if (/^https?:\/\//i.test(path)) return new URL(path);
  return new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
}

/**
 * Builds the upstream request of one method: placeholders resolved against the scope, integration headers
 * and query first then the method's, caller query parameters under the configured ones.
 */
export function buildRequest(method: MethodConfig, scope: Scope, callerQuery: JsonObject, callerBody: unknown): UpstreamRequest {
  const path = String(resolve(method.path, scope) ?? '');
  // A base URL may name the account's own host or tenant (`https://{{context.subdomain}}.example.com`).
  const url = joinUrl(String(resolve(method.baseUrl, scope) ?? ''), path);
  const query = { ...callerQuery, ...(resolve(method.query, scope) as JsonObject) };
  for (const [key, value] of Object.entries(query)) appendQuery(url.searchParams, key, value, method.queryArrayFormat);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(resolve(method.headers, scope) as JsonObject)) {
    if (value !== undefined && value !== null && value !== '') headers[name.toLowerCase()] = String(value);
  }
  let body: string | undefined;
  if (!['GET', 'HEAD'].includes(method.httpMethod)) {
    const payload = method.body === undefined ? callerBody : resolve(method.body, scope);
    if (payload !== undefined) {
      if (method.bodyFormat === 'form') {
        body = formEncode(payload);
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else if (method.bodyFormat === 'json') {
        body = JSON.stringify(payload);
        headers['content-type'] = 'application/json';
      } else {
        throw new AppError('bad_request', `body_format ${method.bodyFormat} is not supported (json, form)`);
      }
    }
  }
  return { method: method.httpMethod, url, headers, body };
}

const basic = (user: unknown, password: unknown) =>
  `Basic ${Buffer.from(`${String(user ?? '')}:${String(password ?? '')}`).toString('base64')}`;

/** Applies the authorization format (`bearer`, `header`, `basic`) to a built request. */
export async function authorize(request: UpstreamRequest, method: MethodConfig, scope: Scope, defaultFormat: string | null): Promise<void> {
  if (method.noAuth) return;
  const auth = method.authorization ?? (defaultFormat ? { format: defaultFormat, config: {} } : null);
  if (!auth) return;
  const config = (resolve(auth.config ?? {}, scope) ?? {}) as JsonObject;
  switch (auth.format) {
    case 'bearer': {
      const token =
        config.token ??
        config.value ??
        scope.oauth_access_token ??
        (scope.context as JsonObject | undefined)?.access_token ??
        (scope.context as JsonObject | undefined)?.api_key;
      if (token !== undefined && token !== null && token !== '') request.headers.authorization = `Bearer ${String(token)}`;
      return;
    }
    case 'header': {
      if (typeof auth.config?.expression === 'string') {
        const requestOptions = { method: request.method, headers: request.headers, body: request.body };
        const headers = await evaluate(String(auth.config?.expression), {
          url: request.url.toString(),
          requestOptions,
          context: scope.context,
        });
        if (isObject(headers)) for (const [name, value] of Object.entries(headers)) request.headers[name.toLowerCase()] = String(value);
        return;
      }
      if (typeof config.header_name === 'string' && config.header_value !== undefined) {
        request.headers[config.header_name.toLowerCase()] = String(config.header_value);
        return;
      }
      const key = (scope.context as JsonObject | undefined)?.api_key;
      if (key !== undefined) request.headers.authorization = `Bearer ${String(key)}`;
      return;
    }
    case 'basic': {
      const context = (scope.context ?? {}) as JsonObject;
      request.headers.authorization = basic(config.username ?? context.username, config.password ?? context.password);
      return;
    }
    default:
      throw new AppError('bad_request', `authorization format ${auth.format} is not supported (bearer, header, basic)`);
  }
}

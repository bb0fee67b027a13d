import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';

/** `{format, config}` objects (authorization, pagination, credentials). */
export interface Formatted {
  format: string;
  config?: JsonObject;
}

/** One method of one resource, with the integration-level defaults it inherits already applied. */
export interface MethodConfig {
  resource: string;
  name: string;
  httpMethod: string;
  baseUrl: string;
  path: string;
  headers: JsonObject;
  query: JsonObject;
  queryArrayFormat: string;
  body: unknown;
  bodyFormat: string;
  responsePath: string | null;
  pagination: Formatted | null;
  authorization: Formatted | null;
  noAuth: boolean;
  rateLimit: JsonObject | null;
  errorExpression: string | null;
}

const CANONICAL_HTTP: Record<string, string> = { list: 'get', get: 'get', create: 'post', update: 'patch', delete: 'delete' };

function formatted(value: unknown): Formatted | null {
  return isObject(value) && typeof value.format === 'string'
    ? { format: value.format, config: isObject(value.config) ? value.config : {} }
    : null;
}

/** Picks `resources[resource][method]` from the effective config (integration config with the override merged over it). */
export function selectMethod(config: JsonObject, resource: string, method: string): MethodConfig {
  const resources = isObject(config.resources) ? config.resources : {};
  const methods = Object.hasOwn(resources, resource) && isObject(resources[resource]) ? (resources[resource] as JsonObject) : null;
  const entry = methods && Object.hasOwn(methods, method) && isObject(methods[method]) ? (methods[method] as JsonObject) : null;
  if (!entry) throw new AppError('not_found', `The integration has no method ${method} on resource ${resource}`);
  if (typeof entry.path !== 'string') throw new AppError('bad_request', `The integration's ${resource}.${method} has no path`);
  const baseUrl = typeof entry.base_url === 'string' ? entry.base_url : typeof config.base_url === 'string' ? config.base_url : '';
  if (!/^https?:\/\//i.test(baseUrl) && !/^https?:\/\//i.test(entry.path)) {
    throw new AppError('bad_request', `The integration's ${resource}.${method} has no http(s) base_url`);
  }
  const pick = <T>(key: string, parse: (v: unknown) => T): T => parse(Object.hasOwn(entry, key) ? entry[key] : config[key]);
  return {
    resource,
    name: method,
    httpMethod: String(entry.method ?? CANONICAL_HTTP[method] ?? 'post').toUpperCase(),
    baseUrl,
    path: entry.path,
    headers: { ...(isObject(config.headers) ? config.headers : {}), ...(isObject(entry.headers) ? entry.headers : {}) },
    query: { ...(isObject(config.query) ? config.query : {}), ...(isObject(entry.query) ? entry.query : {}) },
    queryArrayFormat: pick('query_array_format', (v) => (typeof v === 'string' ? v : 'repeat')),
    body: entry.body,
    bodyFormat: typeof entry.body_format === 'string' ? entry.body_format : 'json',
    responsePath: typeof entry.response_path === 'string' && entry.response_path !== '' ? entry.response_path : null,
    // Pagination applies to lists only; a method's `pagination: null` switches it off.
    pagination: method === 'list' ? pick('pagination', formatted) : null,
    authorization: pick('authorization', formatted),
    noAuth: entry.no_auth === true,
    rateLimit: pick('rate_limit', (v) => (isObject(v) ? v : null)),
    errorExpression: pick('error_expression', (v) => (typeof v === 'string' && v !== '' ? v : null)),
  };
}

/** The credentials config for a format: config.credentials is one `{format, config}` or a map keyed by format. */
export function credentialsConfig(config: JsonObject, method: string | null): Formatted | null {
  const credentials = config.credentials;
  const single = formatted(credentials);
  if (single) return !method || single.format === method ? single : null;
  if (!isObject(credentials)) return null;
  const key = method ?? Object.keys(credentials)[0];
  if (!key || !Object.hasOwn(credentials, key)) return null;
  const entry = credentials[key];
  return formatted(entry) ?? (isObject(entry) ? { format: key, config: entry } : null);
}

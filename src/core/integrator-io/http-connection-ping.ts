import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { EngineCall } from '../../runtime/engine/execute.js';

const invalid = (field: string, message: string, code = 'invalid_field') =>
  new AppError('unprocessable', message, [{ path: field, message, code }]);

/**
 * integrator.io's `{{connection.http…}}` references (double or triple braces) as engine placeholders over
 * the connection document, which the call carries as `context.connection`. Helpers are not supported.
 */
export function placeholders(text: string): string {
  return text.replace(/\{\{\{?\s*connection\.([^{}\s]+)\s*\}?\}\}/g, '{{context.connection.$1}}');
}

/** A JSON path (`error.code`, `items.0.status`) as a JSONata path into the answer body. */
function bodyPath(field: string, path: unknown): string | null {
  if (typeof path !== 'string' || path.trim() === '') return null;
  const steps = path
    .trim()
    .replace(/^\$\.?/, '')
    .split('.');
  if (steps.some((s) => s === '' || s.includes('`')))
    throw invalid(`http.ping.${field}`, `http.ping.${field} is not a path Junction can read.`);
  return `body${steps.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.\`${s}\``)).join('')}`;
}

const values = (list: unknown) => JSON.stringify(Array.isArray(list) ? list.map(String) : []);
const literal = (text: string) => JSON.stringify(text);

/**
 * The ping's `successPath`/`successValues`, `failPath`/`failValues` and `errorPath` as the engine's
 * `error_expression` (JSONata over `{status, headers, body}`), so the engine logs and reports the failure.
 */
export function pingErrorExpression(ping: JsonObject): string | null {
  const fail = bodyPath('failPath', ping.failPath);
  const success = bodyPath('successPath', ping.successPath);
  const error = bodyPath('errorPath', ping.errorPath);
  if (!fail && !success && !error) return null;
  const detail = error ? `($exists(${error}) ? ": " & $string(${error}) : "")` : '""';
  const branches: string[] = [];
  if (error)
    branches.push(
      `status >= 400 and $exists(${error}) ? {"message": "The upstream API answered " & $string(status) & ": " & $string(${error})}`,
    );
  if (fail) {
    const hit =
      Array.isArray(ping.failValues) && ping.failValues.length > 0 ? `$string(${fail}) in ${values(ping.failValues)}` : `$boolean(${fail})`;
    branches.push(
      `status < 400 and $exists(${fail}) and ${hit} ? {"message": ${literal(`The ping answer's ${ping.failPath} is `)} & $string(${fail}) & ${detail}}`,
    );
  }
  if (success) {
    const ok =
      Array.isArray(ping.successValues) && ping.successValues.length > 0
        ? `$string(${success}) in ${values(ping.successValues)}`
        : `$boolean(${success})`;
    branches.push(
      `status < 400 and $not($exists(${success}) and ${ok}) ? {"message": ${literal(`The ping answer's ${ping.successPath} does not say success`)} & ${detail}}`,
    );
  }
  return `${branches.join(' : ')} : null`;
}

const basicAuth = { format: 'basic', config: { username: '{{context._auth.username}}', password: '{{context._auth.password}}' } };

/** `http.auth` as the engine's authorization (or a query parameter) plus the values it reads from the context. */
export function authorization(auth: JsonObject): { authorization?: JsonObject; query?: JsonObject; values: JsonObject } {
  const type = typeof auth.type === 'string' ? auth.type : 'custom';
  const token = isObject(auth.token) ? auth.token : {};
  const basic = isObject(auth.basic) ? auth.basic : {};
  switch (type) {
    case 'custom':
      return { values: {} };
    case 'basic':
      return { authorization: basicAuth, values: { username: basic.username ?? '', password: basic.password ?? '' } };
    case 'oauth':
      return { authorization: { format: 'bearer', config: { token: '{{context._auth.token}}' } }, values: { token: token.token } };
    case 'token': {
      const location = typeof token.location === 'string' ? token.location : 'header';
      if (location === 'url') {
        const param = typeof token.paramName === 'string' && token.paramName !== '' ? token.paramName : 'access_token';
        return { query: { [param]: '{{context._auth.token}}' }, values: { token: token.token } };
      }
      if (location !== 'header')
        throw invalid('http.auth.token.location', `A ping cannot send a token in the ${location}.`, 'ping_not_supported');
      const scheme = typeof token.scheme === 'string' ? token.scheme : 'Bearer';
      const prefix = scheme === '' || scheme.toLowerCase() === 'none' ? '' : `${scheme} `;
      if (typeof token.token !== 'string') return { values: {} };
      const headerName = typeof token.headerName === 'string' && token.headerName !== '' ? token.headerName : 'Authorization';
      return {
        authorization: { format: 'header', config: { header_name: headerName, header_value: '{{context._auth.header}}' } },
        values: { header: `${prefix}${token.token}` },
      };
    }
    default:
      throw invalid('http.auth.type', `A ping of an http connection with ${type} authentication is not supported.`, 'ping_not_supported');
  }
}

/** The engine call that pings a plain `http` connection (`doc` with its secrets); no ping config GETs the base URI. */
export function httpPingCall(doc: JsonObject): EngineCall {
  if (doc.type !== 'http') {
    throw invalid('type', `Only http connections can be pinged here; this one is ${String(doc.type)}.`, 'ping_not_supported');
  }
  const http = isObject(doc.http) ? doc.http : {};
  if (typeof http.baseURI !== 'string' || http.baseURI === '') throw invalid('http.baseURI', 'The connection has no http.baseURI to ping.');
  const ping = isObject(http.ping) ? http.ping : {};
  const relative = typeof ping.relativeURI === 'string' && ping.relativeURI !== '' ? ping.relativeURI : null;
  const headers: JsonObject = {};
  for (const header of Array.isArray(http.headers) ? http.headers : []) {
    if (isObject(header) && typeof header.name === 'string') headers[header.name] = placeholders(String(header.value ?? ''));
  }
  let body: unknown;
  if (typeof ping.body === 'string' && ping.body.trim() !== '') {
    try {
      body = JSON.parse(placeholders(ping.body));
    } catch {
      throw invalid('http.ping.body', 'http.ping.body must be JSON: Junction sends ping bodies as JSON.');
    }
  }
  const auth = authorization(isObject(http.auth) ? http.auth : {});
  const expression = pingErrorExpression(ping);
  const method: JsonObject = {
    method: typeof ping.method === 'string' ? ping.method.toLowerCase() : 'get',
    // An absolute path is used as it is: the base URI itself when there is no ping path.
    path: relative ? placeholders(relative) : placeholders(http.baseURI),
    headers,
    ...(auth.query ? { query: auth.query } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(auth.authorization ? { authorization: auth.authorization } : { no_auth: true }),
    ...(expression ? { error_expression: expression } : {}),
  };
  return {
    config: { base_url: placeholders(http.baseURI), resources: { connection: { ping: method } } },
    resource: 'connection',
    method: 'ping',
    query: {},
    context: { connection: doc, _auth: auth.values },
  };
}

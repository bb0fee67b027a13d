import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject, readPath } from '../../lib/json.js';
import { extractSecrets } from '../../lib/secrets.js';
import { resolve } from '../../runtime/engine/placeholders.js';
import { ACTIVE, celigoAuthTypeOf, type IntegratedAccount } from '../connections/integrated-account-model.js';
import type { AccountEdit } from '../connections/integrated-account-service.js';

/** Fields a PUT may carry that are not compared with the integration's view: edited, or server-maintained. */
const EDITABLE = new Set(['name', 'offline', '_id', 'createdAt', 'lastModified']);
/**
 * How integrator.io sends a token: integrator.io clients send these back with the token, but for an
 * account the integration's authorization decides, so they are accepted and not kept.
 */
const TOKEN_PLACEMENT = new Set([
  'http.auth.token.location',
  'http.auth.token.headerName',
  'http.auth.token.scheme',
  'http.auth.token.paramName',
]);
/** Credentials a PUT may set; reads never show them (as every connection secret). */
const CREDENTIALS = new Set([
  'http.auth.token.token',
  'http.auth.token.refreshToken',
  'http.auth.basic.username',
  'http.auth.basic.password',
]);

/**
 * A connected account seen as an integrator.io `http` connection: the base URI is the `base_url` of its
 * config (the integration's, with its environment's override) with placeholders resolved against the
 * account's context; credentials are left out.
 */
export function accountConnectionDoc(account: IntegratedAccount, config: JsonObject | null): JsonObject {
  const authType = celigoAuthTypeOf(account);
  const context = account.context;
  // Resolved against the context without its secrets: a base URL that places a key must not show it.
  const visible = extractSecrets(context).plain as JsonObject;
  const scope = { context: visible, credentials: visible, oauth: isObject(visible.oauth) ? visible.oauth : {} };
  const baseUrl = config?.base_url;
  const auth: JsonObject = { type: authType };
  // The user name is no secret (it is in the plain context too).
  if (authType === 'basic' && typeof context.username === 'string') auth.basic = { username: context.username };
  return {
    type: 'http',
    name: account.name,
    offline: account.status !== ACTIVE,
    _integrationId: account.integrationId,
    http: {
      formType: 'http',
      mediaType: 'json',
      baseURI: typeof baseUrl === 'string' ? String(resolve(baseUrl, scope) ?? '') : '',
      auth,
    },
  };
}

/**
 * What an integration's snapshot or template says of a connected account: only what the integration
 * decides. Its environment's values, user name and health stay out, so a snapshot taken with any token
 * shows the same and reveals nothing of an application the token does not reach.
 */
export async function accountConnectionOutline(account: IntegratedAccount): Promise<JsonObject> {
  return {
    type: 'http',
    name: account.name,
    _integrationId: account.integrationId,
    http: { formType: 'http', mediaType: 'json', auth: { type: celigoAuthTypeOf(account) } },
  };
}

/** Leaf paths (`http.auth.type`) of a document; empty objects and arrays are leaves. */
function leaves(node: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (isObject(node) && Object.keys(node).length > 0) {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, node);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0);
const sentBack = (value: unknown) => typeof value === 'string' && value !== '' && !/^\*+$/.test(value);

/**
 * A PUT of an account-backed connection: `name` and the credentials are the account's; every other field
 * comes from the integration, so a changed one is a 422 naming it. Masked or absent credentials are kept.
 */
export function accountEditFromDoc(account: IntegratedAccount, view: JsonObject, body: JsonObject): AccountEdit {
  const sent = leaves(body, '', new Map());
  for (const [path, value] of sent) {
    if (EDITABLE.has(path.split('.')[0]) || CREDENTIALS.has(path) || TOKEN_PLACEMENT.has(path)) continue;
    // An empty list or object (`"headers": []`) says nothing the view does not.
    if (isEmpty(value) && readPath(view, path) === undefined) continue;
    if (!same(readPath(view, path), value)) {
      const message = `${path} comes from the connection's integration and cannot be changed here.`;
      throw new AppError('unprocessable', message, [{ path, message, code: 'invalid_field' }]);
    }
  }
  const context = structuredClone(account.context);
  const oauth = isObject(context.oauth) ? context.oauth : {};
  const token = isObject(oauth.token) ? oauth.token : {};
  const usesOAuth = celigoAuthTypeOf(account) === 'oauth';
  const value = (path: string) => (sentBack(sent.get(path)) ? (sent.get(path) as string) : undefined);
  const accessToken = value('http.auth.token.token');
  const refreshToken = value('http.auth.token.refreshToken');
  if (usesOAuth && (accessToken || refreshToken)) {
    context.oauth = {
      ...oauth,
      token: { ...token, ...(accessToken ? { access_token: accessToken } : {}), ...(refreshToken ? { refresh_token: refreshToken } : {}) },
    };
  } else if (accessToken) context.api_key = accessToken;
  const username = value('http.auth.basic.username');
  const password = value('http.auth.basic.password');
  if (username) context.username = username;
  if (password) context.password = password;
  return { context, ...(typeof body.name === 'string' ? { name: body.name } : {}) };
}

import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { egressRefusalOf } from '../egress/egress-agent.js';
import type { CallRecord } from './execute.js';
import type { HttpOptions } from './http-client.js';
import { resolve } from './placeholders.js';
import { joinUrl } from './request-builder.js';

/** What is stored at `context.oauth.token`. */
export interface OAuthToken {
  access_token: string;
  refresh_token?: string;
  token_type?: string;
  scope?: string;
  expires_at?: string;
}

interface ClientSettings {
  clientId: string;
  clientSecret: string;
  auth: JsonObject;
  options: JsonObject;
  config: JsonObject;
}

/** Reads the client and endpoints of an OAuth credentials config; `{{…}}` resolve against the account context. */
export function clientSettings(credentialsConfig: JsonObject, context: JsonObject): ClientSettings {
  const config = resolve(credentialsConfig, { context, credentials: context }) as JsonObject;
  const client = isObject(config.client) ? config.client : {};
  const auth = isObject(config.auth) ? config.auth : {};
  if (typeof auth.tokenHost !== 'string') throw new AppError('bad_request', "The integration's OAuth credentials have no auth.tokenHost");
  return {
    clientId: String(context.client_id ?? client.id ?? ''),
    clientSecret: String(context.client_secret ?? client.secret ?? ''),
    auth,
    options: isObject(config.options) ? config.options : {},
    config,
  };
}

/** Where the provider's consent page is, with the parameters of the authorization-code flow. */
export function authorizeUrl(settings: ClientSettings, redirectUri: string, state: string): string {
  const { auth, config, options } = settings;
  const url = joinUrl(String(auth.authorizeHost ?? auth.tokenHost), String(auth.authorizePath ?? '/oauth/authorize'));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (Array.isArray(config.scope) && config.scope.length > 0)
    url.searchParams.set('scope', config.scope.join(String(options.scopeSeparator ?? ' ')));
  url.searchParams.set('state', state);
  return url.toString();
}

/** The provider's OAuth error code (`invalid_grant`, …) carried by a refused token request, if any. */
export function oauthErrorOf(error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  return error.details?.find((d) => d.path === 'upstream.error')?.message ?? null;
}

/** One token request (code exchange, refresh or client credentials); `record` gets its call-log line. */
export async function requestToken(
  settings: ClientSettings,
  params: JsonObject,
  refresh: boolean,
  http: HttpOptions,
  record?: (r: CallRecord) => void,
): Promise<OAuthToken> {
  const { auth, options, config } = settings;
  const url = joinUrl(String(auth.tokenHost), String((refresh && auth.refreshPath) || auth.tokenPath || '/oauth/token'));
  const fields: JsonObject = { ...params };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.authorizationMethod === 'body') {
    fields.client_id = settings.clientId;
    fields.client_secret = settings.clientSecret;
  } else {
    const user = encodeURIComponent(settings.clientId);
    const password = encodeURIComponent(settings.clientSecret);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  let body: string;
  if (options.bodyFormat === 'json') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(fields);
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();
  }
  const started = performance.now();
  const log = (status: number | null, error: string | null) =>
    record?.({ httpMethod: 'POST', path: url.pathname, status, durationMs: Math.round(performance.now() - started), attempts: 1, error });
  let response: { ok: boolean; status: number };
  let text: string;
  try {
    // undici's fetch over the egress pool: every connection, each redirect hop's included, is checked.
    const { fetch } = await import('undici');
    const dispatcher = await http.egress.dispatcher();
    const answer = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(http.timeoutMs), dispatcher });
    response = answer;
    text = await answer.text();
  } catch (error) {
    const refused = egressRefusalOf(error);
    if (refused) {
      log(null, refused.message);
      throw refused;
    }
    const name = (error as Error).name;
    const failure =
      name === 'TimeoutError' || name === 'AbortError'
        ? new AppError('upstream_timeout', 'The OAuth token endpoint did not answer in time')
        : new AppError('upstream_error', 'The OAuth token endpoint could not be reached');
    log(null, failure.message);
    throw failure;
  }
  let payload: JsonObject = {};
  try {
    const parsed = JSON.parse(text);
    if (isObject(parsed)) payload = parsed;
  } catch {
    payload = Object.fromEntries(new URLSearchParams(text));
  }
  if (!response.ok || typeof payload.access_token !== 'string') {
    const code = typeof payload.error === 'string' ? payload.error : null;
    const message = `The OAuth token endpoint refused the request (${response.status}${code ? `: ${code}` : ''})`;
    log(response.status, message);
    throw new AppError('upstream_error', message, [
      { path: 'upstream.status', message: String(response.status) },
      ...(code ? [{ path: 'upstream.error', message: code }] : []),
    ]);
  }
  log(response.status, null);
  const token: OAuthToken = { access_token: payload.access_token };
  if (typeof payload.refresh_token === 'string') token.refresh_token = payload.refresh_token;
  if (typeof payload.token_type === 'string') token.token_type = payload.token_type;
  if (typeof payload.scope === 'string') token.scope = payload.scope;
  const lifetime = Number(payload.expires_in ?? config.tokenExpiryDuration);
  if (Number.isFinite(lifetime) && lifetime > 0) token.expires_at = new Date(Date.now() + lifetime * 1000).toISOString();
  return token;
}

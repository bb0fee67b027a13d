import { type EgressAllow, literalUrlRefusal } from '../../lib/egress-rule.js';
import { AppError, type ErrorDetail } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { resolve } from '../../runtime/engine/placeholders.js';

/**
 * Save-time half of the egress policy: a URL whose host is a literal address the policy refuses is refused
 * when it is saved (400). Host names are checked when Junction connects, on the address they resolve to.
 */
export function egressDetail(allow: EgressAllow, path: string, url: unknown): ErrorDetail | null {
  if (typeof url !== 'string') return null;
  const kind = literalUrlRefusal(allow, url);
  if (!kind) return null;
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return { path, message: `is ${article} ${kind} address Junction does not connect to (EGRESS_ALLOW allows it)`, code: 'egress_refused' };
}

/** Throws one 400 naming every refused URL. */
export function refuseEgressDetails(details: (ErrorDetail | null)[]): void {
  const refused = details.filter((d): d is ErrorDetail => d !== null);
  if (refused.length === 0) return;
  throw new AppError('validation', `${refused[0].path} ${refused[0].message}`, refused);
}

/** Every `base_url` of a Truto config (top level and per method), with its path under `root`. */
export function baseUrlsOf(config: unknown, root: string): [string, unknown][] {
  if (!isObject(config)) return [];
  const urls: [string, unknown][] = [[`${root}.base_url`, config.base_url]];
  for (const [resource, methods] of Object.entries(isObject(config.resources) ? config.resources : {})) {
    for (const [name, method] of Object.entries(isObject(methods) ? methods : {})) {
      if (isObject(method)) urls.push([`${root}.resources.${resource}.${name}.base_url`, method.base_url]);
    }
  }
  return urls.filter(([, url]) => url !== undefined);
}

/** The OAuth token hosts of a config's credentials (one `{format, config}` or several by name). */
function tokenHostsOf(config: unknown, root: string): [string, unknown][] {
  const credentials = isObject(config) && isObject(config.credentials) ? config.credentials : null;
  if (!credentials) return [];
  const named: [string, unknown][] = isObject(credentials.config)
    ? [[`${root}.credentials`, credentials]]
    : Object.entries(credentials).map(([name, entry]) => [`${root}.credentials.${name}`, entry]);
  return named.flatMap(([path, entry]) => {
    const auth = isObject(entry) && isObject(entry.config) && isObject(entry.config.auth) ? entry.config.auth : null;
    return auth && auth.tokenHost !== undefined ? [[`${path}.config.auth.tokenHost`, auth.tokenHost] as [string, unknown]] : [];
  });
}

/** The config's base URLs and token hosts as written (placeholders left for connect time). */
export function configEgressDetails(allow: EgressAllow, config: unknown, root: string): (ErrorDetail | null)[] {
  return [...baseUrlsOf(config, root), ...tokenHostsOf(config, root)].map(([path, url]) => egressDetail(allow, path, url));
}

/** An account's context filling the config's base URLs (`{{context.instance_url}}`): refused when that is a refused literal. */
export function refuseAccountBaseUrls(allow: EgressAllow, config: JsonObject | null, context: JsonObject): void {
  const details = baseUrlsOf(config, 'config').map(([path, url]) => {
    // A URL the context does not fill is the integration's own, checked when the integration is saved.
    if (typeof url !== 'string' || !url.includes('{{')) return null;
    let filled: unknown;
    try {
      filled = resolve(url, { context });
    } catch {
      return null;
    }
    const detail = egressDetail(allow, 'body.context', filled);
    return detail && { ...detail, message: `fills ${path} with ${String(filled)}, which ${detail.message}` };
  });
  refuseEgressDetails(details);
}

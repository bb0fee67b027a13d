import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type jsonataType from 'jsonata';
import type { EgressAllow } from '../../lib/egress-rule.js';
import { AppError, type ErrorDetail } from '../../lib/errors.js';
import { type JsonObject, pointerToPath } from '../../lib/json.js';
import { lazyModule } from '../../lib/lazy-module.js';
import { extractSecrets, isReference, restoreSecrets } from '../../lib/secrets.js';
import { configEgressDetails } from '../shared/egress-check.js';
import { CREDENTIAL_FORMATS, INTEGRATION_CONFIG_SCHEMA } from './integration-config-schema.js';

const jsonata = lazyModule<typeof jsonataType>('jsonata');

/**
 * `{{path}}`, `{{a|b}}`, `{{x:int}}`: paths of names, dots, `[n]` and `*`; alternatives split by `|`;
 * an optional cast. Anything else between `{{` and `}}` is a syntax error.
 */
const PATH = String.raw`[A-Za-z_$@][\w$@-]*(?:\.[\w$@*-]+|\[\d+\]|\[\*\])*`;
const PLACEHOLDER_BODY = new RegExp(`^\\s*${PATH}(?:\\s*\\|\\s*${PATH})*(?::(?:int|num|bool|json|null|str|any))?\\s*$`);
const WHOLE_PLACEHOLDER = /^\{\{[^{}]*\}\}$/;

function placeholderProblems(value: string): string | null {
  let from = 0;
  for (;;) {
    const open = value.indexOf('{{', from);
    if (open < 0) return null;
    const close = value.indexOf('}}', open + 2);
    if (close < 0) return `unclosed placeholder at ${open}: "{{" has no "}}"`;
    const body = value.slice(open + 2, close);
    if (!PLACEHOLDER_BODY.test(body)) return `invalid placeholder "{{${body}}}" at ${open}`;
    from = close + 2;
  }
}

function jsonataProblem(value: string): string | null {
  if (WHOLE_PLACEHOLDER.test(value.trim())) return placeholderProblems(value.trim());
  try {
    jsonata()(value);
    return null;
  } catch (error) {
    const { message, position } = error as { message?: string; position?: number };
    return `is not a valid JSONata expression: ${message ?? 'syntax error'}${position !== undefined ? ` (at ${position})` : ''}`;
  }
}

/** The same schema with no `required` lists (outside `if` conditions): an override may be partial. */
function withoutRequired(node: unknown, inCondition = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutRequired(n, inCondition));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && !inCondition) continue;
    out[key] = withoutRequired(value, inCondition || key === 'if');
  }
  return out;
}

const ajvModule = lazyModule<typeof AjvModule>('ajv');
function newAjv() {
  const ajv = new (ajvModule().Ajv)({
    allErrors: true,
    strictSchema: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  ajv.addKeyword({
    keyword: 'x-jsonata',
    schemaType: 'boolean',
    errors: true,
    validate: function check(enabled: boolean, data: unknown) {
      const problem = enabled && typeof data === 'string' ? jsonataProblem(data) : null;
      (check as { errors?: Partial<ErrorObject>[] }).errors = problem ? [{ keyword: 'x-jsonata', message: problem, params: {} }] : [];
      return problem === null;
    },
  });
  return ajv;
}
// Made and compiled on first use: start-up should not pay for a surface nobody calls.
let validators: { full: ValidateFunction; partial: ValidateFunction } | undefined;
function compiled() {
  if (!validators) {
    const ajv = newAjv();
    validators = {
      full: ajv.compile(INTEGRATION_CONFIG_SCHEMA),
      partial: ajv.compile({ ...(withoutRequired(INTEGRATION_CONFIG_SCHEMA) as object), $id: '/schemas/integration-override.json' }),
    };
  }
  return validators;
}

function schemaDetails(root: string, errors: ErrorObject[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const e of errors) {
    // `if`/`allOf` wrappers only repeat what the nested errors already say.
    if (e.keyword === 'if' || e.keyword === 'allOf' || e.schemaPath.includes('/propertyNames/')) continue;
    let pointer = e.instancePath;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      pointer += `/${e.params.missingProperty}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      pointer += `/${e.params.additionalProperty}`;
      message = 'is not a known config key';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    } else if (e.keyword === 'propertyNames') {
      pointer += `/${e.params.propertyName}`;
      message = `is not a credential format (${CREDENTIAL_FORMATS.join(', ')})`;
    }
    details.push({ path: pointerToPath(root, pointer), message });
  }
  return details.filter(
    (d, i) => !(d.message.startsWith('must match') || details.findIndex((o) => o.path === d.path && o.message === d.message) !== i),
  );
}

function placeholderDetails(root: string, node: unknown, pointer = ''): ErrorDetail[] {
  if (typeof node === 'string') {
    const problem = placeholderProblems(node);
    return problem ? [{ path: pointerToPath(root, pointer), message: problem }] : [];
  }
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    // Examples are sample payloads, not templates.
    if (key === 'examples') return [];
    return placeholderDetails(root, value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  });
}

const HTTP_URL = /^https?:\/\//i;
const objectAt = (value: unknown): JsonObject | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;

/**
 * Every resource method calls `base_url` (its own, else the config's) + `path`: one of them must be an
 * http(s) URL, as the proxy needs. An override is laid over a config, so only the URLs it sets are checked.
 */
function baseUrlDetails(root: string, config: unknown, partial: boolean): ErrorDetail[] {
  const top = objectAt(config);
  if (!top) return [];
  const details: ErrorDetail[] = [];
  const scheme = 'must be an http(s) URL';
  if (top.base_url !== undefined && (typeof top.base_url !== 'string' || !HTTP_URL.test(top.base_url))) {
    details.push({ path: `${root}.base_url`, message: scheme });
  }
  let needing: string | null = null;
  for (const [resource, methods] of Object.entries(objectAt(top.resources) ?? {})) {
    for (const [name, method] of Object.entries(objectAt(methods) ?? {})) {
      const entry = objectAt(method);
      if (!entry) continue;
      const path = pointerToPath(root, `/resources/${resource}/${name}/base_url`);
      if (entry.base_url !== undefined) {
        if (typeof entry.base_url !== 'string' || !HTTP_URL.test(entry.base_url)) details.push({ path, message: scheme });
      } else if (!partial && top.base_url === undefined && !(typeof entry.path === 'string' && HTTP_URL.test(entry.path))) {
        needing ??= `${resource}.${name}`;
      }
    }
  }
  if (needing) details.push({ path: `${root}.base_url`, message: `is required: ${needing} has no base_url of its own` });
  return details;
}

/**
 * Checks a config against the published schema, then every `{{…}}` placeholder; throws one 400 listing
 * every failing path. `partial` is for an environment override, which is merged over a full config.
 */
export function validateIntegrationConfig(config: unknown, options: { root?: string; partial?: boolean; egress?: EgressAllow } = {}): void {
  const root = options.root ?? 'config';
  const validate = options.partial ? compiled().partial : compiled().full;
  const details = validate(config) ? [] : schemaDetails(root, validate.errors ?? []);
  const known = new Set(details.map((d) => d.path));
  for (const detail of [...placeholderDetails(root, config), ...baseUrlDetails(root, config, options.partial === true)]) {
    if (!known.has(detail.path)) details.push(detail);
  }
  // A base URL at a literal address the egress policy refuses is refused now; a host name at connect time.
  for (const detail of options.egress ? configEgressDetails(options.egress, config, root) : []) {
    if (detail && !details.some((d) => d.path === detail.path)) details.push(detail);
  }
  if (details.length > 0) {
    throw new AppError('validation', `${root} is invalid: ${details.length} problem${details.length > 1 ? 's' : ''}`, details);
  }
}

/**
 * What another team sees of a config: secret-named fields are removed, except values that are only a
 * `{{…}}` placeholder (a reference to the caller's own credentials, not a secret).
 */
export function stripSecrets(config: JsonObject): JsonObject {
  const { plain, secrets } = extractSecrets(config);
  const references = Object.fromEntries(Object.entries(secrets).filter(([, v]) => typeof v === 'string' && isReference(v)));
  return restoreSecrets(plain as JsonObject, references);
}

import { isObject } from './json.js';

/** Field names whose string values are credentials: kept out of plain columns and logs. */
export const SECRET_FIELD_NAMES = new Set([
  'password',
  'privateKey',
  'keyJson',
  'accessToken',
  'secretAccessKey',
  'connectionString',
  'clientSecret',
  'client_secret',
  'apiKey',
  'api_key',
  'access_token',
  'refresh_token',
  'token',
  'secret',
]);

export type SecretMap = Record<string, unknown>;

/** Splits secret-named string fields out of a JSON tree; paths are JSON Pointers. */
export function extractSecrets(tree: unknown): { plain: unknown; secrets: SecretMap } {
  const secrets: SecretMap = {};
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}/${i}`));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const childPath = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (SECRET_FIELD_NAMES.has(key) && typeof value === 'string') secrets[childPath] = value;
      else out[key] = walk(value, childPath);
    }
    return out;
  };
  return { plain: walk(tree, ''), secrets };
}

/** Puts secrets back at their JSON Pointer paths (inverse of extractSecrets), in place. */
export function restoreSecrets<T>(plain: T, secrets: SecretMap): T {
  const paths = Object.keys(secrets);
  if (paths.length === 0) return plain;
  const root = plain as unknown;
  for (const path of paths) {
    const parts = path
      .split('/')
      .slice(1)
      .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
    let node = root as Record<string, unknown>;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node?.[parts[i]];
      if (typeof next !== 'object' || next === null) {
        node = undefined as unknown as Record<string, unknown>;
        break;
      }
      node = next as Record<string, unknown>;
    }
    if (node) node[parts[parts.length - 1]] = secrets[path];
  }
  return root as T;
}

/**
 * The secrets whose values differ between two maps (extractSecrets' output), as dotted field paths under
 * `prefix` (`context.api_key`): what an audit entry records instead of the values.
 */
export function changedSecrets(before: SecretMap, after: SecretMap, prefix = ''): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((pointer) => before[pointer] !== after[pointer])
    .map((pointer) => {
      const dotted = pointer.slice(1).replaceAll('/', '.');
      return prefix ? `${prefix}.${dotted}` : dotted;
    });
}

/** What stands for a secret in answers, audit entries and log lines. */
export const REDACTED = '********';
/** Characters every encoding leaves as they are: a value made of these only has one written form. */
const URL_SAFE = /^[A-Za-z0-9\-._~]*$/;

/** How a value can appear in a URL or a message: as it is, percent-encoded, or as the URL parser wrote it. */
function writtenForms(value: string): string[] {
  if (URL_SAFE.test(value)) return [value];
  let inPath = value;
  try {
    inPath = new URL(`http://x/${value}`).pathname.slice(1);
  } catch {
    // not a path the parser takes: the other forms remain
  }
  return [...new Set([value, encodeURIComponent(value), encodeURI(value), inPath])];
}

/** The values `extractSecrets` would take out of `tree`, in its order, without copying the tree. */
function secretValues(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) secretValues(item, into);
  } else if (isObject(node)) {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (SECRET_FIELD_NAMES.has(key) && typeof value === 'string') into.push(value);
      else secretValues(value, into);
    }
  }
  return into;
}

/** `text` with every secret value of `tree` (in any written form) replaced: for log lines and paths. */
export function scrubSecrets(text: string, tree: unknown): string {
  let out = text;
  for (const value of secretValues(tree)) {
    // Very short values would blank out ordinary text; no real credential is that short.
    if (typeof value !== 'string' || value.length < 4) continue;
    for (const form of writtenForms(value)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** A value that is only a `{{…}}` placeholder: a reference to credentials held elsewhere, not a secret. */
export const isReference = (value: string) => /^\{\{[^{}]*\}\}$/.test(value.trim());

/** The tree as answers show it: every secret value (not a reference) replaced by REDACTED. */
export function maskSecrets<T>(tree: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = SECRET_FIELD_NAMES.has(key) && typeof value === 'string' && !isReference(value) ? REDACTED : walk(value);
    }
    return out;
  };
  return walk(tree) as T;
}

/**
 * A written tree in which every secret field holding REDACTED (a client sending back what it read) gets
 * the stored value at the same place. `unmatched` lists the JSON Pointers of masks with nothing stored
 * (they are left out of `tree`).
 */
export function keepMaskedSecrets<T>(next: T, stored: unknown): { tree: T; unmatched: string[] } {
  const { plain, secrets } = extractSecrets(next);
  const masked = Object.keys(secrets).filter((pointer) => secrets[pointer] === REDACTED);
  if (masked.length === 0) return { tree: next, unmatched: [] };
  const storedSecrets = extractSecrets(stored).secrets;
  const unmatched: string[] = [];
  for (const pointer of masked) {
    if (typeof storedSecrets[pointer] === 'string') secrets[pointer] = storedSecrets[pointer];
    else {
      delete secrets[pointer];
      unmatched.push(pointer);
    }
  }
  return { tree: restoreSecrets(plain as T, secrets), unmatched };
}

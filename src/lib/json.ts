/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object as it comes out of JSON.parse or a schema-checked body (values left unchecked). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * RFC 7396 JSON Merge Patch: objects merge key by key, `null` removes a key (at any depth, also inside
 * an object the target lacks), anything else (arrays included) replaces. For PATCH bodies. Returns a new
 * tree; neither input is changed.
 */
export function mergePatch(target: JsonObject, patch: JsonObject): JsonObject;
export function mergePatch(target: unknown, patch: unknown): unknown;
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/**
 * An override laid over a base: objects merge key by key and a `null` removes what the base has there;
 * where the base has no object, the override's value is taken as it is, its nulls included (a `null`
 * there is a value: "switched off", not "inherit"). For effective configs (integration config with an
 * environment override over it). An undefined override leaves the base. Returns a new tree.
 */
export function overlay(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isObject(base) || !isObject(over)) return over;
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else out[key] = overlay(base[key], value);
  }
  return out;
}

/** Reads `a.b.0.c` or `a.b[0].c`; undefined when any step is missing. */
export function readPath(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (part === '') continue;
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
const plainKey = (key: string) => (/^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/**
 * The one spelling of a field path in error details: a JSON Pointer under `root` written the JavaScript
 * way, `body.resources[0].path` (odd keys as `["a b"]`).
 */
export function pointerToPath(root: string, pointer: string): string {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  return root + keys.map((k) => (/^\d+$/.test(k) ? `[${k}]` : plainKey(k))).join('');
}

/** JSON with object keys sorted (undefined members left out), so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

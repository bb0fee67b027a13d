import type { JsonObject } from '../integrations/integration-model.js';

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Truto's PATCH semantics for `config`: objects merge key by key, a `null` removes the key, anything
 * else (arrays included) replaces what is stored. Returns a new tree; neither input is changed.
 */
export function deepMerge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = deepMerge(out[key] as JsonObject, value);
    else out[key] = isPlainObject(value) ? deepMerge({}, value) : value;
  }
  return out;
}

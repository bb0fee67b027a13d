import type { ErrorDetail } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { credentialsConfig } from '../../runtime/engine/config.js';

const isMissing = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The fields an account's credentials format declares `required` (`credentials…config.fields[]`) that its
 * context does not hold; paths are where the client sent them (`body.context.<name>`).
 */
export function missingCredentialFields(config: JsonObject, method: string | null, context: JsonObject): ErrorDetail[] {
  const credentials = credentialsConfig(config, method);
  const fields = Array.isArray(credentials?.config?.fields) ? credentials.config.fields : [];
  const missing: ErrorDetail[] = [];
  for (const field of fields) {
    if (!isObject(field) || field.required !== true || typeof field.name !== 'string') continue;
    if (!isMissing(context[field.name])) continue;
    const message = `context.${field.name} is required by the integration's ${credentials?.format} credentials`;
    missing.push({ path: `body.context.${field.name}`, message });
  }
  return missing;
}

import { AppError, type ErrorDetail } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';

/** The integration types of the Losant contract; an integration of one holds exactly its `<type>Config`. */
export const INTEGRATION_TYPES = ['azureEventHub', 'googlePubSub', 'mqtt', 'particle', 'sqs', 'websocket'] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];
export const configKeyOf = (type: string) => `${type}Config`;
export const TYPE_CONFIG_KEYS = INTEGRATION_TYPES.map(configKeyOf);

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What is wrong with an integration's type configs: its own missing, another type's present. With
 * `current` (an update) only what the write changes counts, so a row stored before the rule stays
 * writable for its other fields. Integrations of no Losant type (integrator.io, Truto) have none.
 */
export function typeConfigProblems(type: string | null, next: JsonObject, current?: JsonObject): ErrorDetail[] {
  if (!type || !(INTEGRATION_TYPES as readonly string[]).includes(type)) return [];
  const own = configKeyOf(type);
  const problems: ErrorDetail[] = [];
  for (const key of TYPE_CONFIG_KEYS) {
    if (current && same(current[key], next[key])) continue;
    if (key === own && !isObject(next[key])) {
      problems.push({ path: key, message: `${key} is required for an integration of type ${type}` });
    } else if (key !== own && next[key] !== undefined) {
      problems.push({ path: key, message: `${key} is not allowed on an integration of type ${type} (only ${own})` });
    }
  }
  return problems;
}

/** Throws a 400 naming every problem of `typeConfigProblems`. */
export function checkTypeConfigs(type: string | null, next: JsonObject, current?: JsonObject): void {
  const problems = typeConfigProblems(type, next, current);
  if (problems.length > 0) throw new AppError('validation', problems.map((p) => p.message).join('; '), problems);
}

import { isObject } from './json.js';

export interface FieldChange {
  fieldPath: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Field-level differences between two JSON trees, descending into objects (arrays compare whole). */
export function diffFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const changes: FieldChange[] = [];
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      changes.push(...diffFields(before[key], after[key], prefix ? `${prefix}.${key}` : key));
    }
    return changes;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ fieldPath: prefix, oldValue: before ?? null, newValue: after ?? null }];
}

import { isObject, type JsonObject } from '../../lib/json.js';

/** `$.a.b[0].c`, `a.b.0.c` → `['a', 'b', '0', 'c']`; `$` and `` → `[]`. */
export function pathSteps(path: string): string[] {
  const trimmed = path.trim().replace(/^\$\.?/, '');
  if (trimmed === '') return [];
  return trimmed
    .replace(/\[(\d+|\*)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
}

/** The value at a path (undefined when any step is missing). */
export function readAt(value: unknown, path: string | undefined | null): unknown {
  if (path === undefined || path === null) return undefined;
  let node = value;
  for (const step of pathSteps(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as JsonObject)[step];
  }
  return node;
}

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets the value at a dotted path, making objects on the way; unsafe keys are skipped. */
export function writeAt(target: JsonObject, path: string, value: unknown): void {
  const steps = pathSteps(path);
  if (steps.length === 0 || steps.some((s) => UNSAFE.has(s))) return;
  let node = target;
  for (const step of steps.slice(0, -1)) {
    if (!isObject(node[step])) node[step] = {};
    node = node[step] as JsonObject;
  }
  node[steps[steps.length - 1]] = value;
}

/** A value a `lastPageValues`/`successValues` list or a path test compares: strings, as integrator.io does. */
export function matches(value: unknown, values: unknown): boolean {
  if (Array.isArray(values) && values.length > 0) return value !== undefined && values.map(String).includes(String(value));
  return Boolean(value);
}

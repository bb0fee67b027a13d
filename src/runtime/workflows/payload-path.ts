import { isObject } from '../../lib/json.js';

/** Keys no path may walk through or write: the payload must not reach an object's prototype. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export class PathError extends Error {}

/**
 * A Losant payload path: `working.result`, `data.items.[0].temp`, `data.[key with spaces]`; `.` or the
 * empty path is the whole payload.
 */
export function parsePath(path: string): string[] {
  const text = path.trim();
  if (text === '' || text === '.') return [];
  const segments: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) throw new PathError(`The payload path "${path}" has an unclosed [`);
      segments.push(text.slice(i + 1, end));
      i = end + 1;
    } else {
      let end = text.indexOf('.', i);
      if (end < 0) end = text.length;
      const bracket = text.indexOf('[', i);
      if (bracket >= 0 && bracket < end) end = bracket;
      const segment = text.slice(i, end);
      if (segment !== '') segments.push(segment);
      i = end;
    }
    if (text[i] === '.') i++;
  }
  for (const s of segments) if (FORBIDDEN.has(s)) throw new PathError(`The payload path "${path}" names "${s}", which is not allowed`);
  return segments;
}

export function getPath(root: unknown, path: string): unknown {
  return getAt(root, parsePath(path));
}

function getAt(root: unknown, segments: string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Writes `value` at `path`, creating objects on the way; the root itself cannot be replaced. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePath(path);
  if (segments.length === 0) throw new PathError('A payload path to write must name a field, not the whole payload');
  let current: Record<string, unknown> = root;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (!isObject(next) && !Array.isArray(next)) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  }
  current[segments[segments.length - 1]] = value;
}

export function removePath(root: Record<string, unknown>, path: string): void {
  const segments = parsePath(path);
  if (segments.length === 0) return;
  const parent = getAt(root, segments.slice(0, -1));
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[segments[segments.length - 1]];
}

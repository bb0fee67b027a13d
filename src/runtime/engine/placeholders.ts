import { readPath } from '../../lib/json.js';
/**
 * `{{…}}` placeholders (the Truto template language, not JSONata): `{{a.b}}`, casts `{{x:int}}`, fallbacks
 * `{{a|b:int}}` (first value that is not undefined). A string that is one whole placeholder keeps the
 * value's type; a placeholder inside a longer string is stringified there.
 */
export type Scope = Record<string, unknown>;

const WHOLE = /^\{\{\s*([^{}]+?)\s*\}\}$/;
const ANY = /\{\{\s*([^{}]+?)\s*\}\}/g;
const CASTS = new Set(['int', 'num', 'bool', 'json', 'str', 'null']);

function cast(value: unknown, to: string | undefined): unknown {
  if (to === 'null') return value === undefined ? null : value;
  if (value === undefined || value === null || to === undefined) return value;
  switch (to) {
    case 'int': {
      const n = typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value), 10);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'num': {
      const n = typeof value === 'number' ? value : Number(String(value).trim() === '' ? Number.NaN : value);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'bool':
      if (typeof value === 'boolean') return value;
      return ['true', '1', 'yes', 'on'].includes(String(value).toLowerCase());
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return undefined;
      }
    case 'str':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    default:
      return value;
  }
}

/** Evaluates the inside of one placeholder: `a|b.c:int`. */
export function evaluatePlaceholder(expression: string, scope: Scope): unknown {
  let body = expression;
  let to: string | undefined;
  const colon = body.lastIndexOf(':');
  if (colon > 0 && CASTS.has(body.slice(colon + 1).trim())) {
    to = body.slice(colon + 1).trim();
    body = body.slice(0, colon);
  }
  let value: unknown;
  for (const alternative of body.split('|')) {
    value = readPath(scope, alternative.trim());
    if (value !== undefined) break;
  }
  return cast(value, to);
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Resolves placeholders through strings, arrays and objects; keys whose whole value is undefined are dropped. */
export function resolve(template: unknown, scope: Scope): unknown {
  if (typeof template === 'string') {
    const whole = WHOLE.exec(template);
    if (whole) return evaluatePlaceholder(whole[1], scope);
    if (!template.includes('{{')) return template;
    return template.replace(ANY, (_m, inner: string) => stringify(evaluatePlaceholder(inner, scope)));
  }
  if (Array.isArray(template)) return template.map((item) => resolve(item, scope)).filter((v) => v !== undefined);
  if (template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      const resolved = resolve(value, scope);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  }
  return template;
}

/** Whether a template references `root` (e.g. whether a method's query already places `pagination`). */
export function mentions(template: unknown, root: string): boolean {
  return JSON.stringify(template ?? null).includes(`{{${root}.`) || JSON.stringify(template ?? null).includes(`|${root}.`);
}

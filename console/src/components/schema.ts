import { Validator } from '@cfworker/json-schema';

// The integration config schema as the server serves it, and what the editor derives from it.
export type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
};

let cached: Promise<Schema> | null = null;
export function loadSchema(): Promise<Schema> {
  cached ??= fetch('/schemas/integration-config.json').then((r) => {
    if (!r.ok) throw new Error(`schema: HTTP ${r.status}`);
    return r.json();
  });
  return cached;
}

export interface SchemaError {
  /** JSON pointer of the value at fault, '' for the document. */
  pointer: string;
  message: string;
}

export function validate(schema: Schema, value: unknown): SchemaError[] {
  const result = new Validator(schema as never, '7', false).validate(value);
  // The deepest errors say what is wrong; the wrappers (if/then, $ref, properties) only repeat it.
  const leaves = result.errors.filter(
    (e) => !['properties', 'additionalProperties', '$ref', 'if', 'then', 'allOf', 'items'].includes(e.keyword),
  );
  const seen = new Set<string>();
  return (leaves.length > 0 ? leaves : result.errors)
    .map((e) => ({ pointer: e.instanceLocation.replace(/^#/, ''), message: e.error }))
    .filter((e) => !seen.has(`${e.pointer} ${e.message}`) && seen.add(`${e.pointer} ${e.message}`));
}

function deref(root: Schema, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let hops = 0; s?.$ref && hops < 10; hops++) {
    const path = s.$ref.replace(/^#\//, '').split('/');
    s = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root) as Schema | undefined;
  }
  return s;
}

/** Every property a schema names for an object at `path`, looking through $ref, if/then and additionalProperties. */
export function propertiesAt(root: Schema, path: string[]): Record<string, Schema> {
  let nodes: Schema[] = [root];
  for (const key of path) {
    const next: Schema[] = [];
    for (const node of nodes.flatMap((n) => expand(root, n))) {
      const named = node.properties?.[key];
      if (named) next.push(named);
      else if (typeof node.additionalProperties === 'object') next.push(node.additionalProperties);
      else if (node.items && /^\d+$/.test(key)) next.push(node.items);
    }
    nodes = next;
  }
  const out: Record<string, Schema> = {};
  for (const node of nodes.flatMap((n) => expand(root, n))) Object.assign(out, node.properties ?? {});
  return out;
}

function expand(root: Schema, schema: Schema): Schema[] {
  const s = deref(root, schema);
  if (!s) return [];
  const parts = [s];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const sub of (s[key] as Schema[] | undefined) ?? []) parts.push(...expand(root, sub));
  if (s.then) parts.push(...expand(root, s.then as Schema));
  return parts;
}

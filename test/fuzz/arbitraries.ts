import fc from 'fast-check';

type Schema = Record<string, unknown>;

/** A fast-check arbitrary of values that satisfy a JSON Schema (the subset route schemas use). */
export function validValue(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives && !schema.type) return fc.oneof(...alternatives.map((s) => validValue(s, depth)));
  if (Array.isArray(schema.allOf)) return validValue(Object.assign({}, ...(schema.allOf as Schema[])), depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringValue(schema);
    case 'integer':
      return fc.integer({ min: (schema.minimum as number) ?? -1000, max: (schema.maximum as number) ?? 100000 });
    case 'number':
      return fc.double({
        min: (schema.minimum as number) ?? -1e6,
        max: (schema.maximum as number) ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const items = (schema.items as Schema) ?? {};
      const min = (schema.minItems as number) ?? 0;
      const max = Math.min((schema.maxItems as number) ?? 3, min + 3);
      return fc.array(validValue(items, depth + 1), {
        minLength: min,
        maxLength: max,
        ...(schema.uniqueItems ? { selector: (v: unknown) => JSON.stringify(v) } : {}),
      }) as fc.Arbitrary<unknown>;
    }
    case 'object': {
      const properties = (schema.properties as Record<string, Schema>) ?? {};
      if (depth > 4 || Object.keys(properties).length === 0) return fc.constant({});
      const required = new Set((schema.required as string[]) ?? []);
      const record = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, validValue(v, depth + 1)]));
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringValue(schema: Schema): fc.Arbitrary<string> {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === 'date-time')
    return fc.date({ min: new Date('2030-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  const minLength = (schema.minLength as number) ?? 0;
  const maxLength = Math.min((schema.maxLength as number) ?? 40, minLength + 40);
  return fc.string({ minLength, maxLength });
}

/** Hostile strings: traversal, SQL and glob metacharacters, odd unicode, huge. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    "' OR '1'='1",
    '"; drop table integrations; --',
    '%_%_%_%_%_%_%_%_%_%',
    `${'*a'.repeat(200)}*b`,
    '\u0000',
    '\uD800',
    '𝓙𝓾𝓷𝓬𝓽𝓲𝓸𝓷',
    '__proto__',
    'constructor',
    '{{constructor.constructor("return process")()}}',
    '$where',
    'null',
    '',
  ),
  fc.string({ maxLength: 50 }),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)),
);

/** Values of the wrong kind for any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 4 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
);

/** Nested n levels deep. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

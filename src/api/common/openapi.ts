import { STATUS_CODES } from 'node:http';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';

type Json = Record<string, unknown>;
type RouteLike = { method: string | string[]; url: string; config?: unknown };

/**
 * Where the document differs from the router: Fastify keeps `/proxy/:resource/:method` (POST, a custom
 * method) apart from `/proxy/:resource/:id`, but in OpenAPI they are one path, so the document names the
 * parameter `id` for both; the router and its validation are unchanged.
 */
const DOCUMENT_URLS: Record<string, { url: string; params: Record<string, string> }> = {
  '/proxy/:resource/:method': { url: '/proxy/:resource/:id', params: { method: 'id' } },
};

const pascal = (words: string) =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** `GET /v1/integrations/:_id/revisions` → `getV1IntegrationsByIdRevisions`: unique as method + path are. */
export function operationIdOf(method: string, url: string): string {
  const parts = url
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `By${pascal(segment.slice(1))}` : pascal(segment)));
  return method.toLowerCase() + parts.join('');
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** A summary from the route's action (`connections.get` → "List connections"), for routes that give none. */
export function summaryOf(action: string): string {
  const [resource, verb = ''] = action.split('.');
  const noun = resource.replace(/([A-Z])/g, ' $1').toLowerCase();
  const plural = noun.endsWith('s');
  const one = plural ? noun.slice(0, -1) : noun;
  switch (verb) {
    case 'get':
      return plural ? `List ${noun}` : `Get ${article(noun)}`;
    case 'post':
      return `Create ${article(one)}`;
    case 'put':
      return `Replace ${article(one)}`;
    case 'patch':
      return `Update ${article(one)}`;
    case 'delete':
      return `Delete ${article(one)}`;
    default:
      return `${verb[0]?.toUpperCase() ?? ''}${verb.slice(1)} ${noun}`.trim();
  }
}

function renameParams(schema: Json, names: Record<string, string>): Json {
  const params = schema.params as Json | undefined;
  if (!params?.properties) return schema;
  const rename = (key: string) => names[key] ?? key;
  const properties = Object.fromEntries(Object.entries(params.properties as Json).map(([k, v]) => [rename(k), v]));
  const required = (params.required as string[] | undefined)?.map(rename);
  return { ...schema, params: { ...params, properties, ...(required ? { required } : {}) } };
}

/** Per route: operationId, a summary, the security it really has, and the document's URL. */
export function transformRoute({ schema, url, route }: { schema: unknown; url: string; route: RouteLike }) {
  const action = (route.config as { action?: string } | undefined)?.action;
  const method = Array.isArray(route.method) ? route.method[0] : route.method;
  const renamed = DOCUMENT_URLS[url];
  const base = (schema ?? {}) as Json;
  const documented: Json = {
    ...(renamed ? renameParams(base, renamed.params) : base),
    operationId: operationIdOf(method, renamed?.url ?? url),
  };
  if (!documented.summary && action) documented.summary = summaryOf(action);
  // A route without an action is public: the auth hook lets it through without a token.
  if (!action && !documented.security) documented.security = [];
  return { schema: documented, url: renamed?.url ?? url };
}

const isSingleValue = (member: unknown): member is Json =>
  typeof member === 'object' &&
  member !== null &&
  Object.keys(member).every((k) => k === 'type' || k === 'enum' || k === 'const') &&
  ('const' in member || (Array.isArray((member as Json).enum) && ((member as Json).enum as unknown[]).length === 1));

/** `anyOf` of single values of one type → one `enum` (the validation schema keeps its `anyOf`). */
function tidySchema(node: Json): void {
  const anyOf = node.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length === 0 || !anyOf.every(isSingleValue)) return;
  const types = new Set(anyOf.map((m) => m.type));
  if (types.size !== 1) return;
  const [type] = types;
  delete node.anyOf;
  if (type !== undefined) node.type = type;
  node.enum = anyOf.map((m) => ('const' in m ? m.const : (m.enum as unknown[])[0]));
}

function walk(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) walk(item);
  else if (typeof node === 'object' && node !== null) {
    tidySchema(node as Json);
    for (const value of Object.values(node)) walk(value);
  }
}

/** Whole document: enums, response descriptions, and a 429 wherever the rate limit applies. */
export function transformDocument({ openapiObject }: { openapiObject: Json }): Json {
  walk(openapiObject);
  for (const [path, operations] of Object.entries(openapiObject.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(operations)) {
      const responses = operation.responses as Record<string, Json>;
      // Every route but /health and /health/* counts against the caller's request budget.
      if (path !== '/health' && !path.startsWith('/health/') && !responses['429']) {
        responses['429'] = { description: 'Too Many Requests: the request budget is spent; see Retry-After' };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (response.description === 'Default Response') response.description = STATUS_CODES[status] ?? 'Response';
      }
    }
  }
  return openapiObject;
}

export function swaggerOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Junction',
        version: '0.1.0',
        description: 'Integration platform server: Losant/WEGnology, integrator.io and Truto contracts',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      // Relative: the server that serves this document.
      servers: [{ url: '/', description: 'This Junction server' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    // Shared schemas keep their names (LosantError …) instead of def-N.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    transform: transformRoute as unknown as FastifyDynamicSwaggerOptions['transform'],
    transformObject: transformDocument as unknown as FastifyDynamicSwaggerOptions['transformObject'],
  };
}

import { createHash } from 'node:crypto';
import { isObject, type JsonObject } from '../../lib/json.js';

/** What an MCP server exposes: method groups or names, and resource tags (empty or absent: everything). */
export interface McpServerConfig {
  methods?: string[];
  tags?: string[];
}

export type MethodKind = 'read' | 'write' | 'custom';

/** One tool: one method of one resource of the account's integration. */
export interface McpTool {
  name: string;
  title: string;
  resource: string;
  method: string;
  kind: MethodKind;
  description: string;
  inputSchema: JsonObject;
  tags: string[];
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

export const METHOD_GROUPS: Record<'read' | 'write', readonly string[]> = {
  read: ['list', 'get'],
  write: ['create', 'update', 'delete'],
};

/** The largest page a list tool asks for. */
export const MAX_TOOL_LIMIT = 500;
/** MCP clients commonly refuse longer tool names. */
const MAX_NAME_LENGTH = 64;
const CANONICAL_HTTP: Record<string, string> = { list: 'GET', get: 'GET', create: 'POST', update: 'PATCH', delete: 'DELETE' };

export function methodKind(method: string): MethodKind {
  if (METHOD_GROUPS.read.includes(method)) return 'read';
  if (METHOD_GROUPS.write.includes(method)) return 'write';
  return 'custom';
}

/** `ContactGroups`, `contact-groups`, `contact groups` → `contact_groups`. */
export function snakeCase(text: string): string {
  const snake = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return snake || 'x';
}

/**
 * The tool name of a method (docs/mcp.md): `list_<resource>`, `get_<resource>_by_id`, `create_<resource>`,
 * `update_<resource>_by_id`, `delete_<resource>_by_id`, and `<resource>_<method>` for a custom method;
 * snake_case, at most 64 characters (a longer one is cut and ends in a hash of `resource.method`).
 */
export function toolName(resource: string, method: string): string {
  const r = snakeCase(resource);
  const canonical: Record<string, string> = {
    list: `list_${r}`,
    get: `get_${r}_by_id`,
    create: `create_${r}`,
    update: `update_${r}_by_id`,
    delete: `delete_${r}_by_id`,
  };
  const name = Object.hasOwn(canonical, method) ? canonical[method] : `${r}_${snakeCase(method)}`;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const hash = createHash('sha256').update(`${resource}.${method}`).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_NAME_LENGTH - 9).replace(/_+$/, '')}_${hash}`;
}

/** Whether a server with this config exposes a method whose resource and method carry `tags`. */
export function exposes(config: McpServerConfig, method: string, tags: readonly string[]): boolean {
  const methods = config.methods ?? [];
  if (methods.length > 0) {
    const kind = methodKind(method);
    if (!methods.some((entry) => entry === method || entry === kind)) return false;
  }
  const wanted = config.tags ?? [];
  return wanted.length === 0 || wanted.some((tag) => tags.includes(tag));
}

/** `tool_tags` of the config: keyed by `resource` (every method) or `resource.method`. */
function tagsOf(config: JsonObject, resource: string, method: string): string[] {
  const toolTags = isObject(config.tool_tags) ? config.tool_tags : {};
  const listed = (key: string) => (Object.hasOwn(toolTags, key) && Array.isArray(toolTags[key]) ? (toolTags[key] as unknown[]) : []);
  return [...new Set([...listed(resource), ...listed(`${resource}.${method}`)].filter((t): t is string => typeof t === 'string'))];
}

/** Names `root.<name>` placeholders of a method's path, query and body mention: `{{query.status}}` → status. */
function mentioned(entry: JsonObject, root: string): string[] {
  const text = JSON.stringify([entry.path, entry.query, entry.body, entry.headers] as unknown[]);
  const pattern = new RegExp(`[{|]\\s*${root}\\.([A-Za-z0-9_-]+)`, 'g');
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1]))];
}

/** The config's own schema (the legacy `query_schema`/`body_schema`), else an open object naming what the method reads. */
function argumentSchema(entry: JsonObject, root: 'query' | 'body', description: string): JsonObject {
  const declared = entry[`${root}_schema`];
  if (isObject(declared)) return { description, ...declared };
  const names = mentioned(entry, root);
  const examples = isObject(entry.examples) && entry.examples[root] !== undefined ? { examples: [entry.examples[root]] } : {};
  return {
    type: 'object',
    description,
    ...(names.length > 0 ? { properties: Object.fromEntries(names.map((n) => [n, {}])) } : {}),
    additionalProperties: true,
    ...examples,
  };
}

function inputSchema(resource: string, method: string, entry: JsonObject): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  const needsId = ['get', 'update', 'delete'].includes(method);
  if (needsId || /\{\{\s*id\s*(\}\}|[:|])/.test(JSON.stringify([entry.path, entry.query, entry.body]))) {
    properties.id = { type: 'string', minLength: 1, description: `The id of the ${resource} record` };
    if (needsId) required.push('id');
  }
  properties.query = argumentSchema(entry, 'query', 'Query parameters, sent to the API as the method defines');
  const httpMethod = String(entry.method ?? CANONICAL_HTTP[method] ?? 'POST').toUpperCase();
  if (httpMethod !== 'GET' && httpMethod !== 'DELETE') properties.body = argumentSchema(entry, 'body', 'The request body');
  if (method === 'list') {
    properties.limit = { type: 'integer', minimum: 1, maximum: MAX_TOOL_LIMIT, description: 'Records per page' };
    properties.next_cursor = { type: 'string', minLength: 1, description: 'The next_cursor of the previous page, to continue the list' };
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function describe(resource: string, method: string, entry: JsonObject, label: string): string {
  const text = typeof entry.description === 'string' ? entry.description.trim() : '';
  const own = text === '' ? null : /[.!?]$/.test(text) ? text : `${text}.`;
  const generated: Record<string, string> = {
    list: `List ${resource} records in ${label}.`,
    get: `Get one ${resource} record of ${label} by its id.`,
    create: `Create a ${resource} record in ${label}.`,
    update: `Update a ${resource} record of ${label} by its id.`,
    delete: `Delete a ${resource} record of ${label} by its id.`,
  };
  const parts = [own ?? (Object.hasOwn(generated, method) ? generated[method] : `Call the ${method} method of ${resource} in ${label}.`)];
  if (method === 'list') parts.push('The result is paged: pass its next_cursor back as next_cursor for the next page (null: no more).');
  if (typeof entry.api_documentation_url === 'string') parts.push(`API documentation: ${entry.api_documentation_url}`);
  return parts.join(' ');
}

/**
 * Every tool of an effective config that a server's config exposes, in the config's order. Two methods
 * whose names meet (`contact-groups` and `contact_groups`) keep apart by a `_2`, `_3`… suffix.
 */
export function toolsOf(config: JsonObject, server: McpServerConfig, label: string): McpTool[] {
  const resources = isObject(config.resources) ? config.resources : {};
  const tools: McpTool[] = [];
  const taken = new Set<string>();
  for (const [resource, methods] of Object.entries(resources)) {
    if (!isObject(methods)) continue;
    for (const [method, entry] of Object.entries(methods)) {
      if (!isObject(entry) || typeof entry.path !== 'string') continue;
      const tags = tagsOf(config, resource, method);
      if (!exposes(server, method, tags)) continue;
      const base = toolName(resource, method);
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base.slice(0, MAX_NAME_LENGTH - String(n).length - 1)}_${n}`;
      taken.add(name);
      const kind = methodKind(method);
      tools.push({
        name,
        title: `${resource} ${method}`,
        resource,
        method,
        kind,
        description: describe(resource, method, entry, label),
        inputSchema: inputSchema(resource, method, entry),
        tags,
        annotations: {
          readOnlyHint: kind === 'read',
          destructiveHint: method === 'delete',
          idempotentHint: kind === 'read' || method === 'update' || method === 'delete',
          openWorldHint: true,
        },
      });
    }
  }
  return tools;
}

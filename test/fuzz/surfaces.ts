/** Which surface answers a path, and whether an error body is in that surface's shape. */
export type Surface = 'losant' | 'celigo' | 'truto' | 'mcp';

const TRUTO_PREFIXES = [
  '/integration',
  '/integrations',
  '/environment',
  '/environment-integration',
  '/schemas',
  '/proxy',
  '/integrated-account',
  '/integrated-account-webhook',
  '/environment-integration-webhook',
  '/webhook',
  '/log',
  '/oauth',
];

export function surfaceOf(url: string): Surface {
  // Resolve dot segments (`/applications/%2e%2e/integrations` is `/integrations`) as the request does.
  const path = new URL(url, 'http://localhost').pathname;
  if (path === '/v1' || path.startsWith('/v1/')) return 'celigo';
  if (path === '/mcp' || path.startsWith('/mcp/')) return 'mcp';
  if (TRUTO_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return 'truto';
  return 'losant';
}

export function errorShapeProblem(surface: Surface, status: number, body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'error body is not a JSON object';
  const b = body as Record<string, unknown>;
  switch (surface) {
    case 'losant':
      return typeof b.type === 'string' && typeof b.message === 'string' ? null : 'not {type, message}';
    case 'celigo': {
      const errors = b.errors;
      if (!Array.isArray(errors) || errors.length === 0) return 'not {errors: [...]}';
      return errors.every((e) => typeof e?.code === 'string' && typeof e?.message === 'string')
        ? null
        : 'errors[] entries lack code/message';
    }
    case 'truto':
      return b.statusCode === status && typeof b.error === 'string' && typeof b.message === 'string'
        ? null
        : 'not {statusCode, error, message}';
    case 'mcp': {
      // JSON-RPC: the MCP endpoint's errors outside a call.
      const error = b.error as Record<string, unknown> | undefined;
      return b.jsonrpc === '2.0' && typeof error?.code === 'number' && typeof error.message === 'string' ? null : 'not a JSON-RPC error';
    }
  }
}

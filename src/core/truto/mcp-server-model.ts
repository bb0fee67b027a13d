import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../auth/principal.js';
import { type Action, scopesAllow } from '../../auth/scopes.js';
import { AppError, badRequest } from '../../lib/errors.js';
import type { McpServerRow } from '../../store/tables.js';
import { type McpServerConfig, methodKind } from './mcp-tools.js';

/** An MCP server of a connected account. Its token is never stored: only its hash. */
export interface McpServer {
  id: string;
  organizationId: string;
  applicationId: string | null;
  integratedAccountId: string;
  name: string;
  config: McpServerConfig;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const TOKEN_PREFIX = 'jmcp_';
const MAX_ENTRIES = 100;
const ENTRY = /^[A-Za-z0-9_.:-]{1,128}$/;

/** A new bearer token: 256 random bits, recognisable by its prefix (secret scanners, logs). */
export const newMcpToken = () => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

/** The token is random and long: one SHA-256 is enough, nothing to slow a guess down. */
export const hashMcpToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: string, hash: string): boolean {
  const given = Buffer.from(hashMcpToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function rowToMcpServer(row: McpServerRow): McpServer {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    integratedAccountId: row.integrated_account_id,
    name: row.name,
    config: JSON.parse(row.config) as McpServerConfig,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `{methods?, tags?}`, each a list of distinct names; anything else is refused with the field's path. */
export function checkMcpConfig(config: McpServerConfig): McpServerConfig {
  const out: McpServerConfig = {};
  for (const key of ['methods', 'tags'] as const) {
    const list = config[key];
    if (list === undefined) continue;
    if (list.length > MAX_ENTRIES)
      throw badRequest(`config.${key} holds at most ${MAX_ENTRIES} entries`, [{ path: `body.config.${key}`, message: 'is too long' }]);
    const bad = list.findIndex((entry) => !ENTRY.test(entry));
    if (bad >= 0) {
      throw badRequest(`config.${key}[${bad}] must be a name of letters, digits and _ . : -`, [
        { path: `body.config.${key}.${bad}`, message: 'is not a name' },
      ]);
    }
    out[key] = [...new Set(list)];
  }
  return out;
}

/** The proxy action each method kind needs: what a tool of that method runs. */
function actionOf(method: string): Action {
  if (methodKind(method) === 'read') return 'proxy.get';
  if (method === 'update') return 'proxy.patch';
  if (method === 'delete') return 'proxy.delete';
  return 'proxy.post';
}

/**
 * A server hands its tools to whoever holds its token: its creator must be allowed to make those calls
 * through the proxy, so a read-only token cannot mint a token that writes.
 */
export function checkMayExpose(principal: Principal | null, config: McpServerConfig): void {
  if (!principal) return;
  const methods = config.methods ?? [];
  const actions = new Set<Action>();
  if (methods.length === 0) for (const a of ['proxy.get', 'proxy.post', 'proxy.patch', 'proxy.delete'] as const) actions.add(a);
  for (const entry of methods) {
    if (entry === 'read') actions.add('proxy.get');
    else if (entry === 'write') for (const a of ['proxy.post', 'proxy.patch', 'proxy.delete'] as const) actions.add(a);
    else actions.add(actionOf(entry));
  }
  const missing = [...actions].filter((action) => !scopesAllow(principal.scopes, action));
  if (missing.length > 0) {
    throw new AppError(
      'forbidden',
      `The access token cannot create an MCP server exposing these methods: it does not grant ${missing.join(', ')}`,
    );
  }
}

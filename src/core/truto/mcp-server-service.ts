import type * as AjvModule from 'ajv';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Principal } from '../../auth/principal.js';
import { AppError, badRequest, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { canonicalJson, isObject, type JsonObject } from '../../lib/json.js';
import { lazyModule } from '../../lib/lazy-module.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import {
  deleteMcpServerRow,
  findMcpServer,
  insertMcpServer,
  listMcpServers,
  updateMcpServerAtVersion,
} from '../../store/repositories/mcp-servers.js';
import type { McpServerRow } from '../../store/tables.js';
import type { IntegratedAccount } from '../connections/integrated-account-model.js';
import type { IntegratedAccountService } from '../connections/integrated-account-service.js';
import type { createProxyService } from '../connections/proxy-service.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import type { AccountPlace } from './effective-config.js';
import {
  checkMayExpose,
  checkMcpConfig,
  hashMcpToken,
  type McpServer,
  newMcpToken,
  rowToMcpServer,
  tokenMatches,
} from './mcp-server-model.js';
import { decodePosition, errorResult, listResult, type ToolResult, valueResult } from './mcp-tool-result.js';
import { type McpServerConfig, type McpTool, toolsOf } from './mcp-tools.js';

/** An authenticated request to an MCP server: the server and its account, read afresh. */
export interface McpSession {
  server: McpServer;
  account: IntegratedAccount;
}

const auditView = (server: McpServer) => ({ name: server.name, config: server.config, integratedAccountId: server.integratedAccountId });
const MAX_VALIDATORS = 1_000;

const ajvModule = lazyModule<typeof AjvModule>('ajv');

export function createMcpServerService(
  ctx: CoreContext,
  accounts: IntegratedAccountService,
  proxy: ReturnType<typeof createProxyService>,
  configOf: (account: AccountPlace) => Promise<JsonObject | null>,
) {
  // Made on first use (the module too): start-up should not pay for it.
  let ajv: Ajv | undefined;
  const validators = new Map<string, ValidateFunction | null>();

  /** A validator per distinct schema; a schema the config got wrong validates nothing rather than failing every call. */
  function validatorOf(schema: JsonObject): ValidateFunction | null {
    const key = canonicalJson(schema);
    if (validators.has(key)) return validators.get(key) ?? null;
    let validate: ValidateFunction | null = null;
    try {
      ajv ??= new (ajvModule().Ajv)({ strict: false, allErrors: false });
      validate = ajv.compile(schema);
    } catch {
      validate = null;
    }
    if (validators.size >= MAX_VALIDATORS) validators.clear();
    validators.set(key, validate);
    return validate;
  }

  /** The account is read (and its reach checked) before any transaction: its reads do not take one. */
  async function load(db: Executor, account: IntegratedAccount, id: string) {
    const row = isId(id) ? await findMcpServer(db, normalizeId(id)) : undefined;
    if (!row || row.integrated_account_id !== account.id) throw notFound('MCP server');
    return { account, row };
  }

  const targetOf = (server: McpServer, account: IntegratedAccount) =>
    auditTarget('mcpServer', server, { integrationId: account.integrationId });

  async function tools(session: McpSession): Promise<McpTool[]> {
    const config = await configOf(session.account);
    if (!config) return [];
    const label = typeof config.label === 'string' && config.label !== '' ? config.label : session.account.name;
    return toolsOf(config, session.server.config, label);
  }

  return {
    /** The token is in this answer only. */
    async create(actor: Actor, accountId: string, input: { name: string; config: McpServerConfig }) {
      const config = checkMcpConfig(input.config);
      checkMayExpose(actor.principal, config);
      const account = await accounts.get(actor.principal, accountId);
      const token = newMcpToken();
      const now = nowIso();
      const row: McpServerRow = {
        id: newId(),
        organization_id: account.organizationId,
        application_id: account.applicationId,
        integrated_account_id: account.id,
        name: input.name,
        config: JSON.stringify(config),
        token_hash: hashMcpToken(token),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      const server = rowToMcpServer(row);
      await transaction(ctx, async (trx) => {
        await insertMcpServer(trx, row);
        await recordAudit(trx, actor, { ...targetOf(server, account), event: 'create', before: null, after: auditView(server) });
      });
      return { ...server, token };
    },

    async get(principal: Principal, accountId: string, id: string): Promise<McpServer> {
      return rowToMcpServer((await load(ctx.store.db, await accounts.get(principal, accountId), id)).row);
    },

    /** Oldest first, continued after the last id of the previous page. */
    async list(principal: Principal, accountId: string, page: { afterId: string | null; limit: number }) {
      const account = await accounts.get(principal, accountId);
      let after: { createdAt: string; id: string } | null = null;
      if (page.afterId) {
        const row = isId(page.afterId) ? await findMcpServer(ctx.store.db, normalizeId(page.afterId)) : undefined;
        if (!row || row.integrated_account_id !== account.id) throw badRequest('next_cursor is not a cursor this server issued');
        after = { createdAt: row.created_at, id: row.id };
      }
      const rows = await listMcpServers(ctx.store.db, account.id, after, page.limit + 1);
      const items = rows.slice(0, page.limit).map(rowToMcpServer);
      return { items, nextAfterId: rows.length > page.limit ? items[items.length - 1].id : null };
    },

    /** `config`, when given, replaces the stored one. */
    async patch(actor: Actor, accountId: string, id: string, change: { name?: string; config?: McpServerConfig }) {
      const config = change.config === undefined ? undefined : checkMcpConfig(change.config);
      if (config) checkMayExpose(actor.principal, config);
      const account = await accounts.get(actor.principal, accountId);
      return writeRow(ctx, {
        table: 'mcp_servers',
        id,
        label: 'MCP server',
        load: (trx) => load(trx, account, id),
        versionOf: ({ row }) => Number(row.version),
        apply: async (trx, { row }) => {
          const before = rowToMcpServer(row);
          const after = {
            ...before,
            name: change.name ?? before.name,
            config: config ?? before.config,
            version: before.version + 1,
            updatedAt: nowIso(),
          };
          const stored = await updateMcpServerAtVersion(trx, row.id, before.version, {
            name: after.name,
            config: JSON.stringify(after.config),
            version: after.version,
            updated_at: after.updatedAt,
          });
          if (!stored) return MISSED;
          await recordAudit(trx, actor, {
            ...targetOf(before, account),
            event: 'update',
            before: auditView(before),
            after: auditView(after),
          });
          return after;
        },
      });
    },

    async delete(actor: Actor, accountId: string, id: string): Promise<void> {
      const account = await accounts.get(actor.principal, accountId);
      await transaction(ctx, async (trx) => {
        const { row } = await load(trx, account, id);
        await deleteMcpServerRow(trx, row.id);
        const server = rowToMcpServer(row);
        await recordAudit(trx, actor, { ...targetOf(server, account), event: 'delete', before: null, after: null });
      });
    },

    /**
     * `Authorization: Bearer <token>` for server `id`, read from the store on every request (no cache), so
     * a deleted server or account is refused at once, on every node. Any mismatch is the same 401.
     */
    async authenticate(id: string, authorization: string | undefined): Promise<McpSession> {
      const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
      if (!match) throw new AppError('unauthorized', "The MCP server's token is required (Authorization: Bearer …)");
      const row = isId(id) ? await findMcpServer(ctx.store.db, normalizeId(id)) : undefined;
      if (!row || !tokenMatches(match[1], row.token_hash)) throw new AppError('unauthorized', 'Invalid MCP server token');
      const account = await accounts.get(null, row.integrated_account_id).catch((error) => {
        if (error instanceof AppError && error.code === 'not_found') throw new AppError('unauthorized', 'Invalid MCP server token');
        throw error;
      });
      return { server: rowToMcpServer(row), account };
    },

    /** The server's tools, generated now from the effective config of its account's integration. */
    tools,

    /**
     * Runs one tool through the proxy (the account's fresh token, environment override, rate limits and
     * call log). Every failure, upstream or of the arguments, is the tool's own error result.
     */
    async callTool(session: McpSession, name: string, args: JsonObject, limits: { resultChars: number }): Promise<ToolResult | null> {
      const tool = (await tools(session)).find((t) => t.name === name);
      if (!tool) return null;
      const validate = validatorOf(tool.inputSchema);
      if (validate && !validate(args)) {
        const issue = validate.errors?.[0];
        return errorResult(badRequest(`Invalid arguments: ${issue?.instancePath || '(arguments)'} ${issue?.message ?? 'are invalid'}`));
      }
      const query = isObject(args.query) ? args.query : {};
      const id = typeof args.id === 'string' ? args.id : undefined;
      try {
        if (tool.method !== 'list') {
          const answer = await proxy.call(null, session.account.id, tool.resource, tool.method, {
            query,
            body: args.body,
            ...(id === undefined ? {} : { id }),
          });
          return valueResult(answer.body ?? (tool.method === 'delete' && id ? { id } : null), limits.resultChars);
        }
        const position = typeof args.next_cursor === 'string' ? decodePosition(args.next_cursor) : { cursor: null, skip: 0, limit: null };
        // Within a page cut by the cap, the page is asked again exactly as before.
        const limit = position.skip > 0 ? position.limit : typeof args.limit === 'number' ? args.limit : position.limit;
        const page = await proxy.call(null, session.account.id, tool.resource, 'list', {
          query,
          cursor: position.cursor,
          ...(limit === null ? {} : { limit }),
        });
        const items = Array.isArray(page.body) ? page.body : [];
        return listResult(items, position, page.nextCursor ?? null, limit, limits.resultChars);
      } catch (error) {
        return errorResult(error);
      }
    },
  };
}

export type McpServerService = ReturnType<typeof createMcpServerService>;

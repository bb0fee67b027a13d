import type { Principal } from '../../auth/principal.js';
import { AppError, badRequest, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { canonicalJson, isObject, type JsonObject, mergePatch, readPath } from '../../lib/json.js';
import { changedSecrets, extractSecrets, keepMaskedSecrets } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import { credentialsConfig } from '../../runtime/engine/config.js';
import type { Dialect } from '../../store/database.js';
import type { Executor } from '../../store/executor.js';
import {
  deleteIntegratedAccountRow,
  deleteUpstreamCalls,
  findIntegratedAccount,
  findProxyTarget,
  listIntegratedAccounts,
  updateIntegratedAccountAtVersion,
} from '../../store/repositories/integrated-accounts.js';
import { deleteMcpServersOfAccount } from '../../store/repositories/mcp-servers.js';
import { findResource, insertResource, resourceUsesConnection } from '../../store/repositories/resources.js';
import type { ResourceRow } from '../../store/tables.js';
import type { Integration } from '../integrations/integration-model.js';
import type { createIntegrationService } from '../integrations/integration-service.js';
import { canReach } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { refuseAccountBaseUrls } from '../shared/egress-check.js';
import { type EventType, recordEvent } from '../shared/events.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import type { CallLog } from './call-log-service.js';
import { missingCredentialFields } from './credential-fields.js';
import {
  ACTIVE,
  type AccountRow,
  accountEventPayload,
  type IntegratedAccount,
  isAccountRow,
  redactContext,
  rowToAccount,
  sealContext,
  statusEventOf,
  VALIDATION_ERROR,
} from './integrated-account-model.js';

const MAX_DECODED_ACCOUNTS = 10_000;
/** What `rowToAccount` reads of a row. */
const ACCOUNT_COLUMNS = [
  'version',
  'updated_at',
  'attributes',
  'secrets',
  'name',
  'status',
  'authentication_method',
  'organization_id',
  'application_id',
  'integration_id',
  'created_at',
] as const;

/** The stored install of an account's integration in its environment, as read with the account. */
export interface InstallState {
  override: string;
  secrets: string | null;
  status: string;
  isEnabled: boolean;
}

/** An account with its integration's stamp (null: the integration is gone) and its install (null: none). */
export interface ProxyTarget {
  account: IntegratedAccount;
  integration: { version: number; updatedAt: string } | null;
  install: InstallState | null;
}

/** A write to an account: its new context, and maybe a new name or a status that the context does not imply. */
export interface AccountEdit {
  context: JsonObject;
  name?: string;
  status?: string;
}

/** `connecting` until an OAuth account holds a token; `needs_reauth` once its provider refused the refresh token; else `active`. */
export function statusOf(method: string | null, context: JsonObject): string {
  const oauth = context.oauth as { token?: { access_token?: unknown }; needs_reauth?: unknown } | undefined;
  if (method === 'oauth2' && !oauth?.token?.access_token) return 'connecting';
  if (method === 'oauth2' && oauth?.needs_reauth === true) return 'needs_reauth';
  return ACTIVE;
}

/** A new refresh token (given by the user) is what a `needs_reauth` account was waiting for. */
function withoutStaleReauth(before: JsonObject, after: JsonObject): JsonObject {
  const oauth = isObject(after.oauth) ? after.oauth : null;
  const refreshOf = (context: JsonObject) => readPath(context, 'oauth.token.refresh_token');
  if (oauth?.needs_reauth !== true || refreshOf(after) === undefined || refreshOf(after) === refreshOf(before)) return after;
  const { needs_reauth: _cleared, ...rest } = oauth;
  return { ...after, oauth: rest };
}

/**
 * The status after a write: the context's, but a failed ping's `validation_error` stays until a ping
 * succeeds or the user changes the context (a credential, a subdomain…); a new name or a token refresh by
 * Junction itself changes nothing.
 */
function nextStatus(actor: Actor, current: IntegratedAccount, context: JsonObject): string {
  const derived = statusOf(current.authenticationMethod, context);
  const userChangedContext = actor.source !== 'system' && canonicalJson(current.context) !== canonicalJson(context);
  return current.status === VALIDATION_ERROR && derived === ACTIVE && !userChangedContext ? VALIDATION_ERROR : derived;
}

/** The account's events (created, a status reached, deleted) in the write's transaction. */
async function accountEvents(trx: Executor, account: IntegratedAccount, types: (EventType | undefined)[]) {
  for (const type of types) {
    if (!type) continue;
    await recordEvent(trx, {
      organizationId: account.organizationId,
      applicationId: account.applicationId,
      stream: account.id,
      type,
      payload: accountEventPayload(account),
    });
  }
}

function auditView(account: Pick<IntegratedAccount, 'integrationId' | 'authenticationMethod' | 'status' | 'context'>) {
  return {
    integrationId: account.integrationId,
    authenticationMethod: account.authenticationMethod,
    status: account.status,
    context: redactContext(account.context),
  };
}

export function createIntegratedAccountService(
  ctx: CoreContext,
  integrations: ReturnType<typeof createIntegrationService>,
  callLog: CallLog,
) {
  const key = ctx.encryptionKey;
  // Accounts as last decoded for a proxied call, reused while every stored column is the same (never mutated).
  const decodedAccounts = new Map<string, { row: AccountRow; account: IntegratedAccount }>();

  function decoded(row: AccountRow): IntegratedAccount {
    const known = decodedAccounts.get(row.id);
    if (known && ACCOUNT_COLUMNS.every((column) => known.row[column] === row[column])) return known.account;
    const account = rowToAccount(key, row);
    if (decodedAccounts.size >= MAX_DECODED_ACCOUNTS) decodedAccounts.clear();
    decodedAccounts.set(row.id, { row, account });
    return account;
  }

  /** `lockFor` (a writer's transaction): on PostgreSQL the row stays locked until it ends. */
  async function load(db: Executor, principal: Principal | null, id: string, lockFor?: Dialect): Promise<AccountRow> {
    const normalized = isId(id) ? normalizeId(id) : null;
    let row: ResourceRow | undefined;
    if (normalized) row = lockFor ? await findResource(db, 'connection', normalized, lockFor) : await findIntegratedAccount(db, normalized);
    if (!row || !isAccountRow(row) || !canReach(principal, row.organization_id, row.application_id)) throw notFound('Integrated account');
    return row;
  }

  /** The credential format of a new account: the one named, else the integration's only (or first) one. */
  function pickMethod(integration: Integration, requested: string | undefined): string | null {
    const credentials = credentialsConfig(integration.config, requested ?? null);
    if (requested && !credentials && isObject(integration.config.credentials)) {
      throw badRequest(`The integration has no credentials format ${requested}`, [
        { path: 'body.authentication_method', message: 'is not offered by the integration' },
      ]);
    }
    return requested ?? credentials?.format ?? null;
  }

  /** A 400 naming every credential field the integration requires and the context lacks. */
  function requireCredentialFields(integration: Integration, method: string | null, context: JsonObject) {
    const missing = missingCredentialFields(integration.config, method, context);
    if (missing.length > 0) throw badRequest(missing.map((m) => m.message).join('; '), missing);
  }

  const service = {
    async create(
      actor: Actor,
      input: { integrationId: string; context: JsonObject; authenticationMethod?: string },
    ): Promise<IntegratedAccount> {
      const principal = actor.principal;
      if (!principal) throw new AppError('unauthorized', 'A valid api access token is required');
      const integration = await integrations.get(principal, input.integrationId).catch((error) => {
        if (error instanceof AppError && error.code === 'not_found') {
          throw badRequest('integration_id names no integration this token can reach', [
            { path: 'body.integration_id', message: 'was not found' },
          ]);
        }
        throw error;
      });
      const method = pickMethod(integration, input.authenticationMethod);
      requireCredentialFields(integration, method, input.context);
      refuseAccountBaseUrls(ctx.egress, integration.config, input.context);
      const now = nowIso();
      const status = statusOf(method, input.context);
      const row: AccountRow = {
        id: newId(),
        organization_id: integration.organizationId,
        kind: 'connection',
        connection_id: null,
        // Shown as the connection's name through /v1/connections.
        name: integration.name,
        application_id: principal.applicationId ?? integration.applicationId,
        integration_id: integration.id,
        authentication_method: method,
        status,
        ...sealContext(key, input.context),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      return transaction(ctx, async (trx) => {
        await insertResource(trx, row);
        const account = rowToAccount(key, row);
        await recordAudit(trx, actor, {
          ...auditTarget('integratedAccount', row),
          event: 'create',
          before: null,
          after: auditView(account),
          changedSecrets: changedSecrets({}, extractSecrets(input.context).secrets, 'context'),
        });
        await accountEvents(trx, account, ['integrated_account:created', statusEventOf(null, account.status)]);
        return account;
      });
    },

    async get(principal: Principal | null, id: string): Promise<IntegratedAccount> {
      return rowToAccount(key, await load(ctx.store.db, principal, id));
    },

    /** `get`, with the stamp of the account's integration and its environment's install row read in the same query. */
    async getForProxy(principal: Principal | null, id: string): Promise<ProxyTarget> {
      const row = isId(id) ? await findProxyTarget(ctx.store.db, normalizeId(id)) : undefined;
      if (!row || !isAccountRow(row) || !canReach(principal, row.organization_id, row.application_id)) throw notFound('Integrated account');
      const integration =
        row.integration_version === null
          ? null
          : { version: Number(row.integration_version), updatedAt: String(row.integration_updated_at) };
      const install =
        row.install_override === null
          ? null
          : {
              override: row.install_override,
              secrets: row.install_secrets,
              status: String(row.install_status),
              isEnabled: Boolean(row.install_is_enabled),
            };
      return { account: decoded(row), integration, install };
    },

    /** Oldest first, continued from the last id of the previous page. */
    async list(principal: Principal, filter: { integrationId?: string }, page: { afterId: string | null; limit: number }) {
      let after: { createdAt: string; id: string } | null = null;
      if (page.afterId) {
        const row = await load(ctx.store.db, principal, page.afterId).catch(() => null);
        if (!row) throw badRequest('next_cursor is not a cursor this server issued');
        after = { createdAt: row.created_at, id: row.id };
      }
      const integrationId = filter.integrationId === undefined ? null : isId(filter.integrationId) ? normalizeId(filter.integrationId) : '';
      const rows = await listIntegratedAccounts(ctx.store.db, {
        organizationId: principal.organizationId,
        applicationId: principal.applicationId,
        integrationId,
        after,
        limit: page.limit + 1,
      });
      const items = rows.slice(0, page.limit).map((r) => rowToAccount(key, r as AccountRow));
      return { items, nextAfterId: rows.length > page.limit ? items[items.length - 1].id : null };
    },

    /** Applies `mutate` to the current context and stores it (compare-and-swap on version, retried on a race). */
    update(actor: Actor, id: string, mutate: (current: IntegratedAccount) => JsonObject): Promise<IntegratedAccount> {
      return service.edit(actor, id, (current) => ({ context: mutate(current) }));
    },

    /** `update` with a name and status too; the status follows the context unless given; null writes nothing. */
    async edit(actor: Actor, id: string, change: (current: IntegratedAccount) => AccountEdit | null): Promise<IntegratedAccount> {
      return writeRow(ctx, {
        table: 'resources',
        id,
        label: 'integrated account',
        load: (trx) => load(trx, actor.principal, id),
        versionOf: (row) => Number(row.version),
        apply: async (trx, row) => {
          const current = rowToAccount(key, row);
          const edit = change(current);
          // Nothing to write (a status that is already set): no version bump, no audit event.
          if (edit === null) return current;
          const context = withoutStaleReauth(current.context, edit.context);
          const status = edit.status ?? nextStatus(actor, current, context);
          const name = edit.name ?? current.name;
          const updatedAt = nowIso();
          const stored = await updateIntegratedAccountAtVersion(trx, row.id, current.version, {
            ...sealContext(key, context),
            name,
            status,
            version: current.version + 1,
            updated_at: updatedAt,
          });
          if (!stored) return MISSED;
          const next = { ...current, name, context, status, version: current.version + 1, updatedAt };
          await recordAudit(trx, actor, {
            ...auditTarget('integratedAccount', row),
            event: 'update',
            before: auditView(current),
            after: auditView(next),
            changedSecrets: changedSecrets(extractSecrets(current.context).secrets, extractSecrets(context).secrets, 'context'),
          });
          await accountEvents(trx, next, [statusEventOf(current.status, status)]);
          return next;
        },
      });
    },

    /** PATCH: a JSON merge patch (RFC 7396) of the stored context: `null` removes a key at any depth. */
    async patch(actor: Actor, id: string, context: JsonObject) {
      const integration = await integrations.get(null, (await service.get(actor.principal, id)).integrationId);
      return service.update(actor, id, (current) => {
        const { tree, unmatched } = keepMaskedSecrets(mergePatch(current.context, context), current.context);
        if (unmatched.length > 0) {
          const path = `body.context${unmatched[0].replaceAll('/', '.')}`;
          throw badRequest(`${path} holds the mask but no secret is stored there`, [
            { path, message: 'holds the mask but no secret is stored there' },
          ]);
        }
        requireCredentialFields(integration, current.authenticationMethod, tree);
        refuseAccountBaseUrls(ctx.egress, integration.config, tree);
        return tree;
      });
    },

    /** After a ping: an active account that failed is `validation_error`, and active again once one succeeds. */
    markPinged(actor: Actor, id: string, ok: boolean): Promise<IntegratedAccount> {
      const [from, to] = ok ? [VALIDATION_ERROR, ACTIVE] : [ACTIVE, VALIDATION_ERROR];
      return service.edit(actor, id, (current) => (current.status === from ? { context: current.context, status: to } : null));
    },

    /** Refused (409) while an export or import uses it: the account is also an integrator.io connection. */
    async delete(actor: Actor, id: string): Promise<void> {
      // Buffered log lines of the account must not land after its log is deleted.
      await callLog.flush();
      await transaction(ctx, async (trx) => {
        const row = await load(trx, actor.principal, id, ctx.store.dialect);
        if (await resourceUsesConnection(trx, row.id)) {
          throw new AppError('conflict', `Connection ${row.id} is used by an export or import; remove that reference first.`);
        }
        await deleteUpstreamCalls(trx, row.id);
        // Its MCP servers go with it (their requests check the account too, whatever deleted it).
        await deleteMcpServersOfAccount(trx, row.id);
        await deleteIntegratedAccountRow(trx, row.id);
        await recordAudit(trx, actor, {
          ...auditTarget('integratedAccount', row),
          event: 'delete',
          before: null,
          after: null,
        });
        await accountEvents(trx, rowToAccount(key, row), ['integrated_account:deleted']);
      });
    },
  };
  return service;
}

export type IntegratedAccountService = ReturnType<typeof createIntegratedAccountService>;

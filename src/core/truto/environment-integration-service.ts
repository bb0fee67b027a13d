import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import type { JsonObject } from '../../lib/json.js';
import { changedSecrets, extractSecrets, keepMaskedSecrets, maskSecrets } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import {
  deleteInstallationRow,
  findInstallation,
  findInstallationOf,
  insertInstallation,
  listInstallations,
  updateInstallation,
} from '../../store/repositories/installations.js';
import { findIntegration } from '../../store/repositories/integrations.js';
import type { InstallationRow } from '../../store/tables.js';
import type { InstallState } from '../connections/integrated-account-service.js';
import { findReachableIntegration } from '../integrations/integration-access.js';
import type { Sharing } from '../integrations/integration-model.js';
import { installStatus, viewerOf } from '../integrations/integration-sharing.js';
import { canReach, requireApplication } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { recordEvent } from '../shared/events.js';
import { type CursorPage, toPage } from '../shared/page.js';
import { writeRow } from '../shared/row-write.js';
import { openJson, sealJson } from '../shared/sealed-json.js';
import { stripSecrets, validateIntegrationConfig } from './integration-config.js';

export interface Installation {
  id: string;
  organizationId: string;
  integrationId: string;
  environmentId: string;
  override: JsonObject;
  isEnabled: boolean;
  status: 'active' | 'pending';
  createdAt: string;
  updatedAt: string;
}

/**
 * The caller's relation to an install: `installer` (its environment's team) manages it; `approver` (the
 * integration's owner, when another team installed it) may approve or remove it and sees no secrets.
 */
type Access = 'installer' | 'approver';

type Authed = Actor & { principal: Principal };

export interface InstallRequest {
  integrationId: string;
  environmentId?: string;
  isEnabled?: boolean;
  override?: JsonObject;
}

export interface InstallationChanges {
  override?: JsonObject;
  isEnabled?: boolean;
  status?: 'active';
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const MAX_OPENED_OVERRIDES = 1_000;

export function createInstallationService(ctx: CoreContext) {
  const key = ctx.encryptionKey;

  const seal = (override: JsonObject) => {
    const { plain, sealed } = sealJson(key, override);
    return { override: JSON.stringify(plain), secrets: sealed };
  };
  const auditView = (i: Installation) => ({
    integrationId: i.integrationId,
    environmentId: i.environmentId,
    override: extractSecrets(i.override).plain,
    isEnabled: i.isEnabled,
    status: i.status,
  });

  // Overrides as opened from their stored text, shared by the calls that read it (never mutated).
  const opened = new Map<string, JsonObject>();

  function activeOverride(install: InstallState | null): JsonObject | null {
    if (install?.status !== 'active' || !install.isEnabled) return null;
    const text = `${install.secrets ?? ''}\u0000${install.override}`;
    let override = opened.get(text);
    if (override === undefined) {
      override = openJson(key, install.override, install.secrets);
      if (opened.size >= MAX_OPENED_OVERRIDES) opened.clear();
      opened.set(text, override);
    }
    return override;
  }

  function toInstallation(row: InstallationRow): Installation {
    return {
      id: row.id,
      organizationId: row.organization_id,
      integrationId: row.integration_id,
      environmentId: row.application_id,
      override: openJson(key, row.override, row.secrets),
      isEnabled: Boolean(row.is_enabled),
      status: row.status as Installation['status'],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** A replaced override keeps the stored secrets it sends back masked. */
  const keptOverride = (next: JsonObject, stored: JsonObject) => {
    const { tree, unmatched } = keepMaskedSecrets(next, stored);
    if (unmatched.length === 0) return tree;
    const details = unmatched.map((p) => ({
      path: `override${p.replaceAll('/', '.')}`,
      message: 'holds the mask but no secret is stored there',
    }));
    throw new AppError('validation', `${details[0].path} holds the mask but no secret is stored there`, details);
  };

  /** What the caller sees: the installer everything, the approver no secrets. */
  const view = (installation: Installation, access: Access) =>
    access === 'installer'
      ? { ...installation, override: maskSecrets(installation.override) }
      : { ...installation, override: stripSecrets(installation.override) };

  async function accessOf(db: Executor, principal: Principal, row: InstallationRow): Promise<Access | null> {
    if (canReach(principal, row.organization_id, row.application_id)) return 'installer';
    // Approving is between teams; a sibling environment of the installer's own team reaches nothing here.
    if (row.organization_id === principal.organizationId) return null;
    return (await findReachableIntegration(db, principal, row.integration_id)) ? 'approver' : null;
  }

  async function load(db: Executor, principal: Principal, id: string) {
    const row = isId(id) ? await findInstallation(db, normalizeId(id)) : undefined;
    const access = row ? await accessOf(db, principal, row) : null;
    if (!row || !access) throw notFound('Environment integration');
    return { row, access, installation: toInstallation(row) };
  }

  async function audit(
    trx: Executor,
    actor: Actor,
    event: 'create' | 'update' | 'delete',
    before: Installation | null,
    after: Installation | null,
  ) {
    const subject = (after ?? before)!;
    // The override is one field to its audit readers: any changed secret in it is recorded as `override`.
    const secretChanged =
      event === 'update' && changedSecrets(extractSecrets(before!.override).secrets, extractSecrets(after!.override).secrets).length > 0;
    await recordAudit(trx, actor, {
      ...auditTarget('installation', subject, { applicationId: subject.environmentId }),
      event,
      before: before && auditView(before),
      after: after && auditView(after),
      changedSecrets: secretChanged ? ['override'] : [],
    });
    if (event === 'update') return;
    await recordEvent(trx, {
      organizationId: subject.organizationId,
      applicationId: subject.environmentId,
      stream: subject.id,
      type: event === 'create' ? 'environment_integration:created' : 'environment_integration:deleted',
      payload: {
        id: subject.id,
        integration_id: subject.integrationId,
        environment_id: subject.environmentId,
        is_enabled: subject.isEnabled,
        status: subject.status,
        created_at: subject.createdAt,
        updated_at: subject.updatedAt,
      },
    });
  }

  return {
    /**
     * Installs in the token's environment (an organization token names it). Idempotent: an existing
     * install is returned unchanged, with `created: false`.
     */
    async install(actor: Authed, request: InstallRequest): Promise<{ created: boolean; installation: Installation }> {
      const principal = actor.principal;
      const environmentId = request.environmentId ?? principal.applicationId;
      if (!environmentId) {
        throw new AppError('validation', 'environment_id is required with a token that is not tied to one environment', [
          { path: 'body.environment_id', message: 'is required' },
        ]);
      }
      if (request.override) validateIntegrationConfig(request.override, { root: 'override', partial: true, egress: ctx.egress });
      try {
        return await transaction(ctx, async (trx) => {
          const environment = await requireApplication(trx, principal, environmentId);
          const integrationRow = isId(request.integrationId) ? await findIntegration(trx, normalizeId(request.integrationId)) : undefined;
          const sharing = integrationRow?.sharing as Sharing;
          const viewer =
            integrationRow &&
            viewerOf(principal, { organizationId: integrationRow.organization_id, applicationId: integrationRow.application_id, sharing });
          if (!integrationRow || !viewer) throw notFound('Integration');
          const existing = await findInstallationOf(trx, integrationRow.id, environment.id);
          if (existing) return { created: false, installation: toInstallation(existing) };
          const now = nowIso();
          const row: InstallationRow = {
            id: newId(),
            organization_id: environment.organization_id,
            owner_organization_id: integrationRow.organization_id,
            integration_id: integrationRow.id,
            application_id: environment.id,
            ...seal(request.override ?? {}),
            is_enabled: request.isEnabled === false ? 0 : 1,
            status: installStatus(viewer, sharing),
            created_at: now,
            updated_at: now,
          };
          await insertInstallation(trx, row);
          const installation = toInstallation(row);
          await audit(trx, actor, 'create', null, installation);
          return { created: true, installation };
        });
      } catch (error) {
        // A concurrent install of the same pair won the unique index: answer with its row.
        if (!isUniqueViolation(error)) throw error;
        const row = await findInstallationOf(ctx.store.db, normalizeId(request.integrationId), normalizeId(environmentId));
        if (!row) throw error;
        return { created: false, installation: toInstallation(row) };
      }
    },

    /** The environment override the runtime merges over the integration's config: active installs only. */
    async overrideFor(integrationId: string, applicationId: string): Promise<JsonObject | null> {
      const row = await findInstallationOf(ctx.store.db, integrationId, applicationId);
      return activeOverride(
        row ? { override: row.override, secrets: row.secrets, status: row.status, isEnabled: Boolean(row.is_enabled) } : null,
      );
    },

    /** `overrideFor` of an install row already read (with its account). */
    activeOverride,

    async get(principal: Principal, id: string): Promise<Installation> {
      const { installation, access } = await load(ctx.store.db, principal, id);
      return view(installation, access);
    },

    /** The caller's environments' installs, and other teams' installs of the caller's integrations. */
    async list(principal: Principal, filter: { integrationId?: string }, page: CursorPage) {
      if (filter.integrationId !== undefined && !isId(filter.integrationId)) return { items: [], next: null, limit: page.limit };
      const rows = await listInstallations(
        ctx.store.db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId },
        { integrationId: filter.integrationId && normalizeId(filter.integrationId) },
        page,
      );
      const result = toPage(rows, page);
      const items = result.items.map((row) => {
        const installer = canReach(principal, row.organization_id, row.application_id);
        return view(toInstallation(row), installer ? 'installer' : 'approver');
      });
      return { ...result, items };
    },

    /** The installer replaces `override` whole or toggles `is_enabled`; the integration's owner approves. */
    async update(actor: Authed, id: string, changes: InstallationChanges): Promise<Installation> {
      if (changes.override) validateIntegrationConfig(changes.override, { root: 'override', partial: true, egress: ctx.egress });
      return writeRow(ctx, {
        table: 'installations',
        id,
        label: 'environment integration',
        load: (trx) => load(trx, actor.principal, id),
        apply: async (trx, { row, access, installation: before }) => {
          if (access === 'approver' && (changes.override !== undefined || changes.isEnabled !== undefined)) {
            throw new AppError('forbidden', "Only the environment's team may change override or is_enabled");
          }
          if (access === 'installer' && changes.status !== undefined && before.status !== changes.status) {
            throw new AppError('forbidden', "Only the integration's owner may approve this install");
          }
          const after: Installation = {
            ...before,
            override: changes.override ? keptOverride(changes.override, before.override) : before.override,
            isEnabled: changes.isEnabled ?? before.isEnabled,
            status: changes.status ?? before.status,
            updatedAt: nowIso(),
          };
          await updateInstallation(trx, row.id, {
            ...seal(after.override),
            is_enabled: after.isEnabled ? 1 : 0,
            status: after.status,
            updated_at: after.updatedAt,
          });
          await audit(trx, actor, 'update', before, after);
          return view(after, access);
        },
      });
    },

    /** Uninstalls (the installer) or refuses/revokes another team's install (the integration's owner). */
    async delete(actor: Authed, id: string): Promise<{ id: string }> {
      return transaction(ctx, async (trx) => {
        const { row, installation } = await load(trx, actor.principal, id);
        await deleteInstallationRow(trx, row.id);
        await audit(trx, actor, 'delete', installation, null);
        return { id: row.id };
      });
    },
  };
}

export type InstallationService = ReturnType<typeof createInstallationService>;

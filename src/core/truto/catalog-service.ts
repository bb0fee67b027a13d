import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { type JsonObject, mergePatch } from '../../lib/json.js';
import { maskSecrets } from '../../lib/secrets.js';
import { activeInstallationsOf } from '../../store/repositories/installations.js';
import { type CatalogFilter, findCatalogViewState, listCatalog } from '../../store/repositories/integration-catalog.js';
import { findIntegration } from '../../store/repositories/integrations.js';
import { findOrganization } from '../../store/repositories/organizations.js';
import type { IntegrationRow, OrganizationRow } from '../../store/tables.js';
import { type Integration, rowToIntegration, type Sharing } from '../integrations/integration-model.js';
import { INTEGRATION_DEFAULTS, type IntegrationService } from '../integrations/integration-service.js';
import { canInstallDirectly, type Viewer, viewerOf } from '../integrations/integration-sharing.js';
import { requireApplication } from '../shared/access.js';
import type { Actor, CoreContext } from '../shared/context.js';
import { type CursorPage, toPage } from '../shared/page.js';
import { stripSecrets, validateIntegrationConfig } from './integration-config.js';

/** An integration as one team sees it: its owner, the environments it is installed in, what it may do. */
export interface CatalogIntegration extends Integration {
  viewer: Viewer;
  team: OrganizationRow;
  /** The caller's environments where it is installed and active. */
  installedEnvironments: string[];
  canInstall: boolean;
  /** Set when the caller asked about one environment. */
  isInstalled?: boolean;
}

export interface CatalogFields {
  name: string;
  category?: string | null;
  config?: JsonObject;
  isBeta?: boolean;
  sharing?: Sharing;
}

export interface CatalogChanges extends Partial<CatalogFields> {
  version: number;
}

type ViewParts = Pick<CatalogIntegration, 'version' | 'updatedAt' | 'organizationId' | 'applicationId' | 'installedEnvironments'> & {
  sharing: string;
  team: Pick<OrganizationRow, 'name' | 'created_at' | 'updated_at'>;
  isInstalled?: boolean;
};

/** Everything a team's view of an integration shows besides its stored JSON (named by version and time). */
function viewStateOf(view: ViewParts): string {
  const { team } = view;
  return JSON.stringify([
    view.version,
    view.updatedAt,
    view.organizationId,
    view.applicationId,
    view.sharing,
    team.name,
    team.created_at,
    team.updated_at,
    view.installedEnvironments,
    view.isInstalled ?? null,
  ]);
}

/**
 * The integrations a team sees (its own and others' shared ones) with the Truto rules: configs are
 * validated, PATCH deep-merges `config` under a version lock, other teams never see the owner's secrets.
 * Writes go through the integration service, so audit and version bumps are the same for every surface.
 */
export function createIntegrationCatalogService(ctx: CoreContext, integrations: IntegrationService) {
  const db = ctx.store.db;

  async function decorate(principal: Principal, rows: Integration[], environmentId?: string): Promise<CatalogIntegration[]> {
    const installs = await activeInstallationsOf(
      db,
      rows.map((r) => r.id),
      { organizationId: principal.organizationId, applicationId: principal.applicationId },
    );
    const teams = new Map<string, OrganizationRow>();
    for (const orgId of new Set(rows.map((r) => r.organizationId))) {
      const org = await findOrganization(db, orgId);
      if (org) teams.set(orgId, org);
    }
    return rows.map((integration) => {
      const viewer = viewerOf(principal, integration) ?? 'guest';
      const installedEnvironments = installs.filter((i) => i.integration_id === integration.id).map((i) => i.application_id);
      return {
        ...integration,
        config: viewer === 'owner' ? maskSecrets(integration.config) : stripSecrets(integration.config),
        viewer,
        team: teams.get(integration.organizationId)!,
        installedEnvironments,
        canInstall: canInstallDirectly(viewer, integration.sharing),
        ...(environmentId !== undefined ? { isInstalled: installedEnvironments.includes(environmentId) } : {}),
      };
    });
  }

  const toIntegration = (row: IntegrationRow) => rowToIntegration(ctx.encryptionKey, row);

  return {
    async list(principal: Principal, filter: CatalogFilter, page: CursorPage) {
      const ids = filter.ids?.filter(isId).map(normalizeId);
      const rows = await listCatalog(
        db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId },
        { ...filter, ...(ids ? { ids } : {}) },
        page,
      );
      const result = toPage(rows, page);
      return { ...result, items: await decorate(principal, result.items.map(toIntegration)) };
    },

    async get(principal: Principal, id: string, options: { environmentId?: string } = {}): Promise<CatalogIntegration> {
      const row = isId(id) ? await findIntegration(db, normalizeId(id)) : undefined;
      const integration = row ? toIntegration(row) : undefined;
      if (!integration || !viewerOf(principal, integration)) throw notFound('Integration');
      const environmentId = options.environmentId && (await requireApplication(db, principal, options.environmentId)).id;
      return (await decorate(principal, [integration], environmentId || undefined))[0];
    },

    /**
     * Names what `get` would answer this caller, read in one query: `key` who asks about what, `state`
     * everything the view shows (stamp, sharing, team, installs, environment). Undefined when `get` would
     * refuse (or cannot be named so): `get` then gives the exact answer. Equal to `viewState` of `get`'s
     * result when nothing changed between the reads.
     */
    async viewStateOf(principal: Principal, id: string, options: { environmentId?: string } = {}) {
      if (!isId(id)) return undefined;
      const asked = options.environmentId;
      const environmentId = asked ? (isId(asked) ? normalizeId(asked) : null) : undefined;
      const otherApplication = environmentId && principal.applicationId && principal.applicationId !== environmentId;
      if (environmentId === null || otherApplication) return undefined;
      const integrationId = normalizeId(id);
      const scope = { organizationId: principal.organizationId, applicationId: principal.applicationId };
      const row = await findCatalogViewState(db, ctx.store.dialect, integrationId, scope, environmentId ?? null);
      if (!row) return undefined;
      const owner = { organizationId: row.organization_id, applicationId: row.application_id, sharing: row.sharing as Sharing };
      if (!viewerOf(principal, owner)) return undefined;
      if (environmentId && row.environment_organization_id !== principal.organizationId) return undefined;
      const installed = row.installed ? row.installed.split(',').sort() : [];
      const key = [integrationId, principal.organizationId, principal.applicationId ?? '', asked ?? ''].join('|');
      return {
        key,
        state: viewStateOf({
          version: Number(row.version),
          updatedAt: row.updated_at,
          organizationId: row.organization_id,
          applicationId: row.application_id,
          sharing: row.sharing,
          team: { name: row.team_name, created_at: row.team_created_at, updated_at: row.team_updated_at },
          installedEnvironments: installed,
          isInstalled: environmentId === undefined ? undefined : installed.includes(environmentId),
        }),
      };
    },

    /** The state `viewStateOf` names, of a view `get` answered. */
    viewState: (integration: CatalogIntegration) => viewStateOf(integration),

    async create(actor: Actor & { principal: Principal }, fields: CatalogFields): Promise<CatalogIntegration> {
      const config = fields.config ?? {};
      validateIntegrationConfig(config, { egress: ctx.egress });
      const created = await integrations.create(
        actor,
        { organizationId: actor.principal.organizationId, applicationId: null },
        {
          ...INTEGRATION_DEFAULTS,
          name: fields.name,
          category: fields.category ?? null,
          config,
          isBeta: fields.isBeta ?? false,
          sharing: fields.sharing ?? INTEGRATION_DEFAULTS.sharing,
        },
      );
      return (await decorate(actor.principal, [created]))[0];
    },

    /** Only the owner writes; `version` must be the stored one (else a conflict, and nothing changes). */
    async patch(actor: Actor & { principal: Principal }, id: string, changes: CatalogChanges): Promise<CatalogIntegration> {
      const updated = await integrations.update(
        actor,
        id,
        (current) => {
          const config = changes.config === undefined ? current.config : mergePatch(current.config, changes.config);
          if (changes.config !== undefined) validateIntegrationConfig(config, { egress: ctx.egress });
          return {
            ...current,
            name: changes.name ?? current.name,
            category: changes.category === undefined ? current.category : changes.category,
            isBeta: changes.isBeta ?? current.isBeta,
            sharing: changes.sharing ?? current.sharing,
            config,
          };
        },
        { expectedVersion: changes.version },
      );
      return (await decorate(actor.principal, [updated]))[0];
    },

    /** Only the owner deletes; its installations (in any team's environments) go with it. */
    async delete(actor: Actor, id: string): Promise<{ id: string }> {
      await integrations.delete(actor, id);
      return { id: normalizeId(id) };
    },
  };
}

export type IntegrationCatalogService = ReturnType<typeof createIntegrationCatalogService>;

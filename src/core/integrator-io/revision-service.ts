import type { Principal } from '../../auth/principal.js';
import { diffFields, type FieldChange } from '../../lib/diff.js';
import { notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { restoreSecrets } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { PageRequest } from '../../store/paging.js';
import { findFlow } from '../../store/repositories/flows.js';
import { findIntegrationFlows } from '../../store/repositories/integration-flows.js';
import { updateIntegrationAtVersion } from '../../store/repositories/integrations.js';
import { findResource } from '../../store/repositories/resources.js';
import { findRevision, insertRevision, latestRevision, listRevisions, previousRevision } from '../../store/repositories/revisions.js';
import type { IntegrationRow, RevisionRow } from '../../store/tables.js';
import { rowToFlow } from '../flows/flow-model.js';
import { requireIntegration } from '../integrations/integration-access.js';
import { fieldsToColumns, type IntegrationFields, rowToIntegration, splitSecrets } from '../integrations/integration-model.js';
import { auditIntegrationUpdate } from '../integrations/integration-service.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import { type Bundle, bundleHash, gatherBundle } from './integration-bundle.js';
import { deleteFlowIn, insertFlowIn, replaceFlowIn } from './integration-flow-service.js';
import { insertResourceIn, replaceResourceIn } from './resource-service.js';

export type RevisionType = 'snapshot' | 'revert';

export interface Revision {
  id: string;
  integrationId: string;
  type: RevisionType;
  status: 'completed';
  description: string | null;
  byId: string | null;
  /** The hash of the content the revision holds (after a revert: the restored state). */
  contentHash: string;
  /** The hash of the content before the revision was made: for a snapshot its own content. */
  beforeHash: string;
  createdAt: string;
  /** For a revert: the revision it went back to. */
  revertedTo?: string;
}

export interface RevisionChange {
  resourceType: 'integration' | 'flow' | 'export' | 'import' | 'connection';
  resourceId: string;
  action: 'create' | 'update' | 'delete';
  fieldChanges: FieldChange[];
}

interface StoredSnapshot {
  bundle: Bundle;
  revertedTo?: string;
  /** A revert's hash of the state it replaced. */
  beforeHash?: string;
}

function rowToRevision(row: RevisionRow): Revision {
  const stored = JSON.parse(row.snapshot) as StoredSnapshot;
  return {
    id: row.id,
    integrationId: row.integration_id,
    type: row.type as RevisionType,
    status: 'completed',
    description: row.description,
    byId: row.by_id,
    contentHash: row.content_hash,
    beforeHash: stored.beforeHash ?? row.content_hash,
    createdAt: row.created_at,
    ...(stored.revertedTo ? { revertedTo: stored.revertedTo } : {}),
  };
}

/** Resource-by-resource differences from one bundle to another. */
export function diffBundles(from: Bundle, to: Bundle): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const integrationChanges = diffFields(from.integration, to.integration);
  if (integrationChanges.length > 0)
    changes.push({ resourceType: 'integration', resourceId: '', action: 'update', fieldChanges: integrationChanges });
  const groups = [
    ['flow', from.flows.map((f) => ({ id: f.id, doc: f.fields })), to.flows.map((f) => ({ id: f.id, doc: f.fields }))],
    ['export', from.exports, to.exports],
    ['import', from.imports, to.imports],
    ['connection', from.connections, to.connections],
  ] as const;
  for (const [resourceType, before, after] of groups) {
    const old = new Map<string, unknown>(before.map((r) => [r.id, r.doc]));
    const now = new Map<string, unknown>(after.map((r) => [r.id, r.doc]));
    for (const [id, doc] of now) {
      if (!old.has(id)) changes.push({ resourceType, resourceId: id, action: 'create', fieldChanges: diffFields({}, doc) });
      else {
        const fieldChanges = diffFields(old.get(id), doc);
        if (fieldChanges.length > 0) changes.push({ resourceType, resourceId: id, action: 'update', fieldChanges });
      }
    }
    for (const id of old.keys()) if (!now.has(id)) changes.push({ resourceType, resourceId: id, action: 'delete', fieldChanges: [] });
  }
  return changes;
}

export function createRevisionService(ctx: CoreContext) {
  const key = ctx.encryptionKey;

  async function record(trx: Executor, actor: Actor, row: IntegrationRow, type: RevisionType, description: string | null, extra = {}) {
    const bundle = await gatherBundle(trx, rowToIntegration(key, row), key);
    const revision: RevisionRow = {
      id: newId(),
      organization_id: row.organization_id,
      integration_id: row.id,
      type,
      status: 'completed',
      description,
      snapshot: JSON.stringify({ bundle, ...extra }),
      content_hash: bundleHash(bundle),
      by_id: actor.principal?.tokenId ?? null,
      created_at: nowIso(),
    };
    await insertRevision(trx, revision);
    await recordAudit(trx, actor, {
      ...auditTarget('revision', row, { integrationId: row.id, resourceId: revision.id }),
      event: 'create',
      before: null,
      after: { type, description, contentHash: revision.content_hash },
    });
    return rowToRevision(revision);
  }

  async function loadRevision(db: Executor, integrationId: string, id: string) {
    const row = isId(id) ? await findRevision(db, integrationId, normalizeId(id)) : undefined;
    if (!row) throw notFound('Revision');
    return row;
  }

  /** Puts the integration's own fields back, keeping the secrets it has now where their place survives. */
  async function restoreIntegration(trx: Executor, actor: Actor, row: IntegrationRow, saved: IntegrationFields) {
    const current = rowToIntegration(key, row);
    const secrets = splitSecrets(current).secrets;
    const next: IntegrationFields = {
      ...saved,
      attributes: restoreSecrets(saved.attributes, secrets.attributes ?? {}),
      config: restoreSecrets(saved.config, secrets.config ?? {}),
      settings: restoreSecrets(saved.settings, secrets.settings ?? {}),
    };
    const stored = await updateIntegrationAtVersion(trx, row.id, current.version, {
      ...fieldsToColumns(key, next),
      version: current.version + 1,
      updated_at: nowIso(),
    });
    if (stored) await auditIntegrationUpdate(trx, actor, row, current, next);
    return stored;
  }

  async function restoreChildren(trx: Executor, actor: Actor, row: IntegrationRow, bundle: Bundle) {
    for (const [kind, items] of [
      ['export', bundle.exports],
      ['import', bundle.imports],
    ] as const) {
      for (const item of items) {
        const existing = await findResource(trx, kind, item.id);
        if (!existing) await insertResourceIn(trx, ctx, actor, row.organization_id, kind, item.doc, item.id);
        else if (existing.attributes !== JSON.stringify(item.doc)) {
          if ((await replaceResourceIn(trx, ctx, actor, existing, item.doc)) === MISSED) return false;
        }
      }
    }
    const keep = new Set(bundle.flows.map((f) => f.id));
    for (const flowRow of await findIntegrationFlows(trx, row.id)) {
      if (!keep.has(flowRow.id)) await deleteFlowIn(trx, actor, rowToFlow(flowRow));
    }
    for (const flow of bundle.flows) {
      const existing = await findFlow(trx, flow.id);
      const fields = { ...flow.fields, integrationId: row.id };
      if (!existing) await insertFlowIn(trx, actor, row.organization_id, fields, flow.id);
      else if (existing.organization_id === row.organization_id) {
        if ((await replaceFlowIn(trx, actor, rowToFlow(existing), fields)) === MISSED) return false;
      }
    }
    return true;
  }

  return {
    /** A snapshot; with `ignoreIfNoChanges`, none (null) when nothing changed since the latest revision. */
    create(actor: Actor, integrationId: string, options: { description: string | null; ignoreIfNoChanges: boolean }) {
      return transaction(ctx, async (trx) => {
        const row = await requireIntegration(trx, actor.principal, integrationId);
        if (options.ignoreIfNoChanges) {
          const latest = await latestRevision(trx, row.id);
          const hash = bundleHash(await gatherBundle(trx, rowToIntegration(key, row), key));
          if (latest && latest.content_hash === hash) return null;
        }
        return record(trx, actor, row, 'snapshot', options.description);
      });
    },

    async list(principal: Principal, integrationId: string, page: PageRequest) {
      const row = await requireIntegration(ctx.store.db, principal, integrationId);
      const result = await listRevisions(ctx.store.db, row.id, page);
      return { total: result.total, items: result.rows.map(rowToRevision) };
    },

    async get(principal: Principal, integrationId: string, id: string): Promise<Revision> {
      const row = await requireIntegration(ctx.store.db, principal, integrationId);
      return rowToRevision(await loadRevision(ctx.store.db, row.id, id));
    },

    /** Changes from `againstId` (default: the revision before) to this revision. */
    async diff(principal: Principal, integrationId: string, id: string, againstId?: string) {
      const row = await requireIntegration(ctx.store.db, principal, integrationId);
      const to = await loadRevision(ctx.store.db, row.id, id);
      const from = againstId ? await loadRevision(ctx.store.db, row.id, againstId) : await previousRevision(ctx.store.db, to);
      const empty: Bundle = { integration: {} as IntegrationFields, flows: [], exports: [], imports: [], connections: [] };
      const bundleOf = (r: RevisionRow | undefined) => (r ? (JSON.parse(r.snapshot) as StoredSnapshot).bundle : empty);
      return { fromRevisionId: from?.id ?? null, toRevisionId: to.id, changes: diffBundles(bundleOf(from), bundleOf(to)) };
    },

    /** Restores the integration, its flows, exports and imports as the revision saved them; records a `revert`. */
    revert(actor: Actor, integrationId: string, id: string, description: string | null) {
      // A child changed under the revert (only its integration is locked): all of it runs again.
      return writeRow(ctx, {
        table: 'integrations',
        id: integrationId,
        label: 'integration',
        load: (trx) => requireIntegration(trx, actor.principal, integrationId),
        versionOf: (row) => Number(row.version),
        apply: async (trx, row) => {
          const target = await loadRevision(trx, row.id, id);
          const { bundle } = JSON.parse(target.snapshot) as StoredSnapshot;
          const beforeHash = bundleHash(await gatherBundle(trx, rowToIntegration(key, row), key));
          if (!(await restoreIntegration(trx, actor, row, bundle.integration))) return MISSED;
          if (!(await restoreChildren(trx, actor, row, bundle))) return MISSED;
          const after = await requireIntegration(trx, actor.principal, row.id);
          return record(trx, actor, after, 'revert', description ?? `Revert to revision ${target.id}`, {
            revertedTo: target.id,
            beforeHash,
          });
        },
      });
    },
  };
}

import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { PageRequest } from '../../store/paging.js';
import { pageAuditEvents } from '../../store/repositories/audit-pages.js';
import { findIntegrationFlows } from '../../store/repositories/integration-flows.js';
import { deleteIntegrationRow } from '../../store/repositories/integrations.js';
import { findResources, listResources } from '../../store/repositories/resources.js';
import { deleteIntegrationRevisions } from '../../store/repositories/revisions.js';
import { deleteIntegrationShares } from '../../store/repositories/shares.js';
import type { ResourceRow } from '../../store/tables.js';
import { rowToFlow } from '../flows/flow-model.js';
import { requireIntegration } from '../integrations/integration-access.js';
import { auditView, type Integration, rowToIntegration } from '../integrations/integration-model.js';
import type { IntegrationService } from '../integrations/integration-service.js';
import { canReach } from '../shared/access.js';
import { type AuditRecord, auditTarget, recordAudit, rowToAuditRecord } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { completeStep, currentStep, isConnectionStep, type StepList, stepsOf } from './install-steps.js';
import { registeredConnectionIds } from './integration-bundle.js';
import { deleteFlowIn, flowRefs } from './integration-flow-service.js';
import { type Resource, rowToResource, unprocessableRef } from './resource-service.js';

export interface DependencyItem {
  id: string;
  name: string;
}

/** What hangs off an integrator.io integration: registered connections, flow resources, steps, audit. */
export function createIntegrationLinksService(
  ctx: CoreContext,
  integrations: IntegrationService,
  present: (rows: ResourceRow[]) => Promise<Resource[]>,
) {
  const db = () => ctx.store.db;

  async function usedResourceIds(integrationId: string) {
    const flows = (await findIntegrationFlows(db(), integrationId)).map(rowToFlow);
    return [...new Set(flows.flatMap((f) => flowRefs(f.attributes).map((r) => normalizeId(r.id))))];
  }

  /**
   * Ids of connections the principal reaches (its organization's, and of a connected account its own
   * application's); the first unknown one is a 422 naming its place.
   */
  async function checkConnections(principal: Principal, organizationId: string, ids: string[], field: (i: number) => string) {
    ids.forEach((id, i) => {
      if (!isId(id)) throw unprocessableRef(field(i), 'Please provide a valid _id.');
    });
    const normalized = ids.map(normalizeId);
    const rows = await findResources(db(), organizationId, normalized);
    const found = new Set(
      rows.filter((r) => r.kind === 'connection' && canReach(principal, r.organization_id, r.application_id)).map((r) => r.id),
    );
    normalized.forEach((id, i) => {
      if (!found.has(id)) throw unprocessableRef(field(i), `Connection ${id} was not found.`);
    });
    return normalized;
  }

  return {
    async connections(principal: Principal, id: string, page: PageRequest) {
      const integration = await integrations.get(principal, id);
      const result = await listResources(
        db(),
        integration.organizationId,
        'connection',
        registeredConnectionIds(integration),
        page,
        principal.applicationId,
      );
      return { total: result.total, items: await present(result.rows) };
    },

    /** The exports or imports the integration's flows use. */
    async resources(principal: Principal, id: string, kind: 'export' | 'import', page: PageRequest) {
      const integration = await integrations.get(principal, id);
      const result = await listResources(db(), integration.organizationId, kind, await usedResourceIds(integration.id), page);
      return { total: result.total, items: result.rows.map(rowToResource) };
    },

    async register(actor: Actor, id: string, connectionIds: string[]): Promise<Integration> {
      const principal = actor.principal as Principal;
      const integration = await integrations.get(principal, id);
      const ids = await checkConnections(principal, integration.organizationId, connectionIds, (i) => String(i));
      return integrations.update(actor, integration.id, (current) => ({
        ...current,
        attributes: { ...current.attributes, _registeredConnectionIds: [...new Set([...registeredConnectionIds(current), ...ids])] },
      }));
    },

    async unregister(actor: Actor, id: string, connectionId: string): Promise<Integration> {
      const target = normalizeId(connectionId);
      return integrations.update(actor, id, (current) => {
        const ids = registeredConnectionIds(current);
        if (!ids.includes(target)) throw new AppError('not_found', `Connection ${target} is not registered to this integration`);
        return { ...current, attributes: { ...current.attributes, _registeredConnectionIds: ids.filter((c) => c !== target) } };
      });
    },

    /** Resources used by or using the integration, by type; types with none are left out. */
    async dependencies(principal: Principal, id: string): Promise<Record<string, DependencyItem[]>> {
      const integration = await integrations.get(principal, id);
      const flows = (await findIntegrationFlows(db(), integration.id)).map(rowToFlow);
      const used = (await findResources(db(), integration.organizationId, await usedResourceIds(integration.id))).map(rowToResource);
      const connectionIds = new Set([
        ...registeredConnectionIds(integration),
        ...used.flatMap((r) => (r.connectionId ? [r.connectionId] : [])),
      ]);
      const connections = (await findResources(db(), integration.organizationId, [...connectionIds])).map(rowToResource);
      const item = (r: { id: string; name: string }) => ({ id: r.id, name: r.name });
      const out: Record<string, DependencyItem[]> = {
        flows: flows.map(item),
        exports: used.filter((r) => r.kind === 'export').map(item),
        imports: used.filter((r) => r.kind === 'import').map(item),
        connections: connections.map(item),
      };
      return Object.fromEntries(Object.entries(out).filter(([, items]) => items.length > 0));
    },

    async steps(principal: Principal, id: string, list: StepList) {
      return stepsOf(await integrations.get(principal, id), list);
    },

    async completeStep(actor: Actor, id: string, list: StepList, input: { _connectionId?: string }) {
      const principal = actor.principal as Principal;
      const integration = await integrations.get(principal, id);
      const step = currentStep(integration, list);
      let connectionId: string | undefined;
      if (step && isConnectionStep(step) && input._connectionId !== undefined) {
        [connectionId] = await checkConnections(principal, integration.organizationId, [input._connectionId], () => '_connectionId');
      }
      const updated = await integrations.update(actor, integration.id, (current) =>
        completeStep(current, list, { _connectionId: connectionId }),
      );
      return stepsOf(updated, list);
    },

    /** Deletes the integration with its flows, shares and revisions in one transaction. */
    async delete(actor: Actor, id: string): Promise<void> {
      await transaction(ctx, async (trx) => {
        const row = await requireIntegration(trx, actor.principal, id);
        for (const flowRow of await findIntegrationFlows(trx, row.id)) await deleteFlowIn(trx, actor, rowToFlow(flowRow));
        await deleteIntegrationShares(trx, row.id);
        await deleteIntegrationRevisions(trx, row.id);
        await deleteIntegrationRow(trx, row.id);
        await recordAudit(trx, actor, {
          ...auditTarget('integration', row, { integrationId: row.id }),
          event: 'delete',
          before: auditView(rowToIntegration(ctx.encryptionKey, row)),
          after: null,
        });
      });
    },

    /** Audit events of the organization, or of one integration and what it owns, newest first. */
    async audit(principal: Principal, integrationId: string | null, range: { from?: string; to?: string }, page: PageRequest) {
      const integration = integrationId ? await integrations.get(principal, integrationId) : null;
      const result = await pageAuditEvents(
        db(),
        {
          organizationId: principal.organizationId,
          integrationId: integration?.id,
          reachableFrom: principal.applicationId ?? undefined,
          ...range,
        },
        page,
      );
      const items: AuditRecord[] = result.rows.map(rowToAuditRecord);
      return { total: result.total, items };
    },
  };
}

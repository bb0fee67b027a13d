import type { JsonObject } from '../../lib/json.js';
import type { FlowRow } from '../../store/tables.js';

export interface FlowTrigger {
  type: string;
  key?: string;
  config?: JsonObject;
  [extra: string]: unknown;
}

/** A Losant workflow or an integrator.io flow. */
export interface Flow {
  id: string;
  organizationId: string;
  applicationId: string | null;
  integrationId: string | null;
  name: string;
  description: string | null;
  enabled: boolean;
  triggers: FlowTrigger[];
  nodes: unknown[];
  attributes: JsonObject;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type FlowFields = Pick<Flow, 'name' | 'description' | 'enabled' | 'triggers' | 'nodes' | 'attributes' | 'integrationId'>;

export function rowToFlow(row: FlowRow): Flow {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    integrationId: row.integration_id,
    name: row.name,
    description: row.description,
    enabled: Boolean(row.enabled),
    triggers: JSON.parse(row.triggers),
    nodes: JSON.parse(row.nodes),
    attributes: JSON.parse(row.attributes),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function flowFieldsToColumns(fields: FlowFields) {
  return {
    name: fields.name,
    description: fields.description,
    enabled: fields.enabled ? 1 : 0,
    integration_id: fields.integrationId,
    triggers: JSON.stringify(fields.triggers),
    nodes: JSON.stringify(fields.nodes),
    attributes: JSON.stringify(fields.attributes),
  };
}

export function flowAuditView(flow: FlowFields) {
  const { name, description, enabled, triggers, nodes, attributes, integrationId } = flow;
  return { name, description, enabled, triggers, nodes, attributes, integrationId };
}

/** Integration ids named by `integration` triggers; kept in an index table for cascading deletes. */
export function triggeredIntegrationIds(triggers: FlowTrigger[]): string[] {
  const ids = triggers.filter((t) => t.type === 'integration' && typeof t.key === 'string').map((t) => (t.key as string).toLowerCase());
  return [...new Set(ids)];
}

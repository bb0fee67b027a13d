import { isObject, type JsonObject } from '../../lib/json.js';
import type { FlowRow } from '../../store/tables.js';

export interface WorkflowTrigger {
  type: string;
  key?: string;
  config: JsonObject;
  outputIds: string[][];
  /** What `triggerId` says in the payload. */
  triggerId: string;
}

export interface WorkflowNode {
  id: string;
  type: string;
  config: JsonObject;
  outputIds: string[][];
  label: string | null;
}

/** A stored Losant workflow as the runner uses it. */
export interface Workflow {
  id: string;
  organizationId: string;
  applicationId: string;
  name: string;
  enabled: boolean;
  version: number;
  triggers: WorkflowTrigger[];
  nodes: Map<string, WorkflowNode>;
  /** `globals [{key, json}]`, parsed; a value that is not JSON stays its text. */
  globals: JsonObject;
}

const outputIdsOf = (value: unknown): string[][] =>
  Array.isArray(value) ? value.map((ids) => (Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [])) : [];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function workflowFromRow(row: FlowRow): Workflow {
  const triggers = (Array.isArray(parse(row.triggers)) ? (parse(row.triggers) as unknown[]) : []).filter(isObject);
  const nodes = (Array.isArray(parse(row.nodes)) ? (parse(row.nodes) as unknown[]) : []).filter(isObject);
  const attributes = parse(row.attributes);
  const globals: JsonObject = {};
  const declared = isObject(attributes) && Array.isArray(attributes.globals) ? attributes.globals.filter(isObject) : [];
  for (const g of declared) {
    if (typeof g.key !== 'string') continue;
    globals[g.key] = typeof g.json === 'string' ? parseJson(g.json) : (g.value ?? null);
  }
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id ?? '',
    name: row.name,
    enabled: Boolean(row.enabled),
    version: Number(row.version),
    triggers: triggers.map((t, i) => {
      const meta = isObject(t.meta) ? t.meta : {};
      const key = typeof t.key === 'string' ? t.key : undefined;
      const uiId = typeof meta.uiId === 'string' ? meta.uiId : typeof t.uiId === 'string' ? t.uiId : undefined;
      return {
        type: String(t.type ?? ''),
        key,
        config: isObject(t.config) ? t.config : {},
        outputIds: outputIdsOf(t.outputIds),
        triggerId: key ?? uiId ?? `${t.type}-${i}`,
      };
    }),
    nodes: new Map(
      nodes.map((n, i) => {
        const id = typeof n.id === 'string' ? n.id : `node-${i}`;
        const meta = isObject(n.meta) ? n.meta : {};
        const node: WorkflowNode = {
          id,
          type: String(n.type ?? ''),
          config: isObject(n.config) ? n.config : {},
          outputIds: outputIdsOf(n.outputIds),
          label: typeof meta.label === 'string' ? meta.label : null,
        };
        return [id, node];
      }),
    ),
    globals,
  };
}

const LIVE_EVENT_TYPES = ['connect', 'message', 'disconnect', 'failure'] as const;

/** Whether an integration trigger fires on this event type: an empty config means messages only. */
export function integrationTriggerWants(trigger: WorkflowTrigger, eventType: string): boolean {
  const asked = LIVE_EVENT_TYPES.filter((t) => trigger.config[t] === true);
  if (asked.length === 0) return eventType === 'message' && trigger.config.message !== false;
  return (asked as string[]).includes(eventType);
}

import { newId } from '../../lib/ids.js';
import { type DebugEntry, NODE_TYPES, type NodeContext, NodeError, type Payload } from './nodes.js';
import { PathError } from './payload-path.js';
import { TemplateError } from './templates.js';
import type { Workflow, WorkflowTrigger } from './workflow-model.js';

export interface RunLimits {
  /** Node executions one run may make (loops in the graph end here). */
  maxSteps: number;
  /** Wall time one run may take. */
  maxRunMs: number;
}

export const DEFAULT_RUN_LIMITS: RunLimits = { maxSteps: 1_000, maxRunMs: 60_000 };

/** What fired a run: the trigger and Losant's `data`, `relayId` and `relayType`. */
export interface RunStart {
  workflow: Workflow;
  trigger: WorkflowTrigger;
  data: unknown;
  time: Date;
  relayId: string;
  relayType: string;
}

export interface RunError {
  time: string;
  nodeId: string;
  nodeLabel: string | null;
  name: string;
  message: string;
}

export interface RunRecord {
  id: string;
  flowId: string;
  triggerType: string;
  triggerId: string;
  status: 'completed' | 'failed';
  startedAt: string;
  wallTimeMs: number;
  steps: number;
  pathsCompleted: number;
  pathsFailed: number;
  debug: DebugEntry[];
  errors: RunError[];
}

export type RunDeps = Omit<NodeContext, 'applicationId' | 'debug' | 'deadline'> & { limits: RunLimits };

/** Debug output one run keeps: entries, and their JSON size together. */
const MAX_DEBUG_PER_RUN = 20;
const MAX_DEBUG_CHARS_PER_RUN = 65_536;
const KNOWN = Object.keys(NODE_TYPES).join(', ');

/** Each run gets its own globals; a workflow without any needs no deep copy. */
function copyOfGlobals(globals: Workflow['globals']): Workflow['globals'] {
  return Object.keys(globals).length > 0 ? structuredClone(globals) : {};
}

/** Losant's payload: `{time, data, relayId, relayType, triggerId, triggerType, applicationId, flowId, globals}`. */
export function startPayload(start: RunStart): Payload {
  return {
    time: start.time,
    data: start.data,
    relayId: start.relayId,
    relayType: start.relayType,
    triggerId: start.trigger.triggerId,
    triggerType: start.trigger.type,
    applicationId: start.workflow.applicationId,
    flowId: start.workflow.id,
    globals: copyOfGlobals(start.workflow.globals),
  };
}

class RunTimeout extends Error {}

/**
 * Runs a workflow from one trigger: each output's nodes in turn, a fork giving each branch its own copy of
 * the payload. A node that fails ends the whole run (Losant halts every path), with its error kept.
 */
export async function runWorkflow(start: RunStart, deps: RunDeps): Promise<RunRecord> {
  const began = Date.now();
  const { workflow, trigger } = start;
  const debug: DebugEntry[] = [];
  let debugChars = 0;
  const errors: RunError[] = [];
  const ctx: NodeContext = {
    applicationId: workflow.applicationId,
    publisher: deps.publisher,
    httpDispatcher: deps.httpDispatcher,
    integrationInApplication: deps.integrationInApplication,
    debug: (entry) => {
      const size = JSON.stringify(entry).length;
      if (debug.length >= MAX_DEBUG_PER_RUN || debugChars + size > MAX_DEBUG_CHARS_PER_RUN) return;
      debugChars += size;
      debug.push(entry);
    },
    deadline: began + deps.limits.maxRunMs,
  };
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunTimeout()), deps.limits.maxRunMs);
  });
  expired.catch(() => {});
  let steps = 0;
  let pathsCompleted = 0;
  let pathsFailed = 0;
  const stack: { nodeId: string; payload: Payload }[] = [];
  const follow = (ids: string[] | undefined, payload: Payload) => {
    if (!ids || ids.length === 0) {
      pathsCompleted++;
      return;
    }
    // Later branches get a copy taken now, before the first branch changes the payload.
    for (let i = ids.length - 1; i >= 0; i--) stack.push({ nodeId: ids[i], payload: i === 0 ? payload : structuredClone(payload) });
  };
  const fail = (nodeId: string, name: string, message: string) => {
    pathsFailed++;
    const node = workflow.nodes.get(nodeId);
    errors.push({ time: new Date().toISOString(), nodeId, nodeLabel: node?.label ?? null, name, message });
  };

  follow(trigger.outputIds[0], startPayload(start));
  try {
    while (stack.length > 0) {
      const { nodeId, payload } = stack.pop() as { nodeId: string; payload: Payload };
      const node = workflow.nodes.get(nodeId);
      if (steps >= deps.limits.maxSteps) {
        fail(nodeId, 'RunLimitError', `The run stopped after ${deps.limits.maxSteps} steps, the per-run cap`);
        break;
      }
      steps++;
      if (!node) {
        fail(nodeId, 'ValidationError', `Node "${nodeId}" is named in an outputIds list but the workflow has no such node`);
        break;
      }
      const execute = NODE_TYPES[node.type];
      if (!execute) {
        fail(nodeId, 'UnknownNodeType', `Node "${nodeId}" has type "${node.type}", which Junction does not run (it runs ${KNOWN})`);
        break;
      }
      try {
        const result = execute(node, payload, ctx);
        const output = typeof result === 'number' ? result : await Promise.race([result, expired]);
        follow(node.outputIds[output], payload);
      } catch (error) {
        if (error instanceof RunTimeout) {
          fail(nodeId, 'RunLimitError', `The run took longer than ${deps.limits.maxRunMs} ms, the per-run cap`);
        } else if (error instanceof NodeError) {
          fail(nodeId, error.errorName, error.message);
        } else if (error instanceof TemplateError || error instanceof PathError) {
          fail(nodeId, 'ValidationError', `${node.type}: ${error.message}`);
        } else {
          fail(nodeId, 'Error', `${node.type}: ${(error as Error)?.message ?? String(error)}`);
        }
        break;
      }
      if (Date.now() > ctx.deadline && stack.length > 0) {
        fail(stack[stack.length - 1].nodeId, 'RunLimitError', `The run took longer than ${deps.limits.maxRunMs} ms, the per-run cap`);
        break;
      }
    }
  } finally {
    clearTimeout(timer);
  }
  return {
    id: newId(),
    flowId: workflow.id,
    triggerType: trigger.type,
    triggerId: trigger.triggerId,
    status: errors.length > 0 ? 'failed' : 'completed',
    startedAt: new Date(began).toISOString(),
    wallTimeMs: Date.now() - began,
    steps,
    pathsCompleted,
    pathsFailed,
    debug,
    errors,
  };
}

import type { JsonObject } from '../../lib/json.js';

/** A flow and the exports and imports it uses, as stored (no connection secrets). */
export interface FlowDocuments {
  flow: { id: string; organizationId: string; integrationId: string | null; disabled: boolean; doc: JsonObject };
  exports: Map<string, JsonObject>;
  imports: Map<string, JsonObject>;
}

/** One upstream request of a step; `uri` is relative to the connection's base URI, or absolute on its origin. */
export interface StepRequest {
  method: string;
  uri: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Every HTTP status comes back as an answer; what could not be sent or timed out throws a StepFailure. */
export interface StepAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface StepOwner {
  organizationId: string;
  connectionId: string;
  jobId: string;
}

/** What the core hands the flow runtime: it knows connections, their secrets, the call log and the audit. */
export interface FlowPorts {
  load(organizationId: string, flowId: string): Promise<FlowDocuments | null>;
  send(owner: StepOwner, request: StepRequest): Promise<StepAnswer>;
  /** A flow job ended (any final status); the core runs the flows it chains. */
  ended?(job: { id: string; organizationId: string; flowId: string; status: string }): Promise<void>;
  /** A schedule fired: queue a run (once per `triggerKey` across nodes). */
  fire?(organizationId: string, flowId: string, exportIds: string[] | null, triggerKey: string): Promise<void>;
}

/** A step that could not get an answer it can use. `retriable`: trying later may work (timeouts, 5xx, 429). */
export class StepFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

const RETRIABLE_CODES = new Set(['upstream_timeout', 'upstream_error', 'rate_limited', 'unavailable']);

/** An error thrown by a port as a StepFailure (the engine's errors carry a `code`). */
export function asStepFailure(error: unknown): StepFailure {
  if (error instanceof StepFailure) return error;
  const { code, message } = error as { code?: string; message?: string };
  const known = typeof code === 'string' ? code : 'unexpected_error';
  return new StepFailure(known, message ?? String(error), RETRIABLE_CODES.has(known));
}

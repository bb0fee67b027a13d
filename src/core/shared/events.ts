import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import { appendEvent } from '../../store/repositories/events.js';

/** Junction's own events (inbound webhooks add `record:<event_type>`). */
export type EventType =
  | 'integrated_account:created'
  | 'integrated_account:active'
  | 'integrated_account:reauth_required'
  | 'integrated_account:authentication_error'
  | 'integrated_account:deleted'
  | 'environment_integration:created'
  | 'environment_integration:deleted'
  | 'job:completed'
  | 'job:failed'
  | `record:${string}`;

export interface EventEntry {
  organizationId: string;
  /** The environment; null for organization-wide events. */
  applicationId: string | null;
  /** What the event is ordered within: the account, the install, the flow. */
  stream: string;
  type: EventType;
  payload: unknown;
}

/**
 * Writes an event to the outbox in the caller's transaction (as `recordAudit` writes the audit), with the
 * deliveries of the webhooks that ask for it. Returns those deliveries' ids.
 */
export async function recordEvent(trx: Executor, entry: EventEntry): Promise<string[]> {
  const { deliveryIds } = await appendEvent(trx, {
    organizationId: entry.organizationId,
    applicationId: entry.applicationId,
    streamKey: entry.stream,
    type: entry.type,
    payload: entry.payload,
    createdAt: nowIso(),
  });
  return deliveryIds;
}

import type { Executor } from '../../store/executor.js';
import { LIVE_TYPES } from '../../store/repositories/live-integrations.js';
import { findLiveStatuses } from '../../store/repositories/live-status.js';
import type { LiveStatusRow } from '../../store/tables.js';
import type { Integration, IntegrationStatus } from './integration-model.js';

/** Losant types Junction stores but does not connect: their status says so. */
const NOT_CONNECTED: Record<string, string> = {
  googlePubSub: 'Junction stores Google Pub/Sub integrations but does not connect them',
  azureEventHub: 'Junction stores Azure Event Hub integrations but does not connect them',
  sqs: 'Junction stores Amazon SQS integrations but does not connect them',
  particle: 'Junction stores Particle integrations but does not connect them',
};

const isLive = (type: string | null) => (LIVE_TYPES as readonly string[]).includes(type ?? '');
const ms = (text: string | null) => (text === null ? null : Date.parse(text));

/** The status of an integration of a Losant type, from what the node holding its connection stored. */
export function statusOf(type: string | null, row: LiveStatusRow | undefined): IntegrationStatus | undefined {
  if (type && NOT_CONNECTED[type]) return { connectInfo: { ts: null }, disconnectInfo: { ts: null, error: NOT_CONNECTED[type] } };
  if (!isLive(type)) return undefined;
  const status: IntegrationStatus = {
    connectInfo: { ts: ms(row?.connected_at ?? null) },
    disconnectInfo: { ts: ms(row?.disconnected_at ?? null), ...(row?.error ? { error: row.error } : {}) },
  };
  if (row?.last_keep_alive_at) status.lastKeepAlive = Date.parse(row.last_keep_alive_at);
  if (row?.next_attempt_at) status.nextAttempt = Date.parse(row.next_attempt_at);
  return status;
}

/** The integrations with their `status` (one query for the live ones among them; none for the others). */
export async function withStatus(db: Executor, integrations: Integration[]): Promise<Integration[]> {
  const live = integrations.filter((i) => isLive(i.integrationType)).map((i) => i.id);
  const rows = await findLiveStatuses(db, live);
  return integrations.map((i) => {
    const status = statusOf(i.integrationType, rows.get(i.id));
    return status ? { ...i, status } : i;
  });
}

export const isLiveType = isLive;

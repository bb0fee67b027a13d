import { randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Store } from '../../store/database.js';
import type { Executor } from '../../store/executor.js';
import { findEvent } from '../../store/repositories/events.js';
import {
  claimDelivery,
  dueDeliveries,
  failUndoneDeliveries,
  findDelivery,
  insertAttempt,
  settleDelivery,
} from '../../store/repositories/webhook-deliveries.js';
import { findWebhook, updateWebhook } from '../../store/repositories/webhooks.js';
import type { EventRow, WebhookRow } from '../../store/tables.js';
import { createPgBossQueue } from '../flows/pg-boss-queue.js';
import { createStoreQueue, type DueRows, type RunQueue } from '../flows/queue.js';
import { type DeliveryOutcome, sendDelivery } from './deliver.js';

export interface DeliveryOptions {
  /** Deliveries one node sends at once. */
  concurrency: number;
  pollMs: number;
  /** Attempts per delivery, and the wait before attempt n+1: backoffMs · 2^(n-1), at most maxBackoffMs. */
  attempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  /** How long a claimed delivery is this node's; a node that died lets it go after this. */
  claimMs: number;
  /** A webhook whose deliveries have failed for longer than this is switched off (`is_active: false`). */
  failureWindowMs: number;
  drainMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  concurrency: 16,
  pollMs: 500,
  attempts: 3,
  backoffMs: 1_000,
  maxBackoffMs: 10_000,
  timeoutMs: 10_000,
  claimMs: 30_000,
  failureWindowMs: 24 * 3_600_000,
  drainMs: 10_000,
};

/** What the core hands the delivery runtime. */
export interface DeliveryPorts {
  /** The webhook's signing secret from its stored (sealed) form. */
  secretOf(sealed: string): string;
  /** Where outbound connections are made (the egress policy); undici's global dispatcher when absent. */
  dispatcher?(): Dispatcher | undefined | Promise<Dispatcher | undefined>;
}

/** The body of a delivery: the event as a subscriber sees it (`id` is the event's, the same on every retry). */
export function deliveryBody(event: EventRow, webhook: Pick<WebhookRow, 'id' | 'application_id'>): string {
  return JSON.stringify({
    id: event.id,
    event: event.event_type,
    payload: JSON.parse(event.payload),
    environment_id: event.application_id ?? webhook.application_id,
    webhook_id: webhook.id,
    created_at: event.created_at,
  });
}

const dueRows: DueRows = (store, now, limit) => dueDeliveries(store.db, now, limit);

/**
 * Sends webhook deliveries from the queue: claims each in the store (one node sends it), records every
 * attempt, retries with backoff, and switches off a webhook that keeps failing. At least once: a claim of
 * a node that died runs out and the delivery is sent again, so subscribers de-duplicate on `id`.
 */
export function createDeliveryRuntime(store: Store, ports: DeliveryPorts, options: DeliveryOptions) {
  const nodeId = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const active = new Map<string, Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let queue: RunQueue | null = null;
  let starting: Promise<void> | null = null;
  let stopped = false;

  const later = (ms: number, work: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      work();
    }, ms);
    t.unref();
    timers.add(t);
  };

  /** Records one attempt of a delivery (or of a test send, which has none) in the delivery log. */
  async function logAttempt(
    db: Executor,
    webhook: WebhookRow,
    event: EventRow,
    deliveryId: string | null,
    attempt: number,
    outcome: DeliveryOutcome,
  ) {
    await insertAttempt(db, {
      id: newId(),
      organization_id: webhook.organization_id,
      application_id: webhook.application_id ?? event.application_id,
      webhook_id: webhook.id,
      delivery_id: deliveryId,
      event_id: event.id,
      event_type: event.event_type,
      attempt,
      target_url: webhook.target_url,
      status_code: outcome.status,
      latency_ms: outcome.latencyMs,
      error: outcome.error,
      created_at: nowIso(),
    });
  }

  /** A failure counts towards the webhook's failing window; past it, the webhook is switched off. */
  async function noteFailure(db: Executor, webhook: WebhookRow) {
    const now = nowIso();
    if (!webhook.failing_since) {
      await updateWebhook(db, webhook.id, { failing_since: now });
      return;
    }
    if (Date.now() - Date.parse(webhook.failing_since) <= options.failureWindowMs) return;
    await updateWebhook(db, webhook.id, { is_active: 0, updated_at: now });
    await failUndoneDeliveries(db, webhook.id, 'The webhook was switched off after failing for too long.', now);
  }

  async function send(deliveryId: string) {
    const delivery = await findDelivery(store.db, deliveryId);
    if (!delivery) return;
    const [event, webhook] = await Promise.all([findEvent(store.db, delivery.event_id), findWebhook(store.db, delivery.webhook_id)]);
    if (!event || !webhook?.is_active) {
      const reason = event ? 'The webhook is inactive.' : 'The event is gone.';
      await settleDelivery(store.db, delivery.id, nodeId, {
        status: 'failed',
        last_error: reason,
        claimed_until: null,
        updated_at: nowIso(),
      });
      return;
    }
    const outcome = await sendDelivery(webhook.target_url, deliveryBody(event, webhook), ports.secretOf(webhook.secret), {
      timeoutMs: options.timeoutMs,
      dispatcher: await ports.dispatcher?.(),
    });
    const now = nowIso();
    const wait = Math.min(options.backoffMs * 2 ** (delivery.attempts - 1), options.maxBackoffMs);
    const retry = outcome.error !== null && delivery.attempts < options.attempts;
    // The attempt's log row, the delivery's new state and the webhook's failure count commit together.
    await store.db.transaction().execute(async (trx) => {
      await logAttempt(trx, webhook, event, delivery.id, delivery.attempts, outcome);
      const settled = { last_error: outcome.error, claimed_until: null, updated_at: now };
      if (outcome.error === null) {
        await settleDelivery(trx, delivery.id, nodeId, { ...settled, status: 'delivered' });
        if (webhook.failing_since) await updateWebhook(trx, webhook.id, { failing_since: null });
        return;
      }
      const state = retry ? { status: 'pending', next_at: new Date(Date.now() + wait).toISOString() } : { status: 'failed' };
      await settleDelivery(trx, delivery.id, nodeId, { ...settled, ...state });
      await noteFailure(trx, webhook);
    });
    if (retry) later(wait, () => void queue?.send(delivery.id).catch(() => {}));
  }

  async function handle(deliveryId: string) {
    if (stopped || active.size >= options.concurrency || active.has(deliveryId)) return;
    const now = nowIso();
    const claimedUntil = new Date(Date.now() + options.claimMs).toISOString();
    if (!(await claimDelivery(store.db, deliveryId, now, { nodeId, claimedUntil }))) return;
    const run = send(deliveryId)
      .catch(() => {})
      .finally(() => {
        active.delete(deliveryId);
        // The next delivery of the stream (or any other waiting for a free slot).
        if (!stopped) void next().catch(() => {});
      });
    active.set(deliveryId, run);
  }

  async function next() {
    for (const row of await dueDeliveries(store.db, nowIso(), options.concurrency)) await handle(row.id);
  }

  async function start() {
    if (stopped) return;
    queue =
      store.dialect === 'postgres'
        ? createPgBossQueue(store, {
            name: 'webhook-deliveries',
            due: dueRows,
            pollMs: options.pollMs,
            sweepMs: options.pollMs,
            pollingSeconds: Math.max(0.5, options.pollMs / 1000),
          })
        : createStoreQueue(store, { pollMs: options.pollMs }, dueRows);
    await queue.start(handle);
  }

  const ensureStarted = () => {
    starting ??= start();
    return starting;
  };

  return {
    nodeId,
    start: ensureStarted,
    /** Deliveries committed just now: send them without waiting for the next poll. */
    async notify(deliveryIds: string[]) {
      if (stopped || !starting) return;
      await starting.catch(() => {});
      for (const id of deliveryIds) await queue?.send(id).catch(() => {});
    },
    /** Sends one delivery now, outside the queue (`POST /webhook/test`); logged like any attempt. */
    async sendOnce(webhook: WebhookRow, event: EventRow): Promise<DeliveryOutcome> {
      const outcome = await sendDelivery(webhook.target_url, deliveryBody(event, webhook), ports.secretOf(webhook.secret), {
        timeoutMs: options.timeoutMs,
        dispatcher: await ports.dispatcher?.(),
      });
      await logAttempt(store.db, webhook, event, null, 1, outcome).catch(() => {});
      return outcome;
    },
    /** Takes no new deliveries; lets the ones in flight finish for `drainMs` (the rest are sent again later). */
    async stop() {
      if (stopped) return;
      stopped = true;
      await starting?.catch(() => {});
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await queue?.stop();
      await Promise.race([Promise.all(active.values()), new Promise((r) => setTimeout(r, options.drainMs).unref())]);
    },
  };
}

export type DeliveryRuntime = ReturnType<typeof createDeliveryRuntime>;

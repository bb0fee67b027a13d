import { AppError, notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { createRateBuckets } from '../../lib/rate-buckets.js';
import { evaluate } from '../../runtime/engine/expressions.js';
import { resolve } from '../../runtime/engine/placeholders.js';
import type { DeliveryRuntime } from '../../runtime/events/delivery-runtime.js';
import { type InboundAnswer, type InboundRequest, parseInboundBody } from '../../runtime/events/inbound-request.js';
import { freshTimestamp, passes } from '../../runtime/events/verify.js';
import type { Executor } from '../../store/executor.js';
import { findInstallation } from '../../store/repositories/installations.js';
import { findIntegratedAccount } from '../../store/repositories/integrated-accounts.js';
import { type AccountRow, isAccountRow, rowToAccount } from '../connections/integrated-account-model.js';
import type { CoreContext } from '../shared/context.js';
import { transaction } from '../shared/context.js';
import { recordEvent } from '../shared/events.js';
import type { createEffectiveConfig } from './effective-config.js';
import { trutoCheckOf } from './webhook-verification.js';

export interface InboundOptions {
  /** How far a signed timestamp may be from now (replay protection); a config's `replay_window_seconds` wins. */
  replayWindowMs: number;
  /** Inbound webhooks one account (or install) may send, per node. */
  perSecond: number;
  burst: number;
}

export const DEFAULT_INBOUND_OPTIONS: InboundOptions = { replayWindowMs: 5 * 60_000, perSecond: 50, burst: 200 };

interface Target {
  organizationId: string;
  environmentId: string;
  integrationId: string;
  installationId: string | null;
  account: { id: string; context: JsonObject } | null;
}

/** One element of a `payload_transform` result. */
interface RecordEvent {
  event_type?: unknown;
  resource_id?: unknown;
  resource_type?: unknown;
  raw?: unknown;
  integrated_account_id?: unknown;
}

const refused = (message: string) => new AppError('unauthorized', message);

/**
 * Truto's inbound webhooks: the effective config's `webhook` verifies a request (or answers a provider's
 * challenge) and turns it into `record:<event_type>` events of the account, in one transaction.
 */
export function createInboundWebhookService(
  ctx: CoreContext,
  effective: ReturnType<typeof createEffectiveConfig>,
  deliveries: Pick<DeliveryRuntime, 'notify'>,
  options: InboundOptions,
) {
  const buckets = createRateBuckets({ perSecond: options.perSecond, burst: options.burst });
  // Signatures seen within the replay window, so one signed request is taken once (per node).
  const seen = new Map<string, number>();

  async function accountTarget(id: string): Promise<Target> {
    const row = isId(id) ? await findIntegratedAccount(ctx.store.db, normalizeId(id)) : undefined;
    if (!row || !isAccountRow(row) || !row.application_id) throw notFound('Integrated account');
    const account = rowToAccount(ctx.encryptionKey, row as AccountRow);
    return {
      organizationId: account.organizationId,
      environmentId: row.application_id,
      integrationId: account.integrationId,
      installationId: null,
      account: { id: account.id, context: account.context },
    };
  }

  async function installTarget(id: string): Promise<Target> {
    const row = isId(id) ? await findInstallation(ctx.store.db, normalizeId(id)) : undefined;
    if (!row) throw notFound('Environment integration');
    return {
      organizationId: row.organization_id,
      environmentId: row.application_id,
      integrationId: row.integration_id,
      installationId: row.id,
      account: null,
    };
  }

  function notReplayed(key: string, windowMs: number) {
    const now = Date.now();
    if (seen.size > 50_000) for (const [k, at] of seen) if (now - at > windowMs) seen.delete(k);
    const at = seen.get(key);
    if (at !== undefined && now - at <= windowMs) return false;
    seen.set(key, now);
    return true;
  }

  async function verify(webhook: JsonObject, target: Target, request: InboundRequest, body: unknown) {
    if (!isObject(webhook.signature_verification)) return;
    // Secrets may sit in the account's context: `{{context.webhook_secret}}`.
    const config = resolve(webhook.signature_verification, { context: target.account?.context ?? {} }) as JsonObject;
    const { check, timestamp, replayWindowMs } = trutoCheckOf(config, request, body);
    if (!(await passes(check))) throw refused('The webhook did not pass its signature verification.');
    if (timestamp === undefined) return;
    const windowMs = replayWindowMs ?? options.replayWindowMs;
    const signature = check.kind === 'hmac' ? check.signature : '';
    if (!freshTimestamp(timestamp, windowMs) || !notReplayed(`${target.account?.id ?? target.installationId}:${signature}`, windowMs)) {
      throw refused('The webhook is signed with a timestamp outside the accepted window, or was received before.');
    }
  }

  async function receive(target: Target, request: InboundRequest): Promise<InboundAnswer> {
    if (!buckets.take(target.account?.id ?? target.installationId ?? '')) {
      throw new AppError('rate_limited', 'Too many webhooks for this account; slow down.');
    }
    const config = await effective.configOf({ integrationId: target.integrationId, applicationId: target.environmentId });
    const webhook = config && isObject(config.webhook) ? config.webhook : null;
    if (!webhook) throw notFound('Webhook configuration of the integration');
    const body = parseInboundBody(request);
    const scope = { headers: request.headers, query: request.query, body };
    if (typeof webhook.handle_verification === 'string' && webhook.handle_verification.trim() !== '') {
      const answer = await evaluate(webhook.handle_verification, scope);
      if (isObject(answer) && Number.isInteger(answer.statusCode)) return { status: answer.statusCode as number, body: answer.body };
    }
    await verify(webhook, target, request, body);
    const transformed =
      typeof webhook.payload_transform === 'string' && webhook.payload_transform.trim() !== ''
        ? await evaluate(webhook.payload_transform, scope)
        : [{ event_type: 'unknown', raw: body }];
    const items = (
      Array.isArray(transformed) ? transformed : transformed === undefined || transformed === null ? [] : [transformed]
    ).filter(isObject) as RecordEvent[];
    const ids = await transaction(ctx, async (trx) => {
      const all: string[] = [];
      for (const item of items) {
        const accountId = target.account?.id ?? (await accountOfInstall(trx, target, item.integrated_account_id));
        const type = typeof item.event_type === 'string' && item.event_type !== '' ? item.event_type : 'unknown';
        const payload = {
          integrated_account_id: accountId,
          environment_integration_id: target.installationId,
          integration_id: target.integrationId,
          event_type: type,
          resource_id: item.resource_id ?? null,
          resource_type: item.resource_type ?? null,
          raw: item.raw === undefined ? body : item.raw,
        };
        const stream = accountId ?? (target.installationId as string);
        all.push(
          ...(await recordEvent(trx, {
            organizationId: target.organizationId,
            applicationId: target.environmentId,
            stream,
            type: `record:${type}`,
            payload,
          })),
        );
      }
      return all;
    });
    await deliveries.notify(ids);
    return { status: 200, body: { success: true } };
  }

  /** An install's webhook names its account by `integrated_account_id` (one of the install's), else the event is the install's. */
  async function accountOfInstall(db: Executor, target: Target, id: unknown): Promise<string | null> {
    if (!isId(id)) return null;
    const row = await findIntegratedAccount(db, normalizeId(id));
    const ok = row && isAccountRow(row) && row.integration_id === target.integrationId && row.application_id === target.environmentId;
    return ok ? row.id : null;
  }

  return {
    forAccount: async (id: string, request: InboundRequest) => receive(await accountTarget(id), request),
    forInstall: async (id: string, request: InboundRequest) => receive(await installTarget(id), request),
  };
}

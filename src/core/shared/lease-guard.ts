import { AppError, type ErrorCode, type ErrorDetail } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { acquireLease, findLease, handOverLease, releaseLease } from '../../store/repositories/leases.js';
import type { CoreContext } from './context.js';

/** The holder a failed run hands its lease to: the lease then fails every node fast until it expires. */
const COOLDOWN = 'cooldown';
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

export interface GuardedWork<T> {
  /** The outcome that makes the work unnecessary (another node did it), or null; run before and after locking. */
  settled(): Promise<T | null>;
  work(): Promise<T>;
  /**
   * What the work's inputs were (read after `settled`): a cool-down holds only while it is the same, so
   * fixing the cause (new credentials) ends it at once.
   */
  inputs?(): string;
}

export interface GuardOptions {
  /** How long a holder may take before another node may take over (its node may have died). */
  ttlMs: number;
  /** After the work fails with an AppError, that error is answered for this long without running it again. */
  cooldownMs: number;
}

interface Note {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  inputs?: string;
}

function noteOf(error: AppError, inputs: string | undefined): string {
  return JSON.stringify({ code: error.code, message: error.message, details: error.details, inputs } satisfies Note);
}

const inputsOf = (note: string | null) => (JSON.parse(note ?? '{}') as Partial<Note>).inputs;

function errorOf(note: string | null, until: string): AppError {
  const parsed = JSON.parse(note ?? '{}') as Partial<Note>;
  const details = [...(parsed.details ?? []), { path: 'retry_at', message: until }];
  return new AppError(parsed.code ?? 'unavailable', parsed.message ?? 'The work failed recently; retry later', details);
}

/**
 * Work done once across every node sharing the store, guarded by a lease row. While another node holds the
 * lease, callers poll `settled` with a short backoff; when the lease is free or its holder's time is up,
 * they take it. No transaction stays open while the work runs.
 */
export function createLeaseGuard(ctx: CoreContext) {
  const db = () => ctx.store.db;

  async function holding<T>(name: string, holder: string, options: GuardOptions, steps: GuardedWork<T>): Promise<T> {
    let result: T;
    try {
      result = (await steps.settled()) ?? (await steps.work());
    } catch (error) {
      // Only the work's own refusals cool down; anything else (a store failure, a bug) just frees the lease.
      const cooled =
        error instanceof AppError &&
        options.cooldownMs > 0 &&
        (await handOverLease(db(), name, holder, {
          holder: COOLDOWN,
          expiresAt: isoIn(options.cooldownMs),
          note: noteOf(error, steps.inputs?.()),
        }));
      if (!cooled) await releaseLease(db(), name, holder);
      throw error;
    }
    await releaseLease(db(), name, holder);
    return result;
  }

  return {
    async run<T>(name: string, options: GuardOptions, steps: GuardedWork<T>): Promise<T> {
      // A holder that died is taken over after its TTL; waiting much longer than that means the store is stuck.
      const giveUpAt = Date.now() + 2 * options.ttlMs;
      for (let wait = FIRST_POLL_MS; ; wait = Math.min(wait * 2, MAX_POLL_MS)) {
        const settled = await steps.settled();
        if (settled !== null) return settled;
        const lease = await findLease(db(), name);
        const now = nowIso();
        if (!lease || lease.expires_at <= now) {
          const holder = newId();
          if (await acquireLease(db(), { name, holder, expiresAt: isoIn(options.ttlMs), now })) {
            return holding(name, holder, options, steps);
          }
        } else if (lease.holder === COOLDOWN) {
          if (inputsOf(lease.note) === steps.inputs?.()) throw errorOf(lease.note, lease.expires_at);
          // The inputs changed since the failure: try again now (the release lets one caller acquire).
          await releaseLease(db(), name, COOLDOWN);
          continue;
        }
        if (Date.now() > giveUpAt) throw new AppError('unavailable', `Another node has held ${name} for too long; retry later`);
        await sleep(wait);
      }
    },

    /** Ends a cool-down early (the cause is gone, e.g. the account was authorized again). */
    async clearCooldown(name: string): Promise<void> {
      await releaseLease(db(), name, COOLDOWN);
    },
  };
}

export type LeaseGuard = ReturnType<typeof createLeaseGuard>;

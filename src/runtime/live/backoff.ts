export interface BackoffOptions {
  /** The first retry's delay. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

/**
 * The delay before retry `attempt` (0 = the first): doubling from `baseMs` up to `capMs`, less up to a
 * fifth at random so many integrations of one broker do not all retry in the same instant.
 */
export function retryDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const full = Math.min(options.capMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(full * (1 - 0.2 * random()));
}

import { type BackoffOptions, retryDelay } from './backoff.js';
import type { LiveEventData } from './live-events.js';
import type { LiveIntegration } from './ports.js';
import { ConnectFailure, errorText, type Opener, type OpenOptions, type Session } from './session.js';

/** A live integration's status, times in ms since the epoch (the Losant `status` fields). */
export interface LinkStatus {
  connectedAt: number | null;
  disconnectedAt: number | null;
  error: string | null;
  lastKeepAlive: number | null;
  nextAttempt: number | null;
}

export interface LinkHooks {
  event(data: LiveEventData): void;
  status(status: LinkStatus): void;
}

export interface LinkOptions extends BackoffOptions, Omit<OpenOptions, 'transient'> {
  /** A connection that lasted this long starts the backoff over. */
  stableMs: number;
}

/**
 * Why a held connection is given up: the user's change (a disconnect event and status), this node
 * stopping (status only: another node may take over), another node's turn (neither).
 */
export type CloseCause = 'disabled' | 'deleted' | 'stopped' | 'handover';

const CLOSE_REASONS: Record<Exclude<CloseCause, 'handover'>, string> = {
  disabled: 'The integration was disabled',
  deleted: 'The integration was deleted',
  stopped: 'The Junction node holding the connection stopped',
};

/**
 * One held connection of an integration: connects, reports, and after a failure or a drop tries again
 * with a capped backoff (the next try's time is `status.nextAttempt`) until it is closed.
 */
export function createLink(initial: LiveIntegration, open: Opener, hooks: LinkHooks, options: LinkOptions, status: LinkStatus) {
  let integration = initial;
  let session: Session | null = null;
  let connecting: Promise<void> | null = null;
  /** Bumped by a config change: an attempt of an older generation closes what it opens and reports nothing. */
  let generation = 0;
  let aborter = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let attempt = 0;
  let closed = false;
  let heardWritten = 0;
  const state: LinkStatus = { ...status };
  const report = () => hooks.status({ ...state });
  const wsShape = () => integration.type === 'websocket';

  function retry() {
    if (closed) return;
    const delay = retryDelay(attempt++, options);
    state.nextAttempt = Date.now() + delay;
    report();
    timer = setTimeout(() => {
      timer = null;
      connect();
    }, delay);
    timer.unref();
  }

  function connect() {
    if (closed || connecting || session) return;
    const pending = attemptOnce(generation).finally(() => {
      if (connecting === pending) connecting = null;
    });
    connecting = pending;
  }

  async function attemptOnce(mine: number) {
    const stale = () => closed || mine !== generation;
    const opened = Date.now();
    let current: Session;
    try {
      current = await open(
        integration,
        {
          message: (message, topic) => hooks.event({ type: 'message', message, ...(topic === undefined ? {} : { topic }) }),
          heard: () => {
            const now = Date.now();
            state.lastKeepAlive = now;
            // Traffic counts as keep-alive; the status is written at most once per keep-alive interval.
            if (now - heardWritten >= options.keepaliveSeconds * 1000) {
              heardWritten = now;
              report();
            }
          },
          closed: (reason, error) => {
            if (stale()) return;
            session = null;
            if (Date.now() - opened >= options.stableMs) attempt = 0;
            state.disconnectedAt = Date.now();
            state.error = error;
            hooks.event({ type: 'disconnect', disconnectReason: reason });
            retry();
          },
          problem: (error) => {
            state.error = error;
            report();
          },
        },
        { ...options, signal: aborter.signal },
      );
    } catch (error) {
      if (stale()) return;
      const failure = error instanceof ConnectFailure ? error : new ConnectFailure(errorText(error), errorText(error));
      state.disconnectedAt = Date.now();
      state.error = failure.message;
      hooks.event({ type: 'failure', failureReason: wsShape() ? failure.reason : failure.message });
      retry();
      return;
    }
    if (stale()) {
      await current.close().catch(() => {});
      return;
    }
    session = current;
    const now = Date.now();
    state.connectedAt = now;
    state.lastKeepAlive = now;
    state.nextAttempt = null;
    heardWritten = now;
    report();
    hooks.event({ type: 'connect', ...(wsShape() ? {} : { topics: [...integration.topics] }) });
  }

  return {
    get integration() {
      return integration;
    },
    get connected() {
      return session !== null;
    },
    start: connect,

    /** A new version: new topics are resubscribed on the open connection; any other change reconnects. */
    async update(next: LiveIntegration) {
      const before = integration;
      integration = next;
      const sameLink =
        JSON.stringify([before.type, before.mqttConfig, before.websocketConfig]) ===
        JSON.stringify([next.type, next.mqttConfig, next.websocketConfig]);
      if (sameLink) {
        if (session && JSON.stringify(before.topics) !== JSON.stringify(next.topics)) await session.setTopics(next.topics);
        return;
      }
      // An attempt under way with the old config closes whatever it opens; a new one starts now.
      generation++;
      connecting = null;
      aborter.abort();
      aborter = new AbortController();
      if (timer) clearTimeout(timer);
      timer = null;
      const old = session;
      session = null;
      await old?.close().catch(() => {});
      attempt = 0;
      connect();
    },

    async publish(topic: string | undefined, message: string | Buffer) {
      if (!session) throw new Error('The integration is not connected');
      await session.publish(topic, message);
    },

    async close(cause: CloseCause) {
      closed = true;
      aborter.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      const old = session;
      session = null;
      await old?.close().catch(() => {});
      if (cause === 'handover') return;
      // An attempt under way was aborted above; one that opened anyway sees `closed` and closes itself.
      const reason = CLOSE_REASONS[cause];
      state.disconnectedAt = Date.now();
      state.error = cause === 'stopped' ? reason : null;
      state.nextAttempt = null;
      report();
      if (old && cause !== 'stopped')
        hooks.event({ type: 'disconnect', disconnectReason: wsShape() ? { statusCode: 1000, reason } : reason });
    },
  };
}

export type Link = ReturnType<typeof createLink>;

import type { DialEgress } from './dial.js';
import type { LiveIntegration } from './ports.js';

/** What an open connection reports; `closed` comes once, and only after the session was open. */
export interface SessionEvents {
  message(message: unknown, topic?: string): void;
  /** The other end was heard from (a keep-alive answer or any traffic). */
  heard(): void;
  /** The connection ended; `reason` goes to the disconnect trigger, `error` to `status.disconnectInfo.error`. */
  closed(reason: unknown, error: string | null): void;
  /** Something went wrong without ending the connection (a refused subscription). */
  problem(error: string): void;
}

export interface Session {
  publish(topic: string | undefined, message: string | Buffer): Promise<void>;
  /** Subscribes what is new, unsubscribes what is gone. */
  setTopics(topics: string[]): Promise<void>;
  /** Ends the connection at once; `closed` is not reported for it. */
  close(): Promise<void>;
}

/** A connection attempt that failed: `reason` for the failure trigger, `message` for the status. */
export class ConnectFailure extends Error {
  constructor(
    message: string,
    readonly reason: unknown,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  keepaliveSeconds: number;
  connectTimeoutMs: number;
  /** A publish-only connection next to the held one: its own client id, no subscriptions. */
  transient?: boolean;
  /** Gives up the attempt (the config changed, the integration was closed): what is being opened is cut. */
  signal?: AbortSignal;
  /** The egress policy brokers are checked against; without one, internal addresses are refused. */
  egress?: DialEgress;
}

/** Opens a connection for an integration; rejects with a ConnectFailure. */
export type Opener = (integration: LiveIntegration, events: SessionEvents, options: OpenOptions) => Promise<Session>;

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

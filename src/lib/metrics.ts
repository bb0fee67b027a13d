/**
 * What the server reports about itself. The store, the core and the HTTP layer report here; the
 * Prometheus implementation (lib/prometheus.ts) is chosen at start, and `noMetrics` when METRICS=off.
 */
export interface Metrics {
  readonly enabled: boolean;
  /** One answered HTTP request; `route` is the route pattern, never the raw URL. */
  request(surface: string, method: string, route: string, status: number, durationMs: number): void;
  /** One store query; `failed` when the driver threw. */
  storeQuery(operation: string, durationMs: number, failed: boolean): void;
  /** The connection pool's state, read at scrape time. */
  storePool(read: () => PoolState): void;
  /** One upstream call; `status` is null when no response came (timeout, refused connection). */
  upstreamCall(integration: string, status: number | null, durationMs: number): void;
  /** One OAuth token request of a connected account. */
  tokenRequest(integration: string, grantType: string, failed: boolean): void;
  /** A request refused by Junction's own rate limit. */
  rateLimited(surface: string): void;
  /** One event of a live (MQTT/WebSocket) integration handed to the workflows: connect, message, disconnect, failure. */
  liveEvent(integrationType: string, event: string): void;
  /** The live connections this node holds, read at scrape time. */
  liveConnections(read: () => number): void;
  /** The Prometheus text exposition. */
  render(): Promise<string>;
  readonly contentType: string;
}

export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const nothing = () => {};

export const noMetrics: Metrics = {
  enabled: false,
  request: nothing,
  storeQuery: nothing,
  storePool: nothing,
  upstreamCall: nothing,
  tokenRequest: nothing,
  rateLimited: nothing,
  liveEvent: nothing,
  liveConnections: nothing,
  render: async () => '',
  contentType: 'text/plain; version=0.0.4; charset=utf-8',
};

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics, PoolState } from './metrics.js';

/** Seconds; requests and queries served from memory land in the first buckets. */
const FAST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const UPSTREAM_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Bounds the label sets one process keeps: routes × methods × statuses is small; this guards the rest. */
const MAX_CACHED_CHILDREN = 5_000;

type Observer = { observe(value: number): void };
type Incrementer = { inc(value?: number): void };

/** Metrics in a registry of their own (one per server), exposed in the Prometheus text format. */
export function createPrometheusMetrics(): Metrics & { readonly registry: Registry } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requests = new Counter({
    name: 'junction_http_requests_total',
    help: 'HTTP requests answered, by surface, method, route pattern and status',
    labelNames: ['surface', 'method', 'route', 'status'],
    registers,
  });
  const requestSeconds = new Histogram({
    name: 'junction_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by surface, method, route pattern and status',
    labelNames: ['surface', 'method', 'route', 'status'],
    buckets: FAST_BUCKETS,
    registers,
  });
  const querySeconds = new Histogram({
    name: 'junction_store_query_duration_seconds',
    help: 'Store query time, by operation',
    labelNames: ['operation'],
    buckets: FAST_BUCKETS,
    registers,
  });
  const queryErrors = new Counter({
    name: 'junction_store_query_errors_total',
    help: 'Store queries the driver failed, by operation',
    labelNames: ['operation'],
    registers,
  });
  const upstreamCalls = new Counter({
    name: 'junction_upstream_requests_total',
    help: 'Calls to third-party APIs (proxy, pings), by integration id and status ("none" when no response came)',
    labelNames: ['integration', 'status'],
    registers,
  });
  const upstreamSeconds = new Histogram({
    name: 'junction_upstream_request_duration_seconds',
    help: 'Time of calls to third-party APIs, retries included, by integration id',
    labelNames: ['integration'],
    buckets: UPSTREAM_BUCKETS,
    registers,
  });
  const tokenRequests = new Counter({
    name: 'junction_oauth_token_requests_total',
    help: 'OAuth token requests of connected accounts, by integration id and grant type',
    labelNames: ['integration', 'grant_type'],
    registers,
  });
  const tokenFailures = new Counter({
    name: 'junction_oauth_token_failures_total',
    help: 'OAuth token requests that failed (no answer or an error status), by integration id and grant type',
    labelNames: ['integration', 'grant_type'],
    registers,
  });
  const refusals = new Counter({
    name: 'junction_rate_limit_refusals_total',
    help: "Requests refused by Junction's own rate limit (429), by surface",
    labelNames: ['surface'],
    registers,
  });

  const pools: Array<() => PoolState> = [];
  new Gauge({
    name: 'junction_store_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting clients, max)',
    labelNames: ['state'],
    registers,
    collect() {
      this.reset();
      for (const read of pools) {
        const state = read();
        for (const key of ['total', 'idle', 'waiting', 'max'] as const) this.inc({ state: key }, state[key]);
      }
    },
  });

  // Label lookups hash their values on every call; the hot path reuses each child instead.
  const children = new Map<string, [Incrementer, Observer]>();
  function requestChildren(surface: string, method: string, route: string, status: number): [Incrementer, Observer] {
    const key = `${method} ${route} ${status}`;
    let pair = children.get(key);
    if (!pair) {
      const labels = { surface, method, route, status: String(status) };
      pair = [requests.labels(labels), requestSeconds.labels(labels)];
      if (children.size >= MAX_CACHED_CHILDREN) children.clear();
      children.set(key, pair);
    }
    return pair;
  }
  const queryObservers = new Map<string, Observer>();

  return {
    enabled: true,
    registry,
    contentType: registry.contentType,
    request(surface, method, route, status, durationMs) {
      const [count, time] = requestChildren(surface, method, route, status);
      count.inc();
      time.observe(durationMs / 1000);
    },
    storeQuery(operation, durationMs, failed) {
      let observer = queryObservers.get(operation);
      if (!observer) {
        observer = querySeconds.labels({ operation });
        queryObservers.set(operation, observer);
      }
      observer.observe(durationMs / 1000);
      if (failed) queryErrors.inc({ operation });
    },
    storePool(read) {
      pools.push(read);
    },
    upstreamCall(integration, status, durationMs) {
      upstreamCalls.inc({ integration, status: status === null ? 'none' : String(status) });
      upstreamSeconds.observe({ integration }, durationMs / 1000);
    },
    tokenRequest(integration, grantType, failed) {
      tokenRequests.inc({ integration, grant_type: grantType });
      if (failed) tokenFailures.inc({ integration, grant_type: grantType });
    },
    rateLimited(surface) {
      refusals.inc({ surface });
    },
    render: () => registry.metrics(),
  };
}

import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Metrics, PoolState } from './metrics.js';
import { FastHistogram, type Series } from './prometheus-series.js';

/** Seconds; requests and queries served from memory land in the first buckets. */
const FAST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const UPSTREAM_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Bounds the label sets one process keeps: routes × methods × statuses is small; this guards the rest. */
const MAX_SERIES = 5_000;

/** Metrics in a registry of their own (one per server), exposed in the Prometheus text format. */
export function createPrometheusMetrics(): Metrics & { readonly registry: Registry } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requestSeconds = new FastHistogram(
    'junction_http_request_duration_seconds',
    'Time to answer an HTTP request, by surface, method, route pattern and status',
    FAST_BUCKETS,
  );
  const querySeconds = new FastHistogram('junction_store_query_duration_seconds', 'Store query time, by operation', FAST_BUCKETS);
  for (const family of [
    requestSeconds,
    requestSeconds.counter('junction_http_requests_total', 'HTTP requests answered, by surface, method, route pattern and status'),
    querySeconds,
  ]) {
    // Families of our own, read at scrape time the way prom-client's are.
    registry.registerMetric(family as unknown as Parameters<Registry['registerMetric']>[0]);
  }
  const queryErrors = new Counter({
    name: 'junction_store_query_errors_total',
    help: 'Store queries the driver failed, by operation',
    labelNames: ['operation'],
    registers,
  });
  const upstreamSeconds = new FastHistogram(
    'junction_upstream_request_duration_seconds',
    'Time of calls to third-party APIs, retries included, by integration id',
    UPSTREAM_BUCKETS,
  );
  // Counted by integration and status: a histogram of no buckets, shown only as its counter.
  const upstreamStatuses = new FastHistogram('junction_upstream_statuses', '', []);
  for (const family of [
    upstreamStatuses.counter(
      'junction_upstream_requests_total',
      'Calls to third-party APIs (proxy, pings), by integration id and status ("none" when no response came)',
    ),
    upstreamSeconds,
  ]) {
    registry.registerMetric(family as unknown as Parameters<Registry['registerMetric']>[0]);
  }
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
  const liveEvents = new Counter({
    name: 'junction_live_events_total',
    help: 'Events of live integrations handed to the workflows, by integration type and event',
    labelNames: ['type', 'event'],
    registers,
  });
  const liveHeld: Array<() => number> = [];
  new Gauge({
    name: 'junction_live_connections',
    help: 'Live integration connections this node holds (connected or retrying)',
    registers,
    collect() {
      this.set(liveHeld.reduce((sum, read) => sum + read(), 0));
    },
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

  const requestSeries = new Map<string, Series>();
  const querySeries = new Map<string, Series>();
  const upstreamSeries = new Map<string, Series>();
  const upstreamTimes = new Map<string, Series>();
  const liveSeries = new Map<string, { inc(): void }>();
  return {
    enabled: true,
    registry,
    contentType: registry.contentType,
    request(surface, method, route, status, durationMs) {
      const key = `${method} ${route} ${status}`;
      let series = requestSeries.get(key);
      if (!series) {
        series = requestSeconds.child(key, { surface, method, route, status: String(status) });
        if (requestSeries.size < MAX_SERIES) requestSeries.set(key, series);
      }
      series.observe(durationMs / 1000);
    },
    storeQuery(operation, durationMs, failed) {
      let series = querySeries.get(operation);
      if (!series) {
        series = querySeconds.child(operation, { operation });
        querySeries.set(operation, series);
      }
      series.observe(durationMs / 1000);
      if (failed) queryErrors.inc({ operation });
    },
    storePool(read) {
      pools.push(read);
    },
    upstreamCall(integration, status, durationMs) {
      const code = status === null ? 'none' : String(status);
      const key = `${integration} ${code}`;
      let counted = upstreamSeries.get(key);
      if (!counted) {
        counted = upstreamStatuses.child(key, { integration, status: code });
        if (upstreamSeries.size < MAX_SERIES) upstreamSeries.set(key, counted);
      }
      counted.observe(0);
      let timed = upstreamTimes.get(integration);
      if (!timed) {
        timed = upstreamSeconds.child(integration, { integration });
        if (upstreamTimes.size < MAX_SERIES) upstreamTimes.set(integration, timed);
      }
      timed.observe(durationMs / 1000);
    },
    tokenRequest(integration, grantType, failed) {
      tokenRequests.inc({ integration, grant_type: grantType });
      if (failed) tokenFailures.inc({ integration, grant_type: grantType });
    },
    rateLimited(surface) {
      refusals.inc({ surface });
    },
    liveEvent(type, event) {
      // One per message: the labelled child is looked up once (a few types × four events).
      const key = `${type} ${event}`;
      let child = liveSeries.get(key);
      if (!child) {
        child = liveEvents.labels({ type, event });
        if (liveSeries.size < MAX_SERIES) liveSeries.set(key, child);
      }
      child.inc();
    },
    liveConnections(read) {
      liveHeld.push(read);
    },
    render: () => registry.metrics(),
  };
}

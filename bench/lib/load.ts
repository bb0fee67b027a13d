import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  /** every request answered, 2xx or not */
  requests: number;
}

export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** autocannon request sequence, for scenarios that chain calls per connection. */
  requests?: autocannon.Request[];
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    ...(spec.requests ? { requests: spec.requests } : {}),
    connections: spec.connections,
    duration: spec.seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a load `runs` times and keeps the run with the median throughput. */
export async function medianOf(
  runs: number,
  spec: LoadSpec,
  cpu?: () => number,
): Promise<LoadResult & { runs: LoadResult[]; cpuUsPerRequest: number }> {
  const results: LoadResult[] = [];
  const cpuBefore = cpu?.() ?? 0;
  for (let i = 0; i < runs; i++) results.push(await load(spec));
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const cpuUsPerRequest = cpu ? ((cpu() - cpuBefore) * 1000) / Math.max(requests, 1) : Number.NaN;
  const target = median(results.map((r) => r.rps));
  const chosen = results.reduce((best, r) => (Math.abs(r.rps - target) < Math.abs(best.rps - target) ? r : best));
  return { ...chosen, runs: results, cpuUsPerRequest };
}

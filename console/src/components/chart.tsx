// A small SVG chart of calls (or jobs) per minute (errors in their own colour) with latency percentiles.
export interface Point {
  at: string;
  ok: boolean;
  durationMs: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function CallChart({ points, title, unit = 'calls' }: { points: Point[]; title: string; unit?: string }) {
  if (points.length === 0) return <p className="muted">No {unit} yet.</p>;
  const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
  const last = Math.max(...points.map((p) => minute(p.at)));
  // Always the last 30 minutes that saw one, so one busy minute does not fill the whole chart.
  const first = last - 29;
  const buckets = Array.from({ length: last - first + 1 }, () => ({ ok: 0, failed: 0 }));
  for (const p of points) {
    const i = minute(p.at) - first;
    if (i >= 0) buckets[i][p.ok ? 'ok' : 'failed']++;
  }
  const peak = Math.max(1, ...buckets.map((b) => b.ok + b.failed));
  const width = 300;
  const height = 80;
  const bar = width / buckets.length;
  const durations = points.map((p) => p.durationMs);
  const failed = points.filter((p) => !p.ok).length;
  const summary = `${points.length} ${unit}, ${failed} failed, p50 ${percentile(durations, 50)} ms, p99 ${percentile(durations, 99)} ms`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${summary}`} preserveAspectRatio="none">
        {buckets.map((b, i) => {
          const okHeight = (b.ok / peak) * height;
          const failHeight = (b.failed / peak) * height;
          const x = i * bar + 1;
          const key = first + i;
          return (
            <g key={key}>
              <rect x={x} width={Math.max(1, bar - 2)} y={height - okHeight} height={okHeight} className="ok" />
              <rect x={x} width={Math.max(1, bar - 2)} y={height - okHeight - failHeight} height={failHeight} className="failed" />
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title} per minute, last 30 minutes (<span className="legend ok">ok</span> <span className="legend failed">failed</span>) ·{' '}
        {summary}
      </figcaption>
    </figure>
  );
}

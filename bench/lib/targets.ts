// The targets of issue 16, each row printed with its figure and a verdict. Verdicts never set the exit code:
// CI runs quick mode on noisy machines; the acceptance is read from a full run.
import type { LoadResult } from './load.js';

export interface Scenario {
  scenario: string;
  result: LoadResult & { cpuUsPerRequest: number };
  /** requests/s of the ceiling serving the same body, measured in the same run. */
  ceiling: number;
  /** the ceiling's CPU time per request (µs): CPU ratios are steadier than req/s on a loaded machine. */
  ceilingCpuUs: number;
  /** the lowest acceptable ratio to that ceiling, if this row has a target. */
  minRatio?: number;
}

export interface Check {
  name: string;
  figure: string;
  target: string;
  met: boolean;
}

/** Ratio targets: SQLite, and PostgreSQL with REDIS_URL set. */
export function ratioTargets(postgres: boolean) {
  return postgres ? { get: 0.25, list: 0.1, patch: 0.1 } : { get: 0.6, list: 0.3, patch: 0.3 };
}

export const LAST_PAGE_MAX = 1.2;
export const STARTUP_MAX_MS = 500;
export const RSS_MAX_MB = 150;
export const PROXY_OVERHEAD_MAX_MS = 0.3;

export const verdict = (met: boolean) => (met ? 'met' : 'missed');

function table(lines: string[][]): string {
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return `${fmt(lines[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.slice(1).map(fmt).join('\n')}\n`;
}

export function scenarioTable(rows: Scenario[]): string {
  return table([
    [
      'scenario',
      'req/s',
      'ceiling req/s',
      'p50 ms',
      'p99 ms',
      'ratio',
      'CPU µs/req',
      'ceiling CPU µs',
      'CPU ratio',
      'errors',
      'target',
      'verdict',
    ],
    ...rows.map((r) => {
      const ratio = r.result.rps / r.ceiling;
      return [
        r.scenario,
        r.result.rps.toFixed(0),
        r.ceiling.toFixed(0),
        String(r.result.p50),
        String(r.result.p99),
        ratio.toFixed(2),
        r.result.cpuUsPerRequest.toFixed(0),
        r.ceilingCpuUs.toFixed(0),
        (r.ceilingCpuUs / r.result.cpuUsPerRequest).toFixed(2),
        String(r.result.errors),
        r.minRatio === undefined ? '' : `≥ ${r.minRatio.toFixed(2)} × ceiling`,
        r.minRatio === undefined ? '' : verdict(ratio >= r.minRatio),
      ];
    }),
  ]);
}

export function checkTable(checks: Check[]): string {
  return table([['check', 'measured', 'target', 'verdict'], ...checks.map((c) => [c.name, c.figure, c.target, verdict(c.met)])]);
}

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = process.cwd();

/** Ports are `BENCH_PORT_BASE` (default 3900) + an offset, so parallel benchmarks on one machine can be kept apart. */
export const benchPort = (offset: number) => Number(process.env.BENCH_PORT_BASE ?? 3900) + offset;

export interface Started {
  child: ChildProcess;
  url: string;
  startupMs: number;
  /** CPU time the process used until then (less disturbed by other load than the wall clock). */
  startupCpuMs: number;
}

/** Starts a node script and waits until `healthPath` answers 200; measures process start → first 200. */
export async function startProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  healthPath = '/health',
): Promise<Started> {
  const started = performance.now();
  // Junction starts as `bin/junction` does (with the Node flags of its first line). --cpu-prof is refused in
  // NODE_OPTIONS, so a profiled start runs node with those flags and the profiling ones.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const nodeArgs = script === JUNCTION_MAIN ? [...shebangFlags(script), ...profile] : profile;
  const child =
    script === JUNCTION_MAIN && profile.length === 0
      ? spawn(script, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(process.execPath, [...nodeArgs, script, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(url + healthPath);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 30_000) throw new Error(`${script} did not become healthy: ${stderr}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const startupMs = performance.now() - started;
  const startupCpuMs = cpuMs(child.pid);
  await new Promise((r) => setTimeout(r, 50));
  if (child.exitCode !== null) throw new Error(`${script} exited (is port ${port} taken by another process?): ${stderr}`);
  return { child, url, startupMs, startupCpuMs };
}

/** The node flags on a `#!/usr/bin/env -S node …` first line. */
function shebangFlags(script: string): string[] {
  const first = readFileSync(script, 'utf8').split('\n', 1)[0];
  const match = /^#!\S*env -S node\s*(.*)$/.exec(first);
  return match ? match[1].split(/\s+/).filter(Boolean) : [];
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident set size of a process in MB (Linux). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** CPU time (user + system) a process has used so far, in ms (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The bundled server that `npm run build` makes (what bin/junction starts). */
/** The command that starts Junction: `bin/junction`, which runs the bundled server with its Node flags. */
export const JUNCTION_MAIN = join(ROOT, 'bin', 'junction');
export const CEILING_MAIN = join(ROOT, 'dist', 'bench', 'ceiling-server.js');

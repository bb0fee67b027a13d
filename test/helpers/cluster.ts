import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import pg from 'pg';
import { LOOPBACK_EGRESS_ALLOW } from './egress.js';

const BIN = join(process.cwd(), 'bin', 'junction');

export interface Cluster {
  /** The nodes' base URLs (http://127.0.0.1:PORT). */
  urls: string[];
  token: string;
  applicationId: string;
  /** One request to the next node in turn: a round-robin load balancer in front of the nodes. */
  call<T = unknown>(method: string, path: string, options?: { body?: unknown; token?: string; node?: number }): Promise<Answer<T>>;
  /** Sends the node a signal (SIGKILL: it dies at once) and waits for it to exit. */
  kill(node: number, signal?: NodeJS.Signals): Promise<void>;
  close(): Promise<void>;
}

export interface Answer<T> {
  status: number;
  body: T;
  node: number;
}

/** Waits for Fastify's "Server listening at" line on the node's JSON log. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a Junction node did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`a Junction node exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

/**
 * `nodes` real `bin/junction serve` processes on loopback ports, over one fresh PostgreSQL database (made
 * on the server of `databaseUrl`, dropped by close) and one Redis.
 */
export async function startCluster(options: { nodes: number; databaseUrl: string; redisUrl: string; env?: Record<string, string> }) {
  const database = `junction_cluster_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${database}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-cluster-'));
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL: options.redisUrl,
    JUNCTION_SECRET: 'cluster-secret-cluster-secret-cluster-secret',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    EGRESS_ALLOW: LOOPBACK_EGRESS_ALLOW,
    ...options.env,
  };
  const children: ChildProcess[] = [];
  const close = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const run = promisify(execFile);
    await run(BIN, ['migrate'], { env });
    const { token, applicationId } = JSON.parse((await run(BIN, ['init', '--json'], { env })).stdout);
    for (let i = 0; i < options.nodes; i++) children.push(spawn(BIN, ['serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] }));
    const urls = await Promise.all(children.map(listeningUrl));
    let next = 0;
    const cluster: Cluster = {
      urls,
      token,
      applicationId,
      async call(method, path, { body, token: as = token, node } = {}) {
        const index = node ?? next++ % urls.length;
        const response = await fetch(`${urls[index]}${path}`, {
          method,
          headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : undefined, node: index };
      },
      kill: (node, signal = 'SIGKILL') =>
        new Promise<void>((resolve) => {
          const child = children[node];
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill(signal);
        }),
      close,
    };
    return cluster;
  } catch (error) {
    await close();
    throw error;
  }
}

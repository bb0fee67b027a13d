/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { call, type TestServer } from './server.js';

/** Flow runtime settings that keep tests fast: quick polls, heartbeats and backoffs. */
export const FAST_FLOWS = {
  timeoutMs: 2_000,
  maxRetries: 0,
  backoffMs: 1,
  flows: { pollMs: 50, heartbeatMs: 200, staleMs: 1_500, backoffMs: 10, retries: 1, drainMs: 2_000 },
};

export async function created(server: TestServer, path: string, body: unknown): Promise<string> {
  const reply = await call(server, 'POST', path, { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body._id as string;
}

export const httpConnection = (server: TestServer, baseURI: string, extra: Record<string, unknown> = {}) =>
  created(server, '/v1/connections', {
    name: 'conn',
    type: 'http',
    http: { baseURI, mediaType: 'json', auth: { type: 'token', token: { token: 'sekret-token' } }, ...extra },
  });

export const httpExport = (server: TestServer, connectionId: string, http: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  created(server, '/v1/exports', {
    name: 'source',
    adaptorType: 'HTTPExport',
    _connectionId: connectionId,
    http: { method: 'GET', ...http },
    ...extra,
  });

export const httpImport = (server: TestServer, connectionId: string, http: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  created(server, '/v1/imports', { name: 'sink', adaptorType: 'HTTPImport', _connectionId: connectionId, http, ...extra });

export const flow = (server: TestServer, exportIds: string[], importIds: string[], extra: Record<string, unknown> = {}) =>
  created(server, '/v1/flows', {
    name: 'flow',
    pageGenerators: exportIds.map((_exportId) => ({ _exportId })),
    pageProcessors: importIds.map((_importId) => ({ type: 'import', _importId })),
    ...extra,
  });

export async function run(server: TestServer, flowId: string, body?: unknown): Promise<string> {
  const reply = await call(server, 'POST', `/v1/flows/${flowId}/run`, body === undefined ? {} : { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body._jobId as string;
}

const FINAL = ['completed', 'failed', 'canceled'];

/** Polls the job until it is final (or `statuses` when given). */
export async function waitForJob(server: TestServer, jobId: string, statuses = FINAL, timeoutMs = 10_000): Promise<any> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await call(server, 'GET', `/v1/jobs/${jobId}`);
    assert.equal(reply.status, 200);
    if (statuses.includes(reply.body.status)) return reply.body;
    if (Date.now() > until) assert.fail(`job ${jobId} is still ${reply.body.status}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function runAndWait(server: TestServer, flowId: string, body?: unknown) {
  return waitForJob(server, await run(server, flowId, body));
}

/** Starts a node in a child process over this server's store; resolves with its base URL. */
export function startNode(
  server: TestServer,
  flows: Record<string, unknown> = {},
  runtime: Record<string, unknown> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const nodeScript = fileURLToPath(new URL('./flow-node.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [nodeScript, server.dataDir, server.pgSchema ?? '-', JSON.stringify(flows), JSON.stringify(runtime)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (chunk) => resolve({ url: String(chunk).trim(), child }));
    child.once('exit', (code) => reject(new Error(`node exited ${code}`)));
  });
}

export async function remote(server: TestServer, url: string, method: string, path: string) {
  const reply = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${server.tenant.token}` } });
  return { status: reply.status, body: (await reply.json()) as any };
}

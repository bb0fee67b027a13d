/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CRASHED } from '../../src/runtime/flows/flow-runtime.js';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, remote, startNode, waitForJob } from '../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

let server: TestServer;
let upstream: Upstream;
let hold = true;

before(async () => {
  // This node's runtime is not started until a test says so: the child process runs the jobs first.
  server = await startTestServer({ runtime: FAST_FLOWS });
  upstream = await startUpstream(async (q, r) => {
    // The source answers its first page, then hangs on the second while `hold` is set.
    const page = Number(q.url.searchParams.get('page') ?? '0');
    if (q.method === 'GET' && page > 0) while (hold) await new Promise((w) => setTimeout(w, 20));
    json(r, 200, q.method === 'GET' ? (page < 2 ? [{ id: page }] : []) : { ok: true });
  });
});
after(async () => {
  hold = false;
  await upstream.close();
  await server.close();
});

async function pagedFlow() {
  const conn = await httpConnection(server, upstream.url);
  const exportId = await httpExport(server, conn, { relativeURI: '/x?page={{export.http.paging.page}}', paging: { method: 'page' } });
  const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
  return flow(server, [exportId], [importId]);
}

test('SIGKILL mid-run: after the restart the job ends failed with a clear message, never stays running, and nothing is sent twice', async () => {
  hold = true;
  const flowId = await pagedFlow();
  const a = await startNode(server);
  after(() => a.child.kill('SIGKILL'));
  const started = await remote(server, a.url, 'POST', `/v1/flows/${flowId}/run`);
  assert.equal(started.status, 201);
  const jobId = started.body._jobId;
  await waitForJob(server, jobId, ['running']);
  // Page 0 is imported; the node is killed waiting for page 1.
  while (upstream.seen.filter((s) => s.method === 'POST').length < 1) await new Promise((w) => setTimeout(w, 20));
  a.child.kill('SIGKILL');
  await new Promise((r) => a.child.once('exit', r));
  assert.equal((await call(server, 'GET', `/v1/jobs/${jobId}`)).body.status, 'running');
  const posts = upstream.seen.filter((s) => s.method === 'POST').length;
  hold = false;
  await server.core.start();
  const job = await waitForJob(server, jobId);
  assert.equal(job.status, 'failed');
  assert.equal(job.message, CRASHED);
  assert.ok(job.endedAt);
  assert.ok(job.children.every((c: any) => c.status !== 'running'));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(upstream.seen.filter((s) => s.method === 'POST').length, posts, 'the dead run is not resumed behind anyone');
});

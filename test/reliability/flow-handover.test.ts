/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, remote, startNode, waitForJob } from '../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

let server: TestServer;
let upstream: Upstream;

before(async () => {
  // This node's runtime starts only once the other node is dead.
  server = await startTestServer({ runtime: FAST_FLOWS });
  upstream = await startUpstream((q, r) => {
    const page = Number(q.url.searchParams.get('page') ?? '0');
    json(r, 200, q.method === 'GET' ? (page < 2 ? [{ id: page }] : []) : { ok: true });
  });
});
after(async () => {
  await upstream.close();
  await server.close();
});

test('a run queued by a node that dies before running it is picked up by another node', async () => {
  const conn = await httpConnection(server, upstream.url);
  const exportId = await httpExport(server, conn, { relativeURI: '/x?page={{export.http.paging.page}}', paging: { method: 'page' } });
  const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
  const flowId = await flow(server, [exportId], [importId]);
  // That node takes no runs (concurrency 0): its run stays queued until it dies.
  const a = await startNode(server, { concurrency: 0 });
  try {
    const started = await remote(server, a.url, 'POST', `/v1/flows/${flowId}/run`);
    assert.equal(started.status, 201);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await call(server, 'GET', `/v1/jobs/${started.body._jobId}`)).body.status, 'queued');
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    await server.core.start();
    const job = await waitForJob(server, started.body._jobId, undefined, 20_000);
    assert.equal(job.status, 'completed');
    assert.equal(job.numSuccess, 2);
  } finally {
    a.child.kill('SIGKILL');
  }
});

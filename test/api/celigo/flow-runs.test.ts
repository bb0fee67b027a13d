/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, run, runAndWait, waitForJob } from '../../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';

let server: TestServer;
let source: Upstream;
let sink: Upstream;
const customers = Array.from({ length: 7 }, (_, i) => ({
  id: i + 1,
  name: `Customer ${i + 1}`,
  crmId: i % 2 === 0 ? `crm-${i + 1}` : null,
}));

before(async () => {
  server = await startTestServer({ runtime: FAST_FLOWS });
  // Pages of 3 by `page` (1-based here): 3, 3, 1 records.
  source = await startUpstream((q, r) => {
    const page = Number(q.url.searchParams.get('page') ?? '1');
    json(r, 200, { data: customers.slice((page - 1) * 3, page * 3) });
  });
  sink = await startUpstream((q, r) => json(r, q.method === 'POST' ? 201 : 200, { ok: true, echo: q.body ? JSON.parse(q.body) : null }));
});
after(async () => {
  await source.close();
  await sink.close();
  await server.close();
});

async function pagedCustomerFlow(importHttp: Record<string, unknown>, importExtra: Record<string, unknown> = {}) {
  const from = await httpConnection(server, source.url);
  const to = await httpConnection(server, `${sink.url}/api`);
  const exportId = await httpExport(server, from, {
    relativeURI: '/customers?page={{export.http.paging.page}}',
    paging: { method: 'page', page: 1 },
    response: { resourcePath: 'data' },
  });
  const importId = await httpImport(server, to, importHttp, importExtra);
  return { exportId, importId, flowId: await flow(server, [exportId], [importId]) };
}

const upsert = {
  method: ['POST', 'PUT'],
  relativeURI: ['/contacts', '/contacts/{{record.crmId}}'],
  requestType: ['CREATE', 'UPDATE'],
  existingExtract: 'crmId',
  body: ['{"fullName": "{{record.fullName}}", "ref": {{record.ref}} }', '{"fullName": "{{record.fullName}}"}'],
};

test('a run pages through the source, maps each record and creates or updates it by existingExtract', async () => {
  const { flowId, exportId, importId } = await pagedCustomerFlow(upsert, {
    mapping: {
      fields: [
        { extract: 'name', generate: 'fullName' },
        { extract: 'id', generate: 'ref' },
        { extract: 'crmId', generate: 'crmId' },
      ],
    },
  });
  source.seen.length = 0;
  sink.seen.length = 0;
  const job = await runAndWait(server, flowId);
  assert.equal(job.status, 'completed', JSON.stringify(job));
  const errs = await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`);
  assert.equal(errs.body.errors.length, 0, JSON.stringify(errs.body));
  assert.equal(job.type, 'flow');
  assert.equal(job.numSuccess, 7);
  assert.equal(job.numError, 0);
  assert.equal(job.numPagesExported, 3);
  assert.equal(job.doneExporting, true);
  // Pages 1, 2, 3 (a short page is not the end by itself: the empty page 4 is).
  assert.deepEqual(
    source.seen.map((s) => s.url.searchParams.get('page')),
    ['1', '2', '3', '4'],
  );
  const creates = sink.seen.filter((s) => s.method === 'POST');
  const updates = sink.seen.filter((s) => s.method === 'PUT');
  assert.equal(creates.length, 3);
  assert.equal(updates.length, 4);
  assert.deepEqual(JSON.parse(creates[0].body), { fullName: 'Customer 2', ref: 2 });
  assert.equal(creates[0].url.pathname, '/api/contacts');
  assert.equal(updates[0].url.pathname, '/api/contacts/crm-1');
  assert.deepEqual(JSON.parse(updates[0].body), { fullName: 'Customer 1' });
  assert.equal(sink.seen[0].headers.authorization, 'Bearer sekret-token');

  const exportJob = job.children.find((c: any) => c.type === 'export');
  const importJob = job.children.find((c: any) => c.type === 'import');
  assert.equal(exportJob._exportId, exportId);
  assert.equal(exportJob._flowJobId, job._id);
  assert.equal(exportJob.status, 'completed');
  assert.equal(importJob._importId, importId);
  assert.equal(importJob.numPagesProcessed, 3);
  assert.equal(importJob.numSuccess, 7);

  // Every upstream call is in the call log with the job's id; nothing of the token is in the job.
  await server.core.flush();
  const logged = await server.core.store.db.selectFrom('upstream_calls').selectAll().where('job_id', '=', job._id).execute();
  assert.equal(logged.length, 4 + 7);
  const stored = await server.core.store.db.selectFrom('jobs').selectAll().where('flow_job_id', '=', job._id).execute();
  assert.ok(!JSON.stringify(stored).includes('sekret-token'));

  const latest = await call(server, 'GET', `/v1/flows/${flowId}/jobs/latest`);
  assert.equal(latest.status, 200);
  assert.equal(latest.body[0]._id, job._id);
  assert.equal(latest.body[0].children.length, 2);
  const listed = await call(server, 'GET', `/v1/jobs?_flowId=${flowId}`);
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.map((j: any) => j._id).sort(), [job._id, exportJob._id, importJob._id].sort());
  const children = await call(server, 'GET', `/v1/jobs?_flowJobId=${job._id}&type=import`);
  assert.deepEqual(
    children.body.map((j: any) => j._id),
    [importJob._id],
  );
});

test('Mapper 2.0 mappings build nested objects and arrays', async () => {
  const { flowId } = await pagedCustomerFlow(
    { method: ['POST'], relativeURI: ['/people'], requestType: ['CREATE'] },
    {
      mappings: [
        { generate: 'person', dataType: 'object', mappings: [{ generate: 'label', dataType: 'string', extract: '$.name' }] },
        { generate: 'number', dataType: 'number', extract: '$.id' },
        { generate: 'tags', dataType: 'stringarray', extract: '$.id' },
        { generate: 'source', dataType: 'string', hardCodedValue: 'junction' },
      ],
    },
  );
  sink.seen.length = 0;
  const job = await runAndWait(server, flowId);
  assert.equal(job.status, 'completed');
  assert.equal(sink.seen.length, 7);
  assert.deepEqual(JSON.parse(sink.seen[0].body), { person: { label: 'Customer 1' }, number: 1, tags: ['1'], source: 'junction' });
});

test('a refused record is one error with a retryDataKey; a retry after the fix delivers exactly that record', async () => {
  let refuse = true;
  const picky = await startUpstream((q, r) => {
    const body = JSON.parse(q.body);
    if (refuse && body.id === 5) return json(r, 422, { message: 'id 5 is not welcome' });
    json(r, 201, { ok: true });
  });
  try {
    const from = await httpConnection(server, source.url);
    const to = await httpConnection(server, picky.url);
    const exportId = await httpExport(server, from, {
      relativeURI: '/customers?page={{export.http.paging.page}}',
      paging: { method: 'page', page: 1 },
      response: { resourcePath: 'data' },
    });
    const importId = await httpImport(server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
    const flowId = await flow(server, [exportId], [importId]);
    const job = await runAndWait(server, flowId);
    assert.equal(job.status, 'completed');
    assert.equal(job.numError, 1);
    assert.equal(job.numSuccess, 6);

    const errors = await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`);
    assert.equal(errors.status, 200);
    assert.equal(errors.body.errors.length, 1);
    const [error] = errors.body.errors;
    assert.match(error.message, /422/);
    assert.equal(error._flowJobId, job._id);
    assert.equal(error.oIndex, 1);
    assert.match(error.retryDataKey, /^[0-9a-f]{24}$/);
    assert.equal(error.source, 'application');
    assert.equal((await call(server, 'GET', `/v1/flows/${flowId}/${exportId}/errors`)).body.errors.length, 0);

    refuse = false;
    picky.seen.length = 0;
    const retried = await call(server, 'POST', `/v1/flows/${flowId}/${importId}/retry`, { body: { retryDataKeys: [error.retryDataKey] } });
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    const retryJob = await waitForJob(server, retried.body._jobId);
    assert.equal(retryJob.status, 'completed');
    assert.equal(retryJob.numSuccess, 1);
    assert.equal(picky.seen.length, 1);
    assert.equal(JSON.parse(picky.seen[0].body).id, 5);
    // The retried error is resolved; the list of open ones is empty.
    assert.equal((await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`)).body.errors.length, 0);
    const resolved = await call(server, 'GET', `/v1/flows/${flowId}/${importId}/resolved`);
    assert.deepEqual(
      resolved.body.errors.map((e: any) => e.errorId),
      [error.errorId],
    );
    // Retrying it again: nothing open of that key.
    const again = await call(server, 'POST', `/v1/flows/${flowId}/${importId}/retry`, { body: { errorIds: [error.errorId] } });
    assert.equal(again.status, 422);
    assert.equal(again.body.errors[0].code, 'invalid_ref');
  } finally {
    await picky.close();
  }
});

test('errors can be marked resolved by id; an id of another step changes nothing', async () => {
  const picky = await startUpstream((_q, r) => json(r, 400, { message: 'no' }));
  try {
    const from = await httpConnection(server, source.url);
    const to = await httpConnection(server, picky.url);
    const exportId = await httpExport(server, from, { relativeURI: '/customers', response: { resourcePath: 'data' } });
    const importId = await httpImport(server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
    const flowId = await flow(server, [exportId], [importId]);
    const job = await runAndWait(server, flowId);
    assert.equal(job.numError, 3);
    const ids = (await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`)).body.errors.map((e: any) => e.errorId);
    const bad = await call(server, 'PUT', `/v1/flows/${flowId}/${importId}/resolved`, {
      body: { errors: [ids[0], '0123456789abcdef01234567'] },
    });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].field, 'errors.1');
    assert.equal((await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`)).body.errors.length, 3);
    const ok = await call(server, 'PUT', `/v1/flows/${flowId}/${importId}/resolved`, { body: { errors: ids.slice(0, 2) } });
    assert.equal(ok.status, 204);
    assert.equal((await call(server, 'GET', `/v1/flows/${flowId}/${importId}/errors`)).body.errors.length, 1);
    assert.equal((await call(server, 'GET', `/v1/flows/${flowId}/${importId}/resolved`)).body.errors.length, 2);
  } finally {
    await picky.close();
  }
});

test('cancel stops a running job at its next page; a second run of a flow waits queued for the first', async () => {
  let release: () => void = () => {};
  const slow = await startUpstream(async (q, r) => {
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    json(r, 200, { data: [{ id: Number(q.url.searchParams.get('page') ?? '0') }] });
  });
  try {
    const from = await httpConnection(server, slow.url);
    const to = await httpConnection(server, sink.url);
    const exportId = await httpExport(server, from, {
      relativeURI: '/x?page={{export.http.paging.page}}',
      paging: { method: 'page' },
      response: { resourcePath: 'data' },
    });
    const importId = await httpImport(server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
    const flowId = await flow(server, [exportId], [importId]);
    const first = await run(server, flowId);
    await waitForJob(server, first, ['running']);
    const second = await run(server, flowId);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await call(server, 'GET', `/v1/jobs/${second}`)).body.status, 'queued');

    const canceled = await call(server, 'PUT', `/v1/jobs/${first}/cancel`);
    assert.equal(canceled.status, 200);
    assert.equal(canceled.body.status, 'canceled');
    release();
    const done = await waitForJob(server, first);
    assert.equal(done.status, 'canceled');
    // The second run starts once the first is over; cancel it while it waits for the slow source.
    await waitForJob(server, second, ['running']);
    assert.equal((await call(server, 'PUT', `/v1/jobs/${second}/cancel`)).status, 200);
    release();
    assert.equal((await waitForJob(server, second)).status, 'canceled');
    const again = await call(server, 'PUT', `/v1/jobs/${first}/cancel`);
    assert.equal(again.status, 422);
    assert.equal(again.body.errors[0].code, 'invalid_job_state');
  } finally {
    release();
    await slow.close();
  }
});

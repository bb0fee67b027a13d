/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { created, FAST_FLOWS, flow, httpConnection, httpExport, httpImport, runAndWait } from '../../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { assertCeligoError } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
let ids: { flowId: string; exportId: string; importId: string; connectionId: string };

before(async () => {
  server = await startTestServer({ runtime: FAST_FLOWS });
  upstream = await startUpstream((q, r) => json(r, 200, q.method === 'GET' ? [{ id: 1 }] : { ok: true }));
  const connectionId = await httpConnection(server, upstream.url);
  const exportId = await httpExport(server, connectionId, { relativeURI: '/x' });
  const importId = await httpImport(server, connectionId, { method: ['POST'], relativeURI: ['/y'], requestType: ['CREATE'] });
  ids = { flowId: await flow(server, [exportId], [importId]), exportId, importId, connectionId };
});
after(async () => {
  await upstream.close();
  await server.close();
});

const jobCount = async () =>
  (
    await server.core.store.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
const missing = '0123456789abcdef01234567';

test('run: a bad id, an unknown flow, a bad body, a disabled flow and a flow with nothing to run are refused, and queue nothing', async () => {
  const before = Number(await jobCount());
  assertCeligoError(await call(server, 'POST', '/v1/flows/nope/run'), 400, 'invalid_ref');
  assertCeligoError(await call(server, 'POST', `/v1/flows/${missing}/run`), 404, 'invalid_ref');
  assertCeligoError(await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { body: { surprise: 1 } }), 400, 'invalid_field');
  assertCeligoError(await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { body: { _exportIds: ['x'] } }), 400);
  assertCeligoError(
    await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { body: { _exportIds: [missing] } }),
    422,
    'invalid_ref',
    '_exportIds.0',
  );
  assertCeligoError(
    await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { body: { startDate: 'yesterday' } }),
    422,
    'invalid_field',
    'startDate',
  );
  assertCeligoError(
    await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, {
      body: { startDate: '2026-02-01T00:00:00Z', endDate: '2026-01-01T00:00:00Z' },
    }),
    422,
    'invalid_field',
  );
  const disabled = await flow(server, [ids.exportId], [ids.importId], { disabled: true });
  assertCeligoError(await call(server, 'POST', `/v1/flows/${disabled}/run`), 422, 'flow_disabled');
  const empty = await flow(server, [], []);
  assertCeligoError(await call(server, 'POST', `/v1/flows/${empty}/run`), 422, 'nothing_to_run');
  const other = await created(server, '/v1/imports', {
    name: 'ns',
    adaptorType: 'NetSuiteDistributedImport',
    _connectionId: ids.connectionId,
  });
  const unsupported = await flow(server, [ids.exportId], [other]);
  assertCeligoError(await call(server, 'POST', `/v1/flows/${unsupported}/run`), 422, 'step_not_supported', 'pageProcessors.0');
  assert.equal(Number(await jobCount()), before);
});

test('jobs: listing flow jobs needs an id or date filter; bad filters and ids are 400, unknown jobs 404', async () => {
  const job = await runAndWait(server, ids.flowId);
  assertCeligoError(await call(server, 'GET', '/v1/jobs'), 400, 'invalid_query');
  assertCeligoError(await call(server, 'GET', '/v1/jobs?type=flow'), 400, 'invalid_query');
  assertCeligoError(await call(server, 'GET', '/v1/jobs?_flowId=x&colour=red'), 400, 'invalid_query_params');
  assertCeligoError(await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}&createdAt_gte=soon`), 400, 'invalid_query_params');
  assertCeligoError(await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}&limit=1001`), 400, 'invalid_query_params');
  assertCeligoError(await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}&numError_gte=-1`), 400, 'invalid_query_params');
  assertCeligoError(await call(server, 'GET', '/v1/jobs/abc'), 400, 'invalid_ref');
  assertCeligoError(await call(server, 'GET', `/v1/jobs/${missing}`), 404, 'invalid_ref');
  assertCeligoError(await call(server, 'PUT', `/v1/jobs/${missing}/cancel`), 404, 'invalid_ref');
  assertCeligoError(await call(server, 'PUT', `/v1/jobs/${job.children[0]._id}/cancel`), 422, 'invalid_job_type');
  assertCeligoError(await call(server, 'GET', `/v1/flows/${missing}/jobs/latest`), 404, 'invalid_ref');
  // Import jobs alone may be listed without a filter; a date filter pages flow jobs.
  assert.equal((await call(server, 'GET', '/v1/jobs?type=import')).status, 200);
  const page = await call(server, 'GET', `/v1/jobs?type=flow&createdAt_lte=${encodeURIComponent(job.createdAt)}`);
  assert.ok(page.body.some((j: any) => j._id === job._id));
  const before = await call(
    server,
    'GET',
    `/v1/jobs?type=flow&createdAt_lte=${encodeURIComponent(new Date(Date.parse(job.createdAt) - 1).toISOString())}`,
  );
  assert.ok(!before.body.some((j: any) => j._id === job._id));
  const counted = await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}&type=flow&numSuccess_gte=1&numError_lte=0`);
  assert.ok(counted.body.some((j: any) => j._id === job._id));
});

test('errors: unknown steps are 404, bad bodies 400, unknown keys 422; export errors cannot be retried', async () => {
  const base = `/v1/flows/${ids.flowId}`;
  assertCeligoError(await call(server, 'GET', `${base}/${missing}/errors`), 404, 'invalid_ref');
  assertCeligoError(await call(server, 'GET', `${base}/xyz/errors`), 400, 'invalid_ref');
  assertCeligoError(await call(server, 'GET', `${base}/${ids.importId}/errors?since=1`), 400, 'invalid_query_params');
  assertCeligoError(await call(server, 'PUT', `${base}/${ids.importId}/resolved`, { body: { errors: [] } }), 400);
  assertCeligoError(await call(server, 'PUT', `${base}/${ids.importId}/resolved`, { body: ['x'] }), 400);
  assertCeligoError(await call(server, 'POST', `${base}/${ids.importId}/retry`, { body: {} }), 400);
  assertCeligoError(
    await call(server, 'POST', `${base}/${ids.importId}/retry`, { body: { retryDataKeys: [missing] } }),
    422,
    'invalid_ref',
    'retryDataKeys.0',
  );
  assertCeligoError(
    await call(server, 'POST', `${base}/${ids.exportId}/retry`, { body: { errorIds: [missing] } }),
    422,
    'retry_not_supported',
  );
});

test('scopes: reading jobs needs jobs.get, running needs flow.run; other tenants see 404; runs and cancels are audited', async () => {
  const reader = await server.token(['jobs.get', 'job.get', 'flowErrors.get']);
  assertCeligoError(await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { token: reader }), 403);
  assert.equal((await call(server, 'GET', `/v1/flows/${ids.flowId}/jobs/latest`, { token: reader })).status, 200);
  assert.equal((await call(server, 'GET', `/v1/flows/${ids.flowId}/${ids.importId}/errors`, { token: reader })).status, 200);
  assertCeligoError(
    await call(server, 'PUT', `/v1/flows/${ids.flowId}/${ids.importId}/resolved`, { token: reader, body: { errors: [missing] } }),
    403,
  );
  const runner = await server.token(['flow.run']);
  assert.equal((await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { token: runner })).status, 201);
  assertCeligoError(await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}`, { token: runner }), 403);
  assertCeligoError(await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}`, { token: null }), 401);

  const other = await server.otherTenant();
  const latest = await call(server, 'GET', `/v1/flows/${ids.flowId}/jobs/latest`);
  const jobId = latest.body[0]._id;
  assertCeligoError(await call(server, 'POST', `/v1/flows/${ids.flowId}/run`, { token: other.token }), 404);
  assertCeligoError(await call(server, 'GET', `/v1/jobs/${jobId}`, { token: other.token }), 404);
  assertCeligoError(await call(server, 'PUT', `/v1/jobs/${jobId}/cancel`, { token: other.token }), 404);
  assertCeligoError(await call(server, 'GET', `/v1/flows/${ids.flowId}/${ids.importId}/errors`, { token: other.token }), 404);
  assert.deepEqual((await call(server, 'GET', `/v1/jobs?_flowId=${ids.flowId}`, { token: other.token })).body, []);

  const audit = await call(server, 'GET', '/v1/audit');
  assert.ok(audit.body.some((e: any) => e.resourceType === 'job' && e._resourceId === jobId && e.event === 'run'));
});

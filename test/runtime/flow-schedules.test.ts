/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { toCron } from '../../src/runtime/flows/scheduler.js';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport } from '../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

let server: TestServer;
let upstream: Upstream;
const runtime = { ...FAST_FLOWS, flows: { ...FAST_FLOWS.flows, scheduleTickMs: 100 } };

before(async () => {
  server = await startTestServer({ runtime });
  upstream = await startUpstream((q, r) => json(r, 200, q.method === 'GET' ? [{ id: 1 }] : { ok: true }));
});
after(async () => {
  await upstream.close();
  await server.close();
});

const scheduledJobs = async (flowId: string) =>
  server.core.store.db
    .selectFrom('jobs')
    .selectAll()
    .where('flow_id', '=', flowId)
    .where('type', '=', 'flow')
    .orderBy('created_at')
    .execute();

test('integrator.io cron: a leading ? is second 0, ? in the day fields is any; timezones apply', () => {
  const every5 = toCron('? */5 * * * *', 'UTC');
  assert.equal(every5?.nextRun(new Date('2026-01-01T10:01:30Z'))?.toISOString(), '2026-01-01T10:05:00.000Z');
  const nightly = toCron('? 0 2 ? * *', 'Europe/Berlin');
  assert.equal(nightly?.nextRun(new Date('2026-01-01T12:00:00Z'))?.toISOString(), '2026-01-02T01:00:00.000Z');
  assert.equal(toCron('not a cron', undefined), null);
  assert.equal(toCron('? 0 2 * * *', 'Mars/Olympus'), null);
});

test('a per-second schedule fires once a second; a disabled flow does not fire; firings before start are not made up', async () => {
  const conn = await httpConnection(server, upstream.url);
  const exportId = await httpExport(server, conn, { relativeURI: '/x' });
  const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/y'], requestType: ['CREATE'] });
  const flowId = await flow(server, [exportId], [importId], { schedule: '* * * * * *', timezone: 'UTC' });
  await server.core.start();
  await new Promise((r) => setTimeout(r, 2_600));
  const fired = await scheduledJobs(flowId);
  assert.ok(fired.length >= 2 && fired.length <= 4, `fired ${fired.length} times in 2.6 s`);
  assert.ok(fired.every((j) => j.trigger_key?.startsWith(`schedule:${flowId}:flow:`)));
  assert.equal(new Set(fired.map((j) => j.trigger_key)).size, fired.length);
  assert.ok(fired.every((j) => JSON.parse(j.options).trigger === 'schedule'));
  assert.equal(
    (await call(server, 'PATCH', `/v1/flows/${flowId}`, { body: [{ op: 'replace', path: '/disabled', value: true }] })).status,
    204,
  );
  await new Promise((r) => setTimeout(r, 300));
  const atDisable = (await scheduledJobs(flowId)).length;
  await new Promise((r) => setTimeout(r, 1_500));
  assert.equal((await scheduledJobs(flowId)).length, atDisable);
  const done = (await scheduledJobs(flowId)).filter((j) => j.status === 'completed');
  assert.ok(done.length >= 1);
});

test('a page generator with its own schedule runs only its export', async () => {
  const conn = await httpConnection(server, upstream.url);
  const a = await httpExport(server, conn, { relativeURI: '/a' });
  const b = await httpExport(server, conn, { relativeURI: '/b' });
  const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/y'], requestType: ['CREATE'] });
  const flowId = await flow(server, [], [importId]);
  const patched = await call(server, 'PUT', `/v1/flows/${flowId}`, {
    body: {
      name: 'pg schedules',
      pageGenerators: [{ _exportId: a, schedule: '* * * * * *' }, { _exportId: b }],
      pageProcessors: [{ type: 'import', _importId: importId }],
      schedule: '? 0 0 1 1 *',
    },
  });
  assert.equal(patched.status, 200);
  await server.core.start();
  await new Promise((r) => setTimeout(r, 1_500));
  const fired = await scheduledJobs(flowId);
  assert.ok(fired.length >= 1);
  assert.ok(fired.every((j) => JSON.stringify(JSON.parse(j.options)._exportIds) === JSON.stringify([a])));
  await call(server, 'PATCH', `/v1/flows/${flowId}`, { body: [{ op: 'replace', path: '/disabled', value: true }] });
});

test('two nodes on one PostgreSQL: a scheduled flow runs once per firing', {
  skip: !process.env.DATABASE_URL && 'needs DATABASE_URL',
}, async () => {
  const second = await startTestServer({ runtime, sameStoreAs: server });
  try {
    const conn = await httpConnection(server, upstream.url);
    const exportId = await httpExport(server, conn, { relativeURI: '/x' });
    const importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/y'], requestType: ['CREATE'] });
    await server.core.start();
    await second.core.start();
    const startedAt = Date.now();
    const flowId = await flow(server, [exportId], [importId], { schedule: '* * * * * *' });
    await new Promise((r) => setTimeout(r, 3_000));
    await call(server, 'PATCH', `/v1/flows/${flowId}`, { body: [{ op: 'replace', path: '/disabled', value: true }] });
    const seconds = Math.ceil((Date.now() - startedAt) / 1000);
    const fired = await scheduledJobs(flowId);
    const firings = new Set(fired.map((j) => j.trigger_key));
    assert.equal(firings.size, fired.length, 'one job per firing');
    assert.ok(fired.length >= 2 && fired.length <= seconds + 1, `${fired.length} jobs in ${seconds} s`);
  } finally {
    await second.close();
  }
});

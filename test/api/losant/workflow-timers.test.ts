import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TIMER_LEASE } from '../../../src/runtime/workflows/timers.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { createWorkflow, runsOf, runsPath, waitFor } from '../../helpers/workflows.js';

let server: TestServer;

before(async () => {
  server = await startTestServer({ runtime: { workflows: { log: { flushMs: 20 }, timers: { tickMs: 50, reloadMs: 500 } } } });
  await server.core.start();
});
after(() => server.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function runCount(flowId: string): Promise<number> {
  await server.core.workflowRunner.flushLogs();
  return (await call(server, 'GET', `${runsPath(server, flowId)}?limit=100`)).body.items.length;
}

test('a timer workflow fires every `seconds` with triggerType timer, stops while disabled, and does not make up missed firings', async () => {
  const flowId = await createWorkflow(server, {
    triggers: [{ type: 'timer', key: 'every-second', config: { seconds: 1 }, outputIds: [['d']] }],
    nodes: [{ id: 'd', type: 'DebugNode', config: { message: 'tick' }, outputIds: [[]] }],
  });
  const runs = await runsOf(server, flowId, 2);
  const [latest] = runs;
  assert.equal(latest.triggerType, 'timer');
  assert.equal(latest.triggerId, 'every-second');
  const payload = latest.debug[0].value;
  assert.equal(payload.triggerType, 'timer');
  assert.equal(payload.triggerId, 'every-second');
  assert.equal(payload.relayType, 'timer');
  assert.equal(payload.flowId, flowId);
  assert.deepEqual(payload.data, {});
  // Firings are a second apart (epoch-aligned), not one per tick.
  const gap = Date.parse(runs[0].time) - Date.parse(runs[1].time);
  assert.ok(gap >= 900 && gap <= 1_300, `gap ${gap} ms`);

  const path = `/applications/${server.tenant.applicationId}/flows/${flowId}`;
  assert.equal((await call(server, 'PATCH', path, { body: { enabled: false } })).status, 200);
  await sleep(150);
  const whileDisabled = await runCount(flowId);
  await sleep(2_300);
  assert.equal(await runCount(flowId), whileDisabled, 'no run while disabled');

  const enabledAt = Date.now();
  assert.equal((await call(server, 'PATCH', path, { body: { enabled: true } })).status, 200);
  await waitFor('a run after re-enabling', async () => (await runCount(flowId)) > whileDisabled);
  await sleep(300);
  // The two firings missed while disabled are not made up for: at most one run since then.
  const since = (await call(server, 'GET', `${runsPath(server, flowId)}?limit=100&since=${enabledAt}`)).body.items;
  assert.equal(since.length, 1);
  assert.ok(Date.parse(since[0].time) >= enabledAt);
});

test('a cron timer (UTC by default) fires; an unusable timer config and other trigger types are ignored', async () => {
  const cron = await createWorkflow(server, {
    triggers: [
      { type: 'timer', config: { cron: '* * * * * *' }, outputIds: [['d']] },
      { type: 'timer', config: { cron: 'not a cron' }, outputIds: [['d']] },
      { type: 'webhook', key: 'x', outputIds: [['d']] },
    ],
    nodes: [{ id: 'd', type: 'DebugNode', config: {}, outputIds: [[]] }],
  });
  const [run] = await runsOf(server, cron);
  assert.equal(run.triggerType, 'timer');
  const zoned = await createWorkflow(server, {
    triggers: [{ type: 'timer', config: { cron: '* * * * * *', tz: 'America/New_York' }, outputIds: [['d']] }],
    nodes: [{ id: 'd', type: 'DebugNode', config: {}, outputIds: [[]] }],
  });
  assert.equal((await runsOf(server, zoned))[0].status, 'completed');
});

test('this node holds the timer lease while it runs timers', async () => {
  const lease = await server.core.store.db.selectFrom('leases').selectAll().where('name', '=', TIMER_LEASE).executeTakeFirst();
  assert.ok(lease);
  assert.equal(lease.holder, server.core.workflowRunner.nodeId);
  assert.ok(lease.expires_at > new Date().toISOString());
});

test('two nodes on one store: a timer fires once per period, not once per node', async () => {
  const second = await startTestServer({
    sameStoreAs: server,
    runtime: { workflows: { log: { flushMs: 20 }, timers: { tickMs: 50, reloadMs: 500 } } },
  });
  try {
    await second.core.start();
    const flowId = await createWorkflow(server, {
      triggers: [{ type: 'timer', key: 'shared', config: { seconds: 1 }, outputIds: [['d']] }],
      nodes: [{ id: 'd', type: 'DebugNode', config: {}, outputIds: [[]] }],
    });
    await runsOf(server, flowId, 1);
    await sleep(3_000);
    await second.core.workflowRunner.flushLogs();
    const runs = (await call(server, 'GET', `${runsPath(server, flowId)}?limit=100`)).body.items;
    const seconds = runs.map((r: { time: string }) => Math.floor(Date.parse(r.time) / 1000));
    assert.equal(new Set(seconds).size, seconds.length, `one run per second: ${seconds}`);
    assert.ok(runs.length >= 3 && runs.length <= 5, `${runs.length} runs in about 4 s`);
  } finally {
    await second.close();
  }
});

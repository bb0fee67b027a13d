/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
/* biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is what a user reads (layout-aware), not a DOM property */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { connect, createIntegration as createTrutoIntegration } from '../api/proxy/fixtures.js';
import { call } from '../helpers/server.js';
import { json } from '../helpers/upstream.js';
import { FAST_WEBHOOKS, startSink, subscribe, until } from '../helpers/webhooks.js';
import { createIntegration, createWorkflow, messageEvent, recordingPublisher, runsOf } from '../helpers/workflows.js';
import { type Harness, login, openPage, screenshot, seriousViolations, skipReason, startHarness } from './browser.js';

const skip = skipReason();
let h: Harness;
const recorder = recordingPublisher();

/** A loopback port nothing listens on: a broker there refuses every connection. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((r) => probe.listen(0, '127.0.0.1', () => r((probe.address() as { port: number }).port)));
  await new Promise((r) => probe.close(r));
  return port;
}

describe('console: workflow runs, live integrations and webhook deliveries (browser)', { skip: skip ?? false }, () => {
  before(async () => {
    h = await startHarness({
      livePublisher: recorder.publisher,
      workflows: { log: { flushMs: 20 } },
      live: { pollMs: 100, baseMs: 200, capMs: 1_000, connectTimeoutMs: 1_000 },
      ...FAST_WEBHOOKS,
    });
    await h.server.core.start();
  });
  after(async () => {
    await h?.close();
  });

  test("a workflow's runs: a chart, each run's debug output, and a failed run's node error", async () => {
    const integrationId = await createIntegration(h.server);
    const trigger = { type: 'integration', key: integrationId, config: {}, outputIds: [['check']] };
    const flowId = await createWorkflow(h.server, {
      name: 'Echo or fail',
      triggers: [trigger],
      nodes: [
        { id: 'check', type: 'ConditionalNode', config: { expression: "{{data.message}} === 'bad'" }, outputIds: [['dbg'], ['boom']] },
        { id: 'dbg', type: 'DebugNode', config: { message: 'seen {{data.message}}' }, outputIds: [[]] },
        { id: 'boom', type: 'NoSuchNode', config: {}, outputIds: [[]] },
      ],
    });
    for (const message of ['good', 'bad', 'fine']) await h.server.core.workflowRunner.sink(messageEvent(h.server, integrationId, message));
    const runs = await runsOf(h.server, flowId, 3);
    assert.deepEqual(runs.map((r: any) => r.status).sort(), ['completed', 'completed', 'failed'], JSON.stringify(runs));

    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/runs/workflows`);
    await page.getByRole('heading', { name: 'Workflow runs' }).waitFor();
    await page.getByLabel('Workflow', { exact: true }).selectOption({ label: `${(await app()).name} / Echo or fail` });
    const rows = page.locator('tr[data-run]');
    await rows.nth(2).waitFor();
    assert.equal(await rows.count(), 3);
    assert.match(await page.locator('figure.chart figcaption').innerText(), /3 runs, 1 failed, p50 \d+ ms, p99 \d+ ms/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'workflow-runs');

    const failed = rows.filter({ hasText: 'failed' });
    await failed.getByRole('button', { name: /Show \(0 debug, 1 errors\)/ }).click();
    assert.match(await page.locator('.run-detail').innerText(), /UnknownNodeType.*NoSuchNode/s);
    const good = rows.filter({ hasText: 'completed' }).first();
    await good.getByRole('button', { name: /Show \(1 debug, 0 errors\)/ }).click();
    assert.match(await page.locator('.run-detail').innerText(), /Debug dbg seen (good|fine)/);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
    assert.deepEqual(w.httpErrors, []);
    await w.close();
  });

  test('live integrations: a broker that refuses shows its last error and the next attempt; a stored-only type says so', async () => {
    const port = await closedPort();
    const base = `/applications/${h.server.tenant.applicationId}/integrations`;
    const refused = await call(h.server, 'POST', base, {
      body: {
        name: 'Refusing broker',
        integrationType: 'mqtt',
        topics: ['a/#'],
        mqttConfig: { host: '127.0.0.1', port, protocol: 'mqtt' },
      },
    });
    assert.equal(refused.status, 201, JSON.stringify(refused.body));
    const stored = await call(h.server, 'POST', base, {
      body: {
        name: 'Queue',
        integrationType: 'sqs',
        sqsConfig: { queueUrl: 'http://127.0.0.1:9/q', accessKeyId: 'AKIATEST', secretAccessKey: 'sqs-test-secret' },
      },
    });
    assert.equal(stored.status, 201, JSON.stringify(stored.body));
    for (;;) {
      const body = (await call(h.server, 'GET', `${base}/${refused.body.id}`)).body;
      if (body.status?.nextAttempt) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/runs/live`);
    await page.getByRole('heading', { name: 'Live integrations' }).waitFor();
    const row = page.locator(`tr[data-integration="${refused.body.id}"]`);
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /Refusing broker\s+mqtt\s+offline\s+retrying/);
    assert.match(text, /ECONNREFUSED/);
    assert.match(text, /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\s*$/, 'the next attempt is shown');
    assert.match(await page.locator(`tr[data-integration="${stored.body.id}"]`).innerText(), /sqs\s+stored only.*does not connect them/s);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'live-integrations');
    assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
    await w.close();
  });

  test('webhook deliveries: each attempt with its status, latency and error, under a chart', async () => {
    let failures = 1;
    const sink = await startSink((_q, r) => (failures-- > 0 ? json(r, 503, { down: true }) : json(r, 200, { ok: true })));
    try {
      await subscribe(h.server, h.server.tenant.token, `${sink.url}/events`, ['integrated_account:created']);
      const integration = await createTrutoIntegration(h.server, {
        base_url: 'http://127.0.0.1:9',
        credentials: { format: 'api_key', config: { fields: [] } },
      });
      await connect(h.server, integration.id, { api_key: 'k' });
      await until(() => sink.seen.length >= 2, 'a failed attempt, then the delivery');

      const w = await openPage(h);
      const { page } = w;
      await login(h, page);
      await page.goto(`${h.base}/console/#/runs/webhooks`);
      await page.getByRole('heading', { name: 'Webhook deliveries' }).waitFor();
      const rows = page.locator('tr[data-attempt]');
      await rows.nth(1).waitFor();
      const texts = await rows.allInnerTexts();
      assert.equal(texts.length, 2, texts.join('\n'));
      assert.match(texts[0], /integrated_account:created.*\/events\s+2\s+200\s+\d+ ms/s);
      assert.match(texts[1], /integrated_account:created.*\/events\s+1\s+503\s+\d+ ms\s+.*503/s);
      assert.match(await page.locator('figure.chart figcaption').innerText(), /2 attempts, 1 failed, p50 \d+ ms, p99 \d+ ms/);
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'webhook-deliveries');
      assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
      await w.close();
    } finally {
      await sink.close();
    }
  });
});

async function app() {
  return (await call(h.server, 'GET', `/applications/${h.server.tenant.applicationId}`)).body;
}

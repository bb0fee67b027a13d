/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
/* biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is what a user reads (layout-aware), not a DOM property */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, runAndWait, waitForJob } from '../helpers/flows.js';
import { call } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';
import { type Harness, login, openPage, screenshot, seriousViolations, skipReason, startHarness } from './browser.js';

const skip = skipReason();
let h: Harness;
let source: Upstream;
let sink: Upstream;
let refuse = true;
const delivered: number[] = [];

describe('console: flow jobs (browser)', { skip: skip ?? false }, () => {
  before(async () => {
    h = await startHarness(FAST_FLOWS);
    source = await startUpstream((q, r) => {
      if (q.url.pathname === '/broken') return json(r, 500, { message: 'source is down' });
      json(r, 200, { data: [{ id: 1 }, { id: 2 }, { id: 3 }] });
    });
    sink = await startUpstream((q, r) => {
      const { id } = JSON.parse(q.body);
      if (refuse && id === 2) return json(r, 422, { message: 'record 2 is not welcome' });
      delivered.push(id);
      json(r, 201, { ok: true });
    });
  });
  after(async () => {
    await source?.close();
    await sink?.close();
    await h?.close();
  });

  test('a job with a refused record shows its error; retry from the console delivers that record', async () => {
    const from = await httpConnection(h.server, source.url);
    const to = await httpConnection(h.server, sink.url);
    const exportId = await httpExport(h.server, from, { relativeURI: '/customers', response: { resourcePath: 'data' } });
    const brokenId = await httpExport(h.server, from, { relativeURI: '/broken', response: { resourcePath: 'data' } });
    const importId = await httpImport(h.server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
    const partly = await flow(h.server, [exportId], [importId], { name: 'Customers to sink' });
    const broken = await flow(h.server, [brokenId], [importId], { name: 'Broken source' });
    const first = await runAndWait(h.server, partly);
    assert.equal(first.status, 'completed');
    assert.equal(first.numError, 1);
    assert.equal((await runAndWait(h.server, broken)).status, 'failed');
    assert.deepEqual(delivered.sort(), [1, 3]);

    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.getByRole('link', { name: 'Runs' }).click();
    await page.getByRole('heading', { name: 'Flow jobs' }).waitFor();
    assert.match(await page.locator('figure.chart figcaption').innerText(), /2 jobs, 2 failed, p50 \d+ ms, p99 \d+ ms/);
    const failedRow = page.getByRole('row').filter({ hasText: 'Broken source' });
    assert.match(await failedRow.innerText(), /failed/);
    const row = page.getByRole('row').filter({ hasText: 'Customers to sink' });
    assert.match(await row.innerText(), /completed\s+2\s+1\s+0/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'flow-jobs');

    await row.getByRole('button', { name: 'Show errors' }).click();
    const errors = page.getByRole('region', { name: `Errors of step ${importId}` });
    await errors.getByText('record 2 is not welcome').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    refuse = false;
    await errors.getByRole('button', { name: 'Retry this record' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Retry queued as job' });
    await status.waitFor();
    const retryJobId = /job ([0-9a-f]{24})/.exec(await status.innerText())?.[1] as string;
    const retryJob = await waitForJob(h.server, retryJobId);
    assert.equal(retryJob.status, 'completed');
    assert.deepEqual(delivered.sort(), [1, 2, 3], 'the refused record, and only it, is delivered again');

    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator(`tr[data-job="${retryJobId}"]`).getByText('completed').waitFor();
    assert.match(await page.locator(`tr[data-job="${retryJobId}"]`).innerText(), /Customers to sink\s+completed\s+1\s+0\s+0/);
    // The retried error is resolved: the first job has no open error left.
    const open = await call(h.server, 'GET', `/v1/flows/${partly}/${importId}/errors`);
    assert.equal(open.body.errors.length, 0);
    assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
    assert.deepEqual(w.httpErrors, []);
    await w.close();
  });
});

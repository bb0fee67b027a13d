/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
/* biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is what a user reads (layout-aware), not a DOM property */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call } from '../helpers/server.js';
import { type Harness, login, openPage, screenshot, seriousViolations, skipReason, startHarness, type Watched } from './browser.js';
import { type Seeded, seed } from './fixtures.js';

const skip = skipReason();
let h: Harness;
let data: Seeded;

async function clean(w: Watched, expectedHttpErrors: number[] = []) {
  assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
  assert.deepEqual(w.httpErrors, expectedHttpErrors, 'only the failed answers the test provokes');
  await w.close();
}

describe('console: connections, accounts, proxy, audit (browser)', { skip: skip ?? false }, () => {
  before(async () => {
    h = await startHarness();
    data = await seed(h.server);
  });
  after(async () => {
    await data?.upstream.close();
    await h?.close();
  });

  test("an account's call log lists each call with status, duration and attempts, under a chart", async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.getByRole('link', { name: 'Connections' }).click();
    const row = page.getByRole('row').filter({ hasText: 'connected account' });
    await row.waitFor();
    assert.match(await row.innerText(), /online/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'connections');
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Call log' }).waitFor();
    const calls = page.locator('table').filter({ hasText: 'Attempts' }).locator('tbody tr');
    await calls.first().waitFor();
    assert.equal(await calls.count(), 3);
    const texts = await calls.allInnerTexts();
    assert.equal(texts.filter((t) => /GET \/tickets\s.*200\s+\d+ ms\s+1/.test(t)).length, 2, texts.join('\n'));
    assert.equal(texts.filter((t) => /GET \/tickets\/7.*500/.test(t)).length, 1, texts.join('\n'));
    assert.match(await page.locator('figure.chart figcaption').innerText(), /3 calls, 1 failed, p50 \d+ ms, p99 \d+ ms/);
    assert.equal(await page.locator('figure.chart rect.failed[height]:not([height="0"])').count(), 1);
    // Credentials are write-only: the stored key is not on the page.
    assert.equal(await page.getByText('k-secret').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'account');
    await clean(w);
  });

  test('ping from the account page, and a credential replaced without being shown back', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/accounts/${data.accountId}`);
    await page.getByRole('button', { name: 'Ping' }).click();
    await page.getByRole('status').getByText('Ping: The connection is online.').waitFor();
    const field = page.getByLabel('api_key');
    assert.equal(await field.inputValue(), '');
    assert.equal(await field.getAttribute('type'), 'password');
    await field.fill('k-rotated');
    await page.getByRole('button', { name: 'Save credentials' }).click();
    await page.getByRole('status').getByText('Replaced api_key.').waitFor();
    assert.equal(await field.inputValue(), '');
    await h.server.core.flush();
    // The next proxied call carries the new key upstream.
    await call(h.server, 'GET', `/proxy/tickets?integrated_account_id=${data.accountId}`);
    assert.equal(data.upstream.seen.at(-1)?.headers['x-key'], 'k-rotated');
    await clean(w);
  });

  test('an OAuth account starts the authorization flow at its provider from the console', async () => {
    const config = {
      base_url: data.upstream.url,
      credentials: {
        format: 'oauth2',
        config: {
          client: { id: 'cid', secret: 'csecret' },
          auth: { tokenHost: data.upstream.url, tokenPath: '/token', authorizeHost: data.upstream.url, authorizePath: '/authorize' },
          scope: ['read'],
        },
      },
      resources: { me: { get: { path: '/me' } } },
    };
    const integration = (await call(h.server, 'POST', '/integration', { body: { name: 'oauth-app', config } })).body;
    const account = (await call(h.server, 'POST', '/integrated-account', { body: { integration_id: integration.id, context: {} } })).body;
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/accounts/${account.id}`);
    await page.getByRole('button', { name: 'Start OAuth flow' }).click();
    await page.getByRole('heading', { name: 'Authorize Junction?' }).waitFor();
    const at = new URL(page.url());
    assert.equal(at.origin + at.pathname, `${data.upstream.url}/authorize`);
    assert.equal(at.searchParams.get('client_id'), 'cid');
    assert.equal(at.searchParams.get('redirect_uri'), `${h.base}/oauth/callback`);
    assert.ok(!page.url().includes(h.server.tenant.token));
    await clean(w);
  });

  test('proxy try-it runs a call and shows the answer and the upstream calls it made', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.getByRole('link', { name: 'Proxy try-it' }).click();
    await page.getByLabel('Account').selectOption(data.accountId);
    // The form picks the first resource and method once the account's config has loaded.
    const runButton = page.getByRole('button', { name: 'Run GET tickets' });
    await runButton.waitFor();
    assert.equal(await page.getByLabel('Method').inputValue(), 'list');
    await runButton.click();
    await page.getByRole('heading', { name: 'Answer (ok)' }).waitFor();
    assert.match(await page.locator('pre.json').innerText(), /"title": "first"/);
    const upstreamCalls = page.locator('section', { has: page.getByRole('heading', { name: 'Upstream calls it made' }) }).locator('li');
    await upstreamCalls.first().waitFor();
    assert.match(await upstreamCalls.first().innerText(), /GET \/tickets → 200 in \d+ ms, 1 attempt/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'proxy');
    await clean(w);
  });

  test('the organization audit log shows changes from every surface with their fields', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.locator('.timeline li').first().waitFor();
    const text = await page.locator('.timeline').innerText();
    for (const surface of ['via losant', 'via celigo', 'via truto']) assert.match(text, new RegExp(surface));
    await page.locator('.timeline details summary').first().click();
    await page.locator('.timeline table.changes').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'audit');
    await clean(w);
  });

  test('readable on a phone: no page-wide horizontal scroll on the main pages', async () => {
    const w = await openPage(h, { width: 390, height: 844 });
    const { page } = w;
    await login(h, page);
    for (const hash of ['integrations', `integrations/${data.trutoId}/config`, 'connections', 'audit', `accounts/${data.accountId}`]) {
      await page.goto(`${h.base}/console/#/${hash}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      assert.equal(overflow, 0, `#/${hash} scrolls sideways by ${overflow}px`);
    }
    await screenshot(page, 'phone-account');
    await clean(w);
  });
});

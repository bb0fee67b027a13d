/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
/* biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is what a user reads (layout-aware), not a DOM property */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call } from '../helpers/server.js';
import { type Harness, login, openPage, screenshot, seriousViolations, skipReason, startHarness, type Watched } from './browser.js';
import { type Seeded, seed, ticketsConfig } from './fixtures.js';

const skip = skipReason();
let h: Harness;
let data: Seeded;

/** Replaces the whole document of the config editor, as a user selecting all and pasting would. */
async function setEditor(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function clean(w: Watched, expectedHttpErrors: number[] = []) {
  assert.deepEqual(w.problems, [], 'no console errors and no request beyond 127.0.0.1');
  assert.deepEqual(w.httpErrors, expectedHttpErrors, 'only the failed answers the test provokes');
  await w.close();
}

describe('console: integrations (browser)', { skip: skip ?? false }, () => {
  before(async () => {
    h = await startHarness();
    data = await seed(h.server);
  });
  after(async () => {
    await data?.upstream.close();
    await h?.close();
  });

  test('login keeps the token in session storage, never in a URL; a bad token is refused with a hint', async () => {
    const w = await openPage(h);
    const { page } = w;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${h.base}/console`);
    assert.equal(new URL(page.url()).pathname, '/console/');
    await page.getByLabel('API token').fill('not-a-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('Error 401').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Log in again with a valid token/);
    await login(h, page);
    assert.equal(await page.evaluate("sessionStorage.getItem('junction.token')"), h.server.tenant.token);
    assert.equal(await page.evaluate('localStorage.length'), 0);
    assert.ok(urls.length > 0 && urls.every((u) => !u.includes(h.server.tenant.token)), 'the token is in no URL');
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('API token').waitFor();
    assert.equal(await page.evaluate("sessionStorage.getItem('junction.token')"), null);
    await clean(w, [401]);
  });

  test('a token without a scope gets a message naming it', async () => {
    const w = await openPage(h);
    const token = await h.server.token(['integrations.get', 'integration.get']);
    await login(h, w.page, token);
    await w.page.getByRole('link', { name: 'Audit' }).click();
    const alert = w.page.getByRole('alert');
    await alert.getByText('Error 403').waitFor();
    assert.match(await alert.innerText(), /lacks the scope "audit\.get"/);
    // The list's origin column reads the audit log too: each row's lookup was refused the same way.
    await clean(w, w.httpErrors.length > 0 && w.httpErrors.every((s) => s === 403) ? w.httpErrors : [403]);
  });

  test('the list shows the integrations made through each of the three surfaces; keyboard reaches them', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row('Plant MQTT').waitFor();
    // Live status where the integration has one (this harness starts no connections: it is disconnected).
    assert.match(await row('Plant MQTT').innerText(), /Losant\s+mqtt\s+.*offline\s+disconnected/);
    assert.match(await row('Orders sync').innerText(), /—$/);
    assert.match(await row('Orders sync').innerText(), /integrator\.io/);
    assert.match(await row('tickets').innerText(), /Truto\s+declarative HTTP/);
    await page.getByLabel('Filter this page').fill('orders');
    assert.equal(await page.getByRole('row').count(), 2, 'header and one match');
    await page.getByLabel('Filter this page').fill('');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'integrations');
    // Keyboard only: tab to the Truto integration's link and open it.
    await page.getByRole('link', { name: 'tickets', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'tickets', level: 1 }).waitFor();
    assert.match(await page.locator('.fields').innerText(), /Made through\s+Truto/);
    assert.deepEqual(await seriousViolations(page), []);
    await clean(w);
  });

  test('a config with a schema error is marked inline and not saved; a valid one saves and bumps the version', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/integrations/${data.trutoId}/config`);
    await page.locator('.cm-content').waitFor();
    // Completion from the schema: at the top level it offers the config's sections.
    await page.getByText('"base_url"').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Space');
    const offered = page.locator('.cm-tooltip-autocomplete');
    await offered.waitFor();
    for (const section of ['label', 'pagination', 'rate_limit']) assert.match(await offered.innerText(), new RegExp(`^${section}`, 'm'));
    await page.keyboard.press('Escape');
    await setEditor(
      page,
      JSON.stringify({ ...ticketsConfig(data.upstream.url), resources: { tickets: { list: { method: 'fetch' } } } }, null, 2),
    );
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page.getByRole('button', { name: 'Save config' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /\/resources\/tickets\/list/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'config-error');
    assert.equal((await call(h.server, 'GET', `/integration/${data.trutoId}`)).body.version, 1, 'nothing was saved');

    const valid = { ...ticketsConfig(data.upstream.url), label: 'Tickets API' };
    await setEditor(page, JSON.stringify(valid, null, 2));
    await page.getByRole('button', { name: 'Save config' }).click();
    await page.getByRole('status').getByText('Saved: version 2.').waitFor();
    const stored = (await call(h.server, 'GET', `/integration/${data.trutoId}`)).body;
    assert.equal(stored.version, 2);
    assert.equal(stored.config.label, 'Tickets API');
    await clean(w);
  });

  test('a stale version shows what changed meanwhile and lets the user overwrite', async () => {
    const w = await openPage(h);
    const { page } = w;
    await login(h, page);
    await page.goto(`${h.base}/console/#/integrations/${data.trutoId}/config`);
    await page.locator('.cm-content').waitFor();
    const version = (await call(h.server, 'GET', `/integration/${data.trutoId}`)).body.version;
    const theirs = { ...ticketsConfig(data.upstream.url), label: 'changed elsewhere' };
    assert.equal((await call(h.server, 'PATCH', `/integration/${data.trutoId}`, { body: { version, config: theirs } })).status, 200);
    await setEditor(page, JSON.stringify({ ...ticketsConfig(data.upstream.url), label: 'mine' }, null, 2));
    await page.getByRole('button', { name: 'Save config' }).click();
    const conflict = page.locator('.conflict');
    await conflict.getByText(`Someone else saved version ${version + 1} meanwhile`).waitFor();
    assert.equal(await conflict.locator('td.del', { hasText: 'changed elsewhere' }).count(), 1);
    assert.equal(await conflict.locator('td.ins', { hasText: '"mine"' }).count(), 1);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'config-conflict');
    await page.getByRole('button', { name: 'Overwrite with my draft' }).click();
    await page
      .getByRole('status')
      .getByText(`Saved: version ${version + 2}.`)
      .waitFor();
    assert.equal((await call(h.server, 'GET', `/integration/${data.trutoId}`)).body.config.label, 'mine');
    await clean(w, [400]);
  });

  test('revisions: a side-by-side diff of two snapshots, and a revert', async () => {
    const w = await openPage(h);
    const { page } = w;
    page.on('dialog', (dialog) => dialog.accept());
    await login(h, page);
    await page.goto(`${h.base}/console/#/integrations/${data.celigoId}/revisions`);
    await page.getByLabel('Description').fill('before the edit');
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await page.getByRole('status').getByText('Snapshot saved.').waitFor();
    const put = await call(h.server, 'PUT', `/v1/integrations/${data.celigoId}`, {
      body: { name: 'Orders sync', description: 'second description' },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    await page.getByLabel('Description').fill('after the edit');
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await page.getByRole('cell', { name: 'after the edit' }).waitFor();
    const change = page.locator('.field-change').filter({ hasText: 'description' });
    await change.waitFor();
    assert.match(await change.locator('td.del').innerText(), /first description/);
    assert.match(await change.locator('td.ins').innerText(), /second description/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'revisions');
    const older = page.getByRole('row').filter({ hasText: 'before the edit' });
    await older.getByRole('button', { name: 'Revert to this' }).click();
    await page.getByRole('status').getByText('Reverted to').waitFor();
    assert.equal((await call(h.server, 'GET', `/v1/integrations/${data.celigoId}`)).body.description, 'first description');
    await page.getByRole('link', { name: 'Audit' }).last().click();
    await page.locator('.timeline li').first().waitFor();
    assert.match(await page.locator('.timeline').innerText(), /description/);
    assert.deepEqual(await seriousViolations(page), []);
    await clean(w);
  });
});

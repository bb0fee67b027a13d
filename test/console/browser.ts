import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CONSOLE_DIR } from '../../src/api/common/console.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. Printed as the skip reason, so a skip is never silent. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no browser at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) return 'the console is not built (npm run console:build)';
  // The console reads the store only through the API, which the rest of the suite covers on both databases.
  if (process.env.DATABASE_URL && process.env.CONSOLE_TESTS_ON_PG !== '1')
    return 'browser tests run on the SQLite pass only (set CONSOLE_TESTS_ON_PG=1 to run them on PostgreSQL too)';
  return null;
}

export interface Harness {
  server: TestServer;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

type RuntimeOptions = NonNullable<Parameters<typeof startTestServer>[0]>['runtime'];

/** A real Junction listening on 127.0.0.1 (real store) and one headless Chromium. */
export async function startHarness(runtime: RuntimeOptions = {}): Promise<Harness> {
  const server = await startTestServer({ runtime: { timeoutMs: 2_000, backoffMs: 1, ...runtime } });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Watched {
  page: Page;
  /** Console errors, page errors and requests that left 127.0.0.1, in the order seen. */
  problems: string[];
  /** Statuses of API answers the browser logged as failed loads (a test expects exactly its own). */
  httpErrors: number[];
  close(): Promise<void>;
}

/** A fresh page that records every console error and every request to a host other than 127.0.0.1. */
export async function openPage(h: Harness, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  const httpErrors: number[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const failedLoad = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text());
    if (failedLoad) httpErrors.push(Number(failedLoad[1]));
    else problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'about:'].includes(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`external request: ${request.url()}`);
  });
  return { page, problems, httpErrors, close: () => context.close() };
}

/** Logs in through the form with the tenant's admin token (or another). */
export async function login(h: Harness, page: Page, token = h.server.tenant.token): Promise<void> {
  await page.goto(`${h.base}/console/`);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const SHOTS_DIR = 'docs/screenshots';

/** With SCREENSHOTS=1 (npm run screenshots), saves the page as a small JPEG for the README. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.jpg`), type: 'jpeg', quality: 60, fullPage: false });
}

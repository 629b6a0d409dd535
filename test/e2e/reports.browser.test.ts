/**
 * Notifications and review reports in Debian's Chromium (playwright-core): a real server on a fresh SQLite
 * database with the implementation browser tests' plan (Kazakhstan, third cycle). The scheduler's daily run
 * leaves the coordinator a digest: the bell counts it, the notifications page marks it read; the reports page
 * downloads the annex as a Kazakh PDF. axe-core on every page; screenshots in ru, kk and en in
 * test-results/screenshots/reports-*.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { ensureWebBuild } from '../../src/http/static.ts';
import { MemoryTransport } from '../../src/modules/notifications/mail.transport.ts';
import { Scheduler } from '../../src/modules/notifications/scheduler.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { COORDINATOR, PASSWORD, seedPlan } from './implementation.seed.ts';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 3) })))',
  )) as { id: string; impact: string; nodes: string[] }[];
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

async function shotsInEveryLanguage(page: Page, name: string, ready: (language: string) => Promise<void>) {
  for (const language of ['ru', 'kk', 'en']) {
    await page.getByTestId('language').selectOption(language);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
    await ready(language);
    await page.screenshot({ path: join(SHOTS, `reports-${name}-${language}.png`), fullPage: true });
  }
}

describe.skipIf(!existsSync(CHROMIUM))('notifications and review reports in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    await seedPlan(database.db);
    await new Scheduler(database.db, { transport: async () => new MemoryTransport() }).tick();
    app = await buildApp({ database, rateLimit: false, loginRateLimit: 1_000 });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('shows the public neither the bell nor the reports', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboards' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Notifications/ }).count()).toBe(0);
    await page.goto(`${url}/reports`);
    await page.getByText('Sign in to generate reports.').waitFor();
    await page.close();
  });

  it('counts the coordinator’s digest on the bell, lists it and marks it read; downloads a Kazakh PDF annex', async () => {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${url}/signin`);
    await page.getByLabel('Email').fill(COORDINATOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(COORDINATOR).waitFor();

    await page.getByRole('link', { name: 'Notifications: 1 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /Daily digest: \d+ overdue, \d+ awaiting approval/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shotsInEveryLanguage(page, 'notifications', async (language) => {
      const title = { ru: 'Уведомления', kk: 'Хабарламалар', en: 'Notifications' }[language] as string;
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    });
    await page.getByRole('button', { name: /^Mark as read/ }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Mark as read/ }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await expect.poll(() => page.getByLabel('State under review').inputValue()).toBe('KAZ');
    expect(await axeViolations(page)).toEqual([]);
    await shotsInEveryLanguage(page, 'page', async (language) => {
      const title = { ru: 'Отчёты', kk: 'Есептер', en: 'Reports' }[language] as string;
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    });
    await page.getByLabel('Annex to the national report').check();
    await page.getByLabel('PDF').check();
    await page.locator('#main').getByLabel('Language').selectOption('kk');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('upr-annex-KAZ-cycle3-kk.pdf');
    const saved = join(process.cwd(), 'test-results', 'reports', 'browser-annex-kk.pdf');
    mkdirSync(join(process.cwd(), 'test-results', 'reports'), { recursive: true });
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

    // A review without recommendations: the page says why.
    await page.getByLabel('Cycle').selectOption('1');
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('alert').getByText('no review of KAZ in cycle 1').waitFor();
    await context.close();
  });
});

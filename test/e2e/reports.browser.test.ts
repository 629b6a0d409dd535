/**
 * Notifications and review reports in Debian's Chromium (playwright-core): a real server on a fresh SQLite
 * database with the implementation browser tests' plan (Kazakhstan, third cycle). The scheduler's daily run
 * leaves the coordinator a digest: the bell counts it, the notifications page marks it read; the reports page
 * downloads the annex as a Kazakh PDF. axe-core on every page; screenshots in ru, kk and en in
 * test-results/screenshots/reports-*.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { MemoryTransport } from '../../src/modules/notifications/mail.transport.ts';
import { Scheduler } from '../../src/modules/notifications/scheduler.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';
import {
  axeViolations,
  CHROMIUM,
  inEachLanguage,
  launchChromium,
  newPage,
  screenshots,
  serve,
  signIn,
} from './chromium.ts';
import { COORDINATOR, seedPlan } from './implementation.seed.ts';

const shot = screenshots('reports');

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
    ({ app, url } = await serve(database));
    browser = await launchChromium();
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
    const page = await newPage(browser, 1280, { acceptDownloads: true });
    await signIn(page, url, COORDINATOR);

    await page.getByRole('link', { name: 'Notifications: 1 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /Daily digest: \d+ overdue, \d+ awaiting approval/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'notifications', async (language) => {
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
    await inEachLanguage(page, shot, 'page', async (language) => {
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
    await page.context().close();
  });
});

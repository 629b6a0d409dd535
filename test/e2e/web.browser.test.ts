/**
 * The web app in Debian's Chromium (playwright-core, no browser download): a real server on a fresh
 * SQLite database with Kazakhstan's UPR Info rows and one Russian recommendation. Signs in, searches in
 * English and Russian, applies facets, opens, edits and meets a 409, switches languages, exports, views
 * every dashboard, runs axe-core on the main pages and saves screenshots of them in each language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { ImportService } from '../../src/modules/imports/import.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, sharedData, type TestDatabase } from '../../src/test/databases.ts';
import { axeViolations, CHROMIUM, launchChromium, newPage, PASSWORD, SHOTS, serve } from './chromium.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const EMAIL = 'coordinator@example.org';

/** A session for writes from the test itself (another user's concurrent edit). */
async function apiSession(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

const totalOf = async (page: Page) =>
  Number(((await page.getByTestId('total').textContent()) ?? '').replace(/\D/g, ''));

describe.skipIf(!existsSync(CHROMIUM))('the web app in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let russianId: number;
  let issueId: number;
  let write: Awaited<ReturnType<typeof apiSession>>;

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    await new ImportService(database.db).importFile(KAZAKHSTAN);
    await new UserService(database.db).create(
      { email: EMAIL, role: 'coordinator', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    ({ app, url } = await serve(database));
    write = await apiSession(url);
    const created = await write('POST', '/api/recommendations', {
      stateUnderReview: 'KAZ',
      cycle: 3,
      session: 34,
      paragraph: '141.99',
      text: 'Принять меры по предотвращению пыток в местах лишения свободы',
      textLang: 'ru',
      translations: { en: 'Take measures to prevent torture in places of deprivation of liberty' },
      recommendingStates: ['FRA'],
      position: 'supported',
      published: true,
    });
    expect(created.status).toBe(201);
    russianId = created.body.id as number;
    const womensRights = await database.db
      .selectFrom('terms')
      .select('id')
      .where('taxonomy_code', '=', 'upr-info-issue')
      .where('code', '=', 'womens-rights')
      .executeTakeFirstOrThrow();
    issueId = womensRights.id;
    browser = await launchChromium();
    // axe-core is injected as an inline script, which the app's CSP (rightly) refuses.
    page = await newPage(browser, 1400, { acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('follows the browser’s language on a first visit', async () => {
    const russian = await browser.newContext({ locale: 'ru-RU' });
    const p = await russian.newPage();
    await p.goto(url);
    await expect.poll(() => p.getAttribute('html', 'lang')).toBe('ru');
    await p.getByRole('link', { name: 'Рекомендации' }).first().waitFor();
    await expect.poll(() => p.getByTestId('total').textContent()).toBe('328 рекомендаций');
    await russian.close();
  });

  it('signs in', async () => {
    await page.goto(`${url}/signin`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(EMAIL).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('searches an English and a Russian word, in any case', async () => {
    await page.goto(url);
    await expect.poll(() => totalOf(page)).toBe(328);
    await page.getByRole('searchbox').fill('Torture');
    await expect.poll(() => page.url()).toContain('q=Torture');
    await expect.poll(() => totalOf(page)).toBeLessThan(60);
    const english = await totalOf(page);
    expect(english).toBeGreaterThan(5);
    // Russian finds the Russian text (and, through the search's cross-language terms, English ones).
    await page.getByRole('searchbox').fill('ПЫТКИ');
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent('ПЫТКИ')}`);
    await expect.poll(() => totalOf(page)).toBeLessThan(100);
    // An English reader sees the Russian record (the last row) in its English translation.
    await page.locator('[data-testid="results"] .scroller').hover();
    await page.mouse.wheel(0, 5_000);
    await page.getByRole('link', { name: /prevent torture in places of deprivation/ }).waitFor();
    await page.getByRole('searchbox').fill('предотвращение');
    await expect.poll(() => totalOf(page)).toBe(1);
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => totalOf(page)).toBe(328);
  });

  it('applies facets, keeps them in the URL, counts live', async () => {
    await page.locator('[data-facet="cycle"] label', { hasText: 'Cycle 1' }).click();
    await expect.poll(() => page.url()).toContain('cycle=1');
    await expect.poll(() => totalOf(page)).toBe(129);
    const noted = page.locator('[data-facet="position"] label', { hasText: 'Noted' });
    const facets = await write('GET', '/api/recommendations/facets?cycle=1');
    const positions =
      (facets.body.facets as Record<string, { value: string; count: number }[]>).position ?? [];
    const expected = positions.find((p) => p.value === 'noted')?.count;
    await expect
      .poll(async () => Number(((await noted.locator('.count').textContent()) ?? '').replace(/\D/g, '')))
      .toBe(expected);
    await noted.click();
    await expect.poll(() => page.url()).toContain('position=noted');
    await expect.poll(() => totalOf(page)).toBe(expected);
    // The link reproduces the view.
    const link = page.url();
    await page.goto(link);
    await expect.poll(() => totalOf(page)).toBe(expected);
    await page.screenshot({ path: join(SHOTS, 'explorer-filtered-en.png') });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves a view and opens it again', async () => {
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByLabel('Name of the view').fill('Cycle 1, noted');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved “Cycle 1, noted”.').waitFor();
    await page.goto(url);
    await expect.poll(() => totalOf(page)).toBe(328);
    await page.getByTestId('saved-views').selectOption({ label: 'Cycle 1, noted' });
    await expect.poll(() => page.url()).toContain('position=noted');
    await expect.poll(() => totalOf(page)).toBeLessThan(20);
  });

  it('exports the current selection and the file holds its rows', async () => {
    const total = await totalOf(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const rows = parse(readFileSync((await download.path()) as string), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.position))).toEqual(new Set(['noted']));
    expect(new Set(rows.map((r) => r.cycle))).toEqual(new Set(['1']));
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('recommendations.xlsx');
  });

  it('opens a recommendation, edits it, meets a 409 and resolves it', async () => {
    await page.goto(`${url}/recommendations/${russianId}`);
    await page.getByTestId('text-ru').waitFor();
    expect(await page.getByTestId('text-en').textContent()).toContain('prevent torture');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Position', { exact: true }).selectOption('supported_in_part');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('position').textContent()).toBe('Supported in part');
    await page.getByTestId('history').getByText('position').first().waitFor();
    // Someone else saves while this user edits.
    await page.getByRole('button', { name: 'Edit' }).click();
    const current = await write('GET', `/api/recommendations/${russianId}`);
    expect(
      (
        await write('PATCH', `/api/recommendations/${russianId}`, {
          version: current.body.version,
          position: 'noted',
        })
      ).status,
    ).toBe(200);
    await page.getByLabel('Source of position').fill('A/HRC/43/10/Add.1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('conflict').waitFor();
    await page.getByText('Someone else changed this recommendation').waitFor();
    await page.screenshot({ path: join(SHOTS, 'conflict-en.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Apply my change on top' }).click();
    await page.getByText('A/HRC/43/10/Add.1', { exact: true }).waitFor();
    const after = await write('GET', `/api/recommendations/${russianId}`);
    expect(after.body.positionSource).toBe('A/HRC/43/10/Add.1');
  });

  it('shows every dashboard for the current filters, with exports', async () => {
    await page.goto(`${url}/dashboards?cycle=2`);
    const ids = [
      'by-theme',
      'by-issue',
      'by-position',
      'by-regional-group',
      'by-recommending-state',
      'world-map',
      'sdg-coverage',
      'cycle-comparison',
    ];
    for (const id of ids)
      await page.locator(`[data-chart="${id}"] canvas`).first().waitFor({ state: 'attached' });
    // UPR Info rows carry issues but no OHCHR themes or SDGs: those two charts say so.
    await page.locator('[data-chart="by-theme"]').getByText('No data for this selection.').waitFor();
    await page.locator('[data-chart="by-issue"] canvas').first().waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="by-position"]').getByRole('button', { name: 'CSV' }).click(),
    ]);
    const rows = parse(readFileSync((await csv.path()) as string), { bom: true }) as string[][];
    const total = rows.slice(1).reduce((n, r) => n + Number(r[1]), 0);
    expect(total).toBe(198);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="world-map"]').getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toContain('<svg');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="by-issue"]').getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches languages, remembers the choice, and screenshots the main pages in each', async () => {
    await page.goto(url);
    for (const language of ['ru', 'kk', 'en'] as const) {
      await page.getByTestId('language').selectOption(language);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
      await page.reload();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
      const pages = {
        explorer: '/?cycle=2',
        recommendation: `/recommendations/${russianId}`,
        dashboards: '/dashboards?state=KAZ',
      };
      // A recommendation's issues are named in the reader's language, not in the API's English.
      const list = (await (
        await fetch(`${url}/api/recommendations?state=KAZ&term=${issueId}&limit=1`)
      ).json()) as {
        items: { id: number; terms: { termId: number; labels: Record<string, string> }[] }[];
      };
      const tagged = list.items[0];
      const label = tagged?.terms.find((term) => term.termId === issueId)?.labels[language];
      expect(label).toBeTruthy();
      if (language !== 'en') expect(label).not.toMatch(/^[A-Za-z' ]+$/);
      await page.goto(`${url}/recommendations/${tagged?.id}`);
      await expect.poll(() => page.locator('ul.tags').allTextContents()).toContain(label);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${url}${path}`);
        if (name === 'explorer') {
          await expect.poll(() => totalOf(page)).toBe(198);
          await page.locator('[data-facet="position"]').waitFor();
        }
        if (name === 'recommendation') await page.getByTestId('text-ru').waitFor();
        if (name === 'dashboards') await page.locator('[data-chart="world-map"] canvas').waitFor();
        await page.screenshot({
          path: join(SHOTS, `${name}-${language}.png`),
          fullPage: name !== 'explorer',
        });
        expect(await axeViolations(page), `${name} in ${language}`).toEqual([]);
      }
    }
    await page.getByTestId('language').selectOption('ru');
    await page.goto(url);
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('328 рекомендаций');
    await page.goto(`${url}/?session=34`);
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('1 рекомендация');
    // The account keeps the choice: another browser in English signs in and gets Russian.
    const elsewhere = await browser.newContext({ locale: 'en-US' });
    try {
      const other = await elsewhere.newPage();
      await other.goto(`${url}/signin`);
      await expect.poll(() => other.getAttribute('html', 'lang')).toBe('en');
      await other.getByLabel('Email').fill(EMAIL);
      await other.getByLabel('Password').fill(PASSWORD);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByText(EMAIL).waitFor();
      await expect.poll(() => other.getAttribute('html', 'lang')).toBe('ru');
    } finally {
      await elsewhere.close();
    }
  });

  it('keeps a language chosen just before a reload that the account had not saved yet, and saves it then', async () => {
    await page.goto(url);
    await page.getByText(EMAIL).waitFor();
    const lost = (route: Route) => (route.request().method() === 'PATCH' ? route.abort() : route.fallback());
    await page.route('**/api/auth/me', lost);
    await page.getByTestId('language').selectOption('kk');
    await page.unroute('**/api/auth/me', lost);
    await page.reload();
    await page.getByText(EMAIL).waitFor();
    const locale = () =>
      database.db
        .selectFrom('users')
        .select('locale')
        .where('email', '=', EMAIL)
        .executeTakeFirstOrThrow()
        .then((u) => u.locale);
    await expect.poll(locale).toBe('kk');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('kk');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(locale).toBe('en');
  });
});

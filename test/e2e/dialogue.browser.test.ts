/**
 * The civil-society dialogue in Debian's Chromium (playwright-core): a real server on a fresh SQLite
 * database with the seed's scenario (`upr demo seed-event`). A coordinator opens the coalition's eight
 * reports, report No. 2, the consultation of 7 November 2024, drafts its Russian public summary and
 * publishes it; the recommendation page lists the dialogue that dealt with it. axe-core on every page,
 * screenshots in test-results/screenshots/dialogue-*.png.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededEvent, seedEvent, serviceClient } from '../../src/cli/demo-event.ts';
import { ensureWebBuild } from '../../src/http/static.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';
import {
  axeViolations,
  CHROMIUM,
  launchChromium,
  newPage,
  PASSWORD,
  SHOTS,
  screenshots,
  serve,
  signIn,
} from './chromium.ts';

const EMAIL = 'coordinator@example.org';

const shot = screenshots('dialogue');

describe.skipIf(!existsSync(CHROMIUM))('the civil-society dialogue in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let seeded: SeededEvent;

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    seeded = await seedEvent(serviceClient(database.db, SYSTEM_ACTOR));
    await new UserService(database.db).create(
      { email: EMAIL, role: 'coordinator', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    ({ app, url } = await serve(database));
    browser = await launchChromium();
    page = await newPage(browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('signs in as the coordinator', async () => {
    await signIn(page, url, EMAIL);
  });

  it('lists the coalition’s eight alternative reports and filters them by status', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dialogue' }).click();
    await page.getByRole('heading', { name: 'Alternative reports' }).waitFor();
    const rows = page.locator('[data-testid="reports"] tbody tr');
    await expect.poll(() => rows.count()).toBe(8);
    await expect.poll(() => rows.first().textContent()).toContain('Coalition of NGOs of Kazakhstan');
    await expect.poll(() => page.getByTestId('reports').textContent()).toContain('Death penalty');
    await expect
      .poll(() => page.getByTestId('coverage').textContent())
      .toBe(
        'Coalition of NGOs of Kazakhstan — reports discussed: 3 of 8; still to discuss: No. 3, No. 4, No. 5, No. 6, No. 7',
      );
    await shot(page, 'reports-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Filter by status').selectOption('discussed');
    await expect.poll(() => page.url()).toContain('status=discussed');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Filter by status').selectOption('');
    await expect.poll(() => rows.count()).toBe(8);
  });

  it('opens report No. 2 with its items, linked recommendations and themes', async () => {
    await page.getByRole('link', { name: /^Right to life, liberty and security of person/ }).click();
    await page.getByRole('heading', { level: 1, name: /Alternative report No\. 2/ }).waitFor();
    const linked = page.getByTestId('linked-recommendations').getByRole('link');
    await expect.poll(() => linked.count()).toBe(4);
    await expect.poll(() => linked.first().textContent()).toContain('900.1');
    expect(await linked.first().getAttribute('href')).toBe(`/recommendations/${seeded.recommendationIds[0]}`);
    await page.getByText('Ратифицировать Второй факультативный протокол к МПГПП').waitFor();
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Yu. Gusakov');
    await shot(page, 'report-2-en');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the consultation of 7 November 2024 with its chair, participants and agenda', async () => {
    await page.goto(`${url}/dialogue/consultations`);
    const rows = page.locator('[data-testid="consultations"] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await shot(page, 'consultations-en');
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('row', { name: /November 7, 2024/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: /Alternative Reports No\. 2 and No\. 8/ }).waitFor();
    await expect
      .poll(() => page.getByTestId('chair').textContent())
      .toBe('B. Zhakselekova (Vice-Minister of Justice)');
    const participants = page.getByTestId('participants').getByRole('listitem');
    await expect.poll(() => participants.count()).toBe(7);
    await expect
      .poll(() => page.getByTestId('participants').textContent())
      .toContain('G. Moiseenko, Kazakhstan Centre for Public Monitoring of International Treaties — analyst');
    await page.getByRole('link', { name: /Alternative report No\. 8: Rights of prisoners/ }).waitFor();
    await shot(page, 'consultation-en');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drafts the Russian public summary, edits and publishes it', async () => {
    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ru');
    await page.getByRole('button', { name: 'Подготовить публичное сообщение' }).click();
    const body = page.getByLabel('Текст', { exact: true });
    await body.waitFor();
    const text = await body.inputValue();
    for (const expected of [
      '16 рекомендаций',
      '8 рекомендаций',
      '5 рекомендаций',
      '№ 2',
      '№ 8',
      '7 ноября 2024',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('Жакселекова Б.Ш.');
    expect(text).toContain('остаются 5 альтернативных докладов');
    expect(await page.getByLabel('Заголовок').inputValue()).toBe(
      '7 ноября 2024 г.: обсуждение альтернативных докладов № 2 и № 8',
    );
    await shot(page, 'summary-ru');
    expect(await axeViolations(page)).toEqual([]);
    await body.fill(`${text}\n\nОтредактировано координатором.`);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('status').filter({ hasText: 'Сохранено.' }).waitFor();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('status').filter({ hasText: 'Опубликовано.' }).waitFor();
    const response = await fetch(`${url}/api/consultations/${seeded.consultationId}/summaries?lang=ru`);
    const { items } = (await response.json()) as { items: { body: string; published: boolean }[] };
    expect(items).toHaveLength(1);
    expect(items[0]?.published).toBe(true);
    expect(items[0]?.body).toContain('Отредактировано координатором.');
    // Opened again, the page shows the saved text.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Текст', { exact: true }).inputValue())
      .toContain('Отредактировано координатором.');
  });

  it('shows the published consultation to the public, without the summary tools', async () => {
    const visitor = await browser.newContext({
      bypassCSP: true,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    const p = await visitor.newPage();
    await p.goto(`${url}/dialogue/consultations`);
    const rows = p.locator('[data-testid="consultations"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByRole('link').click();
    await p.getByRole('heading', { level: 1, name: /Alternative Reports No\. 2 and No\. 8/ }).waitFor();
    await p.getByTestId('participants').waitFor();
    expect(await p.getByRole('button', { name: 'Draft public summary' }).count()).toBe(0);
    // The summary was published in Russian: a Russian reader sees it.
    await p.getByTestId('language').selectOption('ru');
    await expect
      .poll(() => p.getByTestId('published-summary').textContent())
      .toContain('Отредактировано координатором.');
    await p.screenshot({ path: join(SHOTS, 'dialogue-consultation-public-ru.png'), fullPage: true });
    expect(await axeViolations(p)).toEqual([]);
    await visitor.close();
  });

  it('shows the dialogue on a recommendation’s page', async () => {
    await page.goto(`${url}/recommendations/${seeded.recommendationIds[0]}`);
    const section = page.getByTestId('dialogue');
    await section.getByRole('link', { name: /^№ 2: Право на жизнь/ }).waitFor();
    await section
      .getByRole('link', { name: /Заседание по обсуждению Альтернативных докладов № 2 и № 8/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /№ 2 и № 8/ }).waitFor();
    await page.goBack();
    await section.waitFor();
    await shot(page, 'recommendation-ru');
    expect(await axeViolations(page)).toEqual([]);
    // Kazakh: the pages and the dialogue's vocabulary follow.
    await page.getByTestId('language').selectOption('kk');
    await page.goto(`${url}/dialogue/reports/${seeded.reportIds[8]}`);
    await page.getByRole('heading', { level: 1, name: /№ 8/ }).waitFor();
    await shot(page, 'report-8-kk');
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * Auto-tagging in Debian's Chromium (playwright-core): a real server on a fresh SQLite database with
 * Kazakhstan's UPR Info rows (sessions 7 and 20) and three recommendations of cycle 3 entered without any
 * label. The model is evaluated (7 against 20), trained and its suggestions written; a coordinator sees
 * them on a recommendation's page marked as suggestions, rejects one and accepts another, reads the
 * model's evaluation on "Auto-tagging" and accepts the rest in bulk. axe-core on every page, screenshots in
 * test-results/screenshots/classify-*.png in English, Russian and Kazakh.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import {
  importSloveniaMatrices,
  seedLabeledAndUnlabeled,
} from '../../src/modules/classify/classify.fixtures.ts';
import { ClassifyService } from '../../src/modules/classify/classify.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';
import {
  axeViolations,
  CHROMIUM,
  launchChromium,
  newPage,
  PASSWORD,
  screenshots,
  serve,
  signIn,
} from './chromium.ts';

const EMAIL = 'coordinator@example.org';
const shot = screenshots('classify');

describe.skipIf(!existsSync(CHROMIUM))('auto-tagging in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  const ids: number[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    ids.push(...(await seedLabeledAndUnlabeled(database.db)));
    const classify = new ClassifyService(database.db);
    await classify.evaluate(SYSTEM_ACTOR, { train: { from: 7, to: 7 }, test: { from: 20, to: 20 } });
    await classify.train(SYSTEM_ACTOR);
    await classify.suggest(SYSTEM_ACTOR, { state: 'KAZ', cycle: 3 });
    await new UserService(database.db).create(
      { email: EMAIL, role: 'coordinator', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    ({ app, url } = await serve(database));
    browser = await launchChromium();
    page = await newPage(browser);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('shows nothing suggested to the public', async () => {
    await page.goto(`${url}/recommendations/${ids[0]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('dialogue').waitFor();
    expect(await page.getByTestId('suggestions').count()).toBe(0);
  });

  it('signs in as the coordinator', async () => {
    await signIn(page, url, EMAIL);
  });

  it('marks suggestions as such on the recommendation page; accepting one confirms it, rejecting drops it', async () => {
    await page.goto(`${url}/recommendations/${ids[0]}`);
    const section = page.getByTestId('suggestions');
    await section.getByRole('heading', { name: 'Suggested' }).waitFor();
    await expect.poll(() => section.textContent()).toContain('not confirmed');
    await expect.poll(() => section.textContent()).toContain('Death penalty');
    await expect.poll(() => section.textContent()).toMatch(/confidence \d+%/);
    // The confirmed issues are empty: the suggestion is only in its own section.
    await expect.poll(() => page.locator('dl.facts').textContent()).not.toContain('Death penalty');
    await shot(page, 'recommendation-en');
    expect(await axeViolations(page)).toEqual([]);
    for (const lang of ['ru', 'kk'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await section.getByRole('heading', { name: lang === 'ru' ? 'Предложено' : 'Ұсынылған' }).waitFor();
      await expect
        .poll(() => section.textContent())
        .toContain(lang === 'ru' ? 'Смертная казнь' : 'Өлім жазасы');
      await shot(page, `recommendation-${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByTestId('language').selectOption('en');
    await section.getByRole('button', { name: 'Accept: Death penalty' }).click();
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Death penalty');
    await expect.poll(() => section.textContent()).not.toContain('Death penalty');
    const rejectable = section.getByRole('button', { name: /^Reject: / });
    const before = await rejectable.count();
    await rejectable.first().click();
    await expect.poll(() => rejectable.count()).toBe(before - 1);
  });

  it('shows coordinators the evaluation per label and accepts the rest in bulk', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Auto-tagging' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auto-tagging' }).waitFor();
    await expect.poll(() => page.getByTestId('overall').textContent()).toMatch(/Issues, micro-F1\d+%/);
    const issues = page.getByRole('table', { name: 'Per issue' });
    await expect.poll(() => issues.locator('tbody tr').count()).toBeGreaterThan(10);
    await expect.poll(() => issues.textContent()).toContain('Death penalty');
    await expect
      .poll(() => page.getByRole('table', { name: 'Per action category' }).locator('tbody tr').count())
      .toBeGreaterThan(2);
    await shot(page, 'classifier-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Minimum confidence, %').fill('0');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('bulk-result').textContent())
      .toMatch(/^\d+ suggestions? accepted\.$/);
    const accepted = Number((await page.getByTestId('bulk-result').textContent())?.split(' ')[0]);
    expect(accepted).toBeGreaterThan(0);
    await page.goto(`${url}/recommendations/${ids[1]}`);
    await page.getByTestId('dialogue').waitFor();
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Disabilities');
    await page.goto(`${url}/classifier`);
    for (const lang of ['ru', 'kk'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page
        .getByRole('heading', {
          level: 1,
          name: lang === 'ru' ? 'Автоматическая разметка' : 'Автоматты белгілеу',
        })
        .waitFor();
      await shot(page, `classifier-${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('trains a new model from the page and shows what it wrote; a bad range is refused at the field', async () => {
    await page.getByTestId('language').selectOption('en');
    const form = page.getByRole('form', { name: 'Train a new model' });
    await form.waitFor();
    const sessions = form.getByLabel('Sessions to learn from (empty: all)');
    await sessions.fill('20-7');
    await form.getByRole('button', { name: 'Train' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('"20-7" is not a range of sessions');
    expect(await sessions.getAttribute('aria-invalid')).toBe('true');
    await sessions.fill('7');
    await form.getByRole('button', { name: 'Train' }).click();
    const status = page.getByTestId('train-status');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/^Trained on \d+ recommendations\. Suggestions written for \d+ recommendations?: /);
    // The page fetches the new model once the training has ended.
    await expect.poll(() => page.locator('dl.facts').first().textContent()).toContain('Trained on sessions7');
    await shot(page, 'classifier-trained-en');
    expect(await axeViolations(page)).toEqual([]);
    for (const lang of ['ru', 'kk'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await expect
        .poll(() => status.textContent())
        .toMatch(lang === 'ru' ? /^Обучена на \d+ рекомендациях\./ : /^\d+ ұсынымда оқытылды\./);
      await shot(page, `classifier-trained-${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('shows the themes learnt from the OHCHR matrices, per theme, in each language', async () => {
    await importSloveniaMatrices(database.db);
    await new ClassifyService(database.db).evaluate(SYSTEM_ACTOR, {
      train: { from: 1, to: 34 },
      test: { from: 48, to: 48 },
    });
    await page.getByTestId('language').selectOption('en');
    await page.goto(`${url}/classifier`);
    const themes = page.getByRole('table', { name: 'Per theme (UHRI)' });
    await expect.poll(() => themes.locator('tbody tr').count()).toBeGreaterThan(5);
    await expect.poll(() => themes.textContent()).toContain('Equality & non-discrimination');
    // Cycle 4 of the matrices carries no UPR Info issue nor action category: no figures of theirs are shown.
    expect(await page.getByRole('table', { name: 'Per issue' }).count()).toBe(0);
    expect(await page.getByTestId('overall').textContent()).not.toContain('Issues');
    await expect
      .poll(() => page.locator('section.classifier').textContent())
      .toMatch(/Themes \(UHRI\).*micro-F1 \d+%/);
    await themes.scrollIntoViewIfNeeded();
    await shot(page, 'themes-en');
    expect(await axeViolations(page)).toEqual([]);
    for (const lang of ['ru', 'kk'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page
        .getByRole('table', { name: lang === 'ru' ? 'По темам (УИПЧ)' : 'Тақырыптар бойынша (АҚӘИ)' })
        .waitFor();
      await shot(page, `themes-${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

/**
 * Similar recommendations in Chromium: Kazakhstan's and Kyrgyzstan's UPR Info rows on a fresh SQLite database.
 * A coordinator opens a cycle-2 recommendation on the death penalty (repeated from cycle 1, similar to
 * Kyrgyzstan's), filters the explorer by "repeated from an earlier cycle", opens the review's near-duplicates
 * and turns the death-penalty group into an implementation cluster; a Kazakh text declared Russian shows its
 * detected language. axe-core and screenshots in ru, kk and en.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { ImportService } from '../../src/modules/imports/import.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, sharedData, type TestDatabase } from '../../src/test/databases.ts';
import {
  axeViolations,
  CHROMIUM,
  launchChromium,
  newPage,
  PASSWORD,
  SHOTS,
  serve,
  signIn,
} from './chromium.ts';

const TERMAN = sharedData('upr', 'uprs-terman', 'derived');
const KAZAKHSTAN = join(TERMAN, 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const SDG_TARGETS = sharedData('reference', 'sdg-en-ru-kk', 'sdg_targets.csv');
const EMAIL = 'coordinator@example.org';

function kyrgyzstanFile(): string {
  const lines = readFileSync(join(TERMAN, 'upr-info-sessions-1-20.utf8.csv'), 'utf8').split('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'upr-similar-web-')), 'kgz.csv');
  writeFileSync(path, [lines[0], ...lines.filter((l) => l.startsWith('Kyrgyzstan,'))].join('\n'));
  return path;
}

const totalOf = async (page: Page) =>
  Number(((await page.getByTestId('total').textContent()) ?? '').replace(/\D/g, ''));

describe.skipIf(!existsSync(CHROMIUM))('similar recommendations in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let abolishId: number;
  let kazakhId: number;

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    const imports = new ImportService(database.db);
    for (const file of [KAZAKHSTAN, kyrgyzstanFile()]) expect((await imports.importFile(file)).ok).toBe(true);
    const abolish = await database.db
      .selectFrom('recommendations')
      .select('id')
      .where('state_under_review', '=', 'KAZ')
      .where('cycle', '=', 2)
      .where('text', '=', 'Abolish the death penalty')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    abolishId = abolish.id;
    // A Kazakh text (an SDG target) declared Russian.
    const kazakh = (parse(readFileSync(SDG_TARGETS), { columns: true }) as Record<string, string>[])[3]
      ?.title_kk as string;
    const csv = join(mkdtempSync(join(tmpdir(), 'upr-similar-kk-')), 'kk.csv');
    writeFileSync(csv, `state_under_review,cycle,paragraph,text,text_lang\nKAZ,4,1.1,"${kazakh}",ru\n`);
    expect((await imports.importFile(csv, { format: 'csv' })).ok).toBe(true);
    kazakhId = (
      await database.db
        .selectFrom('recommendations')
        .select('id')
        .where('paragraph', '=', '1.1')
        .executeTakeFirstOrThrow()
    ).id;
    await new UserService(database.db).create(
      { email: EMAIL, role: 'coordinator', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    ({ app, url } = await serve(database));
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, url, EMAIL);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it("shows a recommendation's earlier-cycle repeats with their position and status, and other states'", async () => {
    await page.goto(`${url}/recommendations/${abolishId}`);
    const repeated = page.getByTestId('similar-repeated');
    await repeated.waitFor();
    const items = repeated.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const text of await items.allTextContents()) {
      expect(text).toMatch(/Kazakhstan, cycle 1/);
      expect(text).toMatch(/death penalty|Second Optional Protocol/i);
      expect(text).toMatch(/Implementation: not started/);
      expect(text).toMatch(/Supported|Noted/);
    }
    const others = page.getByTestId('similar-other-states').locator('li');
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.first().textContent()).toMatch(/Kyrgyzstan, cycle \d/);
    expect(await page.getByTestId('language-mismatch').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says when a text is in another language than declared', async () => {
    await page.goto(`${url}/recommendations/${kazakhId}`);
    await expect
      .poll(() => page.getByTestId('language-mismatch').textContent())
      .toMatch(/^Detected language: Қазақша \(\d+%\), declared: Русский$/);
  });

  it('filters the explorer by "repeated from an earlier cycle" with live counts', async () => {
    await page.goto(`${url}/?state=KAZ`);
    const repeated = page.locator('[data-facet="repeated"] label', { hasText: /^\s*Repeated/ });
    await repeated.waitFor();
    const count = Number(((await repeated.locator('.count').textContent()) ?? '').replace(/\D/g, ''));
    expect(count).toBeGreaterThan(20);
    await repeated.click();
    await expect.poll(() => page.url()).toContain('repeated=true');
    await expect.poll(() => totalOf(page)).toBe(count);
  });

  it("groups the review's near-duplicates and turns the death-penalty group into a cluster", async () => {
    await page.goto(`${url}/recommendations/${abolishId}`);
    await page.getByRole('link', { name: 'Near-duplicates in this review' }).click();
    await page
      .getByRole('heading', { name: 'Near-duplicate recommendations: Kazakhstan, cycle 2' })
      .waitFor();
    const groups = page.getByTestId('near-duplicate-group');
    await groups.first().waitFor();
    const deathPenalty = groups.filter({
      has: page.locator('blockquote', { hasText: /^Abolish the death penalty$/ }),
    });
    expect(await deathPenalty.count()).toBe(1);
    const heading = (await deathPenalty.getByRole('heading').textContent()) ?? '';
    expect(Number(heading.match(/Group of (\d+)/)?.[1])).toBeGreaterThanOrEqual(12);
    expect(await axeViolations(page)).toEqual([]);
    await deathPenalty
      .getByRole('button', { name: 'Create an implementation cluster from this group' })
      .click();
    await expect.poll(() => deathPenalty.getByRole('status').textContent()).toBe('Cluster created');
    const clusters = await database.db
      .selectFrom('cluster_recommendations')
      .select('recommendation_id')
      .execute();
    expect(clusters.map((c) => c.recommendation_id)).toContain(abolishId);
  });

  it('reads in Russian, Kazakh and English (screenshots)', async () => {
    for (const language of ['ru', 'kk', 'en'] as const) {
      await page.getByTestId('language').selectOption(language);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
      for (const [name, path] of [
        ['similar', `/recommendations/${abolishId}`],
        ['near-duplicates', '/reviews/KAZ/2/near-duplicates'],
      ] as const) {
        await page.goto(`${url}${path}`);
        await page
          .getByTestId(name === 'similar' ? 'similar-repeated' : 'near-duplicate-group')
          .first()
          .waitFor();
        await page.screenshot({ path: join(SHOTS, `${name}-${language}.png`), fullPage: name === 'similar' });
        expect(await axeViolations(page), `${name} in ${language}`).toEqual([]);
      }
    }
  });
});

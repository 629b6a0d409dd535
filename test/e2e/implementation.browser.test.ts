/**
 * Implementation tracking in Debian's Chromium (playwright-core): a real server on a fresh SQLite database
 * with Kazakhstan's third-cycle fixture recommendations (`upr demo seed-event`) and a small plan made through
 * the services — two theme clusters, a measure led by the Ministry of Justice with a six-monthly indicator
 * and a submitted report, and a measure led by the Ministry of Internal Affairs. The coordinator sees the plan
 * and approves the report; the Ministry of Justice's focal point submits a report on its own measure and has
 * no edit action on the other ministry's; a contributor records an assessment and the disagreement is
 * highlighted. axe-core on every page; screenshots in ru, kk and en in test-results/screenshots/implementation-*.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { textPdf } from '../../src/modules/imports/import.fixtures.ts';
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
import { CONTRIBUTOR, COORDINATOR, FOCAL_POINT, type SeededPlan, seedPlan } from './implementation.seed.ts';

const shot = screenshots('implementation');

describe.skipIf(!existsSync(CHROMIUM))('implementation tracking in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let plan: SeededPlan;

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage(browser);
    await signIn(page, url, email);
    return page;
  }

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    plan = await seedPlan(database.db);
    ({ app, url } = await serve(database));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('shows the coordinator the plan of the review and lets them approve a submitted report', async () => {
    const page = await signedIn(COORDINATOR);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Implementation' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Implementation plan: Kazakhstan, cycle 3/ }).waitFor();
    const dp = page.getByRole('region', { name: 'Death penalty' });
    await expect.poll(() => dp.locator('[data-testid="plan-recommendations"] tbody tr').count()).toBe(3);
    await expect
      .poll(() => dp.getByTestId('plan-measures').textContent())
      .toContain('Ratify the Second Optional Protocol to the ICCPR');
    await expect.poll(() => dp.getByTestId('plan-measures').textContent()).toContain('Ministry of Justice');
    await expect
      .poll(() => dp.getByTestId('plan-measures').textContent())
      .toContain('Prosecutor General’s Office');
    await expect
      .poll(() => page.getByRole('region', { name: 'Justice' }).textContent())
      .toContain('Train the police');
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'plan', async (language) => {
      const heading = { ru: 'Смертная казнь', kk: 'Өлім жазасы', en: 'Death penalty' }[language] as string;
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    });

    // Filtering by agency keeps the Ministry of Internal Affairs' measure only.
    await page.getByLabel('Agency').selectOption(String(plan.interior));
    await expect.poll(() => page.url()).toContain(`agency=${plan.interior}`);
    await expect.poll(() => page.locator('[data-testid="plan-measures"] tbody tr').count()).toBe(1);
    await page.getByLabel('Agency').selectOption('');

    // Filtering by theme (UPR Info issue): the five recommendations on justice, in and outside the cluster.
    const theme = page.getByLabel('Theme');
    await expect.poll(() => theme.locator('option', { hasText: /^Justice \(5\)$/ }).count()).toBe(1);
    const justice = await theme.locator('option', { hasText: /^Justice/ }).getAttribute('value');
    await theme.selectOption(justice as string);
    await expect.poll(() => page.url()).toContain(`issue=${justice}`);
    await expect.poll(() => page.locator('[data-testid="plan-recommendations"] tbody tr').count()).toBe(5);
    await expect
      .poll(() => page.getByTestId('plan-total').textContent())
      .toBe('5 recommendations shown; measures: 1');
    await theme.selectOption('');

    await dp.getByRole('link', { name: 'Ratify the Second Optional Protocol to the ICCPR' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ratify the Second Optional Protocol to the ICCPR' })
      .waitFor();
    const report = page.locator(`#report-${plan.submitted}`);
    await expect
      .poll(() => report.getByRole('heading').textContent())
      .toBe('Ratification steps completed — due January 31, 2025');
    await expect.poll(() => report.textContent()).toContain('Submitted');
    await expect.poll(() => page.getByTestId('due-dates').locator('tbody tr').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'measure-submitted-en');
    await report.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => report.textContent()).toContain('Approved');
    await expect.poll(() => report.getByRole('button').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('due-dates').locator('tbody tr').first().textContent())
      .toContain('Reported');
    await inEachLanguage(page, shot, 'measure', async (language) => {
      const approved = { ru: 'Утверждён', kk: 'Бекітілген', en: 'Approved' }[language] as string;
      await expect.poll(() => report.textContent()).toContain(approved);
    });
    await page.context().close();
  });

  it('lets the focal point submit a report on its own measure, and edit nothing of another agency', async () => {
    const page = await signedIn(FOCAL_POINT);
    await page.goto(`${url}/implementation`);
    await page
      .getByRole('navigation', { name: 'Implementation' })
      .getByRole('link', { name: 'My work' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await expect
      .poll(() => page.getByTestId('my-measures').textContent())
      .toContain('Ratify the Second Optional Protocol to the ICCPR');
    await expect.poll(() => page.getByTestId('my-measures').textContent()).not.toContain('Train the police');
    await expect.poll(() => page.getByTestId('my-due').textContent()).toContain('Overdue');
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'my-work', async () => {
      await page.getByTestId('my-due').waitFor();
    });

    await page
      .getByTestId('my-measures')
      .getByRole('link', { name: /Ratify/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Ratify the Second Optional Protocol to the ICCPR' })
      .waitFor();
    await page.getByRole('button', { name: 'Write the report for July 31, 2025' }).click();
    await page
      .getByLabel('What was done')
      .fill('The Mazhilis approved the ratification law in first reading.');
    await page.getByLabel('Value of the indicator').fill('2');
    // A link without its scheme is refused, and the form says which field and why.
    await page.getByLabel('Links to evidence (one per line)').fill('example.org/mazhilis-vote');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect
      .poll(() => page.locator('form.impl-form').getByRole('alert').textContent())
      .toContain('links.0: an http(s) address');
    await page.getByLabel('Links to evidence (one per line)').fill('https://example.org/mazhilis-vote');
    await page.getByLabel('Evidence file (PDF or DOCX)').setInputFiles({
      name: 'mazhilis-vote.pdf',
      mimeType: 'application/pdf',
      buffer: textPdf(['Record of the vote of the Mazhilis']),
    });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'report-form-en');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const report = page.getByRole('article', { name: /Ratification steps completed — due July 31, 2025/ });
    await expect.poll(() => report.textContent()).toContain('Draft');
    await report.getByRole('link', { name: 'mazhilis-vote.pdf' }).waitFor();
    await report.getByRole('button', { name: 'Submit to the coordinator' }).click();
    await expect.poll(() => report.textContent()).toContain('Submitted');
    await expect.poll(() => report.getByRole('button').count()).toBe(0);

    // The other ministry's measure: readable, but neither editable nor reportable by this focal point.
    await page.goto(`${url}/implementation/measures/${plan.police}`);
    await page.getByRole('heading', { level: 1, name: 'Train the police in fair-trial standards' }).waitFor();
    await expect.poll(() => page.getByTestId('lead').textContent()).toBe('Ministry of Internal Affairs');
    expect(await page.getByRole('button', { name: 'Edit the measure' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Write a progress report' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add an indicator' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a contributor assess a recommendation, and highlights the disagreement', async () => {
    const page = await signedIn(CONTRIBUTOR);
    const id = plan.deathPenalty[0] as number;
    await page.goto(`${url}/recommendations/${id}`);
    const section = page.getByTestId('implementation');
    await expect.poll(() => section.getByTestId('government-status').textContent()).toBe('In progress');
    expect(await section.getByTestId('disagreement').count()).toBe(0);
    await section.getByRole('button', { name: 'Assess for my organization' }).click();
    await section.getByLabel('Our assessment').selectOption('not_started');
    await section
      .getByLabel('Evidence', { exact: true })
      .fill('No draft law has reached the Parliament yet.');
    await section.getByRole('button', { name: 'Save' }).click();
    await section.getByTestId('disagreement').waitFor();
    await expect
      .poll(() => section.getByTestId('assessment').textContent())
      .toContain('Public Monitoring Commission: Not started');
    expect(await section.getByRole('button', { name: 'Edit the assessment' }).count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Set the status' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'recommendation', async () => {
      await section.getByTestId('disagreement').waitFor();
    });

    await page.goto(`${url}/implementation?state=KAZ&cycle=3&disagreement=true`);
    const rows = page.locator('[data-testid="plan-recommendations"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('class')).toBe('disagree');
    await expect.poll(() => rows.first().textContent()).toContain('Disagreement');
    expect(await page.getByRole('link', { name: 'New measure' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-disagreement-en');
    await page.context().close();
  });

  it('lets the coordinator return a report with a comment, which the focal point sees', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/implementation/my-work`);
    const awaiting = page.getByTestId('awaiting');
    await expect
      .poll(() => awaiting.textContent())
      .toContain('Ratify the Second Optional Protocol to the ICCPR');
    expect(await axeViolations(page)).toEqual([]);
    await awaiting.getByRole('link').first().click();
    const report = page.getByRole('article', { name: /Ratification steps completed — due July 31, 2025/ });
    await report.getByRole('button', { name: 'Return for changes' }).click();
    await report.getByLabel('What should change').fill('Attach the record of the vote in the Senate too.');
    await report.getByRole('button', { name: 'Return the report' }).click();
    await expect.poll(() => report.textContent()).toContain('Returned');
    await expect
      .poll(() => report.textContent())
      .toContain('Attach the record of the vote in the Senate too.');
    await page.context().close();

    const focal = await signedIn(FOCAL_POINT);
    await focal.goto(`${url}/implementation/my-work`);
    await expect
      .poll(() => focal.getByTestId('my-open').textContent())
      .toContain('Attach the record of the vote in the Senate too.');
    await focal.getByTestId('my-open').getByRole('link').first().click();
    const returned = focal.getByRole('article', { name: /Ratification steps completed — due July 31, 2025/ });
    await expect
      .poll(() => returned.getByRole('button', { name: 'Submit to the coordinator' }).count())
      .toBe(1);
    await focal.context().close();
  });

  it('lets the coordinator create a measure and its indicator with a reporting schedule', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/implementation?state=KAZ&cycle=3`);
    await page.getByRole('link', { name: 'New measure' }).click();
    await page.getByRole('heading', { level: 1, name: 'New measure' }).waitFor();
    await page.getByLabel('Title in Russian').fill('Независимый механизм расследования пыток');
    await page.getByLabel('Title in English').fill('An independent mechanism to investigate torture');
    await page.getByLabel('Start date').fill('2026-01-15');
    await page.getByLabel('Target date').fill('2027-12-31');
    await page.getByLabel('Lead agencies').selectOption(String(plan.interior));
    await page.getByLabel('Supporting agencies').selectOption(String(plan.justice));
    const recommendations = page.locator('label', { hasText: /^Recommendations/ }).locator('select');
    await expect.poll(() => recommendations.locator('option').count()).toBe(29);
    await recommendations.selectOption(plan.justiceRecs.map(String));
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'new-measure', async () => {
      await page.locator('form.impl-form').waitFor();
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'An independent mechanism to investigate torture' })
      .waitFor();
    await expect.poll(() => page.getByTestId('lead').textContent()).toBe('Ministry of Internal Affairs');
    await expect.poll(() => page.getByTestId('measure-recommendations').getByRole('link').count()).toBe(3);

    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await page.getByLabel('Name in Russian').fill('Расследованные жалобы');
    await page.getByLabel('Name in English').fill('Complaints investigated');
    await page.getByLabel('Unit').fill('%');
    await page.getByLabel('From').fill('2026-01-31');
    await page.getByLabel('to', { exact: true }).fill('2026-12-31');
    await page.getByLabel('every (months)').fill('3');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    const dueDates = page.getByTestId('due-dates').locator('tbody tr td:first-child');
    await expect
      .poll(() => dueDates.allTextContents())
      .toEqual(['January 31, 2026', 'April 30, 2026', 'July 31, 2026', 'October 31, 2026']);
    await page.context().close();
  });

  it('lets the coordinator override a recommendation’s derived status with a reason', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/recommendations/${plan.deathPenalty[1]}`);
    const section = page.getByTestId('implementation');
    await expect.poll(() => section.getByTestId('government-status').textContent()).toBe('In progress');
    expect(await section.getByRole('button', { name: 'Assess for my organization' }).count()).toBe(0);
    await section.getByRole('button', { name: 'Set the status' }).click();
    await section.getByLabel('Government status').selectOption('partially_implemented');
    await section.getByLabel('Reason').fill('The moratorium is in law; the protocol is ratified.');
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => section.getByTestId('government-status').textContent())
      .toBe('Partially implemented');
    await expect
      .poll(() => section.getByTestId('government').textContent())
      .toContain('The moratorium is in law; the protocol is ratified.');
    await expect
      .poll(() => section.getByTestId('government').textContent())
      .toContain('From the measures: In progress');
    await page.context().close();
  });

  it('shows the dashboards with their data tables and the assessment gap', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/implementation/dashboards?state=KAZ&cycle=3`);
    await page
      .getByRole('heading', { level: 1, name: 'Implementation dashboards: Kazakhstan, cycle 3' })
      .waitFor();
    await page.locator('[data-chart="implementation-by-agency"] canvas').first().waitFor();
    await expect
      .poll(() => page.locator('[data-chart="implementation-by-agency"] table').textContent())
      .toContain('Ministry of Justice');
    // The contributor's "not started" against the government's "in progress": one disagreement.
    await expect
      .poll(() => page.getByTestId('assessment-gap').locator('p').first().textContent())
      .toBe(
        '1 assessment by civil society; disagreeing with the government: 1; recommendations in disagreement: 1.',
      );
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: /^In progress/ })
          .locator('td')
          .first()
          .textContent(),
      )
      .toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await inEachLanguage(page, shot, 'dashboards', async () => {
      await page.locator('[data-chart="implementation-by-theme"] canvas').first().waitFor();
    });
    await page.context().close();
  });
});

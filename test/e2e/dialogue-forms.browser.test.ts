/**
 * Editing the civil-society dialogue in Debian's Chromium (playwright-core), on the seed's scenario: the
 * coordinator adds an organization and a person in the directory, creates a consultation with
 * participants, an agenda and a follow-up through the form (after the form refused it empty), closes the
 * follow-up and attaches documents (a wrong type and a file too large are refused) and removes a wrong one; a civil-society contributor edits its own
 * coalition's report and finds no way to edit another coalition's (the API refuses too); a theme's page
 * lists the dialogue on it. axe-core on every page, screenshots in ru, kk and en in
 * test-results/screenshots/dialogue-forms-*.png.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededEvent, seedEvent, serviceClient } from '../../src/cli/demo-event.ts';
import { ensureWebBuild } from '../../src/http/static.ts';
import { AlternativeReportService } from '../../src/modules/alternative-reports/alternative-report.service.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { textPdf } from '../../src/modules/imports/import.fixtures.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';
import {
  axeViolations,
  CHROMIUM,
  inEachLanguage as eachLanguage,
  launchChromium,
  newPage,
  PASSWORD,
  SHOTS,
  screenshots,
  serve,
  signIn,
} from './chromium.ts';

const COORDINATOR = 'coordinator@example.org';
const CONTRIBUTOR = 'coalition@example.org';

const shot = screenshots('dialogue-forms');

/** An element by its id, which may hold dots (`participants.0.personId`). */
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The page in each language, screenshot and axe-checked; back to English at the end. */
const inEachLanguage = (page: Page, name: string, ready: () => Promise<unknown>) =>
  eachLanguage(page, shot, name, ready, { axe: true });

describe.skipIf(!existsSync(CHROMIUM))('editing the civil-society dialogue in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let seeded: SeededEvent;
  let otherReportId: number;
  let people: { id: number; name: { en: string | null } }[];

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage(browser, 1300);
    await signIn(page, url, email);
    return page;
  }
  const personId = (name: string) => {
    const found = people.find((p) => p.name.en === name);
    if (!found) throw new Error(`no person ${name}`);
    return String(found.id);
  };

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    const client = serviceClient(database.db, SYSTEM_ACTOR);
    seeded = await seedEvent(client);
    // Another coalition's report: the contributor of the seed's coalition may read it, not edit it.
    const other = await client.organization({
      nameRu: 'Другая коалиция',
      nameKk: 'Басқа коалиция',
      nameEn: 'Another coalition',
      kind: 'coalition',
    });
    otherReportId = await client.report({
      coalitionId: other,
      number: 1,
      titleRu: 'Доклад другой коалиции',
      titleEn: 'Another coalition’s report',
      status: 'submitted',
    });
    await new AlternativeReportService(database.db).attach(
      otherReportId,
      { name: 'their-report.pdf', content: textPdf(['Another coalition’s report']) },
      { userId: 0, role: 'admin', agencyId: null, organizationId: null },
      SYSTEM_ACTOR,
    );
    const users = new UserService(database.db);
    await users.create(
      { email: COORDINATOR, role: 'coordinator', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    await users.create(
      {
        email: CONTRIBUTOR,
        role: 'cs_contributor',
        organizationId: seeded.coalitionId,
        password: PASSWORD,
        locale: 'en',
      },
      SYSTEM_ACTOR,
    );
    // A small upload limit, to meet the refusal of a file too large.
    ({ app, url } = await serve(database, { uploadLimit: 64 * 1024 }));
    people = ((await (await fetch(`${url}/api/people`)).json()) as { items: typeof people }).items;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  it('the coordinator adds an organization and a person in the directory', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/dialogue/directory`);
    await page.getByRole('heading', { level: 1, name: 'Organizations and people' }).waitFor();
    await page.getByRole('button', { name: 'New organization' }).click();
    await page.getByRole('heading', { name: 'New organization' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByTestId('error-summary');
    await expect.poll(() => summary.textContent()).toContain('Name (Русский): Fill this in');
    expect(await byId(page, 'nameKk').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await byId(page, 'nameRu').fill('Правовой центр');
    await byId(page, 'nameKk').fill('Құқықтық орталық');
    await byId(page, 'nameEn').fill('Legal Centre');
    await byId(page, 'kind').selectOption('ngo');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => page.getByTestId('organizations-civil').textContent()).toContain('Legal Centre');

    await page.getByRole('button', { name: 'New person' }).click();
    await byId(page, 'nameRu').fill('Иванова А.');
    await byId(page, 'nameEn').fill('A. Ivanova');
    await byId(page, 'positionEn').fill('lawyer');
    await byId(page, 'organizationId').selectOption({ label: 'Legal Centre' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('row', { name: /A\. Ivanova lawyer Legal Centre/ }).waitFor();
    await inEachLanguage(page, 'directory', () => page.getByTestId('people').waitFor());
    await page.context().close();
  });

  it('the coordinator creates a consultation with participants, agenda and a follow-up', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${url}/dialogue/consultations`);
    await page.getByRole('link', { name: 'New consultation' }).click();
    await page.getByRole('heading', { level: 1, name: 'New consultation' }).waitFor();
    // Sent empty, the form says what is missing, where, and why.
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByTestId('error-summary');
    await expect.poll(() => summary.textContent()).toContain('2 problems prevent saving');
    await expect.poll(() => summary.textContent()).toContain('Date and time: Enter the date and the time');
    expect(await byId(page, 'titleRu').getAttribute('aria-describedby')).toBe('titleRu-error');
    await shot(page, 'consultation-form-errors-en');
    // The messages follow a change of language.
    await page.getByTestId('language').selectOption('ru');
    await expect
      .poll(() => summary.textContent())
      .toContain('Название (Русский): Заполните это поле: оно не может быть пустым.');
    await shot(page, 'consultation-form-errors-ru');
    await page.getByTestId('language').selectOption('en');
    await summary.getByRole('link', { name: /Title \(Русский\)/ }).click();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('titleRu');
    expect(await axeViolations(page)).toEqual([]);

    await byId(page, 'titleRu').fill('Консультация по правам заключённых');
    await byId(page, 'titleEn').fill('Consultation on the rights of prisoners');
    await byId(page, 'startsAt').fill('2025-03-14T10:00');
    await byId(page, 'offset').fill('+05:00');
    await byId(page, 'place').fill('Astana, Ministry of Justice');
    await byId(page, 'chairPersonId').selectOption(String(seeded.chairId));
    await page.getByRole('button', { name: 'Add a participant' }).click();
    // The new row takes the keyboard focus.
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('participants.0.personId');
    await byId(page, 'participants.0.personId').selectOption(personId('Yu. Gusakov'));
    await byId(page, 'participants.0.role').selectOption('presenter');
    await page.getByRole('button', { name: 'Add a participant' }).click();
    await byId(page, 'participants.1.personId').selectOption(personId('G. Moiseenko'));
    await byId(page, 'participants.1.role').selectOption('analyst');
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await byId(page, 'agenda.0.subject').selectOption(String(seeded.reportIds[5]));
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await byId(page, 'agenda.1.kind').selectOption('recommendation');
    await page.getByLabel('Subject 2').fill('torture');
    await page
      .getByRole('button', { name: /^Add: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await byId(page, 'followUps.0.text').fill('Send the ministry’s answer on report No. 5');
    await byId(page, 'followUps.0.ownerPersonId').selectOption(String(seeded.chairId));
    await byId(page, 'followUps.0.dueOn').fill('2025-04-30');
    await shot(page, 'consultation-form-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Consultation on the rights of prisoners' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => page.getByTestId('chair').textContent()).toContain('B. Zhakselekova');
    const participants = page.getByTestId('participants');
    await expect.poll(() => participants.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => participants.textContent()).toContain('Yu. Gusakov');
    await expect.poll(() => participants.textContent()).toContain('presenter of a report');
    await page.getByRole('link', { name: /Alternative report No\. 5/ }).waitFor();
    const followUp = page.getByRole('row', { name: /Send the ministry’s answer on report No\. 5/ });
    await expect.poll(() => followUp.textContent()).toContain('open');
    await inEachLanguage(page, 'consultation', () => page.getByTestId('participants').waitFor());

    // The follow-up is closed through the form.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the consultation' }).waitFor();
    await inEachLanguage(page, 'consultation-form', () => page.getByTestId('followups-editor').waitFor());
    await page.getByRole('button', { name: 'Close task 1 (mark it done)' }).click();
    // Someone else saves the consultation meanwhile: the form says so and applies the change on top.
    const id = Number(page.url().split('/').at(-2));
    const status = await page.evaluate(async (consultationId) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const current = (await (await fetch(`/api/consultations/${consultationId}`)).json()) as {
        version: number;
      };
      const response = await fetch(`/api/consultations/${consultationId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: current.version, minutes: 'Minutes typed by a colleague.' }),
      });
      return response.status;
    }, id);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.getByRole('heading', { name: 'Someone else saved this meanwhile' }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('form-conflict-title');
    await shot(page, 'conflict-en');
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Apply my change on top' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultation on the rights of prisoners' }).waitFor();
    await expect.poll(() => followUp.textContent()).toContain('done');
    // Only the change made here went on top: the colleague's minutes stay.
    await page.getByText('Minutes typed by a colleague.').waitFor();

    // Documents: a text file named .pdf is refused with the reason; a real PDF is attached.
    const input = page.getByLabel('Attach a document (PDF or DOCX)');
    await input.setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('notes'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect
      .poll(() => page.getByTestId('attachments').getByRole('alert').textContent())
      .toContain('The file was refused: only PDF and DOCX documents are accepted');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await input.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100 * 1024, 32)]),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect
      .poll(() => page.getByTestId('attachments').getByRole('alert').textContent())
      .toContain('The file was refused: the file is too large.');
    await input.setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: textPdf(['Minutes of the consultation']),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('status').filter({ hasText: 'The document “minutes.pdf” is attached.' }).waitFor();
    await page.getByTestId('attachments').getByRole('link', { name: 'minutes.pdf' }).waitFor();

    // A wrongly uploaded document is removed, after a confirmation that names it; dismissing keeps it.
    await input.setInputFiles({ name: 'wrong.pdf', mimeType: 'application/pdf', buffer: textPdf(['Wrong']) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const documents = page.getByTestId('attachments');
    await documents.getByRole('link', { name: 'wrong.pdf' }).waitFor();
    await eachLanguage(
      page,
      (p, name) =>
        p.getByTestId('attachments').screenshot({ path: join(SHOTS, `dialogue-forms-${name}.png`) }),
      'attachments',
      () => documents.getByRole('button').first().waitFor(),
      { axe: true },
    );
    const removeWrong = documents.getByRole('button', { name: 'Remove wrong.pdf' });
    page.once('dialog', (dialog) => dialog.dismiss());
    await removeWrong.click();
    await documents.getByRole('link', { name: 'wrong.pdf' }).waitFor();
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      return dialog.accept();
    });
    await removeWrong.click();
    await page.getByRole('status').filter({ hasText: 'The document “wrong.pdf” is removed.' }).waitFor();
    expect(asked).toBe('Remove the document “wrong.pdf”? This cannot be undone.');
    expect(await documents.getByRole('link', { name: 'wrong.pdf' }).count()).toBe(0);
    // Removed meanwhile by someone else: the refusal is said, like an upload's.
    await input.setInputFiles({ name: 'stale.pdf', mimeType: 'application/pdf', buffer: textPdf(['Stale']) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const stale = documents.getByRole('link', { name: 'stale.pdf' });
    const staleHref = (await stale.getAttribute('href')) ?? '';
    const removedElsewhere = await page.evaluate(async (href) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      return (await fetch(href, { method: 'DELETE', headers: { 'x-csrf-token': me.csrfToken } })).status;
    }, staleHref);
    expect(removedElsewhere).toBe(204);
    page.once('dialog', (dialog) => dialog.accept());
    await documents.getByRole('button', { name: 'Remove stale.pdf' }).click();
    await expect
      .poll(() => documents.getByRole('alert').textContent())
      .toBe('The document was not removed: it is no longer there.');
    expect(await stale.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await documents.getByRole('link', { name: 'minutes.pdf' }).waitFor();
    expect(await documents.getByRole('link', { name: /wrong|stale/ }).count()).toBe(0);
    await page.context().close();
  });

  it('a contributor edits its own coalition’s report, not another’s', async () => {
    const page = await signedIn(CONTRIBUTOR);
    await page.goto(`${url}/dialogue/reports/${seeded.reportIds[2]}`);
    await page.getByRole('heading', { level: 1, name: /Alternative report No\. 2/ }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the alternative report' }).waitFor();
    await inEachLanguage(page, 'report-form', () => page.getByTestId('linked-picker').waitFor());
    // Clearing the number is refused next to the field.
    await byId(page, 'number').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('Number: Enter a whole number from 1 to 10000.');
    // Another report's number is refused by the server, shown at the number.
    await byId(page, 'number').fill('8');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('Number: The coalition already has a report No. 8');
    expect(await byId(page, 'number').getAttribute('aria-invalid')).toBe('true');
    await byId(page, 'number').fill('2');
    await byId(page, 'summary').fill('The coalition’s summary, revised by its contributor.');
    await page.getByRole('button', { name: 'Add a recommendation of the report' }).click();
    const items = await page.locator('[id^="items."][id$=".text"]').count();
    await byId(page, `items.${items - 1}.text`).fill('Abolish the death penalty for all crimes');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: /Alternative report No\. 2/ }).waitFor();
    await page.getByText('The coalition’s summary, revised by its contributor.').waitFor();
    await page.getByText('Abolish the death penalty for all crimes').waitFor();
    await page.getByTestId('attachments').getByLabel('Attach a document (PDF or DOCX)').waitFor();
    await inEachLanguage(page, 'report', () => page.getByTestId('attachments').waitFor());

    // Another coalition's report: readable, with no edit link and no upload; the API refuses the change.
    await page.goto(`${url}/dialogue/reports/${otherReportId}`);
    await page.getByRole('heading', { level: 1, name: /Another coalition’s report/ }).waitFor();
    await page.getByTestId('attachments').waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByLabel('Attach a document (PDF or DOCX)').count()).toBe(0);
    await page.getByTestId('attachments').getByRole('link', { name: 'their-report.pdf' }).waitFor();
    expect(await page.getByTestId('attachments').getByRole('button').count()).toBe(0);
    const status = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(`/api/alternative-reports/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: 1, summary: 'not ours' }),
      });
      return response.status;
    }, otherReportId);
    expect(status).toBe(403);
    await page.goto(`${url}/dialogue/reports/${otherReportId}/edit`);
    await page.getByRole('alert').filter({ hasText: 'Your role does not allow this change.' }).waitFor();

    // In the directory, the contributor edits its own coalition and its people only.
    await page.goto(`${url}/dialogue/directory`);
    await page.getByTestId('people').waitFor();
    expect(await page.getByTestId('organizations-civil').getByRole('button', { name: /Edit/ }).count()).toBe(
      0,
    );
    const coalitions = page.getByTestId('organizations-coalitions');
    await coalitions.getByRole('button', { name: 'Edit Coalition of NGOs of Kazakhstan' }).waitFor();
    expect(await coalitions.getByRole('button', { name: /Edit/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Edit B. Zhakselekova' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Edit Yu. Gusakov' }).waitFor();
    await page.context().close();
  });

  it('a theme’s page lists its recommendations and the dialogue on it', async () => {
    const page = await signedIn(COORDINATOR);
    // The recommendation's page leads to the theme too.
    await page.goto(`${url}/recommendations/${seeded.recommendationIds[0]}`);
    await page.getByTestId('dialogue').waitFor();
    const fromRecommendation = await page
      .getByRole('link', { name: 'Death penalty' })
      .first()
      .getAttribute('href');
    expect(fromRecommendation).toMatch(/^\/dialogue\/themes\/\d+$/);
    await page.goto(`${url}/dialogue/reports/${seeded.reportIds[2]}`);
    await page.locator('dl.facts').getByRole('link', { name: 'Death penalty' }).click();
    expect(page.url()).toBe(`${url}${fromRecommendation}`);
    await page.getByRole('heading', { level: 1, name: 'Theme: Death penalty' }).waitFor();
    const termId = page.url().split('/').pop();
    const { total } = (await (await fetch(`${url}/api/recommendations?term=${termId}&limit=1`)).json()) as {
      total: number;
    };
    expect(total).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('theme-count').textContent())
      .toContain(`${total} recommendation`);
    await expect.poll(() => page.getByTestId('theme-reports-list').textContent()).toContain('No. 2');
    await page.getByTestId('theme-consultations-list').getByRole('link').first().waitFor();
    await inEachLanguage(page, 'theme', () => page.getByTestId('theme-reports-list').waitFor());
    await page.context().close();
  });
});

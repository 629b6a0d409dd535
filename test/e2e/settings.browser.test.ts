/**
 * The administrator's mail settings in Debian's Chromium (playwright-core): a real server on a fresh SQLite
 * database with the implementation browser tests' plan and an administrator. The administrator reaches the
 * settings from the user menu, sees where mail goes without SMTP (the file outbox), is told which field the
 * server refused, saves, finds the settings after a reload with the password never shown, and applies a
 * change on top of one saved meanwhile (409). A coordinator has no settings entry and is told so at
 * /settings. axe-core on the page; screenshots in ru, kk and en in test-results/screenshots/settings-*.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/static.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { MailSettingsService } from '../../src/modules/notifications/mail-settings.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
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
import { COORDINATOR, PASSWORD, seedPlan } from './implementation.seed.ts';

const ADMIN = 'admin@example.org';
const SMTP_PASSWORD = 'smtp-secret-7731';

describe.skipIf(!existsSync(CHROMIUM))('mail settings in Chromium', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    database = await openTestDatabase('sqlite');
    await seedPlan(database.db);
    await new UserService(database.db).create(
      { email: ADMIN, role: 'admin', password: PASSWORD, locale: 'en' },
      SYSTEM_ACTOR,
    );
    ({ app, url } = await serve(database));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.cleanup();
  });

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage(browser, 1280);
    await signIn(page, url, email);
    return page;
  }

  it('gives a coordinator no settings entry, and /settings says it is not allowed', async () => {
    const page = await signedIn(COORDINATOR);
    await page.getByText(COORDINATOR).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await page.goto(`${url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page
      .getByRole('alert')
      .getByText('Only an administrator may see and change the settings.')
      .waitFor();
    expect(await page.getByLabel('SMTP server').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the administrator save the mail settings and find them after a reload, the password never shown', async () => {
    const page = await signedIn(ADMIN);
    await page.getByText(ADMIN).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // No SMTP server yet: mail goes to the file outbox, and the page says so.
    await expect
      .poll(() => page.getByTestId('mail-transport').textContent())
      .toMatch(/Mail now goes to: file:/);
    await page.getByText(/written as a file to the outbox folder/).waitFor();
    expect(await page.getByText('No password is stored.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A sender the server refuses: the field is named, with a link to it.
    await page.getByLabel('Sender address').fill('x');
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByRole('link', { name: /^Sender address:/ }).waitFor();
    expect(await page.getByLabel('Sender address').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('SMTP server').fill('smtp.example.org');
    await page.getByRole('spinbutton', { name: 'Port (required)' }).fill('2525');
    await page.getByLabel('User name').fill('mailer');
    await page.getByLabel('Password', { exact: true }).fill(SMTP_PASSWORD);
    await page.getByLabel('Sender address').fill('UPR Tracker <upr@example.org>');
    await page.getByLabel('Sending hour').selectOption('6');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Settings saved.').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => page.getByLabel('SMTP server').inputValue()).toBe('smtp.example.org');
    expect(await page.getByRole('spinbutton', { name: 'Port (required)' }).inputValue()).toBe('2525');
    expect(await page.getByLabel('User name').inputValue()).toBe('mailer');
    expect(await page.getByLabel('Sender address').inputValue()).toBe('UPR Tracker <upr@example.org>');
    expect(await page.getByLabel('Sending hour').inputValue()).toBe('6');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await page.getByText('A password is stored and never shown. Leave the field empty to keep it.').waitFor();
    expect(await page.getByTestId('mail-transport').textContent()).toBe(
      'Mail now goes to: smtp://smtp.example.org:2525',
    );
    expect(await page.content()).not.toContain(SMTP_PASSWORD);
    expect(await axeViolations(page)).toEqual([]);

    await inEachLanguage(page, screenshots('settings'), 'mail', async (language) => {
      const title = { ru: 'Настройки', kk: 'Баптаулар', en: 'Settings' }[language] as string;
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    });

    // Someone saved meanwhile (another port): 409; applying mine on top keeps their port and my user.
    const service = new MailSettingsService(database.db);
    const stored = await service.get();
    await service.update(
      {
        host: stored.host,
        port: 587,
        secure: stored.secure,
        user: stored.user,
        from: stored.from,
        digestHour: stored.digestHour,
        version: stored.version,
      },
      SYSTEM_ACTOR,
    );
    await page.getByLabel('User name').fill('mailer2');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.getByRole('heading', { name: 'Someone else saved this meanwhile' }).waitFor();
    await conflict.getByRole('button', { name: 'Apply my change on top' }).click();
    await page.getByRole('status').getByText('Settings saved.').waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Port (required)' }).inputValue()).toBe('587');
    expect(await page.getByLabel('User name').inputValue()).toBe('mailer2');
    const after = await service.get();
    expect(after).toMatchObject({ port: 587, user: 'mailer2', passwordSet: true });

    // Removing the stored password.
    await page.getByLabel('Remove the stored password').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Settings saved.').waitFor();
    await page.getByText('No password is stored.').waitFor();
    expect((await service.get()).passwordSet).toBe(false);
    await page.context().close();
  });
});

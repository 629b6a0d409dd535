/**
 * What every Chromium test shares: Debian's Chromium driven by playwright-core (no browser is ever
 * downloaded), a real server on the test's database, signing in through the page, axe-core checks and
 * screenshots in test-results/screenshots, in each of the three languages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { type AppOptions, buildApp } from '../../src/http/app.ts';
import type { TestDatabase } from '../../src/test/databases.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The password of every user the browser tests create. */
export const PASSWORD = 'correct horse battery staple 42';
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
export const LANGUAGES = ['ru', 'kk', 'en'] as const;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The app on a free local port, without rate limits on signing in. */
export async function serve(
  database: TestDatabase,
  options: Omit<AppOptions, 'database'> = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({ database, rateLimit: false, loginRateLimit: 1_000, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

/** Chromium, with the screenshots' folder ready. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page in a fresh English context; axe-core is injected inline, which the app's CSP (rightly) refuses. */
export async function newPage(
  browser: Browser,
  width = 1400,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: true,
    locale: 'en-US',
    viewport: { width, height: 900 },
    ...options,
  });
  return context.newPage();
}

/** Signs in through the sign-in page and waits for the user's menu. */
export async function signIn(page: Page, url: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${url}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(email).waitFor();
}

/** axe-core's serious and critical violations on the page, as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 3) })))',
  )) as { id: string; impact: string; nodes: string[] }[];
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

/** A full-page screenshot taker writing test-results/screenshots/<prefix>-<name>.png. */
export const screenshots = (prefix: string) => (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${prefix}-${name}.png`), fullPage: true });

/**
 * The page in Russian, Kazakh and English (the language switcher), back to English at the end: waits for
 * `ready`, takes a screenshot `<name>-<language>` with `shot`, and axe-checks it when `axe` is set.
 */
export async function inEachLanguage(
  page: Page,
  shot: (page: Page, name: string) => Promise<unknown>,
  name: string,
  ready: (language: string) => Promise<unknown>,
  { axe = false } = {},
): Promise<void> {
  for (const language of LANGUAGES) {
    await page.getByTestId('language').selectOption(language);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
    await ready(language);
    await shot(page, `${name}-${language}`);
    if (axe) expect(await axeViolations(page)).toEqual([]);
  }
}

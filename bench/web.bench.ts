/**
 * `npm run bench:web`: the web app's figures, printed, never asserted.
 * 1. Gzipped size of the initial JavaScript: the entry script and the chunks `index.html` preloads
 *    (lazily loaded pages such as the dashboards are not part of it). Aim: 300 KB or less.
 * 2. Time to the first rendered explorer page in headless Chromium (navigation start to the first row's
 *    text in the table), on a database holding the UPR Info corpus (41,066 rows); a cold first visit,
 *    then warm visits (median). Aim: under 1.5 s.
 * 3. Server-side p95 of search-as-you-type: every prefix of a few words as typed, each a list query
 *    (first page of 100 with its total) and a facets query, timed inside the server. Aim: under 100 ms.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { openRegistry } from '../src/db/registry.ts';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuild, WEB_DIST } from '../src/http/static.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/chromium.ts';

const UPR_INFO = join(
  process.cwd(),
  '..',
  'shared',
  'data',
  'upr',
  'uprs-terman',
  'derived',
  'upr-info-sessions-1-20.utf8.csv',
);
const DB_FILE = process.env.BENCH_WEB_DB ?? join(tmpdir(), 'upr-bench-web.sqlite');
const WORDS = ['torture', 'death penalty', 'women', 'пытки', 'freedom of expression', 'children'];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  await ensureWebBuild((line) => process.stdout.write(line));

  // 1. Initial JavaScript.
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  let raw = 0;
  let gz = 0;
  for (const src of new Set(scripts)) {
    const bytes = readFileSync(join(WEB_DIST, src));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(
    `initial JavaScript: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KB, gzipped ${(gz / 1024).toFixed(1)} KB (aim ≤ 300 KB)`,
  );

  // The UPR Info corpus, imported once and kept for later runs.
  if (process.env.BENCH_WEB_FRESH && existsSync(DB_FILE)) rmSync(DB_FILE);
  const fresh = !existsSync(DB_FILE);
  const database = await openRegistry(DB_FILE);
  if (fresh) {
    const started = performance.now();
    await new ImportService(database.db).importFile(UPR_INFO);
    console.log(
      `imported the UPR Info corpus into ${DB_FILE} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const count = await database.db
    .selectFrom('recommendations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const app = await buildApp({ database, rateLimit: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  // 2. First rendered explorer page.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page.locator('.rec-link').first().waitFor();
    times.push(performance.now() - started);
    await context.close();
  }
  await browser.close();
  const [cold = 0, ...warm] = times;
  console.log(
    `first explorer page (${Number(count.n).toLocaleString('en')} recommendations): cold ${ms(cold)}, warm median ${ms(percentile(warm, 50))} (aim < 1500 ms)`,
  );

  // 3. Search as you type, timed in the server.
  const list: number[] = [];
  const facets: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const word of WORDS)
      for (let n = 1; n <= word.length; n++) {
        const q = encodeURIComponent(word.slice(0, n));
        let t = performance.now();
        await app.inject(`/api/recommendations?q=${q}&limit=100`);
        list.push(performance.now() - t);
        t = performance.now();
        await app.inject(`/api/recommendations/facets?q=${q}`);
        facets.push(performance.now() - t);
      }
  console.log(
    `search as you type (${list.length} queries): list p50 ${ms(percentile(list, 50))}, p95 ${ms(percentile(list, 95))}; ` +
      `facets p50 ${ms(percentile(facets, 50))}, p95 ${ms(percentile(facets, 95))} (aim p95 < 100 ms)`,
  );
  await app.close();
  await database.close();
}

await main();

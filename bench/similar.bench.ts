/**
 * `npm run bench:similar`: language detection and similar recommendations, figures printed, never asserted.
 * 1. Language detection: model load time, and cost per text over the 41,062 texts of the UPR Info corpus.
 * 2. Import of that corpus into a fresh SQLite (and PostgreSQL when UPR_TEST_DATABASE_URL is set): records
 *    per second with detection and the repeats computed after the import, and the time of each part.
 * 3. At 41k: the TF-IDF index's build time, `upr similar build` (repeats of every state), and the latency
 *    (p50/p95, ms) of a recommendation's similar ones (repeats + 10 nearest of other states, with their rows and
 *    implementation statuses) and of a review's near-duplicate groups, warm (index built).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { openRegistry } from '../src/db/registry.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';
import { languageDetector } from '../src/modules/languages/language.detector.ts';
import { SimilarRepository } from '../src/modules/similar/similar.repository.ts';
import { SimilarService } from '../src/modules/similar/similar.service.ts';
import { SimilarityIndex } from '../src/modules/similar/similar.vectors.ts';

const UTF8 = join(
  process.cwd(),
  '..',
  'shared',
  'data',
  'upr',
  'uprs-terman',
  'derived',
  'upr-info-sessions-1-20.utf8.csv',
);
const PG = process.env.UPR_TEST_DATABASE_URL;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const scratch = mkdtempSync(join(tmpdir(), 'upr-similar-bench-'));

const ms = (start: number) => performance.now() - start;
function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${sorted.length})`;
}

async function detection(): Promise<void> {
  const rows = parse(readFileSync(UTF8), { columns: true }) as { Text: string }[];
  let start = performance.now();
  const detector = await languageDetector();
  console.log(`language model (lid.176.ftz) loaded in ${ms(start).toFixed(0)} ms`);
  for (let round = 0; round < 2; round++) {
    start = performance.now();
    for (const row of rows) detector.detect(row.Text);
    const total = ms(start);
    console.log(
      `detection: ${rows.length} texts in ${total.toFixed(0)} ms, ${((total * 1000) / rows.length).toFixed(1)} µs per text`,
    );
  }
}

async function run(dialect: DialectName): Promise<void> {
  const schema = `bench_similar_${Date.now().toString(36)}`;
  const path = join(scratch, 'upr.sqlite');
  const database =
    dialect === 'sqlite' ? await openRegistry(path) : await openRegistry(PG as string, { schema });
  try {
    const db = database.db;
    let start = performance.now();
    const report = await new ImportService(db).importFile(UTF8);
    const importMs = ms(start);
    console.log(
      `[${dialect}] import of ${report.added} rows: ${(importMs / 1000).toFixed(1)} s, ${Math.round(report.added / (importMs / 1000))} rec/s (detection and repeats included)`,
    );
    start = performance.now();
    const docs = await new SimilarRepository(db).documents();
    const readMs = ms(start);
    start = performance.now();
    SimilarityIndex.build(docs);
    console.log(
      `[${dialect}] index: read ${docs.length} texts ${readMs.toFixed(0)} ms, build ${ms(start).toFixed(0)} ms`,
    );
    const service = new SimilarService(db);
    const built = await service.rebuildRepeats();
    console.log(
      `[${dialect}] upr similar build: ${built.links} links over ${built.states} states in ${built.seconds.toFixed(2)} s`,
    );
    await service.index();
    const step = Math.max(1, Math.floor(docs.length / SAMPLES));
    const latencies: number[] = [];
    for (let i = 0; i < docs.length && latencies.length < SAMPLES; i += step) {
      start = performance.now();
      await service.similar(docs[i]?.id as number, null);
      latencies.push(ms(start));
    }
    console.log(`[${dialect}] similar of one recommendation at ${docs.length}: ${percentiles(latencies)}`);
    const reviews = new Map<string, { state: string; cycle: number; n: number }>();
    for (const d of docs)
      if (d.cycle !== null) {
        const key = `${d.state}:${d.cycle}`;
        const r = reviews.get(key) ?? { state: d.state, cycle: d.cycle, n: 0 };
        r.n++;
        reviews.set(key, r);
      }
    const largest = [...reviews.values()].sort((a, b) => b.n - a.n).slice(0, 30);
    const groups: number[] = [];
    for (const r of largest) {
      start = performance.now();
      await service.nearDuplicates(r.state, r.cycle, null);
      groups.push(ms(start));
    }
    console.log(
      `[${dialect}] near-duplicates of the 30 largest reviews (${largest.at(-1)?.n}-${largest[0]?.n} recommendations): ${percentiles(groups)}`,
    );
  } finally {
    await database.close();
    if (dialect === 'sqlite') rmSync(path, { force: true });
    else await dropPostgresSchema(PG as string, schema);
  }
}

await detection();
await run('sqlite');
if (PG) await run('postgres');
rmSync(scratch, { recursive: true, force: true });

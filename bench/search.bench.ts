/**
 * `npm run bench:search`: search latency, p50/p95 in milliseconds.
 * 1. The UPR Info corpus (five raw files, 41,066 rows) in a fresh SQLite and, when UPR_TEST_DATABASE_URL
 *    is set, a fresh PostgreSQL schema.
 * 2. A synthetic corpus of 8x its size (same texts, varied states under review and sessions).
 * For each query: `SearchRepository.search` (first page of 20, total, metadata, snippets) beside a raw
 * full-text query of the same terms (FTS5 `MATCH ... ORDER BY rank LIMIT 20`, or `@@ ... ORDER BY
 * ts_rank LIMIT 20`), measured in the same run. Figures are printed, never asserted.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { type Kysely, sql } from 'kysely';
import { type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { openRegistry } from '../src/db/registry.ts';
import type { DB } from '../src/db/schema.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';
import { fts5Expression, tsqueryTexts } from '../src/modules/search/search.query.ts';
import { SearchRepository } from '../src/modules/search/search.repository.ts';
import { parseQuery } from '../src/modules/search/search.text.ts';
import { referenceStates } from '../src/modules/states/state-names.ts';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'upr');
const RAW = ['1-5', '6-9', '10-13', '14-17', '17-20'].map((f) =>
  join(DATA, 'uprs-terman', 'v2-upr-info-csvs', `${f}.csv`),
);
const UTF8 = join(DATA, 'uprs-terman', 'derived', 'upr-info-sessions-1-20.utf8.csv');
const PG = process.env.UPR_TEST_DATABASE_URL;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const scratch = mkdtempSync(join(tmpdir(), 'upr-search-bench-'));

const QUERIES = [
  'torture',
  'tortured prisoners',
  '"death penalty"',
  'death -penalty',
  'discrimination against women',
  'children education rights',
  'Kazakhstan',
  'пытки',
];

async function freshDatabase(dialect: DialectName, name: string) {
  if (dialect === 'sqlite') {
    const path = join(scratch, `${name}.sqlite`);
    return { database: await openRegistry(path), drop: async () => rmSync(path, { force: true }) };
  }
  const schema = `bench_${name}_${Date.now().toString(36)}`.toLowerCase();
  const database = await openRegistry(PG as string, { schema });
  return { database, drop: () => dropPostgresSchema(PG as string, schema) };
}

/** Writes the corpus `times` times with states under review and sessions shifted on each copy. */
async function writeSynthetic(path: string, times: number): Promise<void> {
  const names = referenceStates()
    .filter((s) => s.kind === 'member')
    .map((s) => s.nameEn);
  const out = createWriteStream(path);
  const csv = stringify();
  csv.pipe(out);
  for (let copy = 0; copy < times; copy++) {
    const input = createReadStream(UTF8).pipe(parse({ relax_column_count: true }));
    let header = true;
    for await (const record of input as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        if (copy === 0) csv.write(record);
        continue;
      }
      const shifted = [...record];
      if (copy > 0) {
        shifted[0] =
          names[(names.indexOf(record[0] ?? '') + copy * 17 + 193) % names.length] ?? record[0] ?? '';
        shifted[10] = String(((Number(record[10]) - 1 + copy * 7) % 54) + 1);
      }
      if (!csv.write(shifted)) await once(csv, 'drain');
    }
  }
  csv.end();
  await once(out, 'close');
}

async function percentiles(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** The bare full-text query of the same terms: no metadata, no count, no snippets. */
function rawQuery(db: Kysely<DB>, dialect: DialectName, q: string) {
  const units = parseQuery(q);
  const positive = units.filter((u) => !u.negated);
  if (dialect === 'sqlite') {
    const expression = [
      positive.map(fts5Expression).join(' AND '),
      ...units.filter((u) => u.negated).map((u) => `NOT ${fts5Expression(u)}`),
    ].join(' ');
    return () =>
      sql`SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ${expression}
        ORDER BY rank LIMIT 20`.execute(db);
  }
  const tsquery = sql.join(
    units.map((u) => {
      const { stemmed, plain } = tsqueryTexts(u);
      const query = sql`(to_tsquery('english', ${stemmed}) || to_tsquery('russian', ${stemmed}) || to_tsquery('simple', ${plain}))`;
      return u.negated ? sql`!! ${query}` : query;
    }),
    sql` && `,
  );
  return () =>
    sql`SELECT recommendation_id FROM recommendation_search WHERE document @@ (${tsquery})
      ORDER BY ts_rank(document, ${tsquery}) DESC LIMIT 20`.execute(db);
}

const fmt = (n: number) => n.toFixed(2).padStart(8);

async function run(dialect: DialectName, label: string, files: string[]): Promise<void> {
  const { database, drop } = await freshDatabase(dialect, label.replace(/\W/g, ''));
  try {
    const started = performance.now();
    const service = new ImportService(database.db);
    for (const file of files) {
      const report = await service.importFile(file);
      if (!report.ok) throw new Error(`${file}: ${report.error}`);
    }
    const count = await database.db
      .selectFrom('recommendations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    process.stdout.write(
      `\n${dialect}, ${label}: ${Number(count.n).toLocaleString('en')} recommendations, imported and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    process.stdout.write(
      `${'query'.padEnd(32)} ${'hits'.padStart(7)} ${'search p50'.padStart(10)} ${'p95'.padStart(8)} ${'raw p50'.padStart(10)} ${'p95'.padStart(8)}\n`,
    );
    const search = new SearchRepository(database.db);
    for (const q of QUERIES) {
      const { total } = await search.search(q, { limit: 20 });
      const full = await percentiles(() => search.search(q, { limit: 20 }));
      const raw = await percentiles(rawQuery(database.db, dialect, q));
      process.stdout.write(
        `${q.padEnd(32)} ${String(total).padStart(7)} ${fmt(full.p50)}   ${fmt(full.p95)}   ${fmt(raw.p50)} ${fmt(raw.p95)}\n`,
      );
    }
  } finally {
    await database.close();
    await drop();
  }
}

async function main(): Promise<void> {
  const dialects = (PG ? ['sqlite', 'postgres'] : ['sqlite']).filter(
    (d) => !process.env.BENCH_DIALECTS || process.env.BENCH_DIALECTS.split(',').includes(d),
  ) as DialectName[];
  if (!PG) process.stdout.write('(PostgreSQL skipped: set UPR_TEST_DATABASE_URL to include it)\n');
  process.stdout.write(`search latency in ms over ${ROUNDS} rounds (first page of 20)\n`);
  const synthetic = join(scratch, 'synthetic-8x.csv');
  await writeSynthetic(synthetic, 8);
  const only = process.env.BENCH_SIZES?.split(',') ?? ['1x', '8x'];
  for (const dialect of dialects) {
    if (only.includes('1x')) await run(dialect, 'UPR Info corpus', RAW);
    if (only.includes('8x')) await run(dialect, 'synthetic 8x', [synthetic]);
  }
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

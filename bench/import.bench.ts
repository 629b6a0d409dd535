/**
 * `npm run bench:import`: import throughput and peak memory.
 * 1. The UPR Info corpus (five raw files, 41,066 rows) into a fresh SQLite and, when UPR_TEST_DATABASE_URL
 *    is set, a fresh PostgreSQL schema.
 * 2. A synthetic corpus of 8x its size (same texts, varied states and sessions) into fresh databases, to
 *    show how time grows with size.
 * 3. Parsing speed of each document format (OHCHR DOCX matrices, Working Group reports, a 270,000-record
 *    UHRI stream with its peak memory).
 * Figures are printed, never asserted. Memory is the importing process's resident set, sampled every 20 ms;
 * each import runs in a process of its own with a 256 MB old space, which shows that memory stays bounded
 * (the file is streamed and only the keys seen so far are kept).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { extractDocumentText } from '../src/imports/parsers/document-text.ts';
import { parseOhchrMatrix } from '../src/imports/parsers/ohchr-matrix.ts';
import { parseWgReport } from '../src/imports/parsers/wg-report.ts';
import { referenceStates } from '../src/modules/states/state-names.ts';
import { writeUhriExport } from './fixtures/uhri-generate.ts';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'upr');
const RAW = ['1-5', '6-9', '10-13', '14-17', '17-20'].map((f) =>
  join(DATA, 'uprs-terman', 'v2-upr-info-csvs', `${f}.csv`),
);
const UTF8 = join(DATA, 'uprs-terman', 'derived', 'upr-info-sessions-1-20.utf8.csv');
const PG = process.env.UPR_TEST_DATABASE_URL;
const scratch = mkdtempSync(join(tmpdir(), 'upr-bench-'));

/** Peak resident memory while `work` runs, in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds: (performance.now() - started) / 1000, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Imports files into a fresh database in a child process of its own, so that each figure of peak memory
 * is that import's alone (this process has generated files and kept other runs' garbage).
 */
async function importFiles(dialect: DialectName, name: string, files: string[]) {
  const target = dialect === 'sqlite' ? join(scratch, `${name}.sqlite`) : (PG as string);
  const schema = dialect === 'postgres' ? `bench_${name}_${Date.now().toString(36)}` : '';
  try {
    return await runChild<{ added: number; rows: number }>(['bench/import.run.ts', target, schema, ...files]);
  } finally {
    if (dialect === 'sqlite') rmSync(target, { force: true });
    else await dropPostgresSchema(target, schema);
  }
}

/** Runs a bench script in a process of its own and reads the JSON figures it prints. */
async function runChild<T>(args: string[]): Promise<{ value: T; seconds: number; peakMb: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0) throw new Error(`${args[0]} failed (exit ${code})`);
  return JSON.parse(out);
}

/** Writes the corpus `times` times with states under review and sessions shifted on each copy. */
async function writeSynthetic(path: string, times: number): Promise<number> {
  const names = referenceStates()
    .filter((s) => s.kind === 'member')
    .map((s) => s.nameEn);
  const out = createWriteStream(path);
  const csv = stringify();
  csv.pipe(out);
  let rows = 0;
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
        const session = Number(record[10]);
        shifted[0] =
          names[(names.indexOf(record[0] ?? '') + copy * 17 + 193) % names.length] ?? record[0] ?? '';
        shifted[10] = String(((session - 1 + copy * 7) % 54) + 1);
      }
      if (!csv.write(shifted)) await once(csv, 'drain');
      rows++;
    }
  }
  csv.end();
  await once(out, 'close');
  return rows;
}

function line(label: string, figures: string): void {
  process.stdout.write(`${label.padEnd(44)} ${figures}\n`);
}

async function main(): Promise<void> {
  const dialects: DialectName[] = PG ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!PG) process.stdout.write('(PostgreSQL skipped: set UPR_TEST_DATABASE_URL to include it)\n');
  process.stdout.write(
    `node ${process.version}, ${RAW.length} UPR Info files, ${(RAW.reduce((s, f) => s + statSync(f).size, 0) / 1e6).toFixed(1)} MB\n\n`,
  );

  const synthetic = join(scratch, 'synthetic-8x.csv');
  const syntheticRows = await writeSynthetic(synthetic, 8);
  const perSecond: Record<string, number[]> = {};
  for (const dialect of dialects) {
    const corpus = await importFiles(dialect, 'corpus', RAW);
    const rate = corpus.value.rows / corpus.seconds;
    line(
      `UPR Info corpus -> ${dialect}`,
      `${corpus.value.rows} rows, ${corpus.value.added} records in ${corpus.seconds.toFixed(2)} s = ${Math.round(rate)} rec/s, peak ${Math.round(corpus.peakMb)} MB`,
    );
    const big = await importFiles(dialect, 'synthetic', [synthetic]);
    const bigRate = big.value.rows / big.seconds;
    line(
      `synthetic 8x (${(statSync(synthetic).size / 1e6).toFixed(0)} MB) -> ${dialect}`,
      `${big.value.rows} rows, ${big.value.added} records in ${big.seconds.toFixed(2)} s = ${Math.round(bigRate)} rec/s, peak ${Math.round(big.peakMb)} MB`,
    );
    line(
      `  time ratio 8x / 1x (${dialect})`,
      `${(big.seconds / corpus.seconds).toFixed(2)} for ${(syntheticRows / corpus.value.rows).toFixed(2)}x the rows`,
    );
    perSecond[dialect] = [rate, bigRate];
  }

  process.stdout.write('\nparsing speed by format (no database)\n');
  const docx = [
    'UPR20__Slovenia_ThematicListRecommendations_E.docx',
    'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
    'upr48-slovenia-thematic-list-of-recommendatio.docx',
  ];
  for (const name of docx) {
    const buffer = readFileSync(join(DATA, 'slovenia-tracker', 'original-docx', name));
    const r = await measure(() => parseOhchrMatrix(buffer, name));
    line(
      `ohchr-matrix ${name.slice(0, 28)}`,
      `${r.value.recommendations.length} recs in ${r.seconds.toFixed(2)} s = ${Math.round(r.value.recommendations.length / r.seconds)} rec/s`,
    );
  }
  for (const name of ['kazakhstan2010.txt', 'kazakhstan2014.txt']) {
    const buffer = readFileSync(join(DATA, 'uprs-terman', 'v1-wg-report-texts', name));
    const r = await measure(async () => parseWgReport((await extractDocumentText(buffer, name)).text, name));
    line(
      `wg-report ${name}`,
      `${r.value.recommendations.length} recs in ${(r.seconds * 1000).toFixed(0)} ms = ${Math.round(r.value.recommendations.length / r.seconds)} rec/s`,
    );
  }
  const uhri = join(scratch, 'uhri-270k.json');
  await writeUhriExport(uhri, 270_000);
  const u = await runChild<number>(['bench/uhri.run.ts', uhri]);
  line(
    `uhri-json stream (${(statSync(uhri).size / 1e6).toFixed(0)} MB)`,
    `${u.value} recs in ${u.seconds.toFixed(1)} s = ${Math.round(u.value / u.seconds)} rec/s, peak ${Math.round(u.peakMb)} MB`,
  );
  rmSync(scratch, { recursive: true, force: true });
}

await main();

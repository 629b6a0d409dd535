/**
 * `npm run bench:api [-- --pg postgres://...] [--duration 10]`: HTTP throughput of the API.
 * Loads the UPR Info corpus (five raw files, 41,066 rows) with the import service into a fresh SQLite
 * database and, when UPR_TEST_DATABASE_URL or --pg is given, a fresh PostgreSQL schema; starts the
 * server on 127.0.0.1 (rate limits raised out of the way, the plugin still in the path) and measures
 * with autocannon at 50 connections: an anonymous filtered, paged list and a single read.
 * Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Database, type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { openRegistry } from '../src/db/registry.ts';
import { buildApp } from '../src/http/app.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'upr', 'uprs-terman', 'v2-upr-info-csvs');
const FILES = ['1-5', '6-9', '10-13', '14-17', '17-20'].map((f) => join(DATA, `${f}.csv`));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PG = flag('--pg') ?? process.env.UPR_TEST_DATABASE_URL;
const DURATION = Number(flag('--duration') ?? 10);
const CONNECTIONS = 50;

async function fresh(dialect: DialectName): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'upr-bench-api-'));
    const database = await openRegistry(join(dir, 'upr.sqlite'));
    return { database, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_api_${Date.now().toString(36)}`;
  const database = await openRegistry(PG as string, { schema });
  return { database, drop: () => dropPostgresSchema(PG as string, schema) };
}

async function load(database: Database): Promise<number> {
  const service = new ImportService(database.db);
  let added = 0;
  for (const file of FILES) {
    const report = await service.importFile(file, { importedBy: 'bench' });
    if (!report.ok) throw new Error(`${file}: ${report.error}`);
    added += report.added;
  }
  return added;
}

async function hammer(url: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  // The load comes from a worker thread, so that the server keeps the main thread to itself.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, workers: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function run(dialect: DialectName): Promise<void> {
  const { database, drop } = await fresh(dialect);
  try {
    const started = performance.now();
    const added = await load(database);
    const loadSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`${dialect}: loaded ${added} recommendations in ${loadSeconds.toFixed(1)} s\n`);
    const app = await buildApp({ database, rateLimit: 100_000_000 });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const one = await database.db
        .selectFrom('recommendations')
        .select('id')
        .where('cycle', '=', 2)
        .orderBy('id')
        .offset(1000)
        .limit(1)
        .executeTakeFirstOrThrow();
      const cases = [
        [
          'list  cycle=2&position=supported&limit=20',
          `${base}/api/recommendations?cycle=2&position=supported&limit=20`,
        ],
        [`read  /api/recommendations/${one.id}`, `${base}/api/recommendations/${one.id}`],
      ] as const;
      for (const [name, url] of cases) {
        const warm = await fetch(url);
        if (!warm.ok) throw new Error(`${url}: ${warm.status}`);
        const r = await hammer(url);
        process.stdout.write(
          `${dialect.padEnd(8)} ${name.padEnd(48)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.errors ? `  errors ${r.errors}` : ''}\n`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await drop();
  }
}

process.stdout.write(`API benchmark: ${CONNECTIONS} connections, ${DURATION} s per case\n`);
await run('sqlite');
if (PG) await run('postgres');
else process.stdout.write('postgres: skipped (set UPR_TEST_DATABASE_URL or pass --pg URL)\n');

/**
 * `npm run bench:report`: a review of 300 recommendations with 600 measures and 2,000 progress reports
 * (`seedImplementationPlan`) in a fresh SQLite database (and a fresh PostgreSQL schema when
 * UPR_TEST_DATABASE_URL is set); then the mid-term report as DOCX, PDF and XLSX and the annex as DOCX and
 * PDF, each generated from scratch (queries, assembly, rendering), with the time per format, the file size
 * and the process's peak resident memory. Figures are printed, never asserted (aim: under 5 s each).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { openRegistry } from '../src/db/registry.ts';
import { seedImplementationPlan } from '../src/modules/implementation/implementation.fixtures.ts';
import type { ReportFormat, ReportKind } from '../src/modules/reports/report.model.ts';
import { ReportService } from '../src/modules/reports/report.service.ts';

const PG = process.env.UPR_TEST_DATABASE_URL;
const scratch = mkdtempSync(join(tmpdir(), 'upr-report-bench-'));
const RUNS: [ReportKind, ReportFormat][] = [
  ['midterm', 'docx'],
  ['midterm', 'pdf'],
  ['midterm', 'xlsx'],
  ['annex', 'docx'],
  ['annex', 'pdf'],
];

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function run(dialect: DialectName): Promise<void> {
  const schema = `bench_report_${Date.now().toString(36)}`;
  const database =
    dialect === 'sqlite'
      ? await openRegistry(join(scratch, 'report.sqlite'))
      : await openRegistry(PG as string, { schema });
  try {
    const seeded = performance.now();
    const plan = await seedImplementationPlan(database.db, {
      state: 'KAZ',
      cycle: 3,
      recommendations: 300,
      measures: 600,
      progressReports: 2000,
      asOf: '2026-06-30',
    });
    console.log(
      `${dialect}: seeded ${plan.recommendationIds.length} recommendations, ${plan.measureIds.length} measures, ` +
        `${plan.progressReportIds.length} progress reports in ${((performance.now() - seeded) / 1000).toFixed(1)} s; ` +
        `peak RSS ${peakMb()} MB`,
    );
    const service = new ReportService(database.db);
    const built = performance.now();
    const report = await service.build({
      state: 'KAZ',
      cycle: 3,
      kind: 'midterm',
      lang: 'ru',
      today: '2026-06-30',
    });
    console.log(
      `${dialect}: ReviewReport assembled in ${(performance.now() - built).toFixed(0)} ms ` +
        `(${report.clusters.length} themes, ${report.figures.overdue} overdue reports)`,
    );
    for (const [kind, format] of RUNS) {
      const started = performance.now();
      const file = await service.generate({
        state: 'KAZ',
        cycle: 3,
        kind,
        format,
        lang: 'ru',
        today: '2026-06-30',
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      writeFileSync(join(scratch, file.fileName), file.content);
      console.log(
        `${dialect}: ${kind} ${format.padEnd(4)} ${seconds} s, ${(file.content.length / 1024).toFixed(0)} KB; peak RSS ${peakMb()} MB`,
      );
    }
  } finally {
    await database.close();
    if (dialect === 'postgres') await dropPostgresSchema(PG as string, schema);
  }
}

try {
  await run('sqlite');
  if (PG) await run('postgres');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

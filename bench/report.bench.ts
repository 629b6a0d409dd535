/**
 * `npm run bench:report`: a review of 300 recommendations with 600 measures and 2,000 progress reports
 * (`seedImplementationPlan`) in a fresh SQLite database (and a fresh PostgreSQL schema when
 * UPR_TEST_DATABASE_URL is set); then the mid-term report as DOCX, PDF and XLSX and the annex as DOCX and
 * PDF, each generated from scratch (queries, assembly, rendering), with the time per format, the file size
 * and the process's peak resident memory. Figures are printed, never asserted (aim: under 5 s each).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFormat, ReportKind } from '../src/modules/reports/report.model.ts';
import { ReportService } from '../src/modules/reports/report.service.ts';
import { onSeededPlan } from './plan.setup.ts';

const RUNS: [ReportKind, ReportFormat][] = [
  ['midterm', 'docx'],
  ['midterm', 'pdf'],
  ['midterm', 'xlsx'],
  ['annex', 'docx'],
  ['annex', 'pdf'],
];

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

await onSeededPlan('report', async ({ dialect, database, plan, seedMs, scratch }) => {
  console.log(
    `${dialect}: seeded ${plan.recommendationIds.length} recommendations, ${plan.measureIds.length} measures, ` +
      `${plan.progressReportIds.length} progress reports in ${(seedMs / 1000).toFixed(1)} s; ` +
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
});

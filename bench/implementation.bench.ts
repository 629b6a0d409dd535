/**
 * `npm run bench:implementation`: a plan of 300 recommendations, 600 measures and 2,000 progress reports
 * (`seedImplementationPlan`) in a fresh SQLite and, when UPR_TEST_DATABASE_URL is set, a fresh PostgreSQL
 * schema; the seeding time, then p50/p95 in milliseconds of the review's status list, each dashboard and one
 * recommendation's implementation. Figures are printed, never asserted.
 */
import { ImplementationService } from '../src/modules/implementation/implementation.service.ts';
import { ImplementationDashboardService } from '../src/modules/implementation/implementation-dashboard.service.ts';
import { onSeededPlan } from './plan.setup.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const viewer = { userId: 1, role: 'viewer' as const, agencyId: null, organizationId: null };

async function percentiles(work: () => Promise<unknown>): Promise<string> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}

await onSeededPlan('implementation', async ({ dialect, database, plan, seedMs }) => {
  console.log(
    `${dialect}: seeded ${plan.measureIds.length} measures, ${plan.indicatorIds.length} indicators, ` +
      `${plan.progressReportIds.length} reports, ${plan.assessmentIds.length} assessments in ${seedMs.toFixed(0)} ms`,
  );
  const implementation = new ImplementationService(database.db);
  const dashboards = new ImplementationDashboardService(database.db);
  const scope = { state: 'KAZ', cycle: 3 };
  const cases: [string, () => Promise<unknown>][] = [
    ['status list (300)', () => implementation.review({ ...scope, limit: 200, offset: 0 }, viewer)],
    [
      'status list, disagreement',
      () => implementation.review({ ...scope, disagreement: true, limit: 200, offset: 0 }, viewer),
    ],
    [
      'progress by theme',
      () => dashboards.progress({ ...scope, by: 'theme', taxonomy: 'upr-info-issue' }, viewer),
    ],
    [
      'progress by agency',
      () => dashboards.progress({ ...scope, by: 'agency', taxonomy: 'upr-info-issue' }, viewer),
    ],
    ['overdue by agency', () => dashboards.overdue({ ...scope, asOf: '2026-06-30' }, viewer)],
    ['assessment gap', () => dashboards.gap(scope, viewer)],
    ['one recommendation', () => implementation.get(plan.recommendationIds[0] as number, viewer)],
  ];
  for (const [name, work] of cases) console.log(`  ${name}: ${await percentiles(work)}`);
});

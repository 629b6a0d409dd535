import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { type SeededPlan, seedImplementationPlan } from './implementation.fixtures.ts';
import { ImplementationDashboardService } from './implementation-dashboard.service.ts';
import { implementationStatuses } from './status.ts';

describe.each(testDialects())('seedImplementationPlan (%s)', (dialect) => {
  let database: TestDatabase;
  let plan: SeededPlan;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    plan = await seedImplementationPlan(database.db, {
      state: 'KAZ',
      cycle: 3,
      recommendations: 40,
      measures: 60,
      progressReports: 150,
      asOf: '2026-06-30',
    });
  }, 60_000);
  afterAll(() => database.cleanup());

  it('makes the plan asked for, with the five Kazakh agencies and clusters named after themes', async () => {
    const db = database.db;
    expect(plan.recommendationIds).toHaveLength(40);
    expect(plan.measureIds).toHaveLength(60);
    expect(plan.progressReportIds).toHaveLength(150);
    const agencies = await db.selectFrom('agencies').select(['name_en', 'name_kk']).orderBy('id').execute();
    expect(agencies.map((a) => a.name_en)).toEqual([
      'Ministry of Justice',
      'Ministry of Internal Affairs',
      "Prosecutor General's Office",
      'Ministry of Labour and Social Protection of the Population',
      'Ministry of Education',
    ]);
    const clusters = await db.selectFrom('clusters').select(['title_en', 'title_ru']).execute();
    expect(clusters.map((c) => c.title_en)).toContain('Death penalty');
    expect(clusters.find((c) => c.title_en === 'Death penalty')?.title_ru).toBe('Смертная казнь');
    const leads = await db
      .selectFrom('measure_agencies')
      .select('measure_id')
      .where('role', '=', 'lead')
      .execute();
    expect(new Set(leads.map((l) => l.measure_id)).size).toBe(60);
  });

  it('has measures and progress reports in every status, and reports due no later than the given day', async () => {
    const db = database.db;
    const measureStatuses = await db.selectFrom('measures').select('status').distinct().execute();
    expect(measureStatuses.map((m) => m.status).sort()).toEqual([
      'cancelled',
      'completed',
      'in_progress',
      'planned',
    ]);
    const reports = await db
      .selectFrom('progress_reports')
      .select(['status', 'due_date', 'review_comment'])
      .execute();
    expect([...new Set(reports.map((r) => r.status))].sort()).toEqual([
      'approved',
      'draft',
      'returned',
      'submitted',
    ]);
    expect(reports.every((r) => r.due_date === null || r.due_date <= '2026-06-30')).toBe(true);
    expect(reports.filter((r) => r.status === 'returned').every((r) => r.review_comment)).toBe(true);
  });

  it('gives derived statuses of every kind, overdue reports and some disagreement to the dashboards', async () => {
    const statuses = await implementationStatuses(database.db, plan.recommendationIds);
    const government = new Set([...statuses.values()].map((s) => s.government));
    for (const status of ['in_progress', 'partially_implemented', 'implemented', 'not_applicable'])
      expect(government).toContain(status);
    const dashboards = new ImplementationDashboardService(database.db);
    const overdue = await dashboards.overdue({ state: 'KAZ', cycle: 3, asOf: '2026-06-30' }, null);
    expect(overdue.total).toBeGreaterThan(0);
    const gap = await dashboards.gap({ state: 'KAZ', cycle: 3 }, null);
    expect(gap.assessments).toBe(plan.assessmentIds.length);
    expect(gap.disagreements).toBeGreaterThan(0);
    expect(gap.disagreements).toBeLessThan(gap.assessments);
  });

  it('reuses the agencies and organizations on a second plan, and refuses a review without recommendations', async () => {
    const second = await seedImplementationPlan(database.db, {
      state: 'KAZ',
      cycle: 3,
      measures: 5,
      progressReports: 5,
      asOf: '2026-06-30',
    });
    expect(second.agencyIds).toEqual(plan.agencyIds);
    expect(second.organizationIds).toEqual(plan.organizationIds);
    expect(second.recommendationIds).toEqual(plan.recommendationIds);
    await expect(
      seedImplementationPlan(database.db, { state: 'SVN', cycle: 1, measures: 1, progressReports: 0 }),
    ).rejects.toThrow(/no recommendations of SVN, cycle 1/);
  });
});

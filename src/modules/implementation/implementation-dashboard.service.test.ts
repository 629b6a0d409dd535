/**
 * The dashboards' figures against a small plan whose answers were worked out by hand (see the comments):
 * six recommendations, five measures, four scheduled indicators, four civil-society assessments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { recommendationInput } from '../../test/recommendations.ts';
import { AgencyService } from '../agencies/agency.service.ts';
import { type AuditActor, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { OrganizationService } from '../organizations/organization.service.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';
import { UserService } from '../users/user.service.ts';
import { AssessmentService } from './assessment.service.ts';
import { ImplementationService } from './implementation.service.ts';
import { ImplementationDashboardService } from './implementation-dashboard.service.ts';
import { MeasureService } from './measure.service.ts';
import { ProgressReportService } from './progress-report.service.ts';

const counts = (partial: Record<string, number>) => ({
  not_started: 0,
  in_progress: 0,
  partially_implemented: 0,
  implemented: 0,
  not_applicable: 0,
  ...partial,
});

describe.each(testDialects())('implementation dashboards (%s)', (dialect) => {
  let database: TestDatabase;
  let service: ImplementationDashboardService;
  let justice: number;
  let interior: number;
  const m: Record<string, number> = {};
  /** The measure of an unpublished recommendation, with a schedule (made in its own test). */
  let draftMeasure: () => Promise<number>;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const db = database.db;
    service = new ImplementationDashboardService(db);
    const { user } = await new UserService(db).create(
      { email: 'coordinator@example.org', role: 'coordinator', password: 'correct horse battery staple 42' },
      SYSTEM_ACTOR,
    );
    const coordinator: Actor = { userId: user.id, role: 'coordinator', agencyId: null, organizationId: null };
    const audit: AuditActor = { userId: user.id, label: user.email };
    const agencies = new AgencyService(db);
    justice = (
      await agencies.create(
        { nameEn: 'Ministry of Justice', nameRu: 'Министерство юстиции', nameKk: 'Әділет министрлігі' },
        SYSTEM_ACTOR,
      )
    ).id;
    interior = (
      await agencies.create(
        { nameEn: 'Ministry of Internal Affairs', nameRu: 'МВД', nameKk: 'ІІМ' },
        SYSTEM_ACTOR,
      )
    ).id;
    const terms = await db
      .selectFrom('terms')
      .select(['id', 'code'])
      .where('taxonomy_code', '=', 'upr-info-issue')
      .where('code', 'in', ['death-penalty', 'detention'])
      .execute();
    const term = (code: string) => terms.find((t) => t.code === code)?.id as number;
    const recommendations = new RecommendationService(db);
    const rec = async (paragraph: string, cycle: number, codes: string[], published = true) =>
      (
        await recommendations.create(
          recommendationInput({
            cycle,
            paragraph,
            text: `Recommendation ${paragraph}`,
            termIds: codes.map(term),
            published,
          }),
          coordinator,
          SYSTEM_ACTOR,
        )
      ).id;
    const r1 = await rec('1', 3, ['death-penalty']);
    const r2 = await rec('2', 3, ['death-penalty', 'detention']);
    const r3 = await rec('3', 3, ['detention']);
    const r4 = await rec('4', 3, []);
    const r5 = await rec('5', 2, ['death-penalty']);
    const r6 = await rec('6', 3, ['detention'], false);
    const measures = new MeasureService(db);
    const measure = async (
      status: 'planned' | 'in_progress' | 'completed' | 'cancelled',
      lead: number,
      recommendationIds: number[],
      supporting?: number,
    ) =>
      (
        await measures.create(
          {
            titleRu: `Мера ${status}`,
            status,
            recommendationIds,
            agencies: [
              { agencyId: lead, role: 'lead' },
              ...(supporting ? [{ agencyId: supporting, role: 'supporting' as const }] : []),
            ],
          },
          coordinator,
          audit,
        )
      ).id;
    // r1 implemented (m1); r2 partially (m2 in progress + m3 completed); r3 in progress (m2); r5 not started (m4);
    // r4 overridden to not applicable; r6 (a draft) not started.
    m.m1 = await measure('completed', justice, [r1]);
    m.m2 = await measure('in_progress', interior, [r2, r3], justice);
    m.m3 = await measure('completed', justice, [r2]);
    m.m4 = await measure('planned', interior, [r5]);
    m.m5 = await measure('cancelled', justice, [r1]);
    await new ImplementationService(db).override(
      r4,
      { version: 0, status: 'not_applicable', reason: 'Не относится' },
      coordinator,
      audit,
    );
    const indicator = async (measureId: number, start: string, end: string, everyMonths: number) =>
      (
        await measures.addIndicator(
          measureId,
          { nameRu: 'Показатель', schedule: { start, end, everyMonths } },
          coordinator,
          audit,
        )
      ).id;
    const reports = new ProgressReportService(db);
    const report = async (
      measureId: number,
      indicatorId: number,
      dueDate: string,
      to: 'draft' | 'submitted' | 'approved',
    ) => {
      let dto = await reports.create(
        { measureId, indicatorId, dueDate, text: 'Отчёт', links: [] },
        coordinator,
        audit,
      );
      if (to !== 'draft') dto = await reports.submit(dto.id, dto.version, coordinator, audit);
      if (to === 'approved') await reports.approve(dto.id, dto.version, coordinator, audit);
    };
    // i1 (m2, Interior): due 2025-01-31 (approved), 04-30 (a draft only: overdue), 07-31, 10-31.
    const i1 = await indicator(m.m2, '2025-01-31', '2025-12-31', 3);
    await report(m.m2, i1, '2025-01-31', 'approved');
    await report(m.m2, i1, '2025-04-30', 'draft');
    // i2 (m1, Justice): due 2024-12-31 (submitted), 2025-06-30 (overdue after that day), 2025-12-31.
    const i2 = await indicator(m.m1, '2024-12-31', '2025-12-31', 6);
    await report(m.m1, i2, '2024-12-31', 'submitted');
    // i3 (m4, Interior, cycle 2): monthly from 2025-05-31: 05-31, 06-30 overdue on 1 July.
    await indicator(m.m4, '2025-05-31', '2025-08-31', 1);
    // i4 (m5, cancelled): never overdue.
    await indicator(m.m5, '2025-01-01', '2025-12-01', 1);
    draftMeasure = async () => {
      const id = await measure('planned', justice, [r6]);
      await indicator(id, '2025-02-28', '2025-02-28', 1);
      return id;
    };
    // Assessments: r1 partially (disagrees) and implemented (agrees); r3 in progress (agrees); r4 not started (disagrees).
    const organizations = new OrganizationService(db);
    const a = (
      await organizations.create({ nameEn: 'A', nameRu: 'А', nameKk: 'А', kind: 'ngo' }, SYSTEM_ACTOR)
    ).id;
    const b = (
      await organizations.create({ nameEn: 'B', nameRu: 'Б', nameKk: 'Б', kind: 'ngo' }, SYSTEM_ACTOR)
    ).id;
    const admin: Actor = { userId: user.id, role: 'admin', agencyId: null, organizationId: null };
    const assessments = new AssessmentService(db);
    for (const [recommendationId, organizationId, status] of [
      [r1, a, 'partially_implemented'],
      [r1, b, 'implemented'],
      [r3, a, 'in_progress'],
      [r4, a, 'not_started'],
    ] as const)
      await assessments.create({ recommendationId, organizationId, status, links: [] }, admin, audit);
  }, 60_000);
  afterAll(() => database.cleanup());

  it('counts progress by theme, with the public seeing published recommendations only', async () => {
    const signedIn = await service.progress(
      { state: 'KAZ', cycle: 3, by: 'theme', taxonomy: 'upr-info-issue' },
      { userId: 1, role: 'viewer', agencyId: null, organizationId: null },
    );
    expect(signedIn.recommendations).toBe(5);
    expect(signedIn.totals).toEqual(
      counts({ implemented: 1, partially_implemented: 1, in_progress: 1, not_applicable: 1, not_started: 1 }),
    );
    expect(signedIn.rows.map((r) => [r.key, r.total, r.counts])).toEqual([
      ['detention', 3, counts({ partially_implemented: 1, in_progress: 1, not_started: 1 })],
      ['death-penalty', 2, counts({ implemented: 1, partially_implemented: 1 })],
      ['none', 1, counts({ not_applicable: 1 })],
    ]);
    expect(signedIn.rows[0]?.label).toEqual({
      en: 'Detention',
      ru: 'Содержание под стражей',
      kk: 'Қамауда ұстау',
    });
    const anonymous = await service.progress(
      { state: 'KAZ', cycle: 3, by: 'theme', taxonomy: 'upr-info-issue' },
      null,
    );
    expect(anonymous.rows.map((r) => [r.key, r.total])).toEqual([
      ['death-penalty', 2],
      ['detention', 2],
      ['none', 1],
    ]);
  });

  it('counts progress by lead agency and by cycle', async () => {
    const byAgency = await service.progress(
      { state: 'KAZ', cycle: 3, by: 'agency', taxonomy: 'upr-info-issue' },
      null,
    );
    const row = (key: string) => byAgency.rows.find((r) => r.key === key);
    expect(row(String(justice))).toMatchObject({
      total: 2,
      counts: counts({ implemented: 1, partially_implemented: 1 }),
      label: { en: 'Ministry of Justice' },
    });
    expect(row(String(interior))).toMatchObject({
      total: 2,
      counts: counts({ partially_implemented: 1, in_progress: 1 }),
    });
    expect(row('none')).toMatchObject({ total: 1, counts: counts({ not_applicable: 1 }) });
    expect(byAgency.rows.at(-1)?.key).toBe('none');
    const byCycle = await service.progress({ state: 'KAZ', by: 'cycle', taxonomy: 'upr-info-issue' }, null);
    expect(byCycle.rows.map((r) => [r.key, r.total, r.counts.not_started])).toEqual([
      ['2', 1, 1],
      ['3', 4, 0],
    ]);
  });

  it('finds overdue reports by lead agency from the schedules, before the given day only', async () => {
    const july = await service.overdue({ asOf: '2025-07-01' }, null);
    expect(july.total).toBe(4);
    expect(july.rows.map((r) => [r.agencyId, r.overdue, r.items.map((i) => i.dueDate)])).toEqual([
      [interior, 3, ['2025-04-30', '2025-05-31', '2025-06-30']],
      [justice, 1, ['2025-06-30']],
    ]);
    const cycle3 = await service.overdue({ state: 'KAZ', cycle: 3, asOf: '2025-07-01' }, null);
    // A tie is listed in agency order.
    expect(cycle3.rows.map((r) => [r.agencyId, r.overdue])).toEqual([
      [justice, 1],
      [interior, 1],
    ]);
    const dueToday = await service.overdue({ asOf: '2025-06-30' }, null);
    expect(dueToday.rows.map((r) => [r.agencyId, r.items.map((i) => i.dueDate)])).toEqual([
      [interior, ['2025-04-30', '2025-05-31']],
    ]);
  });

  it('puts civil society against the government in a count matrix', async () => {
    const gap = await service.gap({ state: 'KAZ', cycle: 3 }, null);
    const cell = (government: string, civilSociety: string) =>
      gap.matrix[gap.statuses.indexOf(government as never)]?.[gap.statuses.indexOf(civilSociety as never)];
    expect(cell('implemented', 'partially_implemented')).toBe(1);
    expect(cell('implemented', 'implemented')).toBe(1);
    expect(cell('in_progress', 'in_progress')).toBe(1);
    expect(cell('not_applicable', 'not_started')).toBe(1);
    expect(gap.matrix.flat().reduce((a, b) => a + b, 0)).toBe(4);
    expect(gap).toMatchObject({ assessments: 4, disagreements: 2, recommendationsInDisagreement: 2 });
  });

  it('leaves the measures of unpublished recommendations out of the public overdue list', async () => {
    const id = await draftMeasure();
    const signedIn = await service.overdue(
      { asOf: '2025-07-01' },
      { userId: 1, role: 'viewer', agencyId: null, organizationId: null },
    );
    expect(signedIn.total).toBe(5);
    expect(signedIn.rows.find((r) => r.agencyId === justice)?.items).toContainEqual(
      expect.objectContaining({ measureId: id, dueDate: '2025-02-28' }),
    );
    const publicView = await service.overdue({ asOf: '2025-07-01' }, null);
    expect(publicView.total).toBe(4);
    expect(publicView.rows.flatMap((r) => r.items).some((i) => i.measureId === id)).toBe(false);
  });
});

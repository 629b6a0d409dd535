import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { recommendationInput } from '../../test/recommendations.ts';
import { AgencyService } from '../agencies/agency.service.ts';
import { type AuditActor, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { OrganizationService } from '../organizations/organization.service.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';
import { UserService } from '../users/user.service.ts';
import { AssessmentService } from './assessment.service.ts';
import { ClusterService } from './cluster.service.ts';
import { overrideBody } from './implementation.schema.ts';
import { ImplementationService } from './implementation.service.ts';
import { MeasureService } from './measure.service.ts';
import { returnBody } from './progress-report.schema.ts';
import { ProgressReportService } from './progress-report.service.ts';

interface Who {
  actor: Actor;
  audit: AuditActor;
}

describe.each(testDialects())('implementation tracking (%s)', (dialect) => {
  let database: TestDatabase;
  let coordinator: Who;
  let focal: Who;
  let otherFocal: Who;
  let contributor: Who;
  let otherContributor: Who;
  let justice: number;
  let interior: number;
  let ngo: number;
  let recs: number[];

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const db = database.db;
    justice = (
      await new AgencyService(db).create(
        { nameEn: 'Ministry of Justice', nameRu: 'Минюст', nameKk: 'Әділет' },
        SYSTEM_ACTOR,
      )
    ).id;
    interior = (
      await new AgencyService(db).create(
        { nameEn: 'Ministry of Internal Affairs', nameRu: 'МВД', nameKk: 'ІІМ' },
        SYSTEM_ACTOR,
      )
    ).id;
    ngo = (
      await new OrganizationService(db).create(
        { nameEn: 'Bureau', nameRu: 'Бюро', nameKk: 'Бюро', kind: 'ngo' },
        SYSTEM_ACTOR,
      )
    ).id;
    const other = (
      await new OrganizationService(db).create(
        { nameEn: 'Coalition', nameRu: 'Коалиция', nameKk: 'Коалиция', kind: 'coalition' },
        SYSTEM_ACTOR,
      )
    ).id;
    const user = async (role: Role, agencyId: number | null, organizationId: number | null): Promise<Who> => {
      const { user } = await new UserService(db).create(
        {
          email: `${role}-${agencyId ?? organizationId ?? 0}@example.org`,
          role,
          password: 'correct horse battery staple 42',
          agencyId,
          organizationId,
        },
        SYSTEM_ACTOR,
      );
      return {
        actor: { userId: user.id, role, agencyId, organizationId },
        audit: { userId: user.id, label: user.email },
      };
    };
    coordinator = await user('coordinator', null, null);
    focal = await user('agency_focal_point', justice, null);
    otherFocal = await user('agency_focal_point', interior, null);
    contributor = await user('cs_contributor', null, ngo);
    otherContributor = await user('cs_contributor', null, other);
    const recommendations = new RecommendationService(db);
    recs = [];
    for (const [i, text] of [
      'Abolish the death penalty',
      'Ratify OP2 to the ICCPR',
      'Ensure free assembly',
      'Combat torture',
    ].entries())
      recs.push(
        (
          await recommendations.create(
            recommendationInput({
              cycle: 3,
              session: 34,
              paragraph: `1.${i + 1}`,
              text,
              published: i !== 3,
            }),
            coordinator.actor,
            SYSTEM_ACTOR,
          )
        ).id,
      );
  });
  afterAll(() => database.cleanup());

  it('derives each status from real measures, directly and through clusters, and lets the coordinator override it', async () => {
    const db = database.db;
    const [deathPenalty, op2, assembly] = recs as [number, number, number];
    const cluster = await new ClusterService(db).create(
      {
        stateUnderReview: 'KAZ',
        cycle: 3,
        titleRu: 'Смертная казнь',
        recommendationIds: [deathPenalty, op2, op2],
      },
      coordinator.actor,
      coordinator.audit,
    );
    expect(cluster.recommendationIds).toEqual([deathPenalty, op2]);
    const measures = new MeasureService(db);
    await measures.create(
      {
        titleRu: 'Закон об отмене',
        status: 'completed',
        clusterIds: [cluster.id],
        agencies: [{ agencyId: justice, role: 'lead' }],
      },
      coordinator.actor,
      coordinator.audit,
    );
    await measures.create(
      {
        titleRu: 'Ратификация',
        status: 'planned',
        recommendationIds: [op2],
        agencies: [
          { agencyId: justice, role: 'lead' },
          { agencyId: interior, role: 'supporting' },
        ],
      },
      coordinator.actor,
      coordinator.audit,
    );
    const archived = await measures.create(
      { titleRu: 'Старое', status: 'in_progress', recommendationIds: [assembly] },
      coordinator.actor,
      coordinator.audit,
    );
    await measures.update(
      archived.id,
      { version: archived.version, archived: true },
      coordinator.actor,
      coordinator.audit,
    );

    const service = new ImplementationService(db);
    const first = await service.get(deathPenalty, null);
    expect(first).toMatchObject({
      derived: 'implemented',
      government: 'implemented',
      override: null,
      version: 0,
    });
    expect(first.measures).toMatchObject([{ status: 'completed', via: 'cluster' }]);
    expect(first.clusters.map((c) => c.title.ru)).toEqual(['Смертная казнь']);
    expect((await service.get(op2, null)).derived).toBe('partially_implemented');
    expect((await service.get(assembly, null)).derived).toBe('not_started');
    await expect(service.get(recs[3] as number, null)).rejects.toMatchObject({ status: 404 });

    expect(overrideBody.safeParse({ version: 0, status: 'in_progress', reason: '' }).success).toBe(false);
    await expect(
      service.override(op2, { version: 0, status: 'in_progress', reason: 'x' }, focal.actor, focal.audit),
    ).rejects.toMatchObject({ status: 403 });
    const overridden = await service.override(
      op2,
      { version: 0, status: 'in_progress', reason: 'Ратификация внесена в парламент' },
      coordinator.actor,
      coordinator.audit,
    );
    expect(overridden).toMatchObject({
      derived: 'partially_implemented',
      government: 'in_progress',
      override: {
        status: 'in_progress',
        reason: 'Ратификация внесена в парламент',
        by: coordinator.actor.userId,
      },
      version: 1,
    });
    await expect(
      service.override(
        op2,
        { version: 0, status: 'implemented', reason: 'stale' },
        coordinator.actor,
        coordinator.audit,
      ),
    ).rejects.toMatchObject({ status: 409 });
    const cleared = await service.override(
      op2,
      { version: 1, status: null, reason: null },
      coordinator.actor,
      coordinator.audit,
    );
    expect(cleared).toMatchObject({ government: 'partially_implemented', override: null, version: 2 });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('entity_type', '=', 'recommendation_status')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['override', 'clear_override']);
  });

  it('keeps one assessment per organization, written by its own contributors, and filters disagreements', async () => {
    const db = database.db;
    const [deathPenalty, op2, assembly] = recs as [number, number, number];
    const assessments = new AssessmentService(db);
    await expect(
      assessments.create(
        { recommendationId: deathPenalty, organizationId: ngo, status: 'implemented', links: [] },
        otherContributor.actor,
        otherContributor.audit,
      ),
    ).rejects.toMatchObject({ status: 403 });
    const created = await assessments.create(
      {
        recommendationId: deathPenalty,
        status: 'partially_implemented',
        evidence: 'Исключения сохранены',
        links: ['https://example.org/report'],
      },
      contributor.actor,
      contributor.audit,
    );
    expect(created).toMatchObject({
      organizationId: ngo,
      status: 'partially_implemented',
      links: ['https://example.org/report'],
    });
    await expect(
      assessments.create(
        { recommendationId: deathPenalty, status: 'implemented', links: [] },
        contributor.actor,
        contributor.audit,
      ),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      assessments.update(
        created.id,
        { version: created.version, status: 'implemented' },
        otherContributor.actor,
        otherContributor.audit,
      ),
    ).rejects.toMatchObject({ status: 403 });
    await assessments.create(
      { recommendationId: assembly, status: 'not_started', links: [] },
      contributor.actor,
      contributor.audit,
    );
    const onDraft = await assessments.create(
      { recommendationId: recs[3] as number, status: 'not_started', links: [] },
      contributor.actor,
      contributor.audit,
    );
    await expect(assessments.get(onDraft.id, null)).rejects.toMatchObject({ status: 404 });
    expect((await assessments.get(onDraft.id, coordinator.actor)).status).toBe('not_started');
    expect((await assessments.list({ organizationId: ngo }, null)).map((a) => a.id)).not.toContain(
      onDraft.id,
    );

    const service = new ImplementationService(db);
    const all = await service.review({ state: 'KAZ', cycle: 3, limit: 200, offset: 0 }, coordinator.actor);
    expect(all.items.map((i) => [i.id, i.government, i.disagreement])).toEqual([
      [deathPenalty, 'implemented', true],
      [op2, 'partially_implemented', false],
      [assembly, 'not_started', false],
      [recs[3], 'not_started', false],
    ]);
    const disagreeing = await service.review(
      { state: 'KAZ', cycle: 3, disagreement: true, limit: 200, offset: 0 },
      null,
    );
    expect(disagreeing).toMatchObject({
      total: 1,
      items: [{ id: deathPenalty, civilSociety: [{ organizationId: ngo, status: 'partially_implemented' }] }],
    });
    const interiorOnes = await service.review(
      { state: 'KAZ', cycle: 3, agency: interior, limit: 200, offset: 0 },
      null,
    );
    expect(interiorOnes.items.map((i) => i.id)).toEqual([op2]);
    const notStarted = await service.review(
      { state: 'KAZ', status: 'not_started', limit: 200, offset: 0 },
      null,
    );
    expect(notStarted.items.map((i) => i.id)).toEqual([assembly]);
    const updated = await assessments.update(
      created.id,
      { version: created.version, status: 'implemented' },
      contributor.actor,
      contributor.audit,
    );
    expect(updated.version).toBe(created.version + 1);
    expect((await service.get(deathPenalty, null)).disagreement).toBe(false);
  });

  it('lets a focal point work on its agency measures only; the plan itself stays the coordinator’s', async () => {
    const measures = new MeasureService(database.db);
    const measure = await measures.create(
      {
        titleRu: 'Обучение полиции',
        recommendationIds: [recs[2] as number],
        agencies: [{ agencyId: justice, role: 'lead' }],
        startDate: '2025-01-01',
        targetDate: '2026-12-31',
      },
      coordinator.actor,
      coordinator.audit,
    );
    expect(measure.abilities).toMatchObject({ update: true, archive: true });
    expect((await measures.get(measure.id, otherFocal.actor)).abilities).toMatchObject({ update: false });
    const mine = await measures.update(
      measure.id,
      { version: 1, status: 'in_progress' },
      focal.actor,
      focal.audit,
    );
    expect(mine).toMatchObject({ status: 'in_progress', version: 2 });
    await expect(
      measures.update(measure.id, { version: 2, status: 'completed' }, otherFocal.actor, otherFocal.audit),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      measures.update(
        measure.id,
        { version: 2, agencies: [{ agencyId: interior, role: 'lead' }] },
        focal.actor,
        focal.audit,
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      measures.update(measure.id, { version: 1, status: 'completed' }, focal.actor, focal.audit),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      measures.update(measure.id, { version: 2, targetDate: '2024-12-31' }, focal.actor, focal.audit),
    ).rejects.toMatchObject({
      status: 400,
      message: 'the target date (2024-12-31) is before the start date (2025-01-01)',
    });
    await expect(
      measures.addIndicator(
        measure.id,
        { nameRu: 'Доля', schedule: { start: '2026-01-31', end: '2025-12-31', everyMonths: 3 } },
        focal.actor,
        focal.audit,
      ),
    ).rejects.toMatchObject({
      status: 400,
      message: 'the schedule ends (2025-12-31) before it starts (2026-01-31)',
    });
    await expect(
      measures.addIndicator(measure.id, { nameRu: 'Доля' }, otherFocal.actor, otherFocal.audit),
    ).rejects.toMatchObject({ status: 403 });
    const indicator = await measures.addIndicator(
      measure.id,
      {
        nameRu: 'Обучено сотрудников',
        unit: 'чел.',
        schedule: { start: '2025-01-31', end: '2025-07-31', everyMonths: 3 },
      },
      focal.actor,
      focal.audit,
    );
    expect(indicator.dueDates).toEqual(['2025-01-31', '2025-04-30', '2025-07-31']);
    expect((await measures.get(measure.id, focal.actor)).abilities).toMatchObject({
      update: true,
      archive: false,
    });
    const listed = await measures.list({ state: 'KAZ', cycle: 3, agencyId: justice }, null);
    expect(listed.map((m) => m.title.ru)).toContain('Обучение полиции');
    expect(listed.map((m) => m.title.ru)).not.toContain('Старое');
  });

  it('runs a progress report through draft, submitted, returned with a comment, and approved (then read-only)', async () => {
    const db = database.db;
    const measures = new MeasureService(db);
    const reports = new ProgressReportService(db);
    const [measure] = await measures.list({ agencyId: justice, status: 'in_progress' }, coordinator.actor);
    const indicator = measure?.indicators[0];
    if (!measure || !indicator) throw new Error('the previous test makes the measure');
    await expect(
      reports.create({ measureId: measure.id, text: 'x', links: [] }, otherFocal.actor, otherFocal.audit),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      reports.create(
        { measureId: measure.id, indicatorId: indicator.id, dueDate: '2025-02-28', text: 'x', links: [] },
        focal.actor,
        focal.audit,
      ),
    ).rejects.toMatchObject({ status: 400 });
    const draft = await reports.create(
      {
        measureId: measure.id,
        indicatorId: indicator.id,
        dueDate: '2025-04-30',
        text: 'Обучено 120 сотрудников',
        value: '120',
        links: ['https://example.org/order'],
      },
      focal.actor,
      focal.audit,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      authorId: focal.actor.userId,
      abilities: { update: true, approve: false },
    });
    await expect(
      reports.create(
        { measureId: measure.id, indicatorId: indicator.id, dueDate: '2025-04-30', text: 'again', links: [] },
        focal.actor,
        focal.audit,
      ),
    ).rejects.toMatchObject({ status: 409 });
    await expect(reports.get(draft.id, null)).rejects.toMatchObject({ status: 404 });
    await expect(
      reports.update(draft.id, { version: 1, text: 'чужое' }, otherFocal.actor, otherFocal.audit),
    ).rejects.toMatchObject({ status: 403 });
    await expect(reports.approve(draft.id, 1, coordinator.actor, coordinator.audit)).rejects.toMatchObject({
      status: 409,
    });

    const submitted = await reports.submit(draft.id, 1, focal.actor, focal.audit);
    expect(submitted).toMatchObject({ status: 'submitted', abilities: { update: false } });
    expect(submitted.submittedAt).not.toBeNull();
    await expect(
      reports.update(draft.id, { version: 2, text: 'late' }, focal.actor, focal.audit),
    ).rejects.toMatchObject({ status: 409 });
    await expect(reports.approve(draft.id, 2, focal.actor, focal.audit)).rejects.toMatchObject({
      status: 403,
    });
    expect(returnBody.safeParse({ version: 2, comment: '  ' }).success).toBe(false);
    const returned = await reports.return(
      draft.id,
      { version: 2, comment: 'Приложите приказ' },
      coordinator.actor,
      coordinator.audit,
    );
    expect(returned).toMatchObject({
      status: 'returned',
      reviewComment: 'Приложите приказ',
      reviewedBy: coordinator.actor.userId,
    });
    const edited = await reports.update(
      draft.id,
      { version: 3, text: 'Обучено 120 сотрудников, приказ №5' },
      focal.actor,
      focal.audit,
    );
    await reports.submit(draft.id, edited.version, focal.actor, focal.audit);
    const approved = await reports.approve(
      draft.id,
      edited.version + 1,
      coordinator.actor,
      coordinator.audit,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      reviewComment: null,
      abilities: { update: false, approve: false },
    });
    await expect(
      reports.update(
        draft.id,
        { version: approved.version, text: 'x' },
        coordinator.actor,
        coordinator.audit,
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect((await reports.get(draft.id, null)).text).toBe('Обучено 120 сотрудников, приказ №5');
    expect((await reports.list({ measureId: measure.id }, null)).map((r) => r.id)).toEqual([draft.id]);

    const trail = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'progress_report')
      .where('entity_id', '=', String(draft.id))
      .orderBy('id')
      .execute();
    expect(trail.map((a) => a.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve']);
    await expect(
      measures.updateIndicator(
        indicator.id,
        { version: indicator.version, schedule: { start: '2025-01-31', end: '2025-12-31', everyMonths: 6 } },
        coordinator.actor,
        coordinator.audit,
      ),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('progress reports answer 2025-04-30'),
    });
    const longer = await measures.updateIndicator(
      indicator.id,
      { version: indicator.version, schedule: { start: '2025-01-31', end: '2026-01-31', everyMonths: 3 } },
      focal.actor,
      focal.audit,
    );
    expect(longer.dueDates.at(-1)).toBe('2026-01-31');
    const implementation = await new ImplementationService(db).get(recs[2] as number, null);
    expect(implementation.latestProgress.map((p) => p.id)).toEqual([draft.id]);
  });
});

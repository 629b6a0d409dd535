import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { recommendationInput } from '../../test/recommendations.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { textPdf } from '../imports/import.fixtures.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';
import { DialogueCoverageService } from './consultation.coverage.ts';
import { ConsultationService } from './consultation.service.ts';

const coordinator: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };

describe.each(testDialects())('consultations (%s)', (dialect) => {
  let database: TestDatabase;
  let service: ConsultationService;
  let recommendation: number;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new ConsultationService(database.db);
    recommendation = (
      await new RecommendationService(database.db).create(
        recommendationInput({
          cycle: 3,
          session: 34,
          paragraph: '1.1',
          text: 'Abolish the death penalty',
          position: 'noted',
        }),
        coordinator,
        SYSTEM_ACTOR,
      )
    ).id;
  });
  afterAll(() => database.cleanup());

  it('keeps agenda and follow-ups in order, hidden from the public until published', async () => {
    const created = await service.create(
      {
        titleRu: 'Заседание',
        startsAt: '2024-11-07T10:00:00+05:00',
        stateIso3: 'KAZ',
        agenda: [{ reportId: null, termId: null, recommendationId: recommendation, note: 'пункт 1' }],
        followUps: [
          {
            text: 'Подготовить ответ',
            ownerPersonId: null,
            ownerOrganizationId: null,
            dueOn: '2025-01-31',
            status: 'open',
            recommendationIds: [recommendation, recommendation],
          },
        ],
      },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(created.agenda).toMatchObject([{ recommendationId: recommendation, note: 'пункт 1' }]);
    expect(created.followUps).toMatchObject([
      { dueOn: '2025-01-31', status: 'open', recommendationIds: [recommendation] },
    ]);
    expect(created.published).toBe(false);
    await expect(service.get(created.id, null)).rejects.toMatchObject({ status: 404 });
    const updated = await service.update(
      created.id,
      { version: created.version, agenda: [], minutes: 'Протокол' },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(updated).toMatchObject({
      agenda: [],
      minutes: 'Протокол',
      followUps: [{ text: 'Подготовить ответ' }],
    });
    const coverage = await new DialogueCoverageService(database.db).forRecommendation(
      recommendation,
      coordinator,
    );
    expect(coverage.consultations).toMatchObject([{ id: created.id, via: 'agenda' }]);
    const anonymous = await new DialogueCoverageService(database.db).forRecommendation(recommendation, null);
    expect(anonymous.consultations).toEqual([]);
  });

  it('refuses unknown people, organizations, states and a stale version', async () => {
    const base = { titleRu: 'x', startsAt: '2024-11-07T10:00:00+05:00' };
    await expect(
      service.create({ ...base, chairPersonId: 999_999 }, coordinator, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      service.create({ ...base, organizationIds: [999_999] }, coordinator, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      service.create({ ...base, stateIso3: 'XXX' }, coordinator, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 400 });
    const viewer: Actor = { userId: 3, role: 'viewer', agencyId: null, organizationId: null };
    await expect(service.create(base, viewer, SYSTEM_ACTOR)).rejects.toMatchObject({ status: 403 });
    const row = await service.create(base, coordinator, SYSTEM_ACTOR);
    await expect(
      service.update(row.id, { version: row.version + 1, place: 'Астана' }, coordinator, SYSTEM_ACTOR),
    ).rejects.toMatchObject({
      status: 409,
    });
  });

  it('removes an attachment for those who may attach one, and audits it', async () => {
    const consultation = await service.create(
      { titleRu: 'Встреча', startsAt: '2024-11-07T10:00:00+05:00' },
      coordinator,
      SYSTEM_ACTOR,
    );
    const other = await service.create(
      { titleRu: 'Другая', startsAt: '2024-11-08T10:00:00+05:00' },
      coordinator,
      SYSTEM_ACTOR,
    );
    const contributor: Actor = { userId: 2, role: 'cs_contributor', agencyId: null, organizationId: 1 };
    const actor = { userId: null, label: 'coordinator@example.org' };
    const content = textPdf(['Minutes']);
    const file = await service.attach(consultation.id, { name: 'minutes.pdf', content }, coordinator, actor);

    await expect(service.detach(consultation.id, file.id, contributor, actor)).rejects.toMatchObject({
      status: 403,
    });
    await expect(service.detach(other.id, file.id, coordinator, actor)).rejects.toMatchObject({
      status: 404,
    });
    await service.detach(consultation.id, file.id, coordinator, actor);
    expect((await service.get(consultation.id, coordinator)).attachments).toEqual([]);
    await expect(service.attachment(consultation.id, file.id, coordinator)).rejects.toMatchObject({
      status: 404,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'before_json'])
      .where('entity_type', '=', 'consultation')
      .where('entity_id', '=', String(consultation.id))
      .where('action', 'in', ['attach', 'detach'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['attach', 'detach']);
    expect(JSON.parse(audit[1]?.before_json ?? '{}')).toMatchObject({
      file_name: 'minutes.pdf',
      size: content.length,
    });
  });
});

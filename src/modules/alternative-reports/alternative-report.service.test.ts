import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { textPdf } from '../imports/import.fixtures.ts';
import { OrganizationService } from '../organizations/organization.service.ts';
import type { Actor } from '../policies/policy.ts';
import { AlternativeReportService } from './alternative-report.service.ts';

const coordinator: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };

describe.each(testDialects())('alternative reports (%s)', (dialect) => {
  let database: TestDatabase;
  let service: AlternativeReportService;
  let coalition: number;
  let ngo: number;
  let term: number;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new AlternativeReportService(database.db);
    const organizations = new OrganizationService(database.db);
    coalition = (
      await organizations.create({ nameEn: 'C', nameRu: 'К', nameKk: 'К', kind: 'coalition' }, SYSTEM_ACTOR)
    ).id;
    ngo = (await organizations.create({ nameEn: 'N', nameRu: 'Н', nameKk: 'Н', kind: 'ngo' }, SYSTEM_ACTOR))
      .id;
    term = (await database.db.selectFrom('terms').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.cleanup());

  it('creates a report with its links, replaces only the lists it is given, and audits both writes', async () => {
    const created = await service.create(
      {
        coalitionId: coalition,
        number: 3,
        titleRu: 'Права детей',
        status: 'draft',
        termIds: [term, term],
        items: [{ text: 'Принять закон', recommendationIds: [] }],
      },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(created).toMatchObject({
      number: 3,
      title: { ru: 'Права детей', en: 'Права детей' },
      termIds: [term],
    });
    expect(created.items.map((i) => i.text)).toEqual(['Принять закон']);
    const updated = await service.update(
      created.id,
      { version: created.version, status: 'submitted', termIds: [] },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(updated).toMatchObject({ status: 'submitted', termIds: [], version: created.version + 1 });
    expect(updated.items).toHaveLength(1);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'alternative_report')
      .where('entity_id', '=', String(created.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('hides drafts from the public and refuses unknown links, other coalitions and taken numbers', async () => {
    const draft = await service.create(
      { coalitionId: coalition, number: 4, titleRu: 'Черновик', status: 'draft' },
      coordinator,
      SYSTEM_ACTOR,
    );
    await expect(service.get(draft.id, null)).rejects.toMatchObject({ status: 404 });
    expect((await service.list({ coalitionId: coalition }, null)).map((r) => r.number)).toEqual([3]);
    await expect(
      service.create(
        { coalitionId: coalition, number: 5, titleRu: 'x', status: 'draft', termIds: [999_999] },
        coordinator,
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      service.create(
        { coalitionId: ngo, number: 1, titleRu: 'x', status: 'draft' },
        coordinator,
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      service.create(
        { coalitionId: coalition, number: 4, titleRu: 'x', status: 'draft' },
        coordinator,
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("counts a coalition's reports discussed and remaining", async () => {
    const report = await service.create(
      { coalitionId: coalition, number: 1, titleRu: 'Свобода', status: 'discussed' },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(report.status).toBe('discussed');
    expect(await service.coverage(coalition, coordinator)).toEqual({
      coalitionId: coalition,
      total: 3,
      discussed: [1],
      remaining: [3, 4],
    });
    expect(await service.coverage(coalition, null)).toEqual({
      coalitionId: coalition,
      total: 2,
      discussed: [1],
      remaining: [3],
    });
  });

  it('removes a wrongly uploaded document, with the rights to attach one, and audits what the file was', async () => {
    const organizations = new OrganizationService(database.db);
    const own = (
      await organizations.create(
        { nameEn: 'C2', nameRu: 'К2', nameKk: 'К2', kind: 'coalition' },
        SYSTEM_ACTOR,
      )
    ).id;
    const contributor: Actor = { userId: 2, role: 'cs_contributor', agencyId: null, organizationId: own };
    const stranger: Actor = { userId: 3, role: 'cs_contributor', agencyId: null, organizationId: ngo };
    const actor = { userId: null, label: 'contributor@example.org' };
    const report = await service.create(
      { coalitionId: own, number: 1, titleRu: 'Доклад', status: 'submitted' },
      contributor,
      SYSTEM_ACTOR,
    );
    const other = await service.create(
      { coalitionId: own, number: 2, titleRu: 'Другой', status: 'submitted' },
      contributor,
      SYSTEM_ACTOR,
    );
    const content = textPdf(['Minutes of the meeting']);
    const wrong = await service.attach(report.id, { name: 'wrong.pdf', content }, contributor, actor);
    const kept = await service.attach(report.id, { name: 'report.pdf', content }, contributor, actor);

    await expect(service.detach(report.id, wrong.id, stranger, actor)).rejects.toMatchObject({ status: 403 });
    await expect(service.detach(other.id, wrong.id, contributor, actor)).rejects.toMatchObject({
      status: 404,
    });
    await expect(service.detach(report.id, 999_999, contributor, actor)).rejects.toMatchObject({
      status: 404,
    });
    expect((await service.get(report.id, contributor)).attachments.map((a) => a.fileName)).toEqual([
      'wrong.pdf',
      'report.pdf',
    ]);

    await service.detach(report.id, wrong.id, contributor, actor);
    expect((await service.get(report.id, contributor)).attachments.map((a) => a.id)).toEqual([kept.id]);
    await expect(service.attachment(report.id, wrong.id, contributor)).rejects.toMatchObject({ status: 404 });
    await expect(service.detach(report.id, wrong.id, contributor, actor)).rejects.toMatchObject({
      status: 404,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label', 'before_json', 'after_json'])
      .where('entity_type', '=', 'alternative_report')
      .where('entity_id', '=', String(report.id))
      .where('action', '=', 'detach')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_label: 'contributor@example.org', after_json: null });
    expect(JSON.parse(audit[0]?.before_json ?? '{}')).toEqual({
      id: wrong.id,
      file_name: 'wrong.pdf',
      kind: 'pdf',
      size: content.length,
      checksum: wrong.checksum,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { OrganizationService } from '../organizations/organization.service.ts';
import type { Actor } from '../policies/policy.ts';
import { PersonService } from './person.service.ts';

const coordinator: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };

describe.each(testDialects())('people and coalition members (%s)', (dialect) => {
  let database: TestDatabase;
  let service: PersonService;
  let coalition: number;
  let ngo: number;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new PersonService(database.db);
    const organizations = new OrganizationService(database.db);
    coalition = (
      await organizations.create({ nameEn: 'C', nameRu: 'К', nameKk: 'К', kind: 'coalition' }, SYSTEM_ACTOR)
    ).id;
    ngo = (await organizations.create({ nameEn: 'N', nameRu: 'Н', nameKk: 'Н', kind: 'ngo' }, SYSTEM_ACTOR))
      .id;
  });
  afterAll(() => database.cleanup());

  it('fills missing languages from Russian and audits the write', async () => {
    const person = await service.create(
      { nameRu: 'Иванова И.И.', positionRu: 'эксперт', organizationId: ngo },
      coordinator,
      SYSTEM_ACTOR,
    );
    expect(person).toMatchObject({
      name_ru: 'Иванова И.И.',
      name_en: 'Иванова И.И.',
      position_kk: null,
      organization_id: ngo,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'person')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("lets a civil-society contributor write its own organization's people only", async () => {
    const cs: Actor = { userId: 2, role: 'cs_contributor', agencyId: null, organizationId: ngo };
    const own = await service.create({ nameRu: 'Свой', organizationId: ngo }, cs, SYSTEM_ACTOR);
    await expect(
      service.create({ nameRu: 'Чужой', organizationId: coalition }, cs, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      service.update(own.id, { version: own.version, organizationId: coalition }, cs, SYSTEM_ACTOR),
    ).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      service.update(own.id, { version: own.version, archived: true }, cs, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 403 });
    const renamed = await service.update(own.id, { version: own.version, nameEn: 'Own' }, cs, SYSTEM_ACTOR);
    expect(renamed.version).toBe(own.version + 1);
    await expect(
      service.update(own.id, { version: own.version, nameEn: 'Stale' }, cs, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('keeps the members of a coalition, and only of a coalition', async () => {
    expect(await service.setMembers(coalition, [ngo, ngo, coalition], coordinator, SYSTEM_ACTOR)).toEqual([
      ngo,
    ]);
    expect(await service.members(coalition)).toEqual([ngo]);
    await expect(service.members(ngo)).rejects.toMatchObject({ status: 400 });
    await expect(service.setMembers(coalition, [999_999], coordinator, SYSTEM_ACTOR)).rejects.toMatchObject({
      status: 400,
    });
  });
});

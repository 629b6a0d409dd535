/** People and coalition membership: each write checked against the record and audited. */
import type { Kysely } from 'kysely';
import type { DB, PersonRow } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { OrganizationRepository } from '../organizations/organization.repository.ts';
import { type Caller, can } from '../policies/policy.ts';
import { PersonRepository } from './person.repository.ts';
import type { CreatePersonInput, UpdatePersonInput } from './person.schema.ts';

export class PersonService {
  private readonly people: PersonRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.people = new PersonRepository(db);
  }

  list(options: { organizationId?: number; q?: string; includeArchived?: boolean }) {
    return this.people.list(options);
  }

  async get(id: number): Promise<PersonRow> {
    const row = await this.people.findById(id);
    if (!row) throw notFound(`no person ${id}`);
    return row;
  }

  async create(input: CreatePersonInput, caller: Caller, actor: AuditActor): Promise<PersonRow> {
    const organizationId = input.organizationId ?? null;
    if (!can(caller, 'create', 'person', { organizationId }))
      throw forbidden('you may add people of your own organization only');
    await this.checkOrganization(organizationId);
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await new PersonRepository(trx).insert({
        name_ru: input.nameRu,
        name_kk: input.nameKk ?? input.nameRu,
        name_en: input.nameEn ?? input.nameRu,
        position_ru: input.positionRu ?? null,
        position_kk: input.positionKk ?? null,
        position_en: input.positionEn ?? null,
        organization_id: organizationId,
        created_at: now,
        updated_at: now,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'person',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  async update(id: number, input: UpdatePersonInput, caller: Caller, actor: AuditActor): Promise<PersonRow> {
    const current = await this.get(id);
    if (!can(caller, 'update', 'person', { organizationId: current.organization_id })) throw forbidden();
    if (
      input.archived !== undefined &&
      !can(caller, 'archive', 'person', { organizationId: current.organization_id })
    )
      throw forbidden('only the coordinator archives people');
    if (input.organizationId !== undefined) {
      if (!can(caller, 'update', 'person', { organizationId: input.organizationId })) throw forbidden();
      await this.checkOrganization(input.organizationId);
    }
    if (current.version !== input.version) throw conflict('the person changed since you read it', current);
    return this.db.transaction().execute(async (trx) => {
      const repository = new PersonRepository(trx);
      const updated = await repository.updateVersioned(id, input.version, {
        ...(input.nameRu !== undefined ? { name_ru: input.nameRu } : {}),
        ...(input.nameKk !== undefined ? { name_kk: input.nameKk } : {}),
        ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
        ...(input.positionRu !== undefined ? { position_ru: input.positionRu } : {}),
        ...(input.positionKk !== undefined ? { position_kk: input.positionKk } : {}),
        ...(input.positionEn !== undefined ? { position_en: input.positionEn } : {}),
        ...(input.organizationId !== undefined ? { organization_id: input.organizationId } : {}),
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated) throw conflict('the person changed since you read it', await repository.findById(id));
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'person',
        entityId: id,
        before: current,
        after: updated,
      });
      return updated;
    });
  }

  async members(coalitionId: number): Promise<number[]> {
    await this.requireCoalition(coalitionId);
    return this.people.members(coalitionId);
  }

  /** Replaces a coalition's member organizations. */
  async setMembers(
    coalitionId: number,
    memberIds: number[],
    caller: Caller,
    actor: AuditActor,
  ): Promise<number[]> {
    if (!can(caller, 'update', 'organization', { id: coalitionId })) throw forbidden();
    await this.requireCoalition(coalitionId);
    const unique = [...new Set(memberIds)].filter((id) => id !== coalitionId).sort((a, b) => a - b);
    for (const id of unique) await this.checkOrganization(id);
    const before = await this.people.members(coalitionId);
    await this.db.transaction().execute(async (trx) => {
      await new PersonRepository(trx).replaceMembers(coalitionId, unique);
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'organization_members',
        entityId: coalitionId,
        before: { memberIds: before },
        after: { memberIds: unique },
      });
    });
    return unique;
  }

  private async requireCoalition(id: number): Promise<void> {
    const row = await new OrganizationRepository(this.db).findById(id);
    if (!row) throw notFound(`no organization ${id}`);
    if (row.kind !== 'coalition') throw badRequest(`organization ${id} is not a coalition`);
  }

  private async checkOrganization(id: number | null): Promise<void> {
    if (id === null) return;
    if (!(await new OrganizationRepository(this.db).findById(id))) throw badRequest(`no organization ${id}`);
  }
}

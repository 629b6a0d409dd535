/** Organizations: create, rename, archive and restore, each write audited. */
import type { Kysely } from 'kysely';
import type { DB, OrganizationKind, OrganizationRow } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { OrganizationRepository } from './organization.repository.ts';

export interface OrganizationInput {
  nameEn?: string | undefined;
  nameRu?: string | undefined;
  nameKk?: string | undefined;
  kind?: OrganizationKind | undefined;
}

export class OrganizationService {
  private readonly organizations: OrganizationRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.organizations = new OrganizationRepository(db);
  }

  list(options: { includeArchived?: boolean; q?: string }) {
    return this.organizations.list(options);
  }

  get(id: number) {
    return this.organizations.findById(id);
  }

  async create(input: Required<OrganizationInput>, actor: AuditActor): Promise<OrganizationRow> {
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await new OrganizationRepository(trx).insert({
        name_en: input.nameEn as string,
        name_ru: input.nameRu as string,
        name_kk: input.nameKk as string,
        kind: input.kind as OrganizationKind,
        created_at: now,
        updated_at: now,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'organization',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  async update(
    id: number,
    version: number,
    change: OrganizationInput & { archived?: boolean },
    actor: AuditActor,
    action = 'update',
  ): Promise<OrganizationRow> {
    const current = await this.organizations.findById(id);
    if (!current) throw notFound(`no organization ${id}`);
    if (current.version !== version) throw conflict('the organization changed since you read it', current);
    return this.db.transaction().execute(async (trx) => {
      const repository = new OrganizationRepository(trx);
      const updated = await repository.updateVersioned(id, version, {
        ...(change.nameEn !== undefined ? { name_en: change.nameEn } : {}),
        ...(change.nameRu !== undefined ? { name_ru: change.nameRu } : {}),
        ...(change.nameKk !== undefined ? { name_kk: change.nameKk } : {}),
        ...(change.kind !== undefined ? { kind: change.kind } : {}),
        ...(change.archived !== undefined ? { archived: change.archived ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated)
        throw conflict('the organization changed since you read it', await repository.findById(id));
      await new AuditService(trx).record({
        actor,
        action,
        entityType: 'organization',
        entityId: id,
        before: current,
        after: updated,
      });
      return updated;
    });
  }
}

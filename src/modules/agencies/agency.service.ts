/** Agencies: create, rename, archive and restore, each write audited. */
import type { Kysely } from 'kysely';
import type { AgencyRow, DB } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { AgencyRepository } from './agency.repository.ts';

export interface AgencyInput {
  nameEn?: string | undefined;
  nameRu?: string | undefined;
  nameKk?: string | undefined;
}

export class AgencyService {
  private readonly agencies: AgencyRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.agencies = new AgencyRepository(db);
  }

  list(options: { includeArchived?: boolean; q?: string }) {
    return this.agencies.list(options);
  }

  get(id: number) {
    return this.agencies.findById(id);
  }

  async create(input: Required<AgencyInput>, actor: AuditActor): Promise<AgencyRow> {
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await new AgencyRepository(trx).insert({
        name_en: input.nameEn as string,
        name_ru: input.nameRu as string,
        name_kk: input.nameKk as string,
        created_at: now,
        updated_at: now,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'agency',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  async update(
    id: number,
    version: number,
    change: AgencyInput & { archived?: boolean },
    actor: AuditActor,
    action = 'update',
  ): Promise<AgencyRow> {
    const current = await this.agencies.findById(id);
    if (!current) throw notFound(`no agency ${id}`);
    if (current.version !== version) throw conflict('the agency changed since you read it', current);
    return this.db.transaction().execute(async (trx) => {
      const repository = new AgencyRepository(trx);
      const updated = await repository.updateVersioned(id, version, {
        ...(change.nameEn !== undefined ? { name_en: change.nameEn } : {}),
        ...(change.nameRu !== undefined ? { name_ru: change.nameRu } : {}),
        ...(change.nameKk !== undefined ? { name_kk: change.nameKk } : {}),
        ...(change.archived !== undefined ? { archived: change.archived ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated) throw conflict('the agency changed since you read it', await repository.findById(id));
      await new AuditService(trx).record({
        actor,
        action,
        entityType: 'agency',
        entityId: id,
        before: current,
        after: updated,
      });
      return updated;
    });
  }
}

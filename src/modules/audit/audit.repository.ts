/** The audit trail: append-only, all its SQL here. */
import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, AuditRow, DB } from '../../db/schema.ts';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: number;
  action?: string;
  since?: string;
  until?: string;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<AuditLogTable>): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  async insertMany(rows: Insertable<AuditLogTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .insertInto('audit_log')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  }

  /** Newest first; `beforeId` pages backwards. */
  list(filter: AuditFilter, page: { limit: number; beforeId?: number }): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(page.limit);
    if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
    if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
    if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.since) query = query.where('at', '>=', filter.since);
    if (filter.until) query = query.where('at', '<', filter.until);
    if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
    return query.execute();
  }
}

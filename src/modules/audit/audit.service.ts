/**
 * Records every write: who, when, which entity, the state before and after, and the difference.
 * Callers pass the transaction they write in, so that a change and its audit entry land together.
 *
 * @example
 *   await new AuditService(trx).record(who, 'update', 'recommendation', id, before, after);
 */
import type { Kysely } from 'kysely';
import type { AuditRow, DB } from '../../db/schema.ts';
import { type AuditFilter, AuditRepository } from './audit.repository.ts';

/** Who acted: a signed-in user, or a label for the CLI and the system. */
export interface AuditActor {
  userId: number | null;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

export type Diff = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntryDto {
  id: number;
  at: string;
  actor: { userId: number | null; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  diff: Diff | null;
}

/** Fields that differ between two flat snapshots (values compared as JSON). */
export function diff(before: object | null, after: object | null): Diff {
  const result: Diff = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) result[key] = { before: b[key], after: a[key] };
  }
  return result;
}

export interface AuditWrite {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
}

export class AuditService {
  private readonly repository: AuditRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new AuditRepository(db);
  }

  async record(...entries: AuditWrite[]): Promise<void> {
    const at = new Date().toISOString();
    await this.repository.insertMany(
      entries.map((e) => {
        const before = e.before ?? null;
        const after = e.after ?? null;
        return {
          at,
          actor_user_id: e.actor.userId,
          actor_label: e.actor.label,
          action: e.action,
          entity_type: e.entityType,
          entity_id: String(e.entityId),
          before_json: before ? JSON.stringify(before) : null,
          after_json: after ? JSON.stringify(after) : null,
          diff_json: JSON.stringify(diff(before, after)),
        };
      }),
    );
  }

  async list(filter: AuditFilter, page: { limit: number; beforeId?: number }): Promise<AuditEntryDto[]> {
    return (await this.repository.list(filter, page)).map(presentAudit);
  }
}

export function presentAudit(row: AuditRow): AuditEntryDto {
  const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
  return {
    id: row.id,
    at: row.at,
    actor: { userId: row.actor_user_id, label: row.actor_label },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parse(row.before_json),
    after: parse(row.after_json),
    diff: parse(row.diff_json),
  };
}

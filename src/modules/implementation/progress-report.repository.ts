/** Progress reports on measures: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, ProgressReportRow, ProgressReportStatus, ProgressReportsTable } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface ProgressReportFilter {
  measureId?: number;
  indicatorId?: number;
  agencyId?: number;
  status?: ProgressReportStatus;
  limit?: number;
}

export class ProgressReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: ProgressReportFilter): Promise<ProgressReportRow[]> {
    let query = this.db.selectFrom('progress_reports').selectAll();
    if (filter.measureId !== undefined) query = query.where('measure_id', '=', filter.measureId);
    if (filter.indicatorId !== undefined) query = query.where('indicator_id', '=', filter.indicatorId);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.agencyId !== undefined) {
      const agencyId = filter.agencyId;
      query = query.where('measure_id', 'in', (eb) =>
        eb.selectFrom('measure_agencies').select('measure_id').where('agency_id', '=', agencyId),
      );
    }
    return query
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 500)
      .execute();
  }

  findById(id: number): Promise<ProgressReportRow | undefined> {
    return this.db.selectFrom('progress_reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The report already answering an indicator's due date, if any. */
  findForDueDate(indicatorId: number, dueDate: string): Promise<{ id: number } | undefined> {
    return this.db
      .selectFrom('progress_reports')
      .select('id')
      .where('indicator_id', '=', indicatorId)
      .where('due_date', '=', dueDate)
      .executeTakeFirst();
  }

  insert(values: Insertable<ProgressReportsTable>): Promise<ProgressReportRow> {
    return this.db.insertInto('progress_reports').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(id: number, version: number, values: Updateable<ProgressReportsTable>) {
    return updateVersionedRow(this.db, 'progress_reports', id, version, values);
  }

  /** The agencies of each measure (lead and supporting). */
  async measureAgencies(measureIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(measureIds.map((id) => [id, []]));
    if (measureIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('measure_agencies')
      .select(['measure_id', 'agency_id'])
      .where(idIn(this.db, 'measure_id', measureIds))
      .execute();
    for (const row of rows) result.get(row.measure_id)?.push(row.agency_id);
    return result;
  }

  /** The agency each author works for (focal points have one). */
  async authorAgencies(userIds: number[]): Promise<Map<number, number | null>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'agency_id'])
      .where(idIn(this.db, 'id', userIds))
      .execute();
    return new Map(rows.map((r) => [r.id, r.agency_id]));
  }

  measureExists(id: number): Promise<{ id: number; archived: number } | undefined> {
    return this.db.selectFrom('measures').select(['id', 'archived']).where('id', '=', id).executeTakeFirst();
  }

  indicator(id: number) {
    return this.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  }
}

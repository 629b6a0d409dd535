/** Indicators of measures: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, IndicatorRow, IndicatorsTable } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export class IndicatorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: number): Promise<IndicatorRow | undefined> {
    return this.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  }

  ofMeasures(measureIds: number[], includeArchived = false): Promise<IndicatorRow[]> {
    let query = this.db
      .selectFrom('indicators')
      .selectAll()
      .where(idIn(this.db, 'measure_id', measureIds));
    if (!includeArchived) query = query.where('archived', '=', 0);
    return query.orderBy('id').execute();
  }

  /** The due dates its progress reports answer. */
  async reportedDueDates(indicatorId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('progress_reports')
      .select('due_date')
      .distinct()
      .where('indicator_id', '=', indicatorId)
      .where('due_date', 'is not', null)
      .orderBy('due_date')
      .execute();
    return rows.flatMap((r) => (r.due_date ? [r.due_date] : []));
  }

  insert(values: Insertable<IndicatorsTable>): Promise<IndicatorRow> {
    return this.db.insertInto('indicators').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(id: number, version: number, values: Updateable<IndicatorsTable>) {
    return updateVersionedRow(this.db, 'indicators', id, version, values);
  }
}

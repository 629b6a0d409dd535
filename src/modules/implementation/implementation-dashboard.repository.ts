/** The figures of the implementation dashboards: all their SQL. */
import type { Kysely } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';

export class DashboardRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Recommendations in scope: not archived, of a state and cycle if given, published ones for the public. */
  recommendations(filter: { state?: string; cycle?: number; publishedOnly: boolean }) {
    let query = this.db.selectFrom('recommendations').select(['id', 'cycle']).where('archived', '=', 0);
    if (filter.state) query = query.where('state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('cycle', '=', filter.cycle);
    if (filter.publishedOnly) query = query.where('published', '=', 1);
    return query.orderBy('id').execute();
  }

  /** The terms of one taxonomy carried by the recommendations. */
  terms(recommendationIds: number[], taxonomy: string) {
    return this.db
      .selectFrom('recommendation_terms as rt')
      .innerJoin('terms as t', 't.id', 'rt.term_id')
      .select(['rt.recommendation_id', 't.id', 't.code', 't.label_en', 't.label_ru', 't.label_kk'])
      .where('t.taxonomy_code', '=', taxonomy)
      .where('rt.origin', '!=', 'suggested')
      .where(idIn(this.db, 'rt.recommendation_id', recommendationIds))
      .execute();
  }

  agencies(ids: number[]) {
    return this.db
      .selectFrom('agencies')
      .select(['id', 'name_en', 'name_ru', 'name_kk'])
      .where(idIn(this.db, 'id', ids))
      .execute();
  }

  /** Scheduled indicators of the given measures that are neither archived nor cancelled. */
  scheduledIndicators(measureIds: number[]) {
    return this.db
      .selectFrom('indicators as i')
      .innerJoin('measures as m', 'm.id', 'i.measure_id')
      .select(['i.id', 'i.measure_id', 'i.schedule_start', 'i.schedule_end', 'i.every_months'])
      .where('i.archived', '=', 0)
      .where('m.archived', '=', 0)
      .where('m.status', '!=', 'cancelled')
      .where('i.every_months', 'is not', null)
      .where(idIn(this.db, 'i.measure_id', measureIds))
      .orderBy('i.id')
      .execute();
  }

  /** Due dates already answered (a report submitted or approved) for the given indicators. */
  answered(indicatorIds: number[]) {
    return this.db
      .selectFrom('progress_reports')
      .select(['indicator_id', 'due_date'])
      .where('status', 'in', ['submitted', 'approved'])
      .where('due_date', 'is not', null)
      .where(idIn(this.db, 'indicator_id', indicatorIds))
      .execute();
  }

  measureAgencies(measureIds: number[]) {
    return this.db
      .selectFrom('measure_agencies')
      .select(['measure_id', 'agency_id', 'role'])
      .where(idIn(this.db, 'measure_id', measureIds))
      .execute();
  }
}

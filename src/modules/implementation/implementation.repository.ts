/** A recommendation's implementation: its measures, clusters, override and the review's list; all their SQL. */
import type { Kysely } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, MeasureStatus } from '../../db/schema.ts';

export interface ReviewFilter {
  state: string;
  cycle?: number;
  publishedOnly?: boolean;
}

export class ImplementationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  recommendation(id: number) {
    return this.db
      .selectFrom('recommendations')
      .select(['id', 'published', 'archived', 'state_under_review', 'cycle'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  statusRow(recommendationId: number) {
    return this.db
      .selectFrom('recommendation_status')
      .selectAll()
      .where('recommendation_id', '=', recommendationId)
      .executeTakeFirst();
  }

  insertStatus(values: {
    recommendation_id: number;
    override_status: string | null;
    override_reason: string | null;
    overridden_by: number | null;
    overridden_at: string | null;
  }) {
    return this.db
      .insertInto('recommendation_status')
      .values({ ...values, override_status: values.override_status as never })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateStatusVersioned(
    recommendationId: number,
    version: number,
    values: {
      override_status: string | null;
      override_reason: string | null;
      overridden_by: number | null;
      overridden_at: string | null;
    },
  ) {
    return this.db
      .updateTable('recommendation_status')
      .set((eb) => ({
        ...values,
        override_status: values.override_status as never,
        version: eb('version', '+', 1),
      }))
      .where('recommendation_id', '=', recommendationId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** The measures answering a recommendation and how: `direct`, or through a cluster. */
  async measuresOf(recommendationId: number): Promise<
    {
      id: number;
      title_ru: string;
      title_kk: string;
      title_en: string;
      status: MeasureStatus;
      target_date: string | null;
      via: 'direct' | 'cluster';
    }[]
  > {
    const columns = ['m.id', 'm.title_ru', 'm.title_kk', 'm.title_en', 'm.status', 'm.target_date'] as const;
    const direct = await this.db
      .selectFrom('measure_recommendations as l')
      .innerJoin('measures as m', 'm.id', 'l.measure_id')
      .select(columns)
      .where('l.recommendation_id', '=', recommendationId)
      .where('m.archived', '=', 0)
      .orderBy('m.id')
      .execute();
    const viaCluster = await this.db
      .selectFrom('cluster_recommendations as cr')
      .innerJoin('clusters as c', 'c.id', 'cr.cluster_id')
      .innerJoin('measure_clusters as mc', 'mc.cluster_id', 'cr.cluster_id')
      .innerJoin('measures as m', 'm.id', 'mc.measure_id')
      .select(columns)
      .distinct()
      .where('cr.recommendation_id', '=', recommendationId)
      .where('m.archived', '=', 0)
      .where('c.archived', '=', 0)
      .orderBy('m.id')
      .execute();
    const seen = new Set(direct.map((m) => m.id));
    return [
      ...direct.map((m) => ({ ...m, via: 'direct' as const })),
      ...viaCluster.filter((m) => !seen.has(m.id)).map((m) => ({ ...m, via: 'cluster' as const })),
    ];
  }

  clustersOf(recommendationId: number) {
    return this.db
      .selectFrom('cluster_recommendations as cr')
      .innerJoin('clusters as c', 'c.id', 'cr.cluster_id')
      .select(['c.id', 'c.title_ru', 'c.title_kk', 'c.title_en'])
      .where('cr.recommendation_id', '=', recommendationId)
      .where('c.archived', '=', 0)
      .orderBy('c.id')
      .execute();
  }

  /** The newest reports of the given measures (approved ones only when `approvedOnly`). */
  latestReports(measureIds: number[], approvedOnly: boolean, limit: number) {
    let query = this.db
      .selectFrom('progress_reports')
      .select(['id', 'measure_id', 'indicator_id', 'due_date', 'status', 'text', 'value', 'updated_at'])
      .where(idIn(this.db, 'measure_id', measureIds));
    if (approvedOnly) query = query.where('status', '=', 'approved');
    return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  /** The recommendations of a review, in paragraph order. */
  reviewRecommendations(filter: ReviewFilter) {
    let query = this.db
      .selectFrom('recommendations')
      .select(['id', 'paragraph', 'text', 'position', 'cycle', 'session', 'published'])
      .where('state_under_review', '=', filter.state)
      .where('archived', '=', 0);
    if (filter.cycle !== undefined) query = query.where('cycle', '=', filter.cycle);
    if (filter.publishedOnly) query = query.where('published', '=', 1);
    return query.orderBy('cycle').orderBy('id').execute();
  }

  /** The agencies (any role) of the measures answering each recommendation, directly or through a cluster. */
  async agenciesOf(recommendationIds: number[]): Promise<Map<number, { agencyId: number; role: string }[]>> {
    const result = new Map<number, { agencyId: number; role: string }[]>();
    if (recommendationIds.length === 0) return result;
    const direct = this.db
      .selectFrom('measure_recommendations as l')
      .innerJoin('measures as m', 'm.id', 'l.measure_id')
      .innerJoin('measure_agencies as a', 'a.measure_id', 'm.id')
      .select(['l.recommendation_id', 'a.agency_id', 'a.role'])
      .where('m.archived', '=', 0)
      .where(idIn(this.db, 'l.recommendation_id', recommendationIds));
    const viaCluster = this.db
      .selectFrom('cluster_recommendations as cr')
      .innerJoin('clusters as c', 'c.id', 'cr.cluster_id')
      .innerJoin('measure_clusters as mc', 'mc.cluster_id', 'cr.cluster_id')
      .innerJoin('measures as m', 'm.id', 'mc.measure_id')
      .innerJoin('measure_agencies as a', 'a.measure_id', 'm.id')
      .select(['cr.recommendation_id', 'a.agency_id', 'a.role'])
      .where('m.archived', '=', 0)
      .where('c.archived', '=', 0)
      .where(idIn(this.db, 'cr.recommendation_id', recommendationIds));
    for (const row of await direct.union(viaCluster).execute()) {
      const list = result.get(row.recommendation_id) ?? [];
      if (!list.some((a) => a.agencyId === row.agency_id && a.role === row.role))
        list.push({ agencyId: row.agency_id, role: row.role });
      result.set(row.recommendation_id, list);
    }
    return result;
  }
}

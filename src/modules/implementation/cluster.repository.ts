/** Clusters of recommendations: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { ClusterRow, ClustersTable, DB } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface ClusterFilter {
  state?: string;
  cycle?: number;
  recommendationId?: number;
  includeArchived?: boolean;
  /** Match and link published recommendations only (for callers who may not read unpublished ones). */
  publishedOnly?: boolean;
}

export class ClusterRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: ClusterFilter): Promise<ClusterRow[]> {
    let query = this.db.selectFrom('clusters').selectAll();
    if (!filter.includeArchived) query = query.where('archived', '=', 0);
    if (filter.state) query = query.where('state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('cycle', '=', filter.cycle);
    if (filter.recommendationId !== undefined) {
      const recommendationId = filter.recommendationId;
      query = query.where('id', 'in', (eb) =>
        eb
          .selectFrom('cluster_recommendations')
          .innerJoin('recommendations', 'recommendations.id', 'cluster_recommendations.recommendation_id')
          .select('cluster_id')
          .where('recommendation_id', '=', recommendationId)
          .$if(filter.publishedOnly === true, (q) => q.where('recommendations.published', '=', 1)),
      );
    }
    return query.orderBy('id').execute();
  }

  findById(id: number): Promise<ClusterRow | undefined> {
    return this.db.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<ClusterRow[]> {
    return this.db
      .selectFrom('clusters')
      .selectAll()
      .where(idIn(this.db, 'id', ids))
      .execute();
  }

  insert(values: Insertable<ClustersTable>): Promise<ClusterRow> {
    return this.db.insertInto('clusters').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(id: number, version: number, values: Updateable<ClustersTable>) {
    return updateVersionedRow(this.db, 'clusters', id, version, values);
  }

  /** The recommendations of each cluster (published ones only if `publishedOnly`). */
  async recommendationIds(clusterIds: number[], publishedOnly = false): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(clusterIds.map((id) => [id, []]));
    if (clusterIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('cluster_recommendations')
      .innerJoin('recommendations', 'recommendations.id', 'cluster_recommendations.recommendation_id')
      .select(['cluster_id', 'recommendation_id'])
      .where(idIn(this.db, 'cluster_id', clusterIds))
      .$if(publishedOnly, (q) => q.where('recommendations.published', '=', 1))
      .orderBy('recommendation_id')
      .execute();
    for (const row of rows) result.get(row.cluster_id)?.push(row.recommendation_id);
    return result;
  }

  async measureIds(clusterIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(clusterIds.map((id) => [id, []]));
    if (clusterIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('measure_clusters')
      .innerJoin('measures', 'measures.id', 'measure_clusters.measure_id')
      .select(['cluster_id', 'measure_id'])
      .where('measures.archived', '=', 0)
      .where(idIn(this.db, 'cluster_id', clusterIds))
      .orderBy('measure_id')
      .execute();
    for (const row of rows) result.get(row.cluster_id)?.push(row.measure_id);
    return result;
  }

  async replaceRecommendations(id: number, recommendationIds: number[]): Promise<void> {
    await this.db.deleteFrom('cluster_recommendations').where('cluster_id', '=', id).execute();
    if (recommendationIds.length)
      await this.db
        .insertInto('cluster_recommendations')
        .values(recommendationIds.map((r) => ({ cluster_id: id, recommendation_id: r })))
        .execute();
  }

  /** The review (state and cycle) of each given recommendation that exists. */
  async recommendations(ids: number[]): Promise<Map<number, { state: string; cycle: number | null }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('recommendations')
      .select(['id', 'state_under_review', 'cycle'])
      .where(idIn(this.db, 'id', ids))
      .execute();
    return new Map(rows.map((r) => [r.id, { state: r.state_under_review, cycle: r.cycle }]));
  }

  async stateExists(iso3: string): Promise<boolean> {
    const row = await this.db.selectFrom('states').select('iso3').where('iso3', '=', iso3).executeTakeFirst();
    return row !== undefined;
  }
}

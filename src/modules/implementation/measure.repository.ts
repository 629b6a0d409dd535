/** Measures of the plan with their agencies, recommendations and clusters: all their SQL. */
import type { ExpressionBuilder, Insertable, Kysely, Updateable } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, MeasureAgencyRole, MeasureRow, MeasureStatus, MeasuresTable } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface MeasureFilter {
  state?: string;
  cycle?: number;
  agencyId?: number;
  recommendationId?: number;
  clusterId?: number;
  status?: MeasureStatus;
  includeArchived?: boolean;
  /** Match and link published recommendations only (for callers who may not read unpublished ones). */
  publishedOnly?: boolean;
}

export interface MeasureLinks {
  agencies: { agencyId: number; role: MeasureAgencyRole }[];
  recommendationIds: number[];
  clusterIds: number[];
}

/** Recommendations a measure answers, directly or through a cluster, matching `where`. */
function answers(
  eb: ExpressionBuilder<DB, 'measures'>,
  where: { state?: string; cycle?: number; recommendationId?: number; publishedOnly?: boolean },
) {
  let direct = eb
    .selectFrom('measure_recommendations as mr')
    .innerJoin('recommendations as r', 'r.id', 'mr.recommendation_id')
    .select('mr.measure_id')
    .whereRef('mr.measure_id', '=', 'measures.id');
  let viaCluster = eb
    .selectFrom('measure_clusters as mc')
    .innerJoin('cluster_recommendations as cr', 'cr.cluster_id', 'mc.cluster_id')
    .innerJoin('recommendations as r', 'r.id', 'cr.recommendation_id')
    .select('mc.measure_id')
    .whereRef('mc.measure_id', '=', 'measures.id');
  if (where.state) {
    direct = direct.where('r.state_under_review', '=', where.state);
    viaCluster = viaCluster.where('r.state_under_review', '=', where.state);
  }
  if (where.cycle !== undefined) {
    direct = direct.where('r.cycle', '=', where.cycle);
    viaCluster = viaCluster.where('r.cycle', '=', where.cycle);
  }
  if (where.recommendationId !== undefined) {
    direct = direct.where('r.id', '=', where.recommendationId);
    viaCluster = viaCluster.where('r.id', '=', where.recommendationId);
  }
  if (where.publishedOnly) {
    direct = direct.where('r.published', '=', 1);
    viaCluster = viaCluster.where('r.published', '=', 1);
  }
  return eb.or([eb.exists(direct), eb.exists(viaCluster)]);
}

export class MeasureRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: MeasureFilter): Promise<MeasureRow[]> {
    let query = this.db.selectFrom('measures').selectAll();
    if (!filter.includeArchived) query = query.where('archived', '=', 0);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (
      filter.state ||
      filter.cycle !== undefined ||
      filter.recommendationId !== undefined ||
      filter.publishedOnly
    )
      query = query.where((eb) =>
        answers(eb, {
          ...(filter.state ? { state: filter.state } : {}),
          ...(filter.cycle !== undefined ? { cycle: filter.cycle } : {}),
          ...(filter.recommendationId !== undefined ? { recommendationId: filter.recommendationId } : {}),
          ...(filter.publishedOnly ? { publishedOnly: true } : {}),
        }),
      );
    if (filter.agencyId !== undefined) {
      const agencyId = filter.agencyId;
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('measure_agencies').select('measure_id').where('agency_id', '=', agencyId),
      );
    }
    if (filter.clusterId !== undefined) {
      const clusterId = filter.clusterId;
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('measure_clusters').select('measure_id').where('cluster_id', '=', clusterId),
      );
    }
    return query.orderBy('id').execute();
  }

  findById(id: number): Promise<MeasureRow | undefined> {
    return this.db.selectFrom('measures').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(values: Insertable<MeasuresTable>): Promise<MeasureRow> {
    return this.db.insertInto('measures').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(id: number, version: number, values: Updateable<MeasuresTable>) {
    return updateVersionedRow(this.db, 'measures', id, version, values);
  }

  /** Agencies, recommendations (published ones only if `publishedOnly`) and clusters of each measure. */
  async links(ids: number[], publishedOnly = false): Promise<Map<number, MeasureLinks>> {
    const result = new Map<number, MeasureLinks>(
      ids.map((id) => [id, { agencies: [], recommendationIds: [], clusterIds: [] }]),
    );
    if (ids.length === 0) return result;
    const [agencies, recommendations, clusters] = await Promise.all([
      this.db
        .selectFrom('measure_agencies')
        .select(['measure_id', 'agency_id', 'role'])
        .where(idIn(this.db, 'measure_id', ids))
        .orderBy('role')
        .orderBy('agency_id')
        .execute(),
      this.db
        .selectFrom('measure_recommendations')
        .innerJoin('recommendations', 'recommendations.id', 'measure_recommendations.recommendation_id')
        .select(['measure_id', 'recommendation_id'])
        .where(idIn(this.db, 'measure_id', ids))
        .$if(publishedOnly, (q) => q.where('recommendations.published', '=', 1))
        .orderBy('recommendation_id')
        .execute(),
      this.db
        .selectFrom('measure_clusters')
        .select(['measure_id', 'cluster_id'])
        .where(idIn(this.db, 'measure_id', ids))
        .orderBy('cluster_id')
        .execute(),
    ]);
    for (const a of agencies)
      result.get(a.measure_id)?.agencies.push({ agencyId: a.agency_id, role: a.role });
    for (const r of recommendations) result.get(r.measure_id)?.recommendationIds.push(r.recommendation_id);
    for (const c of clusters) result.get(c.measure_id)?.clusterIds.push(c.cluster_id);
    return result;
  }

  async replaceLinks(id: number, links: Partial<MeasureLinks>): Promise<void> {
    if (links.agencies) {
      await this.db.deleteFrom('measure_agencies').where('measure_id', '=', id).execute();
      if (links.agencies.length)
        await this.db
          .insertInto('measure_agencies')
          .values(links.agencies.map((a) => ({ measure_id: id, agency_id: a.agencyId, role: a.role })))
          .execute();
    }
    if (links.recommendationIds) {
      await this.db.deleteFrom('measure_recommendations').where('measure_id', '=', id).execute();
      if (links.recommendationIds.length)
        await this.db
          .insertInto('measure_recommendations')
          .values(links.recommendationIds.map((r) => ({ measure_id: id, recommendation_id: r })))
          .execute();
    }
    if (links.clusterIds) {
      await this.db.deleteFrom('measure_clusters').where('measure_id', '=', id).execute();
      if (links.clusterIds.length)
        await this.db
          .insertInto('measure_clusters')
          .values(links.clusterIds.map((c) => ({ measure_id: id, cluster_id: c })))
          .execute();
    }
  }

  async existing(table: 'agencies' | 'recommendations' | 'clusters', ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom(table)
      .select('id')
      .where(idIn(this.db, 'id', ids))
      .execute();
    return new Set(rows.map((r) => r.id));
  }
}

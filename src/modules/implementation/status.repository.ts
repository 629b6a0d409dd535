/** What the implementation status of recommendations is derived from: all its SQL. */
import type { Kysely } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, ImplementationStatus, MeasureStatus } from '../../db/schema.ts';

export interface StatusFacts {
  /** Statuses of the measures answering each recommendation, directly or through a cluster. */
  measures: Map<number, MeasureStatus[]>;
  overrides: Map<number, { status: ImplementationStatus; reason: string | null }>;
  assessments: Map<number, { organizationId: number; status: ImplementationStatus }[]>;
}

export class StatusRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async facts(recommendationIds: number[]): Promise<StatusFacts> {
    const ids = [...new Set(recommendationIds)];
    const facts: StatusFacts = { measures: new Map(), overrides: new Map(), assessments: new Map() };
    if (ids.length === 0) return facts;
    const direct = this.db
      .selectFrom('measure_recommendations as l')
      .innerJoin('measures as m', 'm.id', 'l.measure_id')
      .select(['l.recommendation_id', 'm.id as measure_id', 'm.status'])
      .where('m.archived', '=', 0)
      .where(idIn(this.db, 'l.recommendation_id', ids));
    const viaCluster = this.db
      .selectFrom('cluster_recommendations as cr')
      .innerJoin('clusters as c', 'c.id', 'cr.cluster_id')
      .innerJoin('measure_clusters as mc', 'mc.cluster_id', 'cr.cluster_id')
      .innerJoin('measures as m', 'm.id', 'mc.measure_id')
      .select(['cr.recommendation_id', 'm.id as measure_id', 'm.status'])
      .where('m.archived', '=', 0)
      .where('c.archived', '=', 0)
      .where(idIn(this.db, 'cr.recommendation_id', ids));
    // UNION drops a measure reached both ways, so that it counts once.
    const measureRows = await direct.union(viaCluster).execute();
    for (const row of measureRows) {
      const list = facts.measures.get(row.recommendation_id) ?? [];
      list.push(row.status);
      facts.measures.set(row.recommendation_id, list);
    }
    const overrides = await this.db
      .selectFrom('recommendation_status')
      .select(['recommendation_id', 'override_status', 'override_reason'])
      .where('override_status', 'is not', null)
      .where(idIn(this.db, 'recommendation_id', ids))
      .execute();
    for (const row of overrides)
      if (row.override_status)
        facts.overrides.set(row.recommendation_id, {
          status: row.override_status,
          reason: row.override_reason,
        });
    const assessments = await this.db
      .selectFrom('cs_assessments')
      .select(['recommendation_id', 'organization_id', 'status'])
      .where(idIn(this.db, 'recommendation_id', ids))
      .orderBy('organization_id')
      .execute();
    for (const row of assessments) {
      const list = facts.assessments.get(row.recommendation_id) ?? [];
      list.push({ organizationId: row.organization_id, status: row.status });
      facts.assessments.set(row.recommendation_id, list);
    }
    return facts;
  }
}

/** Civil-society assessments of implementation: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CsAssessmentRow, CsAssessmentsTable, DB } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface AssessmentFilter {
  recommendationId?: number;
  organizationId?: number;
  publishedOnly?: boolean;
}

export class AssessmentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: AssessmentFilter): Promise<CsAssessmentRow[]> {
    let query = this.db.selectFrom('cs_assessments').selectAll('cs_assessments');
    if (filter.recommendationId !== undefined)
      query = query.where('cs_assessments.recommendation_id', '=', filter.recommendationId);
    if (filter.organizationId !== undefined)
      query = query.where('cs_assessments.organization_id', '=', filter.organizationId);
    if (filter.publishedOnly)
      query = query
        .innerJoin('recommendations', 'recommendations.id', 'cs_assessments.recommendation_id')
        .where('recommendations.published', '=', 1);
    return query.orderBy('cs_assessments.id').limit(2000).execute();
  }

  findById(id: number): Promise<CsAssessmentRow | undefined> {
    return this.db.selectFrom('cs_assessments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findFor(recommendationId: number, organizationId: number): Promise<CsAssessmentRow | undefined> {
    return this.db
      .selectFrom('cs_assessments')
      .selectAll()
      .where('recommendation_id', '=', recommendationId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
  }

  insert(values: Insertable<CsAssessmentsTable>): Promise<CsAssessmentRow> {
    return this.db.insertInto('cs_assessments').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(id: number, version: number, values: Updateable<CsAssessmentsTable>) {
    return updateVersionedRow(this.db, 'cs_assessments', id, version, values);
  }

  recommendation(id: number) {
    return this.db
      .selectFrom('recommendations')
      .select(['id', 'published', 'archived'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  organization(id: number) {
    return this.db.selectFrom('organizations').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
  }
}

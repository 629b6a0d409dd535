/**
 * A recommendation's implementation, side by side: the government's status (derived from its measures, or the
 * coordinator's override with a reason) and civil society's assessments; and the list of a review's
 * recommendations with both, filterable by disagreement, agency and status.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { abilities, type Caller, can } from '../policies/policy.ts';
import { AssessmentRepository } from './assessment.repository.ts';
import { presentAssessment } from './assessment.schema.ts';
import { now } from './common.ts';
import { ImplementationRepository } from './implementation.repository.ts';
import type {
  ImplementationDto,
  OverrideInput,
  ReviewStatusDto,
  ReviewStatusQuery,
} from './implementation.schema.ts';
import { implementationStatuses } from './status.ts';

export class ImplementationService {
  private readonly repository: ImplementationRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new ImplementationRepository(db);
  }

  async get(recommendationId: number, caller: Caller): Promise<ImplementationDto> {
    const recommendation = await this.readable(recommendationId, caller);
    const [statuses, statusRow, measures, clusters, assessments] = await Promise.all([
      implementationStatuses(this.db, [recommendationId]),
      this.repository.statusRow(recommendationId),
      this.repository.measuresOf(recommendationId),
      this.repository.clustersOf(recommendationId),
      new AssessmentRepository(this.db).list({ recommendationId }),
    ]);
    const status = statuses.get(recommendationId);
    if (!status) throw notFound(`no recommendation ${recommendationId}`);
    const reports = await this.repository.latestReports(
      measures.map((m) => m.id),
      caller === null,
      10,
    );
    return {
      recommendationId,
      derived: status.derived,
      override:
        statusRow?.override_status != null
          ? {
              status: statusRow.override_status,
              reason: statusRow.override_reason,
              by: statusRow.overridden_by,
              at: statusRow.overridden_at,
            }
          : null,
      government: status.government,
      civilSociety: assessments.map((a) => presentAssessment(a, caller)),
      disagreement: status.disagreement,
      measures: measures.map((m) => ({
        id: m.id,
        title: { ru: m.title_ru, kk: m.title_kk, en: m.title_en },
        status: m.status,
        targetDate: m.target_date,
        via: m.via,
      })),
      clusters: clusters.map((c) => ({
        id: c.id,
        title: { ru: c.title_ru, kk: c.title_kk, en: c.title_en },
      })),
      latestProgress: reports.map((r) => ({
        id: r.id,
        measureId: r.measure_id,
        indicatorId: r.indicator_id,
        dueDate: r.due_date,
        status: r.status,
        text: r.text,
        value: r.value,
        updatedAt: r.updated_at,
      })),
      version: statusRow?.version ?? 0,
      abilities: abilities(caller, 'implementation', { published: recommendation.published === 1 }),
    };
  }

  /** Sets or clears (status null) the coordinator's override; the reason is required with a status. */
  async override(
    recommendationId: number,
    input: OverrideInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<ImplementationDto> {
    const recommendation = await this.readable(recommendationId, caller);
    if (!can(caller, 'update', 'implementation', { published: recommendation.published === 1 }))
      throw forbidden();
    const current = await this.repository.statusRow(recommendationId);
    if ((current?.version ?? 0) !== input.version)
      throw conflict('the status changed since you read it', await this.get(recommendationId, caller));
    const values = {
      override_status: input.status,
      override_reason: input.status === null ? null : input.reason,
      overridden_by: input.status === null ? null : actor.userId,
      overridden_at: input.status === null ? null : now(),
    };
    await this.db.transaction().execute(async (trx) => {
      const repository = new ImplementationRepository(trx);
      const after = current
        ? await repository.updateStatusVersioned(recommendationId, input.version, values)
        : await repository.insertStatus({ recommendation_id: recommendationId, ...values });
      if (!after) throw conflict('the status changed since you read it', null);
      await new AuditService(trx).record({
        actor,
        action: input.status === null ? 'clear_override' : 'override',
        entityType: 'recommendation_status',
        entityId: recommendationId,
        before: current ?? null,
        after,
      });
    });
    return this.get(recommendationId, caller);
  }

  async review(query: ReviewStatusQuery, caller: Caller): Promise<ReviewStatusDto> {
    const rows = await this.repository.reviewRecommendations({
      state: query.state,
      ...(query.cycle !== undefined ? { cycle: query.cycle } : {}),
      publishedOnly: caller === null,
    });
    const ids = rows.map((r) => r.id);
    const [statuses, agencies] = await Promise.all([
      implementationStatuses(this.db, ids),
      this.repository.agenciesOf(ids),
    ]);
    const items = rows.flatMap((row) => {
      const status = statuses.get(row.id);
      const rowAgencies = agencies.get(row.id) ?? [];
      if (!status) return [];
      if (query.disagreement !== undefined && status.disagreement !== query.disagreement) return [];
      if (query.status && status.government !== query.status) return [];
      if (query.agency !== undefined && !rowAgencies.some((a) => a.agencyId === query.agency)) return [];
      return [
        {
          id: row.id,
          paragraph: row.paragraph,
          text: row.text,
          position: row.position,
          cycle: row.cycle,
          derived: status.derived,
          government: status.government,
          overridden: status.override !== null,
          civilSociety: status.civilSociety,
          disagreement: status.disagreement,
          agencies: rowAgencies,
        },
      ];
    });
    return { total: items.length, items: items.slice(query.offset, query.offset + query.limit) };
  }

  private async readable(id: number, caller: Caller) {
    const row = await this.repository.recommendation(id);
    if (!row || !can(caller, 'read', 'implementation', { published: row.published === 1 }))
      throw notFound(`no recommendation ${id}`);
    return row;
  }
}

/**
 * Civil society's own assessment of how far a recommendation is implemented (the government's scale), with
 * evidence: one per organization and recommendation, written by that organization's contributors.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Caller, can } from '../policies/policy.ts';
import { type AssessmentFilter, AssessmentRepository } from './assessment.repository.ts';
import {
  type AssessmentDto,
  type CreateAssessmentInput,
  presentAssessment,
  type UpdateAssessmentInput,
} from './assessment.schema.ts';
import { now } from './common.ts';

export class AssessmentService {
  private readonly assessments: AssessmentRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.assessments = new AssessmentRepository(db);
  }

  async list(filter: AssessmentFilter, caller: Caller): Promise<AssessmentDto[]> {
    const rows = await this.assessments.list({ ...filter, ...(caller ? {} : { publishedOnly: true }) });
    return rows.map((row) => presentAssessment(row, caller));
  }

  async get(id: number, caller: Caller): Promise<AssessmentDto> {
    const row = await this.assessments.findById(id);
    // The public reads assessments of published recommendations only.
    const recommendation = row && (await this.assessments.recommendation(row.recommendation_id));
    if (!row || (caller === null && recommendation?.published !== 1)) throw notFound(`no assessment ${id}`);
    return presentAssessment(row, caller);
  }

  async create(input: CreateAssessmentInput, caller: Caller, actor: AuditActor): Promise<AssessmentDto> {
    const organizationId = input.organizationId ?? caller?.organizationId;
    if (organizationId == null)
      throw badRequest('say for which organization: your account belongs to none', {
        errors: [{ path: 'body.organizationId', message: 'required' }],
      });
    if (!can(caller, 'create', 'assessment', { organizationId }))
      throw forbidden('a contributor assesses for their own organization only');
    const recommendation = await this.assessments.recommendation(input.recommendationId);
    if (!recommendation) throw badRequest(`unknown recommendation ${input.recommendationId}`);
    if (!(await this.assessments.organization(organizationId)))
      throw badRequest(`unknown organization ${organizationId}`);
    const existing = await this.assessments.findFor(input.recommendationId, organizationId);
    if (existing)
      throw conflict(
        `organization ${organizationId} already assessed recommendation ${input.recommendationId}: update assessment ${existing.id}`,
        presentAssessment(existing, caller),
      );
    const time = now();
    return this.db.transaction().execute(async (trx) => {
      const row = await new AssessmentRepository(trx).insert({
        recommendation_id: input.recommendationId,
        organization_id: organizationId,
        status: input.status,
        evidence: input.evidence ?? null,
        links: JSON.stringify(input.links),
        assessed_by: actor.userId,
        created_at: time,
        updated_at: time,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'assessment',
        entityId: row.id,
        after: row,
      });
      return presentAssessment(row, caller);
    });
  }

  async update(
    id: number,
    input: UpdateAssessmentInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<AssessmentDto> {
    const current = await this.assessments.findById(id);
    if (!current) throw notFound(`no assessment ${id}`);
    if (!can(caller, 'update', 'assessment', { organizationId: current.organization_id }))
      throw forbidden('a contributor assesses for their own organization only');
    if (current.version !== input.version)
      throw conflict('the assessment changed since you read it', presentAssessment(current, caller));
    return this.db.transaction().execute(async (trx) => {
      const updated = await new AssessmentRepository(trx).updateVersioned(id, input.version, {
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
        ...(input.links !== undefined ? { links: JSON.stringify(input.links) } : {}),
        assessed_by: actor.userId,
        updated_at: now(),
      });
      if (!updated) throw conflict('the assessment changed since you read it', null);
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'assessment',
        entityId: id,
        before: current,
        after: updated,
      });
      return presentAssessment(updated, caller);
    });
  }
}

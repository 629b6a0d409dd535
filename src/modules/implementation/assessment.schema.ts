/** Request schemas and the presenter of civil-society assessments. */
import { z } from 'zod';
import { type CsAssessmentRow, IMPLEMENTATION_STATUS_VALUES } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import { idSchema, linksSchema, noteSchema, parseLinks } from './common.ts';

export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUS_VALUES);

export const createAssessmentBody = z.object({
  recommendationId: idSchema,
  organizationId: idSchema.optional().describe("default: the caller's organization"),
  status: implementationStatusSchema,
  evidence: noteSchema.optional(),
  links: linksSchema.default([]).describe('evidence: http(s) addresses'),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentBody>;

export const updateAssessmentBody = z.object({
  version: z.number().int().positive(),
  status: implementationStatusSchema.optional(),
  evidence: noteSchema.optional(),
  links: linksSchema.optional(),
});
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentBody>;

export const assessmentListQuery = z.object({
  recommendationId: z.coerce.number().int().positive().optional(),
  organizationId: z.coerce.number().int().positive().optional(),
});

export const assessmentDto = z.object({
  id: z.number().int(),
  recommendationId: z.number().int(),
  organizationId: z.number().int(),
  status: implementationStatusSchema,
  evidence: z.string().nullable(),
  links: z.array(z.string()),
  assessedBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type AssessmentDto = z.infer<typeof assessmentDto>;

export function presentAssessment(row: CsAssessmentRow, caller: Caller): AssessmentDto {
  return {
    id: row.id,
    recommendationId: row.recommendation_id,
    organizationId: row.organization_id,
    status: row.status,
    evidence: row.evidence,
    links: parseLinks(row.links),
    assessedBy: row.assessed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: abilities(caller, 'assessment', { organizationId: row.organization_id }),
  };
}

/** Request schemas and presenters of a recommendation's implementation status and the review's status list. */
import { z } from 'zod';
import { MEASURE_STATUSES, PROGRESS_REPORT_STATUSES } from '../../db/schema.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import { assessmentDto, implementationStatusSchema } from './assessment.schema.ts';
import { localized } from './common.ts';

export const overrideBody = z
  .object({
    version: z.number().int().min(0).describe('the version you read (0 while never overridden)'),
    status: implementationStatusSchema.nullable().describe('null: back to the derived status'),
    reason: z.string().trim().max(10_000).nullable().default(null),
  })
  .refine((b) => b.status === null || (b.reason !== null && b.reason.length > 0), {
    message: 'say why the status differs from what the measures show',
    path: ['reason'],
  });
export type OverrideInput = z.infer<typeof overrideBody>;

export const implementationDto = z.object({
  recommendationId: z.number().int(),
  derived: implementationStatusSchema.describe('from the measures'),
  override: z
    .object({
      status: implementationStatusSchema,
      reason: z.string().nullable(),
      by: z.number().int().nullable(),
      at: z.string().nullable(),
    })
    .nullable(),
  government: implementationStatusSchema.describe('the override if any, else the derived status'),
  civilSociety: z.array(assessmentDto),
  disagreement: z.boolean(),
  measures: z.array(
    z.object({
      id: z.number().int(),
      title: localized,
      status: z.enum(MEASURE_STATUSES),
      targetDate: z.string().nullable(),
      via: z.enum(['direct', 'cluster']),
    }),
  ),
  clusters: z.array(z.object({ id: z.number().int(), title: localized })),
  latestProgress: z.array(
    z.object({
      id: z.number().int(),
      measureId: z.number().int(),
      indicatorId: z.number().int().nullable(),
      dueDate: z.string().nullable(),
      status: z.enum(PROGRESS_REPORT_STATUSES),
      text: z.string(),
      value: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
  version: z.number().int().describe('of the override; send it back to change the override'),
  abilities: abilitiesSchema.describe('update: override the status'),
});
export type ImplementationDto = z.infer<typeof implementationDto>;

const booleanQuery = z.stringbool();

export const reviewStatusQuery = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code, e.g. KAZ')
    .transform((s) => s.toUpperCase()),
  cycle: z.coerce.number().int().positive().optional(),
  disagreement: booleanQuery
    .optional()
    .describe('true: only where civil society disagrees with the government'),
  agency: z.coerce.number().int().positive().optional().describe('an agency of a measure answering it'),
  status: implementationStatusSchema.optional().describe("the government's status"),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReviewStatusQuery = z.infer<typeof reviewStatusQuery>;

export const reviewStatusDto = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      paragraph: z.string().nullable(),
      text: z.string(),
      position: z.enum(['supported', 'supported_in_part', 'noted', 'pending', 'unknown']),
      cycle: z.number().int().nullable(),
      derived: implementationStatusSchema,
      government: implementationStatusSchema,
      overridden: z.boolean(),
      civilSociety: z.array(
        z.object({ organizationId: z.number().int(), status: implementationStatusSchema }),
      ),
      disagreement: z.boolean(),
      agencies: z.array(z.object({ agencyId: z.number().int(), role: z.string() })),
    }),
  ),
});
export type ReviewStatusDto = z.infer<typeof reviewStatusDto>;

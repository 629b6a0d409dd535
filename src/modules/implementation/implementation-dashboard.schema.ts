/** Query and response schemas of the implementation dashboards. */
import { z } from 'zod';
import { IMPLEMENTATION_STATUS_VALUES } from '../../db/schema.ts';
import { isoDateSchema } from './common.ts';

const statusCounts = z.object(
  Object.fromEntries(IMPLEMENTATION_STATUS_VALUES.map((s) => [s, z.number().int()])) as Record<
    (typeof IMPLEMENTATION_STATUS_VALUES)[number],
    z.ZodNumber
  >,
);
export type StatusCounts = z.infer<typeof statusCounts>;

const scope = {
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code, e.g. KAZ')
    .transform((s) => s.toUpperCase())
    .optional(),
  cycle: z.coerce.number().int().positive().optional(),
};

export const progressQuery = z.object({
  ...scope,
  by: z.enum(['theme', 'agency', 'cycle']).default('theme'),
  taxonomy: z
    .string()
    .min(1)
    .max(100)
    .default('upr-info-issue')
    .describe('themes: the terms of this taxonomy'),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

const label = z.object({ ru: z.string().nullable(), kk: z.string().nullable(), en: z.string().nullable() });

export const progressDto = z.object({
  by: z.enum(['theme', 'agency', 'cycle']),
  recommendations: z.number().int().describe('recommendations in scope'),
  totals: statusCounts.describe("by the government's status"),
  rows: z.array(
    z.object({
      key: z.string().describe('term code, agency id or cycle number; "none" for those without one'),
      label: label.nullable(),
      total: z.number().int(),
      counts: statusCounts,
    }),
  ),
});
export type ProgressDto = z.infer<typeof progressDto>;

export const overdueQuery = z.object({
  ...scope,
  asOf: isoDateSchema.optional().describe('default: today (UTC)'),
});
export type OverdueQuery = z.infer<typeof overdueQuery>;

export const overdueDto = z.object({
  asOf: z.string(),
  total: z.number().int(),
  rows: z.array(
    z.object({
      agencyId: z.number().int().nullable().describe('the lead agency; null: a measure without one'),
      name: label.nullable(),
      overdue: z.number().int(),
      items: z.array(
        z.object({ measureId: z.number().int(), indicatorId: z.number().int(), dueDate: z.string() }),
      ),
    }),
  ),
});
export type OverdueDto = z.infer<typeof overdueDto>;

export const gapQuery = z.object(scope);
export type GapQuery = z.infer<typeof gapQuery>;

export const gapDto = z.object({
  statuses: z.array(z.enum(IMPLEMENTATION_STATUS_VALUES)),
  matrix: z
    .array(z.array(z.number().int()))
    .describe("rows: the government's status, columns: civil society's, both in the order of `statuses`"),
  assessments: z.number().int(),
  disagreements: z.number().int(),
  recommendationsInDisagreement: z.number().int(),
});
export type GapDto = z.infer<typeof gapDto>;

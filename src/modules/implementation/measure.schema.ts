/** Request schemas and presenters of measures and their indicators. */
import { z } from 'zod';
import {
  type IndicatorRow,
  MEASURE_AGENCY_ROLES,
  MEASURE_STATUSES,
  type MeasureRow,
} from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import { idSchema, isoDateSchema, localized, noteSchema, titleSchema } from './common.ts';
import type { MeasureLinks } from './measure.repository.ts';
import { dueDates } from './schedule.ts';

const agencyLink = z.object({ agencyId: idSchema, role: z.enum(MEASURE_AGENCY_ROLES) });

const measureFields = {
  titleRu: titleSchema,
  titleKk: titleSchema.optional(),
  titleEn: titleSchema.optional(),
  description: noteSchema.optional(),
  startDate: isoDateSchema.nullable().optional(),
  targetDate: isoDateSchema.nullable().optional(),
  budgetNote: z.string().trim().max(10_000).nullable().optional(),
  expectedOutcome: noteSchema.optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  agencies: z.array(agencyLink).max(50).optional().describe('lead and supporting agencies, each once'),
  recommendationIds: z.array(idSchema).max(2000).optional(),
  clusterIds: z.array(idSchema).max(200).optional(),
};

export const createMeasureBody = z.object(measureFields);
export type CreateMeasureInput = z.infer<typeof createMeasureBody>;

export const updateMeasureBody = z
  .object(measureFields)
  .partial()
  .extend({ version: z.number().int().positive(), archived: z.boolean().optional() });
export type UpdateMeasureInput = z.infer<typeof updateMeasureBody>;

export const measureListQuery = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional(),
  cycle: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  recommendationId: z.coerce.number().int().positive().optional(),
  clusterId: z.coerce.number().int().positive().optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  includeArchived: z.stringbool().optional(),
});

const scheduleSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  everyMonths: z.number().int().min(1).max(120),
});

const indicatorFields = {
  nameRu: titleSchema,
  nameKk: titleSchema.optional(),
  nameEn: titleSchema.optional(),
  unit: z.string().trim().max(200).nullable().optional(),
  baseline: z.string().trim().max(1000).nullable().optional(),
  target: z.string().trim().max(1000).nullable().optional(),
  schedule: scheduleSchema
    .nullable()
    .optional()
    .describe('reporting schedule; null: reports are unscheduled'),
};

export const createIndicatorBody = z.object(indicatorFields);
export type CreateIndicatorInput = z.infer<typeof createIndicatorBody>;

export const updateIndicatorBody = z
  .object(indicatorFields)
  .partial()
  .extend({ version: z.number().int().positive(), archived: z.boolean().optional() });
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorBody>;

export const indicatorDto = z.object({
  id: z.number().int(),
  measureId: z.number().int(),
  name: localized,
  unit: z.string().nullable(),
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  schedule: scheduleSchema.nullable(),
  dueDates: z.array(z.string()).describe('every due date of the schedule'),
  archived: z.boolean(),
  version: z.number().int(),
});
export type IndicatorDto = z.infer<typeof indicatorDto>;

export const measureDto = z.object({
  id: z.number().int(),
  title: localized,
  description: z.string().nullable(),
  startDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  budgetNote: z.string().nullable(),
  expectedOutcome: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  agencies: z.array(agencyLink),
  recommendationIds: z.array(z.number().int()),
  clusterIds: z.array(z.number().int()),
  indicators: z.array(indicatorDto),
  archived: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesSchema,
});
export type MeasureDto = z.infer<typeof measureDto>;

export function scheduleOf(row: IndicatorRow) {
  return row.schedule_start && row.schedule_end && row.every_months
    ? { start: row.schedule_start, end: row.schedule_end, everyMonths: row.every_months }
    : null;
}

export function presentIndicator(row: IndicatorRow): IndicatorDto {
  const schedule = scheduleOf(row);
  return {
    id: row.id,
    measureId: row.measure_id,
    name: { ru: row.name_ru, kk: row.name_kk, en: row.name_en },
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    schedule,
    dueDates: schedule ? dueDates(schedule) : [],
    archived: row.archived === 1,
    version: row.version,
  };
}

export function presentMeasure(
  row: MeasureRow,
  links: MeasureLinks,
  indicators: IndicatorRow[],
  caller: Caller,
): MeasureDto {
  return {
    id: row.id,
    title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
    description: row.description,
    startDate: row.start_date,
    targetDate: row.target_date,
    budgetNote: row.budget_note,
    expectedOutcome: row.expected_outcome,
    status: row.status,
    ...links,
    indicators: indicators.map(presentIndicator),
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: abilities(caller, 'measure', { agencyIds: links.agencies.map((a) => a.agencyId) }),
  };
}

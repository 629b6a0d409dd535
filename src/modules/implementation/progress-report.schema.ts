/** Request schemas and the presenter of progress reports. */
import { z } from 'zod';
import { PROGRESS_REPORT_STATUSES, type ProgressReportRow } from '../../db/schema.ts';
import type { AttachmentMeta } from '../alternative-reports/attachment.repository.ts';
import { attachmentDto } from '../alternative-reports/attachment.routes.ts';
import { presentAttachment } from '../alternative-reports/attachment.service.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import { idSchema, isoDateSchema, linksSchema, parseLinks } from './common.ts';

const text = z.string().trim().min(1).max(100_000);
const value = z.string().trim().max(1000).nullable();
const version = z.number().int().positive();

export const createProgressReportBody = z.object({
  measureId: idSchema,
  indicatorId: idSchema.nullable().optional(),
  dueDate: isoDateSchema
    .nullable()
    .optional()
    .describe("one of the indicator's due dates; none: unscheduled"),
  text,
  value: value.optional(),
  links: linksSchema.default([]).describe('evidence: http(s) addresses'),
});
export type CreateProgressReportInput = z.infer<typeof createProgressReportBody>;

export const updateProgressReportBody = z.object({
  version,
  text: text.optional(),
  value: value.optional(),
  links: linksSchema.optional(),
});
export type UpdateProgressReportInput = z.infer<typeof updateProgressReportBody>;

export const versionBody = z.object({ version });
export const returnBody = z.object({
  version,
  comment: z.string().trim().min(1, 'say what should change').max(10_000),
});

export const progressReportListQuery = z.object({
  measureId: z.coerce.number().int().positive().optional(),
  indicatorId: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  status: z.enum(PROGRESS_REPORT_STATUSES).optional(),
});

export const progressReportDto = z.object({
  id: z.number().int(),
  measureId: z.number().int(),
  indicatorId: z.number().int().nullable(),
  dueDate: z.string().nullable(),
  text: z.string(),
  value: z.string().nullable(),
  links: z.array(z.string()),
  status: z.enum(PROGRESS_REPORT_STATUSES),
  reviewComment: z.string().nullable(),
  authorId: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: z.number().int().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  attachments: z.array(attachmentDto),
  abilities: abilitiesSchema.describe('update: edit, attach and submit; approve: approve or return'),
});
export type ProgressReportDto = z.infer<typeof progressReportDto>;

export function presentProgressReport(
  row: ProgressReportRow,
  agencyIds: number[],
  attachments: AttachmentMeta[],
  caller: Caller,
): ProgressReportDto {
  return {
    id: row.id,
    measureId: row.measure_id,
    indicatorId: row.indicator_id,
    dueDate: row.due_date,
    text: row.text,
    value: row.value,
    links: parseLinks(row.links),
    status: row.status,
    reviewComment: row.review_comment,
    authorId: row.author_id,
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    attachments: attachments.map(presentAttachment),
    abilities: abilities(caller, 'progress_report', { agencyIds, status: row.status }),
  };
}

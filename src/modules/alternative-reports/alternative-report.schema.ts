/** Request schemas and the presenter of alternative reports. */
import { z } from 'zod';
import { type AlternativeReportRow, REPORT_PERSON_ROLES, REPORT_STATUSES } from '../../db/schema.ts';
import { localizedDto } from '../people/person.schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import type { ReportLinks } from './alternative-report.repository.ts';
import type { AttachmentMeta } from './attachment.repository.ts';
import { attachmentDto } from './attachment.routes.ts';
import { presentAttachment } from './attachment.service.ts';

const id = z.number().int().positive();
const title = z.string().trim().min(1).max(1000);
const longText = z.string().trim().max(100_000).nullable();
const date = z.iso.date().nullable();

const links = {
  termIds: z.array(id).max(200).optional().describe('themes: taxonomy terms'),
  recommendations: z
    .array(z.object({ recommendationId: id, note: z.string().trim().max(5000).nullable().default(null) }))
    .max(2000)
    .optional()
    .describe('linked UN recommendations, each with a note'),
  people: z
    .array(z.object({ personId: id, role: z.enum(REPORT_PERSON_ROLES) }))
    .max(200)
    .optional()
    .describe('authors and experts'),
  items: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(10_000),
        recommendationIds: z.array(id).max(200).default([]),
      }),
    )
    .max(500)
    .optional()
    .describe("the report's own recommendations to the government"),
};

export const createReportBody = z.object({
  coalitionId: id,
  number: z.number().int().min(1).max(10_000),
  titleRu: title,
  titleKk: title.optional(),
  titleEn: title.optional(),
  coordinatingOrganizationId: id.nullable().optional(),
  summary: longText.optional(),
  findings: longText.optional(),
  status: z.enum(REPORT_STATUSES).default('draft'),
  submittedOn: date.optional(),
  discussedOn: date.optional(),
  ...links,
});
export type CreateReportInput = z.infer<typeof createReportBody>;

export const updateReportBody = createReportBody
  .omit({ coalitionId: true, status: true })
  .partial()
  .extend({
    version: z.number().int().positive(),
    status: z.enum(REPORT_STATUSES).optional(),
    archived: z.boolean().optional(),
  });
export type UpdateReportInput = z.infer<typeof updateReportBody>;

export const reportListQuery = z.object({
  coalitionId: z.coerce.number().int().positive().optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  termId: z.coerce.number().int().positive().optional(),
  recommendationId: z.coerce.number().int().positive().optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('words in the title, summary, findings, items or attachments'),
  includeArchived: z.stringbool().optional(),
});

export const reportDto = z.object({
  id: z.number().int(),
  coalitionId: z.number().int(),
  number: z.number().int(),
  title: localizedDto,
  coordinatingOrganizationId: z.number().int().nullable(),
  summary: z.string().nullable(),
  findings: z.string().nullable(),
  status: z.enum(REPORT_STATUSES),
  submittedOn: z.string().nullable(),
  discussedOn: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
  termIds: z.array(z.number().int()),
  recommendations: z.array(z.object({ recommendationId: z.number().int(), note: z.string().nullable() })),
  people: z.array(z.object({ personId: z.number().int(), role: z.enum(REPORT_PERSON_ROLES) })),
  items: z.array(
    z.object({ id: z.number().int(), text: z.string(), recommendationIds: z.array(z.number().int()) }),
  ),
  attachments: z.array(attachmentDto),
  abilities: abilitiesSchema,
});
export type ReportDto = z.infer<typeof reportDto>;

export const coverageDto = z.object({
  coalitionId: z.number().int(),
  total: z.number().int(),
  discussed: z.array(z.number().int()).describe('report numbers'),
  remaining: z.array(z.number().int()).describe('report numbers not yet discussed'),
});

/** What the policy needs to know of a report. */
export function reportRecord(
  row: Pick<AlternativeReportRow, 'status' | 'coalition_id' | 'coordinating_organization_id'>,
) {
  return {
    published: row.status !== 'draft',
    organizationIds: [
      row.coalition_id,
      ...(row.coordinating_organization_id ? [row.coordinating_organization_id] : []),
    ],
  };
}

export function presentReport(
  row: AlternativeReportRow,
  linked: ReportLinks,
  attachments: AttachmentMeta[],
  caller: Caller,
): ReportDto {
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    number: row.number,
    title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
    coordinatingOrganizationId: row.coordinating_organization_id,
    summary: row.summary,
    findings: row.findings,
    status: row.status,
    submittedOn: row.submitted_on,
    discussedOn: row.discussed_on,
    archived: row.archived === 1,
    version: row.version,
    ...linked,
    attachments: attachments.map(presentAttachment),
    abilities: abilities(caller, 'alternative_report', reportRecord(row)),
  };
}

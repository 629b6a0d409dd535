/** Request schemas and the presenter of public summaries. */
import { z } from 'zod';
import type { PublicSummaryRow } from '../../db/schema.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';

export const languageSchema = z.enum(LANGUAGES);

export const generateSummaryBody = z.object({ lang: languageSchema });
export const summaryDraftDto = z.object({
  lang: languageSchema,
  title: z.string(),
  body: z.string().describe('paragraphs separated by blank lines'),
});

export const summaryParams = z.object({ id: z.coerce.number().int().positive(), lang: languageSchema });

export const saveSummaryBody = z.object({
  title: z.string().trim().min(1).max(1000).optional(),
  body: z.string().trim().min(1).max(100_000).optional(),
  published: z.boolean().optional().describe('true publishes it (and its consultation) to the public'),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('the version you read; required to change a saved one'),
});

export const summaryDto = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  lang: languageSchema,
  title: z.string(),
  body: z.string(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type SummaryDto = z.infer<typeof summaryDto>;

export const summaryListQuery = z.object({ lang: languageSchema.optional() });

export function presentSummary(row: PublicSummaryRow, caller: Caller): SummaryDto {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    lang: row.lang,
    title: row.title,
    body: row.body,
    published: row.published === 1,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: abilities(caller, 'summary', { published: row.published === 1 }),
  };
}

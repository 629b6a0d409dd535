/** Zod schema of a review report request. */
import { z } from 'zod';
import { LANGUAGES } from '../../i18n/index.ts';
import { REPORT_FORMATS, REPORT_KINDS } from './report.model.ts';

export const reviewReportQuery = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code, e.g. KAZ')
    .describe('state under review (ISO3)'),
  cycle: z.coerce.number().int().min(1).max(10).describe('UPR cycle'),
  kind: z.enum(REPORT_KINDS).default('midterm').describe('mid-term report or annex to the national report'),
  format: z.enum(REPORT_FORMATS).default('docx'),
  lang: z.enum(LANGUAGES).default('ru'),
});

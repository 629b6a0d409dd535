/** Request schemas and the presenter: the only shape of a recommendation that leaves the server. */
import { z } from 'zod';
import type { Position, RecommendationRow, RegionalGroup } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { POSITIONS } from '../stats/stats.service.ts';
import type { RecommendationLinks, SortField } from './recommendation.repository.ts';
import { SORT_FIELDS } from './recommendation.repository.ts';

const POSITION_ENUM = z.enum(POSITIONS as [Position, ...Position[]]);
const REGIONAL_GROUPS = [
  'African',
  'Asia-Pacific',
  'Eastern European',
  'GRULAC',
  'WEOG',
] as const satisfies RegionalGroup[];

const csvList = z.string().transform((value) =>
  value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);
const positionList = csvList.pipe(z.array(POSITION_ENUM).max(10));
const intList = (max: number) =>
  csvList.pipe(z.array(z.coerce.number<string>().int().min(1).max(max)).max(100));

const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO3 code')
  .transform((s) => s.toUpperCase());

export const recommendationFilterQuery = z.object({
  state: iso3.optional().describe('state under review (ISO3)'),
  cycle: z.coerce.number().int().min(1).max(4).optional(),
  session: z.coerce.number().int().min(1).max(99).optional(),
  position: positionList.optional().describe('comma-separated positions'),
  mechanism: z.string().max(20).optional(),
  recommendingState: iso3.optional(),
  regionalGroup: z.enum(REGIONAL_GROUPS).optional().describe('regional group of a recommending state'),
  term: intList(Number.MAX_SAFE_INTEGER).optional().describe('comma-separated term ids: any of them'),
  actionCategory: intList(5).optional(),
  paragraph: z.string().max(50).optional(),
  documentSymbol: z.string().max(100).optional(),
  textLang: z.string().max(10).optional(),
  positionSource: z.string().max(200).optional(),
  key: z.string().max(300).optional(),
  agency: z.coerce.number().int().positive().optional().describe('assigned to this agency'),
  published: z.stringbool().optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional().describe('default exclude'),
  updatedSince: z.iso.datetime().optional(),
  q: z.string().max(500).optional().describe('words that must all occur in the text'),
  discussed: z
    .stringbool()
    .optional()
    .describe('true: dealt with at a consultation (agenda, a report on its agenda, a follow-up); false: not'),
  repeated: z
    .stringbool()
    .optional()
    .describe('true: repeats a recommendation its state received in an earlier cycle; false: not'),
});

const SORTS = Object.keys(SORT_FIELDS).flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const recommendationListQuery = recommendationFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  sort: z.enum(SORTS).default('id').describe('a field, `-` first for descending'),
  cursor: z.string().max(500).optional().describe('`nextCursor` of the previous page'),
});

export const recommendationIdParams = z.object({ id: z.coerce.number().int().positive() });

export function parseSort(sort: string): { field: SortField; direction: 'asc' | 'desc' } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as SortField, direction: 'desc' }
    : { field: sort as SortField, direction: 'asc' };
}

const text = z.string().trim().min(1).max(20_000);
const translations = z.partialRecord(z.enum(['en', 'ru', 'kk', 'fr', 'es']), z.string().max(20_000));

export const createRecommendationBody = z.object({
  mechanism: z.string().max(20).default('UPR'),
  stateUnderReview: iso3,
  cycle: z.number().int().min(1).max(4).nullable().default(null),
  session: z.number().int().min(1).max(99).nullable().default(null),
  paragraph: z.string().trim().max(50).nullable().default(null),
  documentSymbol: z.string().trim().max(100).nullable().default(null),
  text,
  textLang: z.enum(['en', 'ru', 'kk', 'fr', 'es']).default('en'),
  translations: translations.default({}),
  recommendingStates: z.array(iso3).max(200).default([]),
  position: POSITION_ENUM.default('unknown'),
  positionSource: z.string().trim().max(200).nullable().default(null),
  actionCategory: z.number().int().min(1).max(5).nullable().default(null),
  termIds: z.array(z.number().int().positive()).max(200).default([]),
  agencyIds: z.array(z.number().int().positive()).max(100).default([]),
  published: z.boolean().default(false).describe('new records start as drafts'),
});
export type CreateRecommendationInput = z.infer<typeof createRecommendationBody>;

export const updateRecommendationBody = z.object({
  version: z.number().int().positive().describe('the version the change is based on'),
  cycle: z.number().int().min(1).max(4).nullable().optional(),
  session: z.number().int().min(1).max(99).nullable().optional(),
  paragraph: z.string().trim().max(50).nullable().optional(),
  documentSymbol: z.string().trim().max(100).nullable().optional(),
  text: text.optional(),
  textLang: z.enum(['en', 'ru', 'kk', 'fr', 'es']).optional(),
  translations: translations.optional(),
  recommendingStates: z.array(iso3).max(200).optional(),
  position: POSITION_ENUM.optional(),
  positionSource: z.string().trim().max(200).nullable().optional(),
  actionCategory: z.number().int().min(1).max(5).nullable().optional(),
  termIds: z.array(z.number().int().positive()).max(200).optional().describe('replaces the manual terms'),
  agencyIds: z.array(z.number().int().positive()).max(100).optional(),
  published: z.boolean().optional(),
});
export type UpdateRecommendationInput = z.infer<typeof updateRecommendationBody>;

export const bulkUpdateBody = z.object({
  items: z
    .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }))
    .min(1)
    .max(500),
  set: z
    .object({
      position: POSITION_ENUM.optional(),
      addTermIds: z.array(z.number().int().positive()).max(50).optional(),
      removeTermIds: z.array(z.number().int().positive()).max(50).optional(),
      agencyIds: z.array(z.number().int().positive()).max(50).optional().describe('replaces the assignment'),
      published: z.boolean().optional(),
    })
    .refine((s) => Object.values(s).some((v) => v !== undefined), 'set at least one field'),
});
export type BulkUpdateInput = z.infer<typeof bulkUpdateBody>;

export const versionBody = z.object({ version: z.number().int().positive() });

export const recommendationDto = z.object({
  id: z.number().int(),
  key: z.string(),
  mechanism: z.string(),
  stateUnderReview: z.string(),
  cycle: z.number().int().nullable(),
  session: z.number().int().nullable(),
  paragraph: z.string().nullable(),
  documentSymbol: z.string().nullable(),
  text: z.string(),
  textLang: z.string(),
  detectedLang: z
    .object({ lang: z.string(), confidence: z.number() })
    .nullable()
    .describe("the text's language as detected on import (fastText), beside the declared textLang"),
  translations: z.record(z.string(), z.string()),
  recommendingStates: z.array(z.string()),
  position: z.string(),
  positionSource: z.string().nullable(),
  actionCategory: z.number().int().nullable(),
  terms: z.array(
    z.object({
      termId: z.number().int(),
      taxonomy: z.string(),
      code: z.string(),
      label: z.string().describe('the English label'),
      labels: z
        .object({ en: z.string(), ru: z.string(), kk: z.string() })
        .describe('the label in each interface language'),
      origin: z.string(),
      confidence: z.number().nullable(),
    }),
  ),
  agencyIds: z.array(z.number().int()),
  published: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.record(z.string(), z.boolean()).optional(),
});
export type RecommendationDto = z.infer<typeof recommendationDto>;

export const recommendationPageDto = z.object({
  items: z.array(recommendationDto),
  total: z.number().int(),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last'),
  abilities: z.record(z.string(), z.boolean()).describe("the caller's abilities on recommendations"),
});

export function presentRecommendation(
  row: RecommendationRow,
  links?: RecommendationLinks,
  agencyIds: number[] = [],
  caller?: Caller,
): RecommendationDto {
  const dto: RecommendationDto = {
    id: row.id,
    key: row.natural_key,
    mechanism: row.mechanism_code,
    stateUnderReview: row.state_under_review,
    cycle: row.cycle,
    session: row.session,
    paragraph: row.paragraph,
    documentSymbol: row.document_symbol,
    text: row.text,
    textLang: row.text_lang,
    detectedLang:
      row.detected_lang === null
        ? null
        : { lang: row.detected_lang, confidence: row.detected_lang_confidence ?? 0 },
    translations: links?.translations ?? {},
    recommendingStates: links?.recommendingStates ?? [],
    position: row.position,
    positionSource: row.position_source,
    actionCategory: row.action_category,
    // Suggested links are never shown as the recommendation's terms: see GET /recommendations/{id}/suggestions.
    terms: (links?.terms ?? []).filter((t) => t.origin !== 'suggested'),
    agencyIds,
    published: row.published === 1,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (caller !== undefined)
    dto.abilities = abilities(caller, 'recommendation', { published: dto.published, agencyIds });
  return dto;
}

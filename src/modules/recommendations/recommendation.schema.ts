/** Request schemas and the presenter: the only shape of a recommendation that leaves the server. */
import { z } from 'zod';
import type { Position, RecommendationRow } from '../../db/schema.ts';
import { POSITIONS } from '../stats/stats.service.ts';
import type { RecommendationLinks } from './recommendation.repository.ts';

const positionList = z
  .string()
  .transform((value) => value.split(',').map((p) => p.trim()))
  .pipe(z.array(z.enum(POSITIONS as [Position, ...Position[]])));

export const recommendationFilterQuery = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO3 code')
    .transform((s) => s.toUpperCase())
    .optional(),
  cycle: z.coerce.number().int().min(1).max(4).optional(),
  session: z.coerce.number().int().min(1).max(99).optional(),
  position: positionList.optional(),
  recommendingState: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO3 code')
    .transform((s) => s.toUpperCase())
    .optional(),
  q: z.string().max(500).optional(),
});

export const recommendationListQuery = recommendationFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const recommendationIdParams = z.object({ id: z.coerce.number().int().positive() });

export interface RecommendationDto {
  id: number;
  key: string;
  mechanism: string;
  stateUnderReview: string;
  cycle: number | null;
  session: number | null;
  paragraph: string | null;
  documentSymbol: string | null;
  text: string;
  textLang: string;
  translations: Record<string, string>;
  recommendingStates: string[];
  position: string;
  positionSource: string | null;
  actionCategory: number | null;
  terms: { taxonomy: string; code: string; label: string; origin: string; confidence: number | null }[];
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function presentRecommendation(
  row: RecommendationRow,
  links?: RecommendationLinks,
): RecommendationDto {
  return {
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
    translations: links?.translations ?? {},
    recommendingStates: links?.recommendingStates ?? [],
    position: row.position,
    positionSource: row.position_source,
    actionCategory: row.action_category,
    terms: (links?.terms ?? []).map(({ taxonomy, code, label, origin, confidence }) => ({
      taxonomy,
      code,
      label,
      origin,
      confidence,
    })),
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Query and response schemas of the explorer's facets: live counts for the current filters. */
import { z } from 'zod';
import { recommendationFilterQuery } from '../recommendations/recommendation.schema.ts';

/** The facets, in the order the explorer shows them; each names the filter parameter it sets. */
export const FACETS = {
  state: { param: 'state' },
  cycle: { param: 'cycle' },
  session: { param: 'session' },
  position: { param: 'position' },
  recommendingState: { param: 'recommendingState' },
  regionalGroup: { param: 'regionalGroup' },
  theme: { param: 'term', taxonomy: 'ohchr-theme' },
  sdg: { param: 'term', taxonomy: 'sdg' },
  affectedPersons: { param: 'term', taxonomy: 'affected-persons' },
  issue: { param: 'term', taxonomy: 'upr-info-issue' },
  actionCategory: { param: 'actionCategory' },
  discussed: { param: 'discussed' },
  repeated: { param: 'repeated' },
} as const;
export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

export const facetQuery = recommendationFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('most values per term facet'),
  mode: z
    .enum(['facets', 'counts'])
    .default('facets')
    .describe('facets: each facet without its own filter (for choosing); counts: every filter (for charts)'),
});

export const facetItemDto = z.object({
  value: z.string().describe('what to put in the facet’s filter parameter'),
  count: z.number().int(),
  label: z.object({ en: z.string(), ru: z.string().nullable(), kk: z.string().nullable() }).optional(),
  code: z.string().optional(),
});
export type FacetItemDto = z.infer<typeof facetItemDto>;

export const facetsDto = z.object({
  total: z.number().int().describe('recommendations matching every filter'),
  facets: z
    .record(z.enum(FACET_NAMES as [FacetName, ...FacetName[]]), z.array(facetItemDto))
    .describe('each facet counts with every filter but its own, so its other values stay selectable'),
});
export type FacetsDto = z.infer<typeof facetsDto>;

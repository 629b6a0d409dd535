/** Zod schemas and presenters of similar recommendations and near-duplicate groups. */
import { z } from 'zod';
import { type Caller, can } from '../policies/policy.ts';
import type { NearDuplicateGroup, SimilarItem, SimilarResult } from './similar.service.ts';

const SNIPPET = 300;

export const similarItemDto = z.object({
  id: z.number().int(),
  stateUnderReview: z.string(),
  cycle: z.number().int().nullable(),
  paragraph: z.string().nullable(),
  text: z.string().describe(`the text, cut at ${SNIPPET} characters`),
  position: z.string(),
  status: z.string().nullable().describe("the government's implementation status"),
  score: z.number().describe('cosine similarity of the TF-IDF vectors, 0-1'),
});

export const similarDto = z.object({
  repeated: z
    .array(similarItemDto)
    .describe('the same state under review, earlier cycles: a repeated recommendation'),
  otherStates: z.array(similarItemDto).describe('the most similar recommendations to other states'),
});

export const reviewParams = z.object({
  state: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO3 of the state under review'),
  cycle: z.coerce.number().int().min(1).max(10),
});

export const nearDuplicatesDto = z.object({
  state: z.string(),
  cycle: z.number().int(),
  threshold: z.number().describe('the mean cosine a group reaches at least'),
  groups: z.array(
    z.object({
      score: z.number().describe("mean cosine between the group's members"),
      recommendations: z.array(similarItemDto),
    }),
  ),
  abilities: z
    .object({ createCluster: z.boolean() })
    .describe('whether the caller may turn a group into an implementation cluster (POST /api/clusters)'),
});

function presentItem(item: SimilarItem): z.infer<typeof similarItemDto> {
  return {
    id: item.id,
    stateUnderReview: item.stateUnderReview,
    cycle: item.cycle,
    paragraph: item.paragraph,
    text: item.text.length > SNIPPET ? `${item.text.slice(0, SNIPPET - 1)}…` : item.text,
    position: item.position,
    status: item.status,
    score: item.score,
  };
}

export function presentSimilar(result: SimilarResult): z.infer<typeof similarDto> {
  return { repeated: result.repeated.map(presentItem), otherStates: result.otherStates.map(presentItem) };
}

export function presentNearDuplicates(
  state: string,
  cycle: number,
  threshold: number,
  groups: NearDuplicateGroup[],
  caller: Caller,
): z.infer<typeof nearDuplicatesDto> {
  return {
    state,
    cycle,
    threshold,
    groups: groups.map((g) => ({ score: g.score, recommendations: g.recommendations.map(presentItem) })),
    abilities: { createCluster: can(caller, 'create', 'cluster') },
  };
}

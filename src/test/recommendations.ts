/**
 * A recommendation to create in tests, through the API's own defaults (`createRecommendationBody`): a
 * published, supported recommendation to Kazakhstan from France unless `fields` say otherwise.
 *
 * @example
 *   await new RecommendationService(db).create(recommendationInput({ text: 'Abolish the death penalty', cycle: 3 }), actor, audit);
 */
import type { z } from 'zod';
import {
  type CreateRecommendationInput,
  createRecommendationBody,
} from '../modules/recommendations/recommendation.schema.ts';

export function recommendationInput(
  fields: Partial<z.input<typeof createRecommendationBody>> & { text: string },
): CreateRecommendationInput {
  return createRecommendationBody.parse({
    stateUnderReview: 'KAZ',
    recommendingStates: ['FRA'],
    position: 'supported',
    published: true,
    ...fields,
  });
}

/** HTTP routes of similar recommendations and near-duplicates: validate, authorize, call the service, present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { callerOf } from '../../http/auth.ts';
import { notFound } from '../../http/problem.ts';
import { responses } from '../../http/responses.ts';
import { recommendationIdParams } from '../recommendations/recommendation.schema.ts';
import {
  nearDuplicatesDto,
  presentNearDuplicates,
  presentSimilar,
  reviewParams,
  similarDto,
} from './similar.schema.ts';
import { NEAR_DUPLICATE_THRESHOLD, SimilarService } from './similar.service.ts';

const tags = ['recommendations'];
const read = { resource: 'recommendation', action: 'read' } as const;

export const similarRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new SimilarService(db);

  app.get(
    '/api/recommendations/:id/similar',
    {
      schema: {
        tags,
        summary:
          'Similar recommendations: repeated from earlier cycles of the same state, and to other states',
        params: recommendationIdParams,
        response: responses(similarDto),
      },
      config: { policy: read },
    },
    async (request) => {
      const result = await service.similar(request.params.id, callerOf(request));
      if (!result) throw notFound(`no recommendation ${request.params.id}`);
      return presentSimilar(result);
    },
  );

  app.get(
    '/api/reviews/:state/:cycle/near-duplicates',
    {
      schema: {
        tags,
        summary: 'Groups of near-duplicate recommendations within one review (state and cycle)',
        params: reviewParams,
        response: responses(nearDuplicatesDto),
      },
      config: { policy: read },
    },
    async (request) => {
      const { state, cycle } = request.params;
      const caller = callerOf(request);
      const groups = await service.nearDuplicates(state, cycle, caller);
      return presentNearDuplicates(state, cycle, NEAR_DUPLICATE_THRESHOLD, groups, caller);
    },
  );
};

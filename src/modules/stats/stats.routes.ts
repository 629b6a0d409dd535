/** `GET /api/stats`: the same object as `upr stats --json` (the public counts published content only). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { filterOf } from '../recommendations/recommendation.routes.ts';
import { recommendationFilterQuery } from '../recommendations/recommendation.schema.ts';
import { visibleTo } from '../recommendations/recommendation.service.ts';
import { StatsService } from './stats.service.ts';

const statsDto = z.object({
  total: z.number().int(),
  byPosition: z.record(z.string(), z.number().int()),
  byCycle: z.array(z.object({ cycle: z.number().int().nullable(), count: z.number().int() })),
  byStateUnderReview: z.array(z.object({ state: z.string(), name: z.string(), count: z.number().int() })),
  topRecommendingStates: z.array(z.object({ state: z.string(), name: z.string(), count: z.number().int() })),
  byTerm: z.record(
    z.string(),
    z.array(z.object({ code: z.string(), label: z.string(), count: z.number().int() })),
  ),
});

export const statsRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new StatsService(db);
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['stats'],
        summary: 'Counts over the filtered list',
        querystring: recommendationFilterQuery,
        response: responses(statsDto),
      },
      config: { policy: { resource: 'stats', action: 'read' } },
    },
    async (request) => service.stats(visibleTo(callerOf(request), filterOf(request.query))),
  );
};

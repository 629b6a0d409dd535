/** `GET /api/stats`: the same object as `upr stats --json`. */
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { withoutUndefined } from '../recommendations/recommendation.routes.ts';
import { recommendationFilterQuery } from '../recommendations/recommendation.schema.ts';
import { StatsService } from './stats.service.ts';

export const statsRoutes: FastifyPluginAsync<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new StatsService(db);
  app.get('/api/stats', async (request) =>
    service.stats(withoutUndefined(recommendationFilterQuery.parse(request.query))),
  );
};

/** HTTP routes of recommendations: validate, call the service, present. */
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { HttpProblem } from '../../http/problem.ts';
import { recommendationIdParams, recommendationListQuery } from './recommendation.schema.ts';
import { RecommendationService } from './recommendation.service.ts';

export const recommendationRoutes: FastifyPluginAsync<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new RecommendationService(db);

  app.get('/api/recommendations', async (request) => {
    const { limit, offset, ...filter } = recommendationListQuery.parse(request.query);
    return service.list(withoutUndefined(filter), { limit, offset });
  });

  app.get('/api/recommendations/:id', async (request) => {
    const { id } = recommendationIdParams.parse(request.params);
    const recommendation = await service.get(id);
    if (!recommendation) throw new HttpProblem(404, 'Not Found', `no recommendation ${id}`);
    return recommendation;
  });
};

export function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

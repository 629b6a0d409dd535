/** The Fastify application: plugins, error shape, and each module's routes. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { recommendationRoutes } from '../modules/recommendations/recommendation.routes.ts';
import { statsRoutes } from '../modules/stats/stats.routes.ts';
import { problemHandler } from './problem.ts';

export interface AppOptions {
  database: Database;
  logger?: boolean;
}

export async function buildApp({ database, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1_048_576 });
  app.setErrorHandler(problemHandler);
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `no route ${request.method} ${request.url}`,
      });
  });
  app.get('/api/health', async () => ({ status: 'ok' }));
  await app.register(recommendationRoutes, { db: database.db });
  await app.register(statsRoutes, { db: database.db });
  return app;
}

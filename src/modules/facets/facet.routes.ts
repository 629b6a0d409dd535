/** HTTP route of the explorer's facets. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { filterOf } from '../recommendations/recommendation.routes.ts';
import { facetQuery, facetsDto } from './facet.schema.ts';
import { FacetService } from './facet.service.ts';

export const facetRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new FacetService(db);

  app.get(
    '/api/recommendations/facets',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Counts per facet value for the current filters (each facet without its own filter)',
        querystring: facetQuery,
        response: responses(facetsDto),
      },
      config: { policy: { resource: 'recommendation', action: 'read' } },
    },
    async (request) => {
      const { limit, mode, ...query } = request.query;
      return service.facets(filterOf(query), callerOf(request), limit, mode);
    },
  );
};

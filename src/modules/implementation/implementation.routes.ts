/**
 * Implementation tracking's HTTP API: clusters, measures and indicators, progress reports, civil-society
 * assessments, each recommendation's status (`/api/recommendations/:id/implementation`) and the review's list.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import { assessmentRoutes } from './assessment.routes.ts';
import { clusterRoutes } from './cluster.routes.ts';
import {
  implementationDto,
  overrideBody,
  reviewStatusDto,
  reviewStatusQuery,
} from './implementation.schema.ts';
import { ImplementationService } from './implementation.service.ts';
import { implementationDashboardRoutes } from './implementation-dashboard.routes.ts';
import { measureRoutes } from './measure.routes.ts';
import { progressReportRoutes } from './progress-report.routes.ts';

const tags = ['implementation'];
const read = { resource: 'implementation', action: 'read' } as const;

export const implementationRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB>; uploadLimit: number }> = async (
  app,
  { db, uploadLimit },
) => {
  await app.register(clusterRoutes, { db });
  await app.register(measureRoutes, { db });
  await app.register(progressReportRoutes, { db, uploadLimit });
  await app.register(assessmentRoutes, { db });
  await app.register(implementationDashboardRoutes, { db });
  const service = new ImplementationService(db);

  app.get(
    '/api/recommendations/:id/implementation',
    {
      schema: {
        tags,
        summary: "A recommendation's implementation: both statuses, measures, clusters, latest progress",
        params: idParams,
        response: responses(implementationDto),
      },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.put(
    '/api/recommendations/:id/implementation/override',
    {
      schema: {
        tags,
        summary:
          'Override the derived status with a reason (status null clears it); send the version you read',
        params: idParams,
        body: overrideBody,
        response: responses(implementationDto),
      },
      config: { policy: { resource: 'implementation', action: 'update' } },
    },
    async (request) =>
      service.override(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  app.get(
    '/api/implementation/recommendations',
    {
      schema: {
        tags,
        summary: "A review's recommendations with the government's status and civil society's assessments",
        querystring: reviewStatusQuery,
        response: responses(reviewStatusDto),
      },
      config: { policy: read },
    },
    async (request) => service.review(request.query, callerOf(request)),
  );
};

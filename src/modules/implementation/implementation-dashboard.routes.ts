/** `/api/implementation/progress`, `/overdue` and `/assessment-gap`: the dashboards' figures. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import {
  gapDto,
  gapQuery,
  overdueDto,
  overdueQuery,
  progressDto,
  progressQuery,
} from './implementation-dashboard.schema.ts';
import { ImplementationDashboardService } from './implementation-dashboard.service.ts';

const tags = ['implementation'];
const read = { resource: 'implementation', action: 'read' } as const;

export const implementationDashboardRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (
  app,
  { db },
) => {
  const service = new ImplementationDashboardService(db);

  app.get(
    '/api/implementation/progress',
    {
      schema: {
        tags,
        summary: "Recommendations by the government's status, per theme, lead agency or cycle",
        querystring: progressQuery,
        response: responses(progressDto),
      },
      config: { policy: read },
    },
    async (request) => service.progress(request.query, callerOf(request)),
  );

  app.get(
    '/api/implementation/overdue',
    {
      schema: {
        tags,
        summary: 'Due dates of indicator schedules without a submitted or approved report, per lead agency',
        querystring: overdueQuery,
        response: responses(overdueDto),
      },
      config: { policy: read },
    },
    async (request) => service.overdue(request.query, callerOf(request)),
  );

  app.get(
    '/api/implementation/assessment-gap',
    {
      schema: {
        tags,
        summary: "Civil society's assessments against the government's status: a count matrix",
        querystring: gapQuery,
        response: responses(gapDto),
      },
      config: { policy: read },
    },
    async (request) => service.gap(request.query, callerOf(request)),
  );
};

/** `/api/alternative-reports`: a coalition's numbered reports, their attachments and its coverage. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import {
  coverageDto,
  createReportBody,
  reportDto,
  reportListQuery,
  updateReportBody,
} from './alternative-report.schema.ts';
import { AlternativeReportService } from './alternative-report.service.ts';
import { attachmentRoutes } from './attachment.routes.ts';

const tags = ['alternative reports'];
const read = { resource: 'alternative_report', action: 'read' } as const;
const update = { resource: 'alternative_report', action: 'update' } as const;

export const alternativeReportRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB>; uploadLimit: number }> = async (
  app,
  { db, uploadLimit },
) => {
  const service = new AlternativeReportService(db);

  app.get(
    '/api/alternative-reports',
    {
      schema: {
        tags,
        summary: 'List (the public sees all but drafts)',
        querystring: reportListQuery,
        response: responses(z.object({ items: z.array(reportDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      const { includeArchived, ...filter } = request.query;
      return {
        items: await service.list(
          { ...withoutUndefined(filter), ...(includeArchived ? { includeArchived } : {}) },
          callerOf(request),
        ),
      };
    },
  );

  app.get(
    '/api/alternative-reports/coverage',
    {
      schema: {
        tags,
        summary: "A coalition's reports discussed and remaining",
        querystring: z.object({ coalitionId: z.coerce.number().int().positive() }),
        response: responses(coverageDto),
      },
      config: { policy: read },
    },
    async (request) => service.coverage(request.query.coalitionId, callerOf(request)),
  );

  app.get(
    '/api/alternative-reports/:id',
    {
      schema: { tags, summary: 'Read one', params: idParams, response: responses(reportDto) },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/alternative-reports',
    {
      schema: { tags, summary: 'Create', body: createReportBody, response: responses(reportDto, 201) },
      config: { policy: { resource: 'alternative_report', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/alternative-reports/:id',
    {
      schema: {
        tags,
        summary:
          'Update, archive or restore (send the version you read); link lists given replace the old ones',
        params: idParams,
        body: updateReportBody,
        response: responses(reportDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  attachmentRoutes(app, {
    base: '/api/alternative-reports',
    resource: 'alternative_report',
    tags,
    service,
    uploadLimit,
  });
};

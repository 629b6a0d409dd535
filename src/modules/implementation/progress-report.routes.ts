/** `/api/progress-reports`: reports on measures, their approval flow and evidence attachments. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { attachmentRoutes } from '../alternative-reports/attachment.routes.ts';
import { idParams } from '../users/user.schema.ts';
import {
  createProgressReportBody,
  progressReportDto,
  progressReportListQuery,
  returnBody,
  updateProgressReportBody,
  versionBody,
} from './progress-report.schema.ts';
import { ProgressReportService } from './progress-report.service.ts';

const tags = ['implementation'];
const read = { resource: 'progress_report', action: 'read' } as const;
const update = { resource: 'progress_report', action: 'update' } as const;
const approve = { resource: 'progress_report', action: 'approve' } as const;

export const progressReportRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB>; uploadLimit: number }> = async (
  app,
  { db, uploadLimit },
) => {
  const service = new ProgressReportService(db);

  app.get(
    '/api/progress-reports',
    {
      schema: {
        tags,
        summary: 'List progress reports, newest first (the public sees approved ones)',
        querystring: progressReportListQuery,
        response: responses(z.object({ items: z.array(progressReportDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      return { items: await service.list(withoutUndefined(request.query), callerOf(request)) };
    },
  );

  app.get(
    '/api/progress-reports/:id',
    {
      schema: {
        tags,
        summary: 'Read one progress report',
        params: idParams,
        response: responses(progressReportDto),
      },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/progress-reports',
    {
      schema: {
        tags,
        summary: 'Write a progress report (a draft), for a due date of an indicator or unscheduled',
        body: createProgressReportBody,
        response: responses(progressReportDto, 201),
      },
      config: { policy: { resource: 'progress_report', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/progress-reports/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft or returned report (send the version you read)',
        params: idParams,
        body: updateProgressReportBody,
        response: responses(progressReportDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  app.post(
    '/api/progress-reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft or returned report to the coordinator',
        params: idParams,
        body: versionBody,
        response: responses(progressReportDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.submit(request.params.id, request.body.version, callerOf(request), auditActorFrom(request)),
  );

  app.post(
    '/api/progress-reports/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a submitted report (it becomes read-only)',
        params: idParams,
        body: versionBody,
        response: responses(progressReportDto),
      },
      config: { policy: approve },
    },
    async (request) =>
      service.approve(request.params.id, request.body.version, callerOf(request), auditActorFrom(request)),
  );

  app.post(
    '/api/progress-reports/:id/return',
    {
      schema: {
        tags,
        summary: 'Return a submitted report to its author, saying what should change',
        params: idParams,
        body: returnBody,
        response: responses(progressReportDto),
      },
      config: { policy: approve },
    },
    async (request) =>
      service.return(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  attachmentRoutes(app, {
    base: '/api/progress-reports',
    resource: 'progress_report',
    tags,
    service,
    uploadLimit,
  });
};

/** `/api/alternative-reports`: a coalition's numbered reports, their attachments and its coverage. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
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
import { attachmentDto, attachmentParams, receiveFile } from './attachment.routes.ts';
import { ATTACHMENT_KINDS, presentAttachment } from './attachment.service.ts';

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
      const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
      return {
        items: await service.list(
          { ...clean, ...(includeArchived ? { includeArchived } : {}) },
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

  app.post(
    '/api/alternative-reports/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a PDF or DOCX document (multipart, part `file`)',
        consumes: ['multipart/form-data'],
        params: idParams,
        description:
          'A wrong type is refused with 415, a file past the upload limit with 413, a name with a path with 400.',
        response: responses(attachmentDto, 201),
      },
      config: { policy: update },
    },
    async (request, reply) => {
      const file = await receiveFile(request, uploadLimit);
      const row = await service.attach(request.params.id, file, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return presentAttachment(row);
    },
  );

  app.get(
    '/api/alternative-reports/:id/attachments/:attachmentId',
    {
      schema: { tags, summary: 'Download an attachment', params: attachmentParams },
      config: { policy: read },
    },
    async (request, reply) => {
      const row = await service.attachment(request.params.id, request.params.attachmentId, callerOf(request));
      return reply
        .type(ATTACHMENT_KINDS[row.kind])
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
        .header('x-checksum-sha256', row.checksum)
        .send(Buffer.from(row.content));
    },
  );
};

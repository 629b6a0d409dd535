/** `/api/consultations` and the dialogue coverage of recommendations and themes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { attachmentRoutes } from '../alternative-reports/attachment.routes.ts';
import { idParams } from '../users/user.schema.ts';
import { DialogueCoverageService } from './consultation.coverage.ts';
import {
  consultationDto,
  consultationListQuery,
  createConsultationBody,
  dialogueDto,
  updateConsultationBody,
} from './consultation.schema.ts';
import { ConsultationService } from './consultation.service.ts';

const tags = ['consultations'];
const read = { resource: 'consultation', action: 'read' } as const;
const update = { resource: 'consultation', action: 'update' } as const;

export const consultationRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB>; uploadLimit: number }> = async (
  app,
  { db, uploadLimit },
) => {
  const service = new ConsultationService(db);
  const coverage = new DialogueCoverageService(db);

  app.get(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'List, newest first (the public sees published ones)',
        querystring: consultationListQuery,
        response: responses(z.object({ items: z.array(consultationDto) })),
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
    '/api/consultations/:id',
    {
      schema: { tags, summary: 'Read one', params: idParams, response: responses(consultationDto) },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'Create',
        body: createConsultationBody,
        response: responses(consultationDto, 201),
      },
      config: { policy: { resource: 'consultation', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/consultations/:id',
    {
      schema: {
        tags,
        summary: 'Update, archive or restore (send the version you read); lists given replace the old ones',
        params: idParams,
        body: updateConsultationBody,
        response: responses(consultationDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  attachmentRoutes(app, { base: '/api/consultations', resource: 'consultation', tags, service, uploadLimit });

  app.get(
    '/api/recommendations/:id/dialogue',
    {
      schema: {
        tags,
        summary: 'The alternative reports and consultations that dealt with a recommendation',
        params: idParams,
        response: responses(dialogueDto),
      },
      config: { policy: read },
    },
    async (request) => coverage.forRecommendation(request.params.id, callerOf(request)),
  );

  app.get(
    '/api/terms/:id/dialogue',
    {
      schema: {
        tags,
        summary: 'The alternative reports and consultations that dealt with a theme',
        params: idParams,
        response: responses(dialogueDto),
      },
      config: { policy: read },
    },
    async (request) => coverage.forTerm(request.params.id, callerOf(request)),
  );
};

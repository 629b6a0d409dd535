/** `/api/assessments`: civil society's assessments of implementation. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import {
  assessmentDto,
  assessmentListQuery,
  createAssessmentBody,
  updateAssessmentBody,
} from './assessment.schema.ts';
import { AssessmentService } from './assessment.service.ts';

const tags = ['implementation'];
const read = { resource: 'assessment', action: 'read' } as const;

export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new AssessmentService(db);

  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'List civil-society assessments (of a recommendation or an organization)',
        querystring: assessmentListQuery,
        response: responses(z.object({ items: z.array(assessmentDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      return { items: await service.list(withoutUndefined(request.query), callerOf(request)) };
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: { tags, summary: 'Read one assessment', params: idParams, response: responses(assessmentDto) },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'Assess a recommendation for your organization (one per organization; 409 if it exists)',
        body: createAssessmentBody,
        response: responses(assessmentDto, 201),
      },
      config: { policy: { resource: 'assessment', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Update an assessment (send the version you read)',
        params: idParams,
        body: updateAssessmentBody,
        response: responses(assessmentDto),
      },
      config: { policy: { resource: 'assessment', action: 'update' } },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );
};

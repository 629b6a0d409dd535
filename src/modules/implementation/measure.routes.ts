/** `/api/measures` and their indicators (`/api/measures/:id/indicators`, `/api/indicators/:id`). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import {
  createIndicatorBody,
  createMeasureBody,
  indicatorDto,
  measureDto,
  measureListQuery,
  updateIndicatorBody,
  updateMeasureBody,
} from './measure.schema.ts';
import { MeasureService } from './measure.service.ts';

const tags = ['implementation'];
const read = { resource: 'measure', action: 'read' } as const;
const update = { resource: 'measure', action: 'update' } as const;

export const measureRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new MeasureService(db);

  app.get(
    '/api/measures',
    {
      schema: {
        tags,
        summary: 'List measures (of a review, an agency, a recommendation or a cluster)',
        querystring: measureListQuery,
        response: responses(z.object({ items: z.array(measureDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      return { items: await service.list(withoutUndefined(request.query), callerOf(request)) };
    },
  );

  app.get(
    '/api/measures/:id',
    {
      schema: {
        tags,
        summary: 'Read one measure with its indicators',
        params: idParams,
        response: responses(measureDto),
      },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/measures',
    {
      schema: {
        tags,
        summary: 'Create a measure',
        body: createMeasureBody,
        response: responses(measureDto, 201),
      },
      config: { policy: { resource: 'measure', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/measures/:id',
    {
      schema: {
        tags,
        summary: 'Update a measure (send the version you read); agencies and links: the coordinator only',
        params: idParams,
        body: updateMeasureBody,
        response: responses(measureDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  app.post(
    '/api/measures/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator, with its reporting schedule',
        params: idParams,
        body: createIndicatorBody,
        response: responses(indicatorDto, 201),
      },
      config: { policy: update },
    },
    async (request, reply) => {
      const dto = await service.addIndicator(
        request.params.id,
        request.body,
        callerOf(request),
        auditActorFrom(request),
      );
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Update or archive an indicator (send the version you read)',
        params: idParams,
        body: updateIndicatorBody,
        response: responses(indicatorDto),
      },
      config: { policy: update },
    },
    async (request) =>
      service.updateIndicator(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );
};

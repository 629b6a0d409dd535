/** HTTP routes of recommendations: validate, authorize, call the service, present. */
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { notFound } from '../../http/problem.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { auditEntryDto } from '../audit/audit.schema.ts';
import { EXPORT_FORMATS, ExportService } from '../exports/export.service.ts';
import type { RecommendationFilter } from './recommendation.repository.ts';
import {
  bulkUpdateBody,
  createRecommendationBody,
  parseSort,
  recommendationDto,
  recommendationFilterQuery,
  recommendationIdParams,
  recommendationListQuery,
  recommendationPageDto,
  updateRecommendationBody,
  versionBody,
} from './recommendation.schema.ts';
import { RecommendationService, visibleTo } from './recommendation.service.ts';

const tags = ['recommendations'];
const read = { resource: 'recommendation', action: 'read' } as const;

/** The query's filter in the repository's terms. */
export function filterOf(query: z.infer<typeof recommendationFilterQuery>): RecommendationFilter {
  const { archived, term, ...rest } = query;
  return {
    ...withoutUndefined(rest),
    ...(term ? { terms: term } : {}),
    ...(archived === 'include' ? { includeArchived: true } : {}),
    ...(archived === 'only' ? { archivedOnly: true } : {}),
  };
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const recommendationRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new RecommendationService(db);

  app.get(
    '/api/recommendations',
    {
      schema: {
        tags,
        summary: 'List with filters, sorting and cursor paging',
        querystring: recommendationListQuery,
        response: responses(recommendationPageDto),
      },
      config: { policy: read },
    },
    async (request) => {
      const { limit, offset, sort, cursor, ...query } = request.query;
      return service.list(
        filterOf(query),
        { limit, offset, sort: parseSort(sort), ...(cursor ? { cursor } : {}) },
        callerOf(request),
      );
    },
  );

  app.get(
    '/api/recommendations/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered list (the import template: CSV, XLSX or JSON)',
        querystring: recommendationFilterQuery.extend({ format: z.enum(EXPORT_FORMATS).default('csv') }),
        response: responses(z.string().describe('the file')),
      },
      config: { policy: { resource: 'export', action: 'read' } },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const filter = visibleTo(callerOf(request), filterOf(query));
      const out = new PassThrough();
      new ExportService(db).write(format, filter, out).catch((error) => out.destroy(error));
      reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="recommendations.${format}"`);
      return reply.send(out);
    },
  );

  app.get(
    '/api/recommendations/:id',
    {
      schema: {
        tags,
        summary: 'Read one',
        params: recommendationIdParams,
        response: responses(recommendationDto),
      },
      config: { policy: read },
    },
    async (request) => {
      const { id } = request.params;
      const recommendation = await service.get(id, callerOf(request));
      if (!recommendation) throw notFound(`no recommendation ${id}`);
      return recommendation;
    },
  );

  app.get(
    '/api/recommendations/:id/history',
    {
      schema: {
        tags,
        summary: "The record's audit trail, newest first",
        params: recommendationIdParams,
        response: responses(z.object({ items: z.array(auditEntryDto) })),
      },
      config: { policy: { resource: 'audit', action: 'read' } },
    },
    async (request) => ({ items: await service.history(request.params.id, callerOf(request)) }),
  );

  app.post(
    '/api/recommendations',
    {
      schema: {
        tags,
        summary: 'Create (a draft unless published)',
        body: createRecommendationBody,
        response: responses(recommendationDto, 201),
      },
      config: { policy: { resource: 'recommendation', action: 'create' } },
    },
    async (request, reply) => {
      const created = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return created;
    },
  );

  app.patch(
    '/api/recommendations/:id',
    {
      schema: {
        tags,
        summary: 'Update: send the version you read; 409 with the current record when stale',
        params: recommendationIdParams,
        body: updateRecommendationBody,
        response: responses(recommendationDto),
      },
      config: { policy: { resource: 'recommendation', action: 'update' } },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );

  app.post(
    '/api/recommendations/bulk',
    {
      schema: {
        tags,
        summary: 'Bulk update (position, terms, agencies, publishing): all or nothing',
        body: bulkUpdateBody,
        response: responses(z.object({ items: z.array(recommendationDto) })),
      },
      config: { policy: { resource: 'recommendation', action: 'update' } },
    },
    async (request) => service.bulkUpdate(request.body, callerOf(request), auditActorFrom(request)),
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/recommendations/:id/${verb}`,
      {
        schema: {
          tags,
          summary: verb === 'archive' ? 'Archive (nothing is deleted)' : 'Restore from the archive',
          params: recommendationIdParams,
          body: versionBody.partial().optional(),
          response: responses(recommendationDto),
        },
        config: { policy: { resource: 'recommendation', action: 'archive' } },
      },
      async (request) =>
        service.setArchived(
          request.params.id,
          archived,
          request.body?.version,
          callerOf(request),
          auditActorFrom(request),
        ),
    );
  }
};

/** `/api/clusters`: groups of recommendations answered together. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import { clusterDto, clusterListQuery, createClusterBody, updateClusterBody } from './cluster.schema.ts';
import { ClusterService } from './cluster.service.ts';

const tags = ['implementation'];
const read = { resource: 'cluster', action: 'read' } as const;

export const clusterRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new ClusterService(db);

  app.get(
    '/api/clusters',
    {
      schema: {
        tags,
        summary: 'List clusters (of a review, or holding a recommendation)',
        querystring: clusterListQuery,
        response: responses(z.object({ items: z.array(clusterDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      const { state, cycle, recommendationId, includeArchived } = request.query;
      const filter = {
        ...(state ? { state } : {}),
        ...(cycle !== undefined ? { cycle } : {}),
        ...(recommendationId !== undefined ? { recommendationId } : {}),
        ...(includeArchived ? { includeArchived } : {}),
      };
      return { items: await service.list(filter, callerOf(request)) };
    },
  );

  app.get(
    '/api/clusters/:id',
    {
      schema: { tags, summary: 'Read one cluster', params: idParams, response: responses(clusterDto) },
      config: { policy: read },
    },
    async (request) => service.get(request.params.id, callerOf(request)),
  );

  app.post(
    '/api/clusters',
    {
      schema: {
        tags,
        summary: 'Create a cluster, with its recommendations (e.g. a group of near-duplicates)',
        body: createClusterBody,
        response: responses(clusterDto, 201),
      },
      config: { policy: { resource: 'cluster', action: 'create' } },
    },
    async (request, reply) => {
      const dto = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return dto;
    },
  );

  app.patch(
    '/api/clusters/:id',
    {
      schema: {
        tags,
        summary: 'Update, archive or restore a cluster (send the version you read)',
        params: idParams,
        body: updateClusterBody,
        response: responses(clusterDto),
      },
      config: { policy: { resource: 'cluster', action: 'update' } },
    },
    async (request) =>
      service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
  );
};

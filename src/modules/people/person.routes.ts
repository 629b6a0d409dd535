/** `/api/people` and `/api/organizations/{id}/members`: who takes part in the dialogue. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import {
  createPersonBody,
  membersBody,
  membersDto,
  personDto,
  personListQuery,
  presentPerson,
  updatePersonBody,
} from './person.schema.ts';
import { PersonService } from './person.service.ts';

const tags = ['people'];

export const personRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new PersonService(db);

  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'List people',
        querystring: personListQuery,
        response: responses(z.object({ items: z.array(personDto) })),
      },
      config: { policy: { resource: 'person', action: 'read' } },
    },
    async (request) => {
      const { q, organizationId, includeArchived } = request.query;
      const rows = await service.list({
        ...(q ? { q } : {}),
        ...(organizationId !== undefined ? { organizationId } : {}),
        ...(includeArchived ? { includeArchived } : {}),
      });
      return { items: rows.map((row) => presentPerson(row, callerOf(request))) };
    },
  );

  app.get(
    '/api/people/:id',
    {
      schema: { tags, summary: 'Read one', params: idParams, response: responses(personDto) },
      config: { policy: { resource: 'person', action: 'read' } },
    },
    async (request) => presentPerson(await service.get(request.params.id), callerOf(request)),
  );

  app.post(
    '/api/people',
    {
      schema: { tags, summary: 'Create', body: createPersonBody, response: responses(personDto, 201) },
      config: { policy: { resource: 'person', action: 'create' } },
    },
    async (request, reply) => {
      const row = await service.create(request.body, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return presentPerson(row, callerOf(request));
    },
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Update or archive (send the version you read)',
        params: idParams,
        body: updatePersonBody,
        response: responses(personDto),
      },
      config: { policy: { resource: 'person', action: 'update' } },
    },
    async (request) =>
      presentPerson(
        await service.update(request.params.id, request.body, callerOf(request), auditActorFrom(request)),
        callerOf(request),
      ),
  );

  app.get(
    '/api/organizations/:id/members',
    {
      schema: {
        tags: ['organizations'],
        summary: "A coalition's member organizations",
        params: idParams,
        response: responses(membersDto),
      },
      config: { policy: { resource: 'organization', action: 'read' } },
    },
    async (request) => ({
      coalitionId: request.params.id,
      memberIds: await service.members(request.params.id),
    }),
  );

  app.put(
    '/api/organizations/:id/members',
    {
      schema: {
        tags: ['organizations'],
        summary: "Replace a coalition's member organizations",
        params: idParams,
        body: membersBody,
        response: responses(membersDto),
      },
      config: { policy: { resource: 'organization', action: 'update' } },
    },
    async (request) => ({
      coalitionId: request.params.id,
      memberIds: await service.setMembers(
        request.params.id,
        request.body.memberIds,
        callerOf(request),
        auditActorFrom(request),
      ),
    }),
  );
};

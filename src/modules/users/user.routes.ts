/** `/api/users`: accounts, for the administrator (the ministry may read them). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { notFound } from '../../http/problem.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import {
  createUserBody,
  idParams,
  presentUser,
  updateUserBody,
  userDto,
  userListQuery,
} from './user.schema.ts';
import { UserService } from './user.service.ts';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new UserService(db);

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'List accounts',
        querystring: userListQuery,
        response: responses(z.object({ items: z.array(userDto) })),
      },
      config: { policy: { resource: 'user', action: 'read' } },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const rows = await service.list(withoutUndefined(filter), { limit, offset });
      return { items: rows.map((row) => presentUser(row, callerOf(request))) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: { tags, summary: 'Read an account', params: idParams, response: responses(userDto) },
      config: { policy: { resource: 'user', action: 'read' } },
    },
    async (request) => {
      const row = await service.get(request.params.id);
      if (!row) throw notFound(`no user ${request.params.id}`);
      return presentUser(row, callerOf(request));
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create an account (a one-time password is generated when none is given)',
        body: createUserBody,
        response: responses(userDto.extend({ oneTimePassword: z.string().optional() }), 201),
      },
      config: { policy: { resource: 'user', action: 'create' } },
    },
    async (request, reply) => {
      const { user, oneTimePassword } = await service.create(request.body, auditActorFrom(request));
      reply.code(201);
      return { ...presentUser(user, callerOf(request)), ...(oneTimePassword ? { oneTimePassword } : {}) };
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change role, binding, locale; disable or unlock',
        params: idParams,
        body: updateUserBody,
        response: responses(userDto),
      },
      config: { policy: { resource: 'user', action: 'update' } },
    },
    async (request) =>
      presentUser(
        await service.update(request.params.id, request.body, auditActorFrom(request)),
        callerOf(request),
      ),
  );
};

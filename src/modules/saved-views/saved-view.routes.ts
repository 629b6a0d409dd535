/** HTTP routes of the signed-in user's saved views (part of their own account). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { userOf } from '../../http/auth.ts';
import { okSchema, responses } from '../../http/responses.ts';
import { savedViewBody, savedViewDto, savedViewIdParams } from './saved-view.schema.ts';
import { SavedViewService } from './saved-view.service.ts';

const tags = ['saved views'];
// A saved view is part of the caller's own account; the service scopes every query to the caller.
const readOwn = { resource: 'account', action: 'read' } as const;
const updateOwn = { resource: 'account', action: 'update' } as const;

export const savedViewRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new SavedViewService(db);

  app.get(
    '/api/saved-views',
    {
      schema: {
        tags,
        summary: "The caller's saved views",
        response: responses(z.object({ items: z.array(savedViewDto) })),
      },
      config: { policy: readOwn },
    },
    async (request) => ({ items: await service.list(userOf(request).id) }),
  );

  app.post(
    '/api/saved-views',
    {
      schema: {
        tags,
        summary: 'Save the current view under a name (replaces a view of the same name)',
        body: savedViewBody,
        response: responses(savedViewDto, 201),
      },
      config: { policy: updateOwn },
    },
    async (request, reply) => {
      const { view, created } = await service.save(userOf(request).id, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.delete(
    '/api/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your saved views',
        params: savedViewIdParams,
        response: responses(okSchema),
      },
      config: { policy: updateOwn },
    },
    async (request) => {
      await service.delete(userOf(request).id, request.params.id);
      return { ok: true as const };
    },
  );
};

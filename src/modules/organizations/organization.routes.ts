/** `/api/organizations`: the directory of organizations; archived, never deleted. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import { responses } from '../../http/responses.ts';
import { can } from '../policies/policy.ts';
import { idParams } from '../users/user.schema.ts';
import {
  createOrganizationBody,
  organizationDto,
  organizationListQuery,
  presentOrganization,
  updateOrganizationBody,
} from './organization.schema.ts';
import { OrganizationService } from './organization.service.ts';

const tags = ['organizations'];
const versionBody = z.object({ version: z.number().int().positive() });

export const organizationRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new OrganizationService(db);

  app.get(
    '/api/organizations',
    {
      schema: {
        tags,
        summary: 'List organizations',
        querystring: organizationListQuery,
        response: responses(z.object({ items: z.array(organizationDto) })),
      },
      config: { policy: { resource: 'organization', action: 'read' } },
    },
    async (request) => {
      const { q, includeArchived } = request.query;
      const rows = await service.list({
        ...(q ? { q } : {}),
        ...(includeArchived ? { includeArchived } : {}),
      });
      return { items: rows.map((row) => presentOrganization(row, callerOf(request))) };
    },
  );

  app.get(
    '/api/organizations/:id',
    {
      schema: { tags, summary: 'Read one', params: idParams, response: responses(organizationDto) },
      config: { policy: { resource: 'organization', action: 'read' } },
    },
    async (request) => {
      const row = await service.get(request.params.id);
      if (!row) throw notFound(`no organization ${request.params.id}`);
      return presentOrganization(row, callerOf(request));
    },
  );

  app.post(
    '/api/organizations',
    {
      schema: {
        tags,
        summary: 'Create',
        body: createOrganizationBody,
        response: responses(organizationDto, 201),
      },
      config: { policy: { resource: 'organization', action: 'create' } },
    },
    async (request, reply) => {
      const row = await service.create(request.body, auditActorFrom(request));
      reply.code(201);
      return presentOrganization(row, callerOf(request));
    },
  );

  app.patch(
    '/api/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Update (send the version you read)',
        params: idParams,
        body: updateOrganizationBody,
        response: responses(organizationDto),
      },
      config: { policy: { resource: 'organization', action: 'update' } },
    },
    async (request) => {
      const { id } = request.params;
      if (!can(callerOf(request), 'update', 'organization', { id })) throw forbidden();
      const { version, ...change } = request.body;
      return presentOrganization(
        await service.update(id, version, change, auditActorFrom(request)),
        callerOf(request),
      );
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/organizations/:id/${verb}`,
      {
        schema: {
          tags,
          summary: verb === 'archive' ? 'Archive' : 'Restore',
          params: idParams,
          body: versionBody,
          response: responses(organizationDto),
        },
        config: { policy: { resource: 'organization', action: 'archive' } },
      },
      async (request) =>
        presentOrganization(
          await service.update(
            request.params.id,
            request.body.version,
            { archived },
            auditActorFrom(request),
            verb,
          ),
          callerOf(request),
        ),
    );
  }
};

/** `/api/agencies`: the directory of agencies; archived, never deleted. */
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
  agencyDto,
  agencyListQuery,
  createAgencyBody,
  presentAgency,
  updateAgencyBody,
} from './agency.schema.ts';
import { AgencyService } from './agency.service.ts';

const tags = ['agencies'];
const versionBody = z.object({ version: z.number().int().positive() });

export const agencyRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new AgencyService(db);

  app.get(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: 'List agencies',
        querystring: agencyListQuery,
        response: responses(z.object({ items: z.array(agencyDto) })),
      },
      config: { policy: { resource: 'agency', action: 'read' } },
    },
    async (request) => {
      const { q, includeArchived } = request.query;
      const rows = await service.list({
        ...(q ? { q } : {}),
        ...(includeArchived ? { includeArchived } : {}),
      });
      return { items: rows.map((row) => presentAgency(row, callerOf(request))) };
    },
  );

  app.get(
    '/api/agencies/:id',
    {
      schema: { tags, summary: 'Read one', params: idParams, response: responses(agencyDto) },
      config: { policy: { resource: 'agency', action: 'read' } },
    },
    async (request) => {
      const row = await service.get(request.params.id);
      if (!row) throw notFound(`no agency ${request.params.id}`);
      return presentAgency(row, callerOf(request));
    },
  );

  app.post(
    '/api/agencies',
    {
      schema: { tags, summary: 'Create', body: createAgencyBody, response: responses(agencyDto, 201) },
      config: { policy: { resource: 'agency', action: 'create' } },
    },
    async (request, reply) => {
      const row = await service.create(request.body, auditActorFrom(request));
      reply.code(201);
      return presentAgency(row, callerOf(request));
    },
  );

  app.patch(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Update (send the version you read)',
        params: idParams,
        body: updateAgencyBody,
        response: responses(agencyDto),
      },
      config: { policy: { resource: 'agency', action: 'update' } },
    },
    async (request) => {
      const { id } = request.params;
      if (!can(callerOf(request), 'update', 'agency', { id })) throw forbidden();
      const { version, ...change } = request.body;
      return presentAgency(
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
      `/api/agencies/:id/${verb}`,
      {
        schema: {
          tags,
          summary: verb === 'archive' ? 'Archive' : 'Restore',
          params: idParams,
          body: versionBody,
          response: responses(agencyDto),
        },
        config: { policy: { resource: 'agency', action: 'archive' } },
      },
      async (request) =>
        presentAgency(
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

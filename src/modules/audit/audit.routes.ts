/** `GET /api/audit`: who changed what, newest first, with filters and a cursor. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { withoutUndefined } from '../../http/query.ts';
import { responses } from '../../http/responses.ts';
import { auditPageDto, auditQuery } from './audit.schema.ts';
import { AuditService } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new AuditService(db);
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail',
        querystring: auditQuery,
        response: responses(auditPageDto),
      },
      config: { policy: { resource: 'audit', action: 'read' } },
    },
    async (request) => {
      const { limit, before, ...filter } = request.query;
      const items = await service.list(withoutUndefined(filter), {
        limit,
        ...(before !== undefined ? { beforeId: before } : {}),
      });
      return { items, nextCursor: items.length === limit ? (items[items.length - 1]?.id ?? null) : null };
    },
  );
};

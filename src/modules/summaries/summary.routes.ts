/**
 * `POST /api/consultations/{id}/summary` (a generated draft), `PUT /api/consultations/{id}/summaries/{lang}`
 * (save, publish) and the summaries the caller may read: the public reads published ones.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { responses } from '../../http/responses.ts';
import { idParams } from '../users/user.schema.ts';
import {
  generateSummaryBody,
  presentSummary,
  saveSummaryBody,
  summaryDraftDto,
  summaryDto,
  summaryListQuery,
  summaryParams,
} from './summary.schema.ts';
import { SummaryService } from './summary.service.ts';

const tags = ['summaries'];
const read = { resource: 'summary', action: 'read' } as const;

export const summaryRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new SummaryService(db);

  app.post(
    '/api/consultations/:id/summary',
    {
      schema: {
        tags,
        summary: 'Generate an editable news-item draft of a consultation in ru, kk or en (not stored)',
        params: idParams,
        body: generateSummaryBody,
        response: responses(summaryDraftDto),
      },
      config: { policy: { resource: 'summary', action: 'create' } },
    },
    async (request) => ({
      lang: request.body.lang,
      ...(await service.generate(request.params.id, request.body.lang, callerOf(request))),
    }),
  );

  app.get(
    '/api/consultations/:id/summaries',
    {
      schema: {
        tags,
        summary: "A consultation's saved summaries (the public: published ones)",
        params: idParams,
        querystring: summaryListQuery,
        response: responses(z.object({ items: z.array(summaryDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      const caller = callerOf(request);
      const rows = await service.list(
        { consultationId: request.params.id, ...(request.query.lang ? { lang: request.query.lang } : {}) },
        caller,
      );
      return { items: rows.map((row) => presentSummary(row, caller)) };
    },
  );

  app.put(
    '/api/consultations/:id/summaries/:lang',
    {
      schema: {
        tags,
        summary:
          'Save the summary in one language; `published: true` publishes it (send the version to change a saved one)',
        params: summaryParams,
        body: saveSummaryBody,
        response: responses(summaryDto),
      },
      config: { policy: { resource: 'summary', action: 'update' } },
    },
    async (request) => {
      const caller = callerOf(request);
      const row = await service.save(
        request.params.id,
        request.params.lang,
        request.body,
        caller,
        auditActorFrom(request),
      );
      return presentSummary(row, caller);
    },
  );

  app.get(
    '/api/summaries',
    {
      schema: {
        tags,
        summary: 'Summaries of consultations, newest first (the public: published ones)',
        querystring: summaryListQuery,
        response: responses(z.object({ items: z.array(summaryDto) })),
      },
      config: { policy: read },
    },
    async (request) => {
      const caller = callerOf(request);
      const rows = await service.list(request.query.lang ? { lang: request.query.lang } : {}, caller);
      return { items: rows.map((row) => presentSummary(row, caller)) };
    },
  );
};

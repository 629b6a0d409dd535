/** `GET /api/reports/review`: a review's report as a DOCX, PDF or XLSX download (signed-in users). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { reviewReportQuery } from './report.schema.ts';
import { ReportService } from './report.service.ts';

export const reportRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new ReportService(db);

  app.get(
    '/api/reports/review',
    {
      schema: {
        tags: ['reports'],
        summary: "Download a review's mid-term report or national-report annex (DOCX, PDF or XLSX)",
        description: 'An unknown state or a review without recommendations is 404.',
        querystring: reviewReportQuery,
      },
      config: { policy: { resource: 'review_report', action: 'read' } },
    },
    async (request, reply) => {
      const file = await service.generate(request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};

/** `POST /api/imports` (multipart upload, answered 202 with a job) and `GET /api/imports/{id}` (progress, report). */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_FORMATS } from '../imports/sources.ts';
import { auditActorFrom } from './auth.ts';
import type { ImportJobs } from './import-jobs.ts';
import { badRequest, HttpProblem, notFound } from './problem.ts';
import { responses } from './responses.ts';

const tags = ['imports'];

const jobDto = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  fileName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  createdBy: z.number().int().nullable(),
  progress: z.object({ bytesRead: z.number().int(), bytesTotal: z.number().int() }),
  report: z.unknown().nullable().describe('the ImportReport when finished'),
  error: z.string().nullable(),
});

/** The form fields next to the file. */
const importFields = z.object({
  format: z.enum([...IMPORT_FORMATS, 'auto']).default('auto'),
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional(),
  cycle: z.coerce.number().int().min(1).max(4).optional(),
  session: z.coerce.number().int().min(1).max(99).optional(),
  dryRun: z.stringbool().optional(),
  skipInvalid: z.stringbool().optional(),
});

export const importRoutes: FastifyPluginAsyncZod<{ jobs: ImportJobs }> = async (app, { jobs }) => {
  app.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary:
          'Upload a file to import (multipart: `file` plus optional fields format, state, cycle, session, dryRun, skipInvalid)',
        consumes: ['multipart/form-data'],
        response: responses(jobDto, 202),
      },
      config: { policy: { resource: 'import', action: 'create' } },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw badRequest('send multipart/form-data with a `file` part');
      const fields: Record<string, string> = {};
      let upload: { dir: string; path: string; fileName: string } | undefined;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (upload || part.fieldname !== 'file') {
              part.file.resume();
              throw badRequest('send exactly one file, in the part named `file`');
            }
            const place = await jobs.workspace(part.filename);
            upload = { ...place, fileName: part.filename };
            await pipeline(part.file, createWriteStream(place.path, { flags: 'wx' }));
            if (part.file.truncated) throw new HttpProblem(413, 'Content Too Large', 'the file is too large');
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
        if (!upload) throw badRequest('no file: send it in the part named `file`');
        const parsed = importFields.safeParse(fields);
        if (!parsed.success)
          throw badRequest('invalid request', {
            errors: parsed.error.issues.map((i) => ({
              path: ['body', ...i.path].join('.'),
              message: i.message,
            })),
          });
        const { format, dryRun, skipInvalid, state, cycle, session } = parsed.data;
        const job = jobs.start(
          upload,
          {
            format,
            ...(state ? { state } : {}),
            ...(cycle !== undefined ? { cycle } : {}),
            ...(session !== undefined ? { session } : {}),
            ...(dryRun !== undefined ? { dryRun } : {}),
            ...(skipInvalid !== undefined ? { skipInvalid } : {}),
          },
          auditActorFrom(request),
        );
        reply.code(202).header('location', `/api/imports/${job.id}`);
        return job;
      } catch (error) {
        if (upload) await rm(upload.dir, { recursive: true, force: true });
        throw error;
      }
    },
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'Progress of an import job; its report when finished',
        params: z.object({ id: z.uuid() }),
        response: responses(jobDto),
      },
      config: { policy: { resource: 'import', action: 'read' } },
    },
    async (request) => {
      const job = jobs.get(request.params.id);
      if (!job) throw notFound(`no import job ${request.params.id}`);
      return job;
    },
  );
};

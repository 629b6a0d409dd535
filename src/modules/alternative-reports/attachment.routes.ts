/** Attachment routes (upload, download, removal), shared by alternative reports and consultations. */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { badRequest, HttpProblem } from '../../http/problem.ts';
import { responses } from '../../http/responses.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import type { Caller, Resource } from '../policies/policy.ts';
import { idParams } from '../users/user.schema.ts';
import type { AttachmentMeta } from './attachment.repository.ts';
import { ATTACHMENT_KINDS, presentAttachment } from './attachment.service.ts';

export const attachmentDto = z.object({
  id: z.number().int(),
  fileName: z.string(),
  kind: z.enum(['pdf', 'docx']),
  size: z.number().int(),
  checksum: z.string().describe('SHA-256, hex'),
  createdAt: z.string(),
});

export const attachmentParams = z.object({
  id: z.coerce.number().int().positive(),
  attachmentId: z.coerce.number().int().positive(),
});

/** The one file of a multipart request, read whole; 413 past `limit` bytes. */
export async function receiveFile(
  request: FastifyRequest,
  limit: number,
): Promise<{ name: string; content: Buffer }> {
  if (!request.isMultipart()) throw badRequest('send multipart/form-data with a `file` part');
  const part = await request.file({ limits: { fileSize: limit, files: 1 }, preservePath: true });
  if (part?.fieldname !== 'file') throw badRequest('no file: send it in the part named `file`');
  const content = await part.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw error;
  });
  if (content === null || part.file.truncated)
    throw new HttpProblem(413, 'Content Too Large', `the file is larger than ${limit} bytes`);
  return { name: part.filename, content };
}

/** What a resource's service offers its attachments: the rights checks stay in the service. */
interface AttachingService {
  attach(
    id: number,
    file: { name: string; content: Buffer },
    caller: Caller,
    actor: AuditActor,
  ): Promise<AttachmentMeta>;
  attachment(
    id: number,
    attachmentId: number,
    caller: Caller,
  ): Promise<AttachmentMeta & { content: Uint8Array | Buffer }>;
  /** Removal, where the resource offers it (progress reports keep their evidence). */
  detach?(id: number, attachmentId: number, caller: Caller, actor: AuditActor): Promise<void>;
}

type App = Parameters<FastifyPluginAsyncZod>[0];

/**
 * `POST {base}/:id/attachments`, `GET {base}/:id/attachments/:attachmentId` and, when the service can
 * detach, `DELETE {base}/:id/attachments/:attachmentId` for one resource.
 *
 * @example attachmentRoutes(app, { base: '/api/consultations', resource: 'consultation', tags, service, uploadLimit });
 */
export function attachmentRoutes(
  app: App,
  options: {
    base: string;
    resource: Resource;
    tags: string[];
    service: AttachingService;
    uploadLimit: number;
  },
): void {
  const { base, resource, tags, service, uploadLimit } = options;
  app.post(
    `${base}/:id/attachments`,
    {
      schema: {
        tags,
        summary: 'Attach a PDF or DOCX document (multipart, part `file`)',
        description:
          'A wrong type is refused with 415, a file past the upload limit with 413, a name with a path with 400.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: responses(attachmentDto, 201),
      },
      config: { policy: { resource, action: 'update' } },
    },
    async (request, reply) => {
      const file = await receiveFile(request, uploadLimit);
      const row = await service.attach(request.params.id, file, callerOf(request), auditActorFrom(request));
      reply.code(201);
      return presentAttachment(row);
    },
  );

  app.get(
    `${base}/:id/attachments/:attachmentId`,
    {
      schema: { tags, summary: 'Download an attachment', params: attachmentParams },
      config: { policy: { resource, action: 'read' } },
    },
    async (request, reply) => {
      const row = await service.attachment(request.params.id, request.params.attachmentId, callerOf(request));
      return reply
        .type(ATTACHMENT_KINDS[row.kind])
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
        .header('x-checksum-sha256', row.checksum)
        .send(Buffer.from(row.content));
    },
  );

  const { detach } = service;
  if (!detach) return;
  app.delete(
    `${base}/:id/attachments/:attachmentId`,
    {
      schema: {
        tags,
        summary: 'Remove an attachment',
        description: 'The same rights as uploading; 404 when the attachment is not this one’s.',
        params: attachmentParams,
        response: responses(z.null().describe('removed'), 204),
      },
      config: { policy: { resource, action: 'update' } },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      await detach.call(service, id, attachmentId, callerOf(request), auditActorFrom(request));
      return reply.code(204).send();
    },
  );
}

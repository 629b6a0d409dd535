/** The upload half of attachment routes, shared by alternative reports and consultations. */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badRequest, HttpProblem } from '../../http/problem.ts';

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

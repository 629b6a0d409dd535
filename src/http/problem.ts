/** Errors as RFC 9457 problem+json, with field paths for validation errors. */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, z } from 'zod';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

/** The error shape of every response, for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional().describe('409 only: the record as it is now'),
  })
  .describe('RFC 9457 problem details');

export function problemHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const send = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) =>
    reply
      .code(status)
      .type('application/problem+json')
      .send({ type: 'about:blank', title, status, detail, ...extra });
  if (error instanceof ZodError) {
    send(400, 'Bad Request', 'invalid request', {
      errors: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
    return;
  }
  if (error instanceof HttpProblem) {
    if (error.status === 429 && typeof error.extra.retryAfter === 'number')
      reply.header('retry-after', String(error.extra.retryAfter));
    send(error.status, error.title, error.message, error.extra);
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const context = fastifyError.validationContext ?? 'request';
    send(400, 'Bad Request', 'invalid request', {
      errors: fastifyError.validation.map((v) => ({
        path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      })),
    });
    return;
  }
  const status = fastifyError.statusCode;
  if (status && status < 500) {
    send(status, STATUS_CODES[status] ?? 'Bad Request', error.message);
    return;
  }
  request.log.error(error);
  send(500, 'Internal Server Error', 'the server failed to answer; the error is logged');
}

export const badRequest = (detail: string, extra: Record<string, unknown> = {}) =>
  new HttpProblem(400, 'Bad Request', detail, extra);
export const unauthorized = (detail = 'sign in first') => new HttpProblem(401, 'Unauthorized', detail);
export const forbidden = (detail = 'your role does not allow this') =>
  new HttpProblem(403, 'Forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'Not Found', detail);
/** A stale version: the body carries the current record so that the client can merge. */
export const conflict = (detail: string, current: unknown) =>
  new HttpProblem(409, 'Conflict', detail, { current });

/** Errors as RFC 9457 problem+json, with field paths for validation errors. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

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
    send(error.status, error.title, error.message, error.extra);
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status && status < 500) {
    send(status, 'Bad Request', error.message);
    return;
  }
  request.log.error(error);
  send(500, 'Internal Server Error', 'the server failed to answer; the error is logged');
}

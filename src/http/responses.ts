/** Response schemas shared by every route's OpenAPI entry: the success shape plus problem+json errors. */
import { z } from 'zod';
import { problemSchema } from './problem.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** `{ 200: schema }` plus the errors any route can answer. */
export function responses<T extends z.ZodType>(ok: T, status: 200 | 201 | 202 | 204 = 200) {
  return {
    [status]: ok,
    400: problem('invalid request: `errors` lists the field paths'),
    401: problem('sign in first'),
    403: problem('refused by policy, token scope or CSRF check'),
    404: problem('not found'),
    409: problem('stale version: `current` holds the record as it is now'),
    429: problem('too many requests'),
  } as const;
}

export const okSchema = z.object({ ok: z.literal(true) });

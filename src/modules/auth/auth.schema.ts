/** Request and response schemas of signing in, sessions and API tokens. */
import { z } from 'zod';
import { LOCALES, userDto } from '../users/user.schema.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const sessionDto = z.object({
  user: userDto,
  csrfToken: z.string().nullable().describe('send it as X-CSRF-Token on every cookie-authenticated write'),
  via: z.enum(['session', 'token']),
  scope: z.enum(['read', 'write']),
  abilities: z.record(z.string(), z.record(z.string(), z.boolean())).describe('per resource, per action'),
});

export const passwordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const tokenDto = z.object({
  id: z.number().int(),
  name: z.string(),
  scope: z.enum(['read', 'write']),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(200),
  scope: z.enum(['read', 'write']).default('read'),
});

export const createdTokenDto = tokenDto.extend({
  token: z.string().describe('shown once: only its hash is stored'),
});

export const logoutEverywhereDto = z.object({ ok: z.literal(true), sessionsEnded: z.number().int() });

export const preferencesBody = z.object({ locale: z.enum(LOCALES) }).strict();

/** `/api/auth`: sign in and out, the caller's session, password change, API tokens. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CookieSettings,
  clearSessionCookie,
  SESSION_COOKIE,
  setSessionCookie,
  userOf,
} from '../../http/auth.ts';
import { okSchema, responses } from '../../http/responses.ts';
import { abilities, RESOURCE_ACTIONS, type Resource } from '../policies/policy.ts';
import { idParams, presentUser } from '../users/user.schema.ts';
import {
  createdTokenDto,
  createTokenBody,
  loginBody,
  logoutEverywhereDto,
  passwordBody,
  preferencesBody,
  sessionDto,
  tokenDto,
} from './auth.schema.ts';
import { type Authenticated, type AuthService, csrfTokenFor } from './auth.service.ts';

export interface AuthRouteOptions {
  auth: AuthService;
  cookie: CookieSettings;
  /** Sign-in attempts per client address per minute. */
  loginRateLimit: number;
}

const tags = ['auth'];
const signedIn = { resource: 'account', action: 'read' } as const;
const selfWrite = { resource: 'account', action: 'update' } as const;

function present(authenticated: Authenticated, sessionToken: string | null) {
  const caller = authenticated.actor;
  return {
    user: presentUser(authenticated.user, caller),
    csrfToken: sessionToken ? csrfTokenFor(sessionToken) : null,
    via: authenticated.via,
    scope: authenticated.scope,
    abilities: Object.fromEntries(
      (Object.keys(RESOURCE_ACTIONS) as Resource[]).map((r) => [r, abilities(caller, r)]),
    ),
  };
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { auth, cookie, loginRateLimit },
) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in: sets the session cookie',
        body: loginBody,
        response: responses(sessionDto),
      },
      config: { policy: 'public', rateLimit: { max: loginRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { sessionToken } = await auth.login(request.body.email, request.body.password);
      setSessionCookie(reply, sessionToken, cookie);
      return present((await auth.authenticateSession(sessionToken)) as Authenticated, sessionToken);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'Sign out of this session', response: responses(okSchema) },
      config: { policy: signedIn, allowPasswordChangePending: true },
    },
    async (request, reply) => {
      const token = request.sessionToken ?? request.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token);
      clearSessionCookie(reply, cookie);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: { tags, summary: 'End every session of the caller', response: responses(logoutEverywhereDto) },
      config: { policy: selfWrite, allowPasswordChangePending: true },
    },
    async (request, reply) => {
      const sessionsEnded = await auth.logoutEverywhere(userOf(request));
      clearSessionCookie(reply, cookie);
      return { ok: true as const, sessionsEnded };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: "The caller, the session's CSRF token and abilities",
        response: responses(sessionDto),
      },
      config: { policy: signedIn },
    },
    async (request) => present(request.auth as Authenticated, request.sessionToken),
  );

  app.patch(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: "The caller's own preferences: the interface language",
        body: preferencesBody,
        response: responses(sessionDto),
      },
      config: { policy: selfWrite },
    },
    async (request) => {
      const authenticated = request.auth as Authenticated;
      const user = await auth.setPreferences(userOf(request), request.body);
      return present({ ...authenticated, user }, request.sessionToken);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change the password: other sessions end',
        body: passwordBody,
        response: responses(sessionDto),
      },
      config: { policy: selfWrite, allowPasswordChangePending: true },
    },
    async (request, reply) => {
      const user = userOf(request);
      const { sessionToken } = await auth.changePassword(
        user,
        request.body.currentPassword,
        request.body.newPassword,
      );
      setSessionCookie(reply, sessionToken, cookie);
      const authenticated = await auth.authenticateSession(sessionToken);
      return present(authenticated as Authenticated, sessionToken);
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      schema: {
        tags,
        summary: "The caller's API tokens (never their secrets)",
        response: responses(z.object({ items: z.array(tokenDto) })),
      },
      config: { policy: signedIn },
    },
    async (request) => ({ items: await auth.listTokens(userOf(request)) }),
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token: the secret is shown once',
        body: createTokenBody,
        response: responses(createdTokenDto, 201),
      },
      config: { policy: selfWrite },
    },
    async (request, reply) => {
      const { token, dto } = await auth.createToken(userOf(request), request.body.name, request.body.scope);
      reply.code(201);
      return { ...dto, token };
    },
  );

  app.post(
    '/api/auth/tokens/:id/revoke',
    {
      schema: { tags, summary: 'Revoke an API token', params: idParams, response: responses(tokenDto) },
      config: { policy: selfWrite },
    },
    async (request) => {
      return auth.revokeToken(userOf(request), request.params.id);
    },
  );
};

/**
 * Who is calling, and may they: resolves the caller from `Authorization: Bearer <token>` or the session
 * cookie, enforces CSRF protection on cookie-authenticated writes, token scopes, and the policy that
 * every route declares in `config.policy`.
 *
 * CSRF: two checks, both needed for a cookie-authenticated write. (1) The `X-CSRF-Token` header must
 * carry the session's CSRF token (derived from the session secret, returned by login and `GET
 * /api/auth/me`); a cross-site form or fetch cannot read it. (2) When the browser sends `Origin` (or
 * `Referer`), its host must be this server's host. The cookie is also `SameSite=Lax`. Bearer tokens are
 * never sent by browsers on their own, so token-authenticated requests need neither.
 */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserRow } from '../db/schema.ts';
import type { AuditActor } from '../modules/audit/audit.service.ts';
import {
  type Authenticated,
  type AuthService,
  auditActorOf,
  csrfTokenFor,
} from '../modules/auth/auth.service.ts';
import { type Action, type Caller, can, type Resource } from '../modules/policies/policy.ts';
import { forbidden, HttpProblem, unauthorized } from './problem.ts';

export const SESSION_COOKIE = 'upr_session';
export const CSRF_HEADER = 'x-csrf-token';

/** What a route declares: the ability it needs, or `public` for sign-in, health and the API document. */
export type RoutePolicy = { resource: Resource; action: Action } | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** Allowed while the account must still change its one-time password. */
    allowPasswordChangePending?: boolean;
  }
  interface FastifyInstance {
    /** Every `/api` route with its declared policy, for tests and the OpenAPI coverage check. */
    apiRoutes: { method: string; url: string; policy: RoutePolicy }[];
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function callerOf(request: FastifyRequest): Caller {
  return request.auth?.actor ?? null;
}

/** The signed-in user, or 401. */
export function userOf(request: FastifyRequest): UserRow {
  if (!request.auth) throw unauthorized();
  return request.auth.user;
}

export function auditActorFrom(request: FastifyRequest): AuditActor {
  return auditActorOf(userOf(request));
}

export interface CookieSettings {
  secure: boolean;
  maxAgeSeconds: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, settings: CookieSettings): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secure,
    path: '/',
    maxAge: settings.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: settings.secure, path: '/' });
}

/** Registers the hooks; routes under `/api` without a declared policy refuse to start. */
export function registerAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionToken', null);

  const catalog: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', catalog);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const policy = route.config?.policy;
    if (!policy) throw new Error(`route ${route.method} ${route.url} declares no policy`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') catalog.push({ method, url: route.url, policy });
  });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config?.policy;
    if (!policy) return;
    await authenticate(request, auth);
    if (!SAFE_METHODS.has(request.method)) checkWrite(request);
    if (policy === 'public') return;
    const caller = callerOf(request);
    if (
      request.auth?.user.must_change_password &&
      !request.routeOptions.config.allowPasswordChangePending &&
      !SAFE_METHODS.has(request.method)
    )
      throw forbidden('change the one-time password first (POST /api/auth/password)');
    if (!can(caller, policy.action, policy.resource)) throw caller ? forbidden() : unauthorized();
  });
}

async function authenticate(request: FastifyRequest, auth: AuthService): Promise<void> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1] ? await auth.authenticateToken(match[1]) : undefined;
    if (!found) throw unauthorized('invalid or revoked API token');
    request.auth = found;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const found = await auth.authenticateSession(cookie);
  if (found) {
    request.auth = found;
    request.sessionToken = cookie;
  }
}

function checkWrite(request: FastifyRequest): void {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (origin !== undefined && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== request.headers.host) throw new HttpProblem(403, 'Forbidden', 'cross-site request refused');
  } else if (origin === 'null') {
    throw new HttpProblem(403, 'Forbidden', 'cross-site request refused');
  }
  if (request.auth?.via === 'token' && request.auth.scope !== 'write')
    throw forbidden('this API token is read-only (scope read)');
  if (request.auth?.via === 'session' && request.sessionToken) {
    const sent = request.headers[CSRF_HEADER];
    const expected = csrfTokenFor(request.sessionToken);
    if (typeof sent !== 'string' || !sameText(sent, expected))
      throw new HttpProblem(403, 'Forbidden', `missing or wrong ${CSRF_HEADER} header`);
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The Fastify application: security plugins (headers, rate limits, body limits, cookies, CSRF),
 * authentication and policies, problem+json errors, the OpenAPI 3.1 document generated from the routes'
 * zod schemas at `/api/openapi.json` with the interactive page at `/api/docs` (bundled files, no CDN),
 * and each module's routes.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { agencyRoutes } from '../modules/agencies/agency.routes.ts';
import { alternativeReportRoutes } from '../modules/alternative-reports/alternative-report.routes.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { authRoutes } from '../modules/auth/auth.routes.ts';
import { AuthService, type AuthSettings, DEFAULT_AUTH_SETTINGS } from '../modules/auth/auth.service.ts';
import { classifyRoutes } from '../modules/classify/classify.routes.ts';
import { consultationRoutes } from '../modules/consultations/consultation.routes.ts';
import { facetRoutes } from '../modules/facets/facet.routes.ts';
import { implementationRoutes } from '../modules/implementation/implementation.routes.ts';
import { notificationRoutes } from '../modules/notifications/notification.routes.ts';
import { organizationRoutes } from '../modules/organizations/organization.routes.ts';
import { personRoutes } from '../modules/people/person.routes.ts';
import { recommendationRoutes } from '../modules/recommendations/recommendation.routes.ts';
import { reportRoutes } from '../modules/reports/report.routes.ts';
import { savedViewRoutes } from '../modules/saved-views/saved-view.routes.ts';
import { similarRoutes } from '../modules/similar/similar.routes.ts';
import { statsRoutes } from '../modules/stats/stats.routes.ts';
import { summaryRoutes } from '../modules/summaries/summary.routes.ts';
import { userRoutes } from '../modules/users/user.routes.ts';
import { registerAuth } from './auth.ts';
import { importRoutes } from './import.routes.ts';
import { ImportJobs } from './import-jobs.ts';
import { problemHandler } from './problem.ts';
import { referenceRoutes } from './reference.routes.ts';
import { registerStatic } from './static.ts';

export interface AppOptions {
  database: Database;
  logger?: boolean;
  auth?: Partial<AuthSettings>;
  /** Requests per client address per minute, on every route; `false` turns the limit off. */
  rateLimit?: number | false;
  /** Sign-in attempts per client address per minute. */
  loginRateLimit?: number;
  /** Largest JSON body, in bytes. */
  bodyLimit?: number;
  /** Largest uploaded file, in bytes. */
  uploadLimit?: number;
  /** `Secure` cookies: on unless serving plain HTTP on localhost. */
  secureCookies?: boolean;
}

export const API_VERSION = '0.2.0';

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, logger = false } = options;
  const app = Fastify({ logger, bodyLimit: options.bodyLimit ?? 1_048_576 });
  app.setValidatorCompiler(validatorCompiler);
  // Presenters shape every response; the response schemas document them without re-validating each reply.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(problemHandler);
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `no route ${request.method} ${request.url}`,
      });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  const limit = options.rateLimit ?? 600;
  await app.register(rateLimit, {
    global: limit !== false,
    max: limit === false ? 1_000_000 : limit,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      type: 'about:blank',
      title: 'Too Many Requests',
      status: context.statusCode,
      detail: `rate limit of ${context.max} requests per ${context.after} reached`,
    }),
  });
  await app.register(multipart, {
    limits: { fileSize: options.uploadLimit ?? 50 * 1024 * 1024, files: 1, fields: 20, fieldSize: 1_000 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'UPR Tracker API',
        version: API_VERSION,
        description:
          'Follow-up of UN human-rights recommendations. Sign in with `POST /api/auth/login` (session cookie; ' +
          'send `X-CSRF-Token` on writes) or send an API token as `Authorization: Bearer <token>`. ' +
          'Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'upr_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{}, { session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const auth = new AuthService(database.db, { ...DEFAULT_AUTH_SETTINGS, ...options.auth });
  registerAuth(app, auth);
  const jobs = new ImportJobs(database.db);
  app.addHook('onClose', () => jobs.idle());
  const cookieSettings = {
    secure: options.secureCookies ?? false,
    maxAgeSeconds: Math.floor((options.auth?.absoluteMs ?? DEFAULT_AUTH_SETTINGS.absoluteMs) / 1000),
  };

  const db = database.db;
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
      config: { policy: 'public' },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/openapi.json',
    {
      schema: {
        tags: ['meta'],
        summary: 'This document (OpenAPI 3.1)',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
      config: { policy: 'public' },
    },
    async () => app.swagger(),
  );
  await app.register(authRoutes, {
    auth,
    cookie: cookieSettings,
    loginRateLimit: options.loginRateLimit ?? 10,
  });
  await app.register(recommendationRoutes, { db });
  await app.register(statsRoutes, { db });
  await app.register(referenceRoutes, { db });
  await app.register(agencyRoutes, { db });
  await app.register(organizationRoutes, { db });
  await app.register(userRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(importRoutes, { jobs });
  await app.register(facetRoutes, { db });
  await app.register(savedViewRoutes, { db });
  const uploadLimit = options.uploadLimit ?? 50 * 1024 * 1024;
  await app.register(personRoutes, { db });
  await app.register(alternativeReportRoutes, { db, uploadLimit });
  await app.register(consultationRoutes, { db, uploadLimit });
  await app.register(summaryRoutes, { db });
  await app.register(implementationRoutes, { db, uploadLimit });
  await app.register(similarRoutes, { db });
  await app.register(notificationRoutes, { db });
  await app.register(reportRoutes, { db });
  await app.register(classifyRoutes, { db });
  registerStatic(app);
  return app;
}

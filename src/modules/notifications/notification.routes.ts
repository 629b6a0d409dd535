/** `/api/notifications` (the caller's own) and `/api/settings/mail` (the administrator's). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { unauthorized } from '../../http/problem.ts';
import { responses } from '../../http/responses.ts';
import type { Actor } from '../policies/policy.ts';
import { idParams } from '../users/user.schema.ts';
import { MailSettingsService } from './mail-settings.service.ts';
import {
  mailSettingsBody,
  mailSettingsDto,
  notificationDto,
  notificationListDto,
  notificationListQuery,
  readAllDto,
} from './notification.schema.ts';
import { NotificationService } from './notification.service.ts';

const tags = ['notifications'];
const read = { resource: 'notification', action: 'read' } as const;
const update = { resource: 'notification', action: 'update' } as const;

function actorOf(request: Parameters<typeof callerOf>[0]): Actor {
  const caller = callerOf(request);
  if (!caller) throw unauthorized();
  return caller;
}

export const notificationRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new NotificationService(db);
  const settings = new MailSettingsService(db);

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: "The caller's notifications, newest first, with the unread count",
        querystring: notificationListQuery,
        response: responses(notificationListDto),
      },
      config: { policy: read },
    },
    async (request) =>
      service.list(actorOf(request), { unreadOnly: request.query.unread, limit: request.query.limit }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: idParams,
        response: responses(notificationDto),
      },
      config: { policy: update },
    },
    async (request) => service.markRead(actorOf(request), request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: { tags, summary: 'Mark all your notifications read', response: responses(readAllDto) },
      config: { policy: update },
    },
    async (request) => service.markAllRead(actorOf(request)),
  );

  app.get(
    '/api/settings/mail',
    {
      schema: {
        tags,
        summary: 'Mail settings (SMTP); the password is never returned',
        response: responses(mailSettingsDto),
      },
      config: { policy: { resource: 'mail_settings', action: 'read' } },
    },
    async () => settings.get(),
  );

  app.put(
    '/api/settings/mail',
    {
      schema: {
        tags,
        summary: 'Change the mail settings (send the version you read; 409 when stale)',
        body: mailSettingsBody,
        response: responses(mailSettingsDto),
      },
      config: { policy: { resource: 'mail_settings', action: 'update' } },
    },
    async (request) => {
      const { password, ...rest } = request.body;
      return settings.update(
        { ...rest, ...(password !== undefined ? { password } : {}) },
        auditActorFrom(request),
      );
    },
  );
};

/** Zod schemas and presenters of notifications and the mail settings. */
import { z } from 'zod';
import { NOTIFICATION_KINDS, type NotificationRow } from '../../db/schema.ts';
import { abilitiesSchema } from '../users/user.schema.ts';

export const notificationDto = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('a path in the web app'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  abilities: abilitiesSchema,
});
export type NotificationDto = z.infer<typeof notificationDto>;

export const notificationListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('only unread ones'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const notificationListDto = z.object({
  items: z.array(notificationDto),
  unread: z.number().int().describe('unread notifications in all'),
});

export const readAllDto = z.object({ marked: z.number().int() });

export function presentNotification(
  row: NotificationRow,
  abilities: Record<string, boolean>,
): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
    abilities,
  };
}

export const mailSettingsDto = z.object({
  host: z.string().nullable(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string().nullable(),
  passwordSet: z.boolean().describe('whether a password is stored; the password itself is never sent'),
  from: z.string(),
  digestHour: z.number().int(),
  transport: z.string().describe('where mail goes now: smtp://host:port or file:folder'),
  version: z.number().int(),
});

export const mailSettingsBody = z.object({
  host: z.string().trim().max(255).nullable(),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().max(255).nullable(),
  password: z
    .string()
    .max(1000)
    .nullable()
    .optional()
    .describe('a new password; null clears it; absent keeps it'),
  from: z.string().trim().min(3).max(320),
  digestHour: z.number().int().min(0).max(23).describe('hour of the day (UTC) of reminders and the digest'),
  version: z.number().int().min(0),
});

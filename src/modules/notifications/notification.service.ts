/**
 * A user's in-app notifications: list (newest first, with the unread count), mark one or all read. Marking
 * read is the user's own reading state (like saved views), not content, so it is not audited.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/problem.ts';
import { type Actor, abilities } from '../policies/policy.ts';
import { NotificationRepository } from './notification.repository.ts';
import { type NotificationDto, presentNotification } from './notification.schema.ts';

export class NotificationService {
  private readonly repository: NotificationRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new NotificationRepository(db);
  }

  async list(actor: Actor, options: { unreadOnly: boolean; limit: number }) {
    const rows = await this.repository.listForUser(actor.userId, options);
    return {
      items: rows.map((row) =>
        presentNotification(row, abilities(actor, 'notification', { userId: row.user_id })),
      ),
      unread: await this.repository.unreadCount(actor.userId),
    };
  }

  /** 404 for another user's notification too: whether it exists is none of the caller's business. */
  async markRead(actor: Actor, id: number, now = new Date()): Promise<NotificationDto> {
    const row = await this.repository.findById(id);
    if (!row || row.user_id !== actor.userId) throw notFound(`no notification ${id}`);
    await this.repository.markRead(actor.userId, id, now.toISOString());
    const updated = (await this.repository.findById(id)) ?? row;
    return presentNotification(updated, abilities(actor, 'notification', { userId: updated.user_id }));
  }

  async markAllRead(actor: Actor, now = new Date()): Promise<{ marked: number }> {
    return { marked: await this.repository.markRead(actor.userId, 'all', now.toISOString()) };
  }
}

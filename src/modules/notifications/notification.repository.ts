/** Notifications, the mail outbox, job runs and the mail settings: all their SQL. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, MailOutboxTable, NotificationRow, NotificationsTable, OutboxRow } from '../../db/schema.ts';

const MAIL_SETTINGS_KEY = 'mail.settings';

export class NotificationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Queues notifications and mails; rows whose dedupe key exists already are skipped. Returns how many were new. */
  async enqueue(
    notifications: Insertable<NotificationsTable>[],
    mails: Insertable<MailOutboxTable>[],
  ): Promise<number> {
    let added = 0;
    for (const row of notifications) {
      const result = await this.db
        .insertInto('notifications')
        .values(row)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    for (const row of mails)
      await this.db
        .insertInto('mail_outbox')
        .values(row)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    return added;
  }

  listForUser(userId: number, options: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
    let query = this.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit);
    if (options.unreadOnly) query = query.where('read_at', 'is', null);
    return query.execute();
  }

  async unreadCount(userId: number): Promise<number> {
    const row = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  findById(id: number): Promise<NotificationRow | undefined> {
    return this.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async markRead(userId: number, id: number | 'all', at: string): Promise<number> {
    let query = this.db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (id !== 'all') query = query.where('id', '=', id);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  // The outbox.

  /** Claims up to `limit` pending mails for sending (status `sending`), oldest first. */
  async claimPending(limit: number, at: string): Promise<OutboxRow[]> {
    const ids = await this.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .orderBy('id')
      .limit(limit)
      .execute();
    const claimed: OutboxRow[] = [];
    for (const { id } of ids) {
      // The status condition makes the claim atomic: a second sender claiming the same row updates nothing.
      const row = await this.db
        .updateTable('mail_outbox')
        .set((eb) => ({ status: 'sending', claimed_at: at, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      if (row) claimed.push(row);
    }
    return claimed;
  }

  async markSent(id: number, at: string): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: at })
      .where('id', '=', id)
      .execute();
  }

  /** A refused message goes back to `pending` until `maxAttempts`, then stays `failed`. */
  async markFailed(id: number, error: string, retry: boolean): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({ status: retry ? 'pending' : 'failed', last_error: error.slice(0, 1000), claimed_at: null })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Mails still `sending` from a sender that stopped (a crash, a restart) may or may not have left: they
   * are marked `unknown` rather than sent again, so that nobody gets a reminder twice.
   */
  async abandonStale(before: string): Promise<number> {
    const result = await this.db
      .updateTable('mail_outbox')
      .set({ status: 'unknown', last_error: 'the sender stopped while sending; not re-sent' })
      .where('status', '=', 'sending')
      .where('claimed_at', '<', before)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  outbox(): Promise<OutboxRow[]> {
    return this.db.selectFrom('mail_outbox').selectAll().orderBy('id').execute();
  }

  // Job runs.

  async runStatus(job: string, period: string): Promise<'none' | 'started' | 'finished'> {
    const row = await this.db
      .selectFrom('job_runs')
      .select('finished_at')
      .where('job', '=', job)
      .where('period', '=', period)
      .executeTakeFirst();
    if (!row) return 'none';
    return row.finished_at ? 'finished' : 'started';
  }

  async startRun(job: string, period: string, at: string): Promise<void> {
    await this.db
      .insertInto('job_runs')
      .values({ job, period, started_at: at })
      .onConflict((oc) => oc.columns(['job', 'period']).doNothing())
      .execute();
  }

  async finishRun(job: string, period: string, at: string, queued: number): Promise<void> {
    await this.db
      .updateTable('job_runs')
      .set({ finished_at: at, queued })
      .where('job', '=', job)
      .where('period', '=', period)
      .execute();
  }

  /** The most recent period a job finished, if any. */
  async lastFinished(job: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('job_runs')
      .select('period')
      .where('job', '=', job)
      .where('finished_at', 'is not', null)
      .orderBy('period', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.period;
  }

  // Mail settings, kept as one JSON value in `meta`.

  async mailSettings(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', MAIL_SETTINGS_KEY)
      .executeTakeFirst();
    return row?.value;
  }

  async saveMailSettings(value: string): Promise<void> {
    await this.db
      .insertInto('meta')
      .values({ key: MAIL_SETTINGS_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

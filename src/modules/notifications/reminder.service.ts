/**
 * The reminder jobs: what is due within 30 days, overdue or returned goes to the focal points of the
 * measure's lead agency; the coordinators get a daily digest. Each message is queued (in-app notification
 * plus outbox mail) under a dedupe key — job, recipient, subject record, period — so that running a job
 * again, after a crash or a restart, queues nothing twice. `deliver` then sends the outbox.
 *
 * @example
 *   const reminders = new ReminderService(db, { transport: new MemoryTransport() });
 *   await reminders.runJob('reminders', '2025-03-01');
 *   await reminders.deliver(new Date());
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, MailOutboxTable, NotificationKind, NotificationsTable } from '../../db/schema.ts';
import { LANGUAGES, type Language } from '../../i18n/index.ts';
import { dueDates } from '../implementation/schedule.ts';
import { formatDate, translate } from '../summaries/summary.template.ts';
import type { MailTransport } from './mail.transport.ts';
import { NotificationRepository } from './notification.repository.ts';
import { type Recipient, ReminderRepository } from './reminder.repository.ts';

export const JOBS = ['reminders', 'digest'] as const;
export type JobName = (typeof JOBS)[number];

/** Days ahead that count as "due soon". */
export const DUE_SOON_DAYS = 30;
/** Overdue reminders repeat every this many days while the report is missing. */
export const OVERDUE_REPEAT_DAYS = 7;
/** Overdue due dates older than this are left to the coordinators' digest. */
export const OVERDUE_HORIZON_DAYS = 180;
/** Items listed in a digest mail; the rest are counted. */
const DIGEST_LIST = 20;
/** A mail still `sending` this long after it was claimed belongs to a sender that stopped. */
const STALE_SENDING_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

export interface ReminderOptions {
  transport: MailTransport;
  from?: string;
  /** The web app's address, for links in mails. */
  baseUrl?: string;
}

interface Message {
  kind: NotificationKind;
  recipient: Recipient;
  subject: string;
  title: string;
  body: string;
  link: string | null;
  key: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function languageOf(locale: string): Language {
  const base = locale.toLowerCase().slice(0, 2) as Language;
  return LANGUAGES.includes(base) ? base : 'en';
}

export class ReminderService {
  private readonly notifications: NotificationRepository;
  private readonly reminders: ReminderRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: ReminderOptions,
  ) {
    this.notifications = new NotificationRepository(db);
    this.reminders = new ReminderRepository(db);
  }

  /**
   * Runs one job for one period (a day, `YYYY-MM-DD`) unless it finished already; returns the messages
   * newly queued (0 when the run had finished or everything was queued before).
   */
  async runJob(job: JobName, period: string, now = new Date()): Promise<number | 'done-before'> {
    if ((await this.notifications.runStatus(job, period)) === 'finished') return 'done-before';
    await this.notifications.startRun(job, period, now.toISOString());
    const messages =
      job === 'reminders' ? await this.reminderMessages(period) : await this.digestMessages(period);
    const at = now.toISOString();
    const queued = await this.db.transaction().execute(async (trx) => {
      const repository = new NotificationRepository(trx);
      const notes: Insertable<NotificationsTable>[] = messages.map((m) => ({
        user_id: m.recipient.id,
        kind: m.kind,
        title: m.title,
        body: m.body,
        link: m.link,
        dedupe_key: m.key,
        created_at: at,
      }));
      const mails: Insertable<MailOutboxTable>[] = messages.map((m) => ({
        dedupe_key: m.key,
        user_id: m.recipient.id,
        recipient: m.recipient.email,
        subject: m.subject,
        body: this.mailBody(m),
        status: 'pending',
        created_at: at,
      }));
      const added = await repository.enqueue(notes, mails);
      await repository.finishRun(job, period, at, added);
      return added;
    });
    return queued;
  }

  private mailBody(message: Message): string {
    const lang = languageOf(message.recipient.locale);
    const base = (this.options.baseUrl ?? 'http://localhost:3000').replace(/\/$/, '');
    const lines = [message.body, ''];
    if (message.link) lines.push(translate(lang, 'reminders.open', { link: `${base}${message.link}` }), '');
    lines.push('--', translate(lang, 'reminders.footer'));
    return lines.join('\n');
  }

  /** Due-soon, overdue and returned reminders for the focal points of each measure's lead agency. */
  private async reminderMessages(today: string): Promise<Message[]> {
    const indicators = await this.reminders.scheduledIndicators();
    const answered = await this.reminders.answeredDueDates();
    const returned = await this.reminders.returnedReports();
    const agencyIds = [...new Set([...indicators, ...returned].flatMap((i) => i.leadAgencyIds))];
    const focal = await this.reminders.focalPoints(agencyIds);
    const byAgency = new Map<number, Recipient[]>();
    for (const user of focal)
      if (user.agencyId !== null) byAgency.set(user.agencyId, [...(byAgency.get(user.agencyId) ?? []), user]);
    const recipientsOf = (agencies: number[]) => {
      const seen = new Map<number, Recipient>();
      for (const a of agencies) for (const u of byAgency.get(a) ?? []) seen.set(u.id, u);
      return [...seen.values()];
    };

    const out: Message[] = [];
    const horizon = addDays(today, DUE_SOON_DAYS);
    const oldest = addDays(today, -OVERDUE_HORIZON_DAYS);
    for (const indicator of indicators) {
      const recipients = recipientsOf(indicator.leadAgencyIds);
      if (recipients.length === 0) continue;
      for (const due of dueDates({
        start: indicator.start,
        end: indicator.end,
        everyMonths: indicator.everyMonths,
      })) {
        if (due > horizon) break;
        if (due < oldest || answered.has(`${indicator.indicatorId}:${due}`)) continue;
        const overdue = due < today;
        // Due soon: once per due date. Overdue: again every OVERDUE_REPEAT_DAYS while missing.
        const period = overdue
          ? `${due}+w${Math.floor((daysBetween(due, today) - 1) / OVERDUE_REPEAT_DAYS)}`
          : due;
        const kind: NotificationKind = overdue ? 'overdue' : 'due_soon';
        for (const user of recipients) {
          const lang = languageOf(user.locale);
          const vars = {
            date: formatDate(lang, due),
            indicator: indicator.name[lang],
            measure: indicator.measure[lang],
          };
          const title = translate(
            lang,
            overdue ? 'reminders.overdue.title' : 'reminders.dueSoon.title',
            vars,
          );
          out.push({
            kind,
            recipient: user,
            subject: title,
            title,
            body: translate(lang, overdue ? 'reminders.overdue.body' : 'reminders.dueSoon.body', vars),
            link: `/implementation/measures/${indicator.measureId}`,
            key: `${kind}:user${user.id}:indicator${indicator.indicatorId}:${period}`,
          });
        }
      }
    }
    for (const report of returned)
      for (const user of recipientsOf(report.leadAgencyIds)) {
        const lang = languageOf(user.locale);
        const title = translate(lang, 'reminders.returned.title');
        const body = [
          translate(lang, 'reminders.returned.body', { measure: report.measure[lang] }),
          ...(report.comment
            ? [translate(lang, 'reminders.returned.comment', { comment: report.comment })]
            : []),
        ].join('\n');
        out.push({
          kind: 'returned',
          recipient: user,
          subject: title,
          title,
          body,
          link: `/implementation/measures/${report.measureId}`,
          // Returned again later (after a resubmission) is a new period: the review time.
          key: `returned:user${user.id}:report${report.id}:${report.reviewedAt}`,
        });
      }
    return out;
  }

  /** One digest per coordinator per day: overdue reports and reports awaiting approval. */
  private async digestMessages(today: string): Promise<Message[]> {
    const coordinators = await this.reminders.coordinators();
    if (coordinators.length === 0) return [];
    const indicators = await this.reminders.scheduledIndicators();
    const answered = await this.reminders.answeredDueDates();
    const overdue: { measure: Record<Language, string>; indicator: Record<Language, string>; due: string }[] =
      [];
    for (const indicator of indicators)
      for (const due of dueDates({
        start: indicator.start,
        end: indicator.end,
        everyMonths: indicator.everyMonths,
      })) {
        if (due >= today) break;
        if (!answered.has(`${indicator.indicatorId}:${due}`))
          overdue.push({ measure: indicator.measure, indicator: indicator.name, due });
      }
    overdue.sort((a, b) => a.due.localeCompare(b.due));
    const awaiting = await this.reminders.awaitingApproval();

    return coordinators.map((user) => {
      const lang = languageOf(user.locale);
      const lines: string[] = [];
      const section = (key: string, count: number, items: string[]) => {
        if (count === 0) return;
        lines.push(translate(lang, key, { count }));
        for (const item of items.slice(0, DIGEST_LIST)) lines.push(`• ${item}`);
        if (count > DIGEST_LIST)
          lines.push(translate(lang, 'reminders.digest.more', { count: count - DIGEST_LIST }));
        lines.push('');
      };
      section(
        'reminders.digest.overdue',
        overdue.length,
        overdue.slice(0, DIGEST_LIST).map((o) =>
          translate(lang, 'reminders.digest.overdueItem', {
            measure: o.measure[lang],
            indicator: o.indicator[lang],
            date: formatDate(lang, o.due),
          }),
        ),
      );
      section(
        'reminders.digest.submitted',
        awaiting.length,
        awaiting.slice(0, DIGEST_LIST).map((r) =>
          translate(lang, 'reminders.digest.submittedItem', {
            measure: r.measure[lang],
            date: r.submittedAt ? formatDate(lang, r.submittedAt) : '—',
          }),
        ),
      );
      if (lines.length === 0) lines.push(translate(lang, 'reminders.digest.nothing'));
      const title = translate(lang, 'reminders.digest.title', {
        overdue: overdue.length,
        submitted: awaiting.length,
      });
      return {
        kind: 'digest' as const,
        recipient: user,
        subject: title,
        title,
        body: lines.join('\n').trim(),
        link: '/notifications',
        key: `digest:user${user.id}:${today}`,
      };
    });
  }

  /**
   * Sends pending mails. A mail is claimed (`sending`) before it is handed to the transport and marked
   * `sent` after; one a crash left `sending` is marked `unknown` and never sent again on its own.
   */
  async deliver(now = new Date()): Promise<{ sent: number; failed: number }> {
    await this.notifications.abandonStale(new Date(now.getTime() - STALE_SENDING_MS).toISOString());
    const from = this.options.from ?? 'UPR Tracker <no-reply@localhost>';
    let sent = 0;
    let failed = 0;
    for (;;) {
      const batch = await this.notifications.claimPending(50, now.toISOString());
      if (batch.length === 0) break;
      for (const mail of batch) {
        try {
          await this.options.transport.send({
            from,
            to: mail.recipient,
            subject: mail.subject,
            text: mail.body,
            messageId: `<${mail.dedupe_key.replace(/[^\w.-]/g, '.')}@upr-tracker>`,
          });
          await this.notifications.markSent(mail.id, new Date().toISOString());
          sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await this.notifications.markFailed(mail.id, message, mail.attempts < MAX_ATTEMPTS);
          failed++;
        }
      }
      // A failing transport is retried on the next tick, not in a tight loop.
      if (failed > 0) break;
    }
    return { sent, failed };
  }
}

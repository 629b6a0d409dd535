import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { MemoryTransport } from './mail.transport.ts';
import { NotificationRepository } from './notification.repository.ts';
import { ReminderService } from './reminder.service.ts';
import { Scheduler } from './scheduler.ts';

const AT = '2025-01-01T00:00:00Z';

async function insertUser(
  db: Kysely<DB>,
  email: string,
  role: DB['users']['role'],
  agency: number | null,
  locale: string,
) {
  const row = await db
    .insertInto('users')
    .values({
      email,
      password_hash: 'x',
      role,
      agency_id: agency,
      organization_id: null,
      locale,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A measure led by `agency` with a monthly indicator from 31 January 2025, and its reports. */
async function seedPlan(db: Kysely<DB>) {
  const agency = (
    await db
      .insertInto('agencies')
      .values({
        name_en: 'Ministry of Justice',
        name_ru: 'Министерство юстиции',
        name_kk: 'Әділет министрлігі',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const other = (
    await db
      .insertInto('agencies')
      .values({
        name_en: 'Ministry of Health',
        name_ru: 'Минздрав',
        name_kk: 'Денсаулық сақтау министрлігі',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const measure = (
    await db
      .insertInto('measures')
      .values({
        title_en: 'Train judges',
        title_ru: 'Обучить судей',
        title_kk: 'Судьяларды оқыту',
        description: null,
        start_date: '2025-01-01',
        target_date: '2025-12-31',
        budget_note: null,
        expected_outcome: null,
        status: 'in_progress',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('measure_agencies')
    .values([
      { measure_id: measure, agency_id: agency, role: 'lead' },
      { measure_id: measure, agency_id: other, role: 'supporting' },
    ])
    .execute();
  const indicator = (
    await db
      .insertInto('indicators')
      .values({
        measure_id: measure,
        name_en: 'Judges trained',
        name_ru: 'Обучено судей',
        name_kk: 'Оқытылған судьялар',
        unit: null,
        baseline: '0',
        target: '300',
        schedule_start: '2025-01-31',
        schedule_end: '2025-12-31',
        every_months: 1,
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const report = (values: Partial<DB['progress_reports']> & { status: DB['progress_reports']['status'] }) =>
    db
      .insertInto('progress_reports')
      .values({
        measure_id: measure,
        indicator_id: indicator,
        due_date: null,
        text: 'r',
        value: null,
        links: '[]',
        author_id: null,
        submitted_at: null,
        review_comment: null,
        reviewed_by: null,
        reviewed_at: null,
        created_at: AT,
        updated_at: AT,
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
  // January answered; February missing (overdue on 10 March); March due within 30 days.
  await report({ due_date: '2025-01-31', status: 'approved' });
  await report({ due_date: '2025-02-28', status: 'draft' });
  const returned = await report({
    status: 'returned',
    review_comment: 'Добавьте цифры',
    reviewed_at: '2025-03-05T09:00:00Z',
  });
  await report({ status: 'submitted', submitted_at: '2025-03-06T09:00:00Z' });
  return { agency, other, measure, indicator, returned: returned.id };
}

describe.each(testDialects())('reminders and the digest (%s)', (dialect) => {
  let database: TestDatabase;
  let plan: Awaited<ReturnType<typeof seedPlan>>;
  let focal: number;
  const clockAt = (iso: string) => () => new Date(iso);

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    plan = await seedPlan(database.db);
    focal = await insertUser(database.db, 'focal@justice.kz', 'agency_focal_point', plan.agency, 'ru');
    await insertUser(database.db, 'focal@health.kz', 'agency_focal_point', plan.other, 'en');
    await insertUser(database.db, 'coord@mfa.kz', 'coordinator', null, 'kk');
  });
  afterAll(() => database.cleanup());

  it('sends due-soon, overdue and returned reminders to the lead agency and a digest to coordinators, once', async () => {
    const transport = new MemoryTransport();
    const scheduler = new Scheduler(database.db, {
      clock: clockAt('2025-03-10T08:00:00Z'),
      transport: async () => transport,
    });
    const first = await scheduler.tick();
    expect(first.ran.map((r) => r.job)).toEqual(['reminders', 'digest']);
    const toFocal = transport.sent
      .filter((m) => m.to === 'focal@justice.kz')
      .map((m) => m.subject)
      .sort();
    expect(toFocal).toEqual([
      'Отчёт о ходе выполнения возвращён на доработку',
      'Отчёт о ходе выполнения просрочен с 28 февраля 2025 г.',
      'Срок отчёта о ходе выполнения: 31 марта 2025 г.',
    ]);
    expect(transport.sent.some((m) => m.to === 'focal@health.kz')).toBe(false);
    const digest = transport.sent.find((m) => m.to === 'coord@mfa.kz');
    expect(digest?.subject).toBe('Күнделікті шолу: мерзімі өткені 1, бекітуді күтетіні 1');
    expect(digest?.text).toContain('Судьяларды оқыту — Оқытылған судьялар');
    const returned = transport.sent.find((m) => m.subject.includes('возвращён'));
    expect(returned?.text).toContain('Комментарий координатора: Добавьте цифры');
    expect(returned?.text).toContain(`/implementation/measures/${plan.measure}`);

    // The same tick again, and a "restarted" scheduler with a fresh transport: nothing more goes out.
    await scheduler.tick();
    const restarted = new MemoryTransport();
    const again = await new Scheduler(database.db, {
      clock: clockAt('2025-03-10T15:00:00Z'),
      transport: async () => restarted,
    }).tick();
    expect(again.ran).toEqual([]);
    expect(transport.sent).toHaveLength(4);
    expect(restarted.sent).toHaveLength(0);

    const notes = await new NotificationRepository(database.db).listForUser(focal, {
      unreadOnly: true,
      limit: 50,
    });
    expect(notes.map((n) => n.kind).sort()).toEqual(['due_soon', 'overdue', 'returned']);
  });

  it('does not repeat an overdue reminder the next day, but does a week later; the digest is daily', async () => {
    const transport = new MemoryTransport();
    await new Scheduler(database.db, {
      clock: clockAt('2025-03-11T08:00:00Z'),
      transport: async () => transport,
    }).tick();
    expect(transport.sent.map((m) => m.to)).toEqual(['coord@mfa.kz']);
    await new Scheduler(database.db, {
      clock: clockAt('2025-03-18T08:00:00Z'),
      transport: async () => transport,
    }).tick();
    expect(transport.sent.filter((m) => m.to === 'focal@justice.kz').map((m) => m.subject)).toEqual([
      'Отчёт о ходе выполнения просрочен с 28 февраля 2025 г.',
    ]);
  });

  it('catches up a missed day after a restart, before the hour has come', async () => {
    const transport = new MemoryTransport();
    // 22 March, 03:00: the 21st's run never happened (the server was down), so it runs now.
    const result = await new Scheduler(database.db, {
      clock: clockAt('2025-03-22T03:00:00Z'),
      transport: async () => transport,
    }).tick();
    expect(result.ran.map((r) => `${r.job} ${r.period}`)).toEqual([
      'reminders 2025-03-21',
      'digest 2025-03-21',
    ]);
  });

  it('never re-sends a mail a crash left half-sent, and retries one the server refused', async () => {
    const repository = new NotificationRepository(database.db);
    const service = new ReminderService(database.db, { transport: new MemoryTransport() });
    await service.runJob('digest', '2025-03-25', new Date('2025-03-25T08:00:00Z'));
    // A sender claimed the mail and the process died before it was marked sent.
    await repository.claimPending(10, '2025-03-25T08:00:01Z');
    const crashed = new MemoryTransport();
    await new ReminderService(database.db, { transport: crashed }).deliver(new Date('2025-03-25T09:00:00Z'));
    expect(crashed.sent).toHaveLength(0);
    expect((await repository.outbox()).find((m) => m.dedupe_key.endsWith('2025-03-25'))?.status).toBe(
      'unknown',
    );

    await service.runJob('digest', '2025-03-26', new Date('2025-03-26T08:00:00Z'));
    const refusing = new MemoryTransport();
    refusing.failWith = new Error('421 try later');
    const failed = await new ReminderService(database.db, { transport: refusing }).deliver(
      new Date('2025-03-26T08:00:00Z'),
    );
    expect(failed).toEqual({ sent: 0, failed: 1 });
    const mail = (await repository.outbox()).find((m) => m.dedupe_key.endsWith('2025-03-26'));
    expect(mail).toMatchObject({ status: 'pending', last_error: '421 try later', attempts: 1 });
    refusing.failWith = null;
    expect(
      await new ReminderService(database.db, { transport: refusing }).deliver(
        new Date('2025-03-26T08:05:00Z'),
      ),
    ).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(refusing.sent.map((m) => m.subject)).toEqual([
      'Күнделікті шолу: мерзімі өткені 1, бекітуді күтетіні 1',
    ]);
  });
});

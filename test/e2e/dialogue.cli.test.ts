/** `upr demo seed-event` creates the seed's scenario once, and its summary says what the news item says. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummaryService } from '../../src/modules/summaries/summary.service.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

describe.each(testDialects())('upr demo seed-event on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });
  afterAll(() => database.cleanup());

  it('creates the coalition, its eight reports, the fixtures and the consultation of 7 November 2024', async () => {
    const run = await upr(database, ['demo', 'seed-event']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /8 alternative reports; 29 recommendations; consultation \d+ of 7 November 2024/,
    );
    const db = database.db;
    const reports = await db
      .selectFrom('alternative_reports')
      .select(['number', 'status'])
      .orderBy('number')
      .execute();
    expect(reports.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(reports.filter((r) => r.status === 'discussed').map((r) => r.number)).toEqual([1, 2, 8]);
    const consultation = await db
      .selectFrom('consultations')
      .select('id')
      .where('starts_at', 'like', '2024-11-07%')
      .executeTakeFirstOrThrow();
    const draft = await new SummaryService(db).generate(consultation.id, 'ru', {
      userId: 1,
      role: 'coordinator',
      agencyId: null,
      organizationId: null,
    });
    for (const fact of [
      '7 ноября 2024',
      'Жакселекова Б.Ш.',
      '№ 2 и № 8',
      '16 рекомендаций',
      '8 рекомендаций',
      '5 рекомендаций',
    ])
      expect(draft.body).toContain(fact);
    expect(draft.body).toContain('остаются 5 альтернативных докладов');
    const audit = await db
      .selectFrom('audit_log')
      .select('actor_label')
      .where('entity_type', '=', 'consultation')
      .execute();
    expect(audit.map((a) => a.actor_label)).toContain('cli:demo seed-event');
  });

  it('refuses to create it twice', async () => {
    const run = await upr(database, ['demo', 'seed-event']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the seed event is there already/);
  });
});

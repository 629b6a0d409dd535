/** `upr report` writes a whole report file or nothing, with clear errors; `upr jobs run` never sends twice. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReviewForReports } from '../../src/modules/reports/report.fixtures.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

describe.each(testDialects())('upr report and upr jobs on %s', (dialect) => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await seedReviewForReports(database.db);
    await database.db
      .insertInto('users')
      .values({
        email: 'coord@mfa.kz',
        password_hash: 'x',
        role: 'coordinator',
        agency_id: null,
        organization_id: null,
        locale: 'en',
        created_at: 'now',
        updated_at: 'now',
      })
      .execute();
    dir = mkdtempSync(join(tmpdir(), 'upr-report-'));
  });
  afterAll(async () => {
    await database.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the mid-term report as DOCX', async () => {
    const out = join(dir, 'kaz.docx');
    const run = await upr(database, [
      'report',
      '--state',
      'KAZ',
      '--cycle',
      '3',
      '--format',
      'docx',
      '--lang',
      'ru',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('midterm report, docx, ru');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(value).toContain('Среднесрочный доклад');
    expect(value).toContain('Смертная казнь');
  });

  it('says what is wrong and leaves no file behind', async () => {
    const cases: [string[], string][] = [
      [
        ['--state', 'XXX', '--cycle', '3', '--out', join(dir, 'a.pdf')],
        'upr: no state with the ISO code "XXX"',
      ],
      [['--state', 'KAZ', '--cycle', '1', '--out', join(dir, 'b.pdf')], 'upr: no review of KAZ in cycle 1'],
      [
        ['--state', 'KAZ', '--cycle', '3', '--format', 'odt', '--out', join(dir, 'c.odt')],
        '--format must be one of docx, pdf, xlsx',
      ],
      [['--state', 'KAZ', '--cycle', '3', '--out', join(dir, 'missing', 'd.pdf')], 'the folder'],
    ];
    for (const [args, message] of cases) {
      const run = await upr(database, ['report', ...args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
    }
    expect(readdirSync(dir).sort()).toEqual(['kaz.docx']);
  });

  it('runs the due jobs once: the digest goes to the file outbox, a second run sends nothing', async () => {
    const outbox = join(dir, 'outbox');
    const env = { UPR_OUTBOX_DIR: outbox };
    const first = await upr(database, ['jobs', 'run', '--now', '2025-08-15T09:00:00Z'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('digest 2025-08-15: 1 queued');
    expect(first.stdout).toContain('mail: 1 sent');
    const second = await upr(database, ['jobs', 'run', '--now', '2025-08-15T10:00:00Z'], env);
    expect(second.stdout).toContain('nothing due');
    const files = existsSync(outbox) ? readdirSync(outbox) : [];
    expect(files).toHaveLength(1);
    const mail = readFileSync(join(outbox, files[0] ?? ''), 'utf8');
    expect(mail).toContain('To: coord@mfa.kz');
    expect(mail).toMatch(/Subject: Daily digest: 1 overdue, 0 awaiting approval/);
  });
});

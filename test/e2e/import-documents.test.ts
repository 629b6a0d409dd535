/** `upr import` and `upr demo load` on the UN's documents, as a user runs them: a real process, real files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scannedPdf } from '../../src/modules/imports/import.fixtures.ts';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

const MATRIX = sharedData(
  'upr',
  'slovenia-tracker',
  'original-docx',
  'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
);
const REPORT_2014 = sharedData('upr', 'uprs-terman', 'v1-wg-report-texts', 'kazakhstan2014.txt');
const UPR_INFO = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const scratch = mkdtempSync(join(tmpdir(), 'upr-cli-documents-'));

describe.each(testDialects())('upr import of UN documents on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });
  afterAll(() => database.cleanup());

  it('recognises a thematic list and says what it imported', async () => {
    const run = await upr(database, ['import', MATRIX]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(ohchr-matrix): imported');
    expect(run.stdout).toMatch(/rows read 215; added 215, updated 0, unchanged 0/);
  });

  it('merges the UPR Info rows into a report’s paragraphs and prints what did not pair one to one', async () => {
    const report = await upr(database, ['import', REPORT_2014]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('(wg-report): imported');
    const run = await upr(database, ['import', UPR_INFO]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'merged into paragraphs of KAZ cycle 2 (session 20): 198 of 198 rows into 194 of 194 paragraphs',
    );
    expect(run.stdout).toContain('joint recommendations, one paragraph restated by a row per state (3):');
    expect(run.stdout).toContain('125.9 <- rows 187, 188, 189 (ARG, PRT, URY)');
    expect(run.stdout).toMatch(
      /126\.27 position: registry "noted \(A\/HRC\/28\/10 para 126\)", file row 304 "supported \(UPR Info\)"; kept the file's/,
    );
    // Session 7 has no report in this registry: its rows are imported as they are.
    expect(run.stdout).toMatch(/added 129, updated 194/);
  });

  it('reports the merge as JSON too, and --prefer existing keeps the registry’s position', async () => {
    const run = await upr(database, ['import', REPORT_2014, '--prefer', 'existing', '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: true, format: 'wg-report', updated: 0, unchanged: 194 });
    expect(report.disagreements).toEqual([
      expect.objectContaining({ paragraph: '126.27', kept: 'existing' }),
    ]);
  });

  it('refuses a scanned PDF, a wrong --state and a bad --prefer with one line on stderr', async () => {
    const scan = join(scratch, `scan-${dialect}.pdf`);
    writeFileSync(scan, scannedPdf());
    const scanned = await upr(database, ['import', scan]);
    expect(scanned.code).toBe(1);
    expect(scanned.stderr).toBe(`upr: ${scan}: scanned document: no text to import\n`);
    const wrong = await upr(database, ['import', MATRIX, '--state', 'KAZ']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(
      'error: UPR34_Slovenia_Thematic_list_of_Recommendations.docx is about Slovenia (SVN)',
    );
    const prefer = await upr(database, ['import', MATRIX, '--prefer', 'newest']);
    expect(prefer.code).toBe(1);
    expect(prefer.stderr).toBe('upr: --prefer newest: use existing or incoming\n');
  });
});

describe.each(testDialects())('upr demo load on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });
  afterAll(() => database.cleanup());

  it('imports the documents, then UPR Info merged into their paragraphs', { timeout: 240_000 }, async () => {
    const run = await upr(database, ['demo', 'load']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/kazakhstan2010\.txt \(wg-report\): added 128/);
    expect(run.stdout).toContain(
      'merged 129 of 129 rows into 128 of 128 paragraphs of KAZ cycle 1 (session 7)',
    );
    expect(run.stdout).toContain(
      'merged 198 of 198 rows into 194 of 194 paragraphs of KAZ cycle 2 (session 20)',
    );
    expect(run.stdout).toContain(
      'merged 180 of 180 rows into 163 of 163 paragraphs of SVN cycle 2 (session 20)',
    );
    const stats = JSON.parse((await upr(database, ['stats', '--json'])).stdout);
    // 41,062 UPR Info records, 507 of them merged into 485 paragraphs, plus Slovenia's cycles 3 and 4.
    expect(stats.total).toBe(41_062 - 507 + 485 + 215 + 254);
    const kaz = JSON.parse((await upr(database, ['stats', '--state', 'KAZ', '--json'])).stdout);
    expect([kaz.total, kaz.byPosition.supported, kaz.byPosition.noted, kaz.byPosition.pending]).toEqual([
      322, 265, 57, 0,
    ]);
  });
});

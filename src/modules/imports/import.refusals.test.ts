/** Documents that cannot be imported are refused whole, with an error that says why, on every database. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { scannedPdf, textDocx } from './import.fixtures.ts';
import { type ImportOptions, ImportService } from './import.service.ts';

const SLOVENIA = sharedData('upr', 'slovenia-tracker');
const MATRIX = join(SLOVENIA, 'original-docx', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx');
const REPORT = join(SLOVENIA, 'cycle3', 'A_HRC_43_15_Working_Group_Report.md');
const NATIONAL_REPORT = join(SLOVENIA, 'cycle3', 'A_HRC_WG_6_34_SVN_1_National_Report.md');

const scratch = mkdtempSync(join(tmpdir(), 'upr-refusals-'));
function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const real = readFileSync(MATRIX);
const CASES: [string, () => string, ImportOptions, RegExp][] = [
  [
    'a truncated DOCX',
    () => file('truncated.docx', real.subarray(0, real.length / 2)),
    {},
    /not a valid DOCX file/,
  ],
  [
    'a DOCX that is neither a list nor a report',
    () => file('letter.docx', textDocx(['Dear colleagues, please find the recommendations attached.'])),
    {},
    /^a DOCX that is neither an OHCHR thematic list nor a Working Group report .*; accepted formats: /,
  ],
  ['a scanned PDF', () => file('scan.pdf', scannedPdf()), {}, /^scanned document: no text to import$/],
  ['a broken PDF', () => file('broken.pdf', '%PDF-1.4\nnothing else\n'), {}, /^not a readable PDF/],
  [
    'a thematic list of another state than --state says',
    () => MATRIX,
    { state: 'KAZ', skipInvalid: true },
    /is about Slovenia \(SVN\), not KAZ as --state says: nothing imported$/,
  ],
  [
    'a report of another session than --session says',
    () => REPORT,
    { session: 20 },
    /is about session 34, not session 20 as --session says/,
  ],
  [
    'a file of no known format',
    () => file('notes.txt', 'Notes from the meeting on 7 November\nnothing to import here\n'),
    {},
    /^unrecognised file format; accepted formats: upr-info-csv \(.*\), ohchr-matrix \(.*\), wg-report \(.*\), uhri-json \(.*\), csv/,
  ],
  [
    'a national report (not the Working Group report)',
    () => NATIONAL_REPORT,
    {},
    /^read as a Working Group report, but no "Conclusions and\/or recommendations" section found/,
  ],
  [
    'a report given as --format ohchr-matrix',
    () => REPORT,
    { format: 'ohchr-matrix' },
    /not a valid DOCX file/,
  ],
  [
    'a ZIP archive that is no office document',
    () => file('archive.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200)])),
    {},
    /neither a DOCX document nor an XLSX workbook/,
  ],
];

describe.each(testDialects())('refused documents on %s', (dialect) => {
  let database: TestDatabase;
  let service: ImportService;
  const snapshot = async () => ({
    recommendations: await database.db
      .selectFrom('recommendations')
      .select(['id', 'version', 'position'])
      .orderBy('id')
      .execute(),
    links: Number(
      (
        await database.db
          .selectFrom('recommendation_terms')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    batches: await database.db.selectFrom('import_batches').select('id').orderBy('id').execute(),
  });

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new ImportService(database.db);
    // Something to leave unchanged: the report, whose positions the thematic list would fill.
    expect((await service.importFile(REPORT)).ok).toBe(true);
  });
  afterAll(() => database.cleanup());

  it.each(CASES)('%s: a clear error, nothing written', async (_name, path, options, expected) => {
    const before = await snapshot();
    const report = await service.importFile(path(), options);
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(expected);
    expect(report.batchId).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('imports the list once --state agrees with it', async () => {
    const report = await service.importFile(MATRIX, { state: 'Slovenia' });
    expect(report.ok, report.error).toBe(true);
    expect(report.updated).toBe(215);
  });
});

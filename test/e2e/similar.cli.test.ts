/**
 * `upr db detect-languages` and `upr similar build` on a database imported from Kazakhstan's UPR Info rows:
 * what they print, and what they leave in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../src/modules/imports/import.service.ts';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');

describe.each(testDialects())('upr db detect-languages and upr similar build on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    expect((await new ImportService(database.db).importFile(KAZAKHSTAN)).ok).toBe(true);
  });
  afterAll(() => database.cleanup());

  it('detects the languages a database imported before detection lacks, as the import did', async () => {
    const stored = () =>
      database.db
        .selectFrom('recommendations')
        .select(['id', 'detected_lang', 'detected_lang_confidence'])
        .orderBy('id')
        .execute();
    const imported = await stored();
    await database.db
      .updateTable('recommendations')
      .set({ detected_lang: null, detected_lang_confidence: null })
      .execute();
    const run = await upr(database, ['db', 'detect-languages']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^327 texts detected in \d+\.\d s\n$/);
    const detected = await stored();
    expect(detected.map((r) => [r.id, r.detected_lang])).toEqual(
      imported.map((r) => [r.id, r.detected_lang]),
    );
    // English all, but for a few short texts of low confidence ("Ratify OP-CAT"): no mismatch to show.
    expect(detected.filter((r) => r.detected_lang === 'en').length).toBeGreaterThan(315);
    const again = await upr(database, ['db', 'detect-languages', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ detected: 0, mismatches: [] });
  });

  it('rebuilds the repeated-recommendation links of every state', async () => {
    const before = await database.db.selectFrom('recommendation_repeats').select('earlier_id').execute();
    await database.db.deleteFrom('recommendation_repeats').execute();
    const run = await upr(database, ['similar', 'build', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { states: number; links: number };
    expect(result).toMatchObject({ states: 1, links: before.length });
    expect(result.links).toBeGreaterThan(30);
    const text = await upr(database, ['similar', 'build']);
    expect(text.stdout).toMatch(
      new RegExp(`^${before.length} repeated-recommendation links over 1 states in \\d+\\.\\d s\\n$`),
    );
  });
});

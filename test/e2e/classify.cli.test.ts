/**
 * `upr classify` end to end on Kazakhstan's UPR Info rows (sessions 7 and 20): `eval --json` prints exactly
 * the figures the issue specifies, `train` and `suggest` report what they did, bad ranges are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../src/modules/imports/import.service.ts';
import { openTestDatabase, sharedData, type TestDatabase } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');

describe('upr classify', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    await new ImportService(database.db).importFile(KAZAKHSTAN);
  });
  afterAll(() => database.cleanup());

  it('eval --json prints the issues, action, time and size figures', async () => {
    const run = await upr(database, [
      'classify',
      'eval',
      '--train-sessions',
      '7',
      '--test-sessions',
      '20',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout);
    expect(Object.keys(figures)).toEqual(['issues', 'action', 'usPerRecommendation', 'modelBytes']);
    expect(Object.keys(figures.issues)).toEqual(['microF1', 'macroF1', 'exactMatch']);
    expect(Object.keys(figures.action)).toEqual(['accuracy', 'macroF1']);
    for (const x of [...Object.values(figures.issues), ...Object.values(figures.action)] as number[]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(figures.usPerRecommendation).toBeGreaterThan(0);
    expect(figures.modelBytes).toBeGreaterThan(1000);
  });

  it('trains, then writes suggestions only where a label is missing (here none)', async () => {
    const train = await upr(database, ['classify', 'train']);
    expect(train.code).toBe(0);
    expect(train.stdout).toMatch(/^model \d+: 327 recommendations, /);
    const suggest = await upr(database, ['classify', 'suggest', '--state', 'KAZ']);
    expect(suggest.code).toBe(0);
    expect(suggest.stdout).toMatch(/0 issues and 0 action categories suggested for 0 recommendations/);
  });

  it('refuses a range that is not one', async () => {
    const run = await upr(database, [
      'classify',
      'eval',
      '--train-sessions',
      '16-1',
      '--test-sessions',
      '20',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--train-sessions: "16-1" is not a range of sessions/);
  });
});

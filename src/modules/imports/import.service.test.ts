import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { StatsService } from '../stats/stats.service.ts';
import { ImportService } from './import.service.ts';

const UPR_INFO_DIR = sharedData('upr', 'uprs-terman', 'v2-upr-info-csvs');
const RAW_FILES = ['1-5.csv', '6-9.csv', '10-13.csv', '14-17.csv', '17-20.csv'].map((f) =>
  join(UPR_INFO_DIR, f),
);
const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

const scratch = mkdtempSync(join(tmpdir(), 'upr-import-'));
function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe.each(testDialects())('import service on %s', (dialect) => {
  let database: TestDatabase;
  let service: ImportService;
  const count = async () =>
    Number(
      (
        await database.db
          .selectFrom('recommendations')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new ImportService(database.db);
  });
  afterAll(() => database.cleanup());

  describe('the UPR Info corpus', () => {
    it('imports the five raw Mac Roman files with the expected counts and names the repeated rows', async () => {
      const repeated: string[] = [];
      for (const path of RAW_FILES) {
        const report = await service.importFile(path);
        expect(report.ok, report.error).toBe(true);
        expect(report.format).toBe('upr-info-csv');
        expect(report.problems).toEqual([]);
        repeated.push(...report.repeated.map((r) => `${path.split('/').pop()}:${r.row}`));
      }
      // Lesotho s8, Australia s10, Tonga s15 repeat a row exactly; Montenegro s15 differs only by trailing space.
      expect(repeated.sort()).toEqual(['10-13.csv:412', '14-17.csv:6245', '14-17.csv:8613', '6-9.csv:5765']);
      const stats = await new StatsService(database.db).stats({});
      expect(stats.total).toBe(41_062);
      expect(stats.byPosition).toEqual({
        supported: 30_469,
        supported_in_part: 0,
        noted: 10_593,
        pending: 0,
        unknown: 0,
      });
      expect(stats.byCycle).toEqual([
        { cycle: 1, count: 21_354 },
        { cycle: 2, count: 19_708 },
      ]);
    });

    it('holds Kazakhstan with 129 recommendations in session 7 and 198 in session 20', async () => {
      const stats = new StatsService(database.db);
      const s7 = await stats.stats({ state: 'KAZ', session: 7 });
      const s20 = await stats.stats({ state: 'KAZ', session: 20 });
      expect([s7.total, s7.byPosition.supported, s7.byPosition.noted]).toEqual([129, 122, 7]);
      expect([s20.total, s20.byPosition.supported, s20.byPosition.noted]).toEqual([198, 147, 51]);
    });

    it('links issues and recommending states as the export gives them', async () => {
      const stats = await new StatsService(database.db).stats({}, 60);
      const issues = stats.byTerm['upr-info-issue'] ?? [];
      expect(issues).toHaveLength(54);
      // 8,401 rows carry the label; two of them are repeated rows counted once.
      expect(issues[0]).toEqual({
        code: 'international-instruments',
        label: 'International instruments',
        count: 8_399,
      });
      const torture = issues.find((i) => i.label === 'Torture and other CID treatment');
      expect(torture?.count).toBeGreaterThan(3_000);
      const kz = await database.db
        .selectFrom('recommendations')
        .innerJoin('recommending_states', 'recommending_states.recommendation_id', 'recommendations.id')
        .where('recommending_states.state_iso3', '=', 'KAZ')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(kz.n)).toBe(100);
    });

    it('changes nothing when the same data is imported again, even from the UTF-8 copy', async () => {
      const before = await count();
      const report = await service.importFile(
        sharedData('upr', 'uprs-terman', 'derived', 'upr-info-sessions-1-20.utf8.csv'),
      );
      expect(report.ok).toBe(true);
      expect([report.added, report.updated, report.unchanged]).toEqual([0, 0, 41_062]);
      expect(await count()).toBe(before);
    });

    it('refuses the voluntary pledges file with a clear message', async () => {
      const report = await service.importFile(join(UPR_INFO_DIR, 'voluntary.csv'));
      expect(report.ok).toBe(false);
      expect(report.error).toMatch(/947 voluntary pledges and no recommendations/);
    });
  });

  describe('updates', () => {
    it('updates what changed and says how many were added, updated and unchanged', async () => {
      const row = (text: string, response: string, issues: string) =>
        `Kazakhstan,Asia,"OIC",${text},France,WEOG,EU,${response},5,"${issues}",34`;
      const first = file(
        'update-1.csv',
        [
          HEADER,
          row('Abolish the death penalty in all cases without delay.', 'Accepted', 'Death penalty'),
          row('Ratify OP-CAT.', 'Noted', 'Torture and other CID treatment'),
        ].join('\n'),
      );
      const second = file(
        'update-2.csv',
        [
          HEADER,
          row('Abolish the death penalty in all cases without delay.', 'Noted', 'Death penalty,Justice'),
          row('Ratify OP-CAT.', 'Noted', 'Torture and other CID treatment'),
          row('Ratify CED.', 'Accepted', 'Enforced disappearances'),
        ].join('\n'),
      );
      const a = await service.importFile(first);
      expect([a.added, a.updated, a.unchanged]).toEqual([2, 0, 0]);
      const b = await service.importFile(second);
      expect([b.added, b.updated, b.unchanged]).toEqual([1, 1, 1]);
      const updated = await database.db
        .selectFrom('recommendations')
        .select(['position', 'version', 'cycle'])
        .where('text', '=', 'Abolish the death penalty in all cases without delay.')
        .executeTakeFirstOrThrow();
      expect(updated).toEqual({ position: 'noted', version: 2, cycle: 3 });
    });
  });

  describe('bad input leaves the database unchanged', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['an empty file', '', /empty file/],
      [
        'a wrong header',
        'Country,Recommendation\nKazakhstan,Abolish\n',
        /wrong header on line 1: no column text/,
      ],
      [
        'a truncated row',
        `${HEADER}\nKazakhstan,Asia,OIC,Abolish the death penalty.,France,WEOG,EU,Accepted,5,"Death penalty",20\nKazakhstan,Asia,OIC,Ratify`,
        /row 3: truncated row: 4 of 11 columns/,
      ],
      [
        'invalid UTF-8',
        Buffer.concat([
          Buffer.from(
            `${HEADER}\nKazakhstan,Asia,OIC,Abolish the death penalty.,France,WEOG,EU,Accepted,5,Justice,20\n`,
          ),
          Buffer.from([0x4b, 0xff, 0xfe, 0x0a]),
        ]),
        /invalid UTF-8 at line 3/,
      ],
      [
        'an unknown state',
        `${HEADER}\nAtlantis,Asia,OIC,Abolish the death penalty.,France,WEOG,EU,Accepted,5,Justice,20\n`,
        /row 2, column state_under_review: unknown state "Atlantis"/,
      ],
      [
        'an unknown session',
        `${HEADER}\nKazakhstan,Asia,OIC,Abolish the death penalty.,France,WEOG,EU,Accepted,5,Justice,77\n`,
        /row 2, column session: unknown session 77/,
      ],
      [
        'a 50 MB line',
        `${HEADER}\nKazakhstan,Asia,OIC,"${'x'.repeat(50 * 1024 * 1024)}",France,WEOG,EU,Accepted,5,Justice,20\n`,
        /line 2: a record longer than 1 MB/,
      ],
    ];

    it.each(cases)('%s gives a precise error', async (name, content, expected) => {
      const before = await count();
      const batches = await database.db.selectFrom('import_batches').select('id').execute();
      const report = await service.importFile(file(`bad-${name.replace(/\W+/g, '-')}.csv`, content));
      expect(report.ok).toBe(false);
      const message = [
        report.error,
        ...report.problems.map((p) => `row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`),
      ].join('\n');
      expect(message).toMatch(expected);
      expect(await count()).toBe(before);
      expect(await database.db.selectFrom('import_batches').select('id').execute()).toEqual(batches);
    });

    it('imports the valid rows with --skip-invalid and reports the others', async () => {
      const path = file(
        'mixed.csv',
        [
          HEADER,
          'Kazakhstan,Asia,OIC,Guarantee fair trial in all cases.,Germany,WEOG,EU,Accepted,4,Justice,48',
          'Atlantis,Asia,OIC,Something.,Germany,WEOG,EU,Accepted,4,Justice,48',
        ].join('\n'),
      );
      const refused = await service.importFile(path);
      expect(refused.ok).toBe(false);
      expect(refused.error).toBe('1 invalid rows: nothing imported');
      const report = await service.importFile(path, { skipInvalid: true });
      expect(report.ok).toBe(true);
      expect([report.added, report.skipped]).toEqual([1, 1]);
      expect(report.problems).toEqual([
        { file: 'mixed.csv', row: 3, column: 'state_under_review', message: 'unknown state "Atlantis"' },
      ]);
    });

    it('shows what would change with --dry-run and writes nothing', async () => {
      const before = await count();
      const path = file(
        'dry.csv',
        `${HEADER}\nKazakhstan,Asia,OIC,Criminalise torture.,Norway,WEOG,,Accepted,5,"Torture and other CID treatment",48\n`,
      );
      const report = await service.importFile(path, { dryRun: true });
      expect(report.ok).toBe(true);
      expect(report.dryRun).toBe(true);
      expect(report.added).toBe(1);
      expect(await count()).toBe(before);
    });
  });
});

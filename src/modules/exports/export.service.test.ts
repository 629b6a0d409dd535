import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_COLUMNS } from '../../imports/parsers/template.ts';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { ImportService } from '../imports/import.service.ts';
import { StatsService } from '../stats/stats.service.ts';
import { EXPORT_FORMATS, ExportService } from './export.service.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const scratch = mkdtempSync(join(tmpdir(), 'upr-export-'));

describe.each(testDialects())('export on %s', (dialect) => {
  let source: TestDatabase;

  beforeAll(async () => {
    source = await openTestDatabase(dialect);
    const report = await new ImportService(source.db).importFile(KAZAKHSTAN);
    expect(report.ok, report.error).toBe(true);
  });
  afterAll(() => source.cleanup());

  it('writes the template columns and one row per recommendation, filtered', async () => {
    const path = join(scratch, `kaz-s20-${dialect}.csv`);
    const count = await new ExportService(source.db).writeFile(
      'csv',
      { state: 'KAZ', session: 20, position: ['noted'] },
      path,
    );
    expect(count).toBe(51);
    const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...TEMPLATE_COLUMNS]);
    expect(rows).toHaveLength(51);
    expect(new Set(rows.map((r) => r.position))).toEqual(new Set(['noted']));
    expect(rows.every((r) => r.state_under_review === 'KAZ' && r.session === '20' && r.cycle === '2')).toBe(
      true,
    );
    const abolish = rows.find((r) => /abolish the death penalty/i.test(r.text ?? ''));
    expect(abolish?.upr_info_issues).toContain('Death penalty');
  });

  it.each(EXPORT_FORMATS)(
    'round-trips through %s: a fresh registry imports the same records, a second import changes nothing',
    async (format) => {
      const path = join(scratch, `kaz-${dialect}.${format}`);
      expect(await new ExportService(source.db).writeFile(format, {}, path)).toBe(327);
      const target = await openTestDatabase(dialect);
      try {
        const service = new ImportService(target.db);
        const first = await service.importFile(path);
        expect(first.ok, first.error ?? JSON.stringify(first.problems.slice(0, 3))).toBe(true);
        expect(first.format).toBe(format);
        expect(first.added).toBe(327);
        const again = await service.importFile(path);
        expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 327]);
        // The same file back into the registry it came from changes nothing either.
        const home = await new ImportService(source.db).importFile(path);
        expect([home.added, home.updated, home.unchanged]).toEqual([0, 0, 327]);
        const [before, after] = await Promise.all([
          new StatsService(source.db).stats({}, 100),
          new StatsService(target.db).stats({}, 100),
        ]);
        expect(after).toEqual(before);
        const exportedAgain = join(scratch, `kaz-${dialect}-again.${format}`);
        await new ExportService(target.db).writeFile(format, {}, exportedAgain);
        if (format !== 'xlsx') expect(readFileSync(exportedAgain, 'utf8')).toBe(readFileSync(path, 'utf8'));
      } finally {
        await target.cleanup();
      }
    },
  );
});

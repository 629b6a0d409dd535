/**
 * The UN's own documents through the import service, on every database: OHCHR thematic lists, Working
 * Group reports (text, DOCX, PDF), UHRI, and their merging with each other and with UPR Info rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { RecommendationRepository } from '../recommendations/recommendation.repository.ts';
import { StateRepository, StateResolver } from '../states/state.repository.ts';
import { StatsService } from '../stats/stats.service.ts';
import { TaxonomyRepository } from '../taxonomies/taxonomy.repository.ts';
import { textDocx, textPdf } from './import.fixtures.ts';
import { ImportService } from './import.service.ts';
import { RecordResolver } from './resolve.ts';

const SLOVENIA = sharedData('upr', 'slovenia-tracker');
const TERMAN = sharedData('upr', 'uprs-terman');
const KAZ_2010 = join(TERMAN, 'v1-wg-report-texts', 'kazakhstan2010.txt');
const KAZ_2014 = join(TERMAN, 'v1-wg-report-texts', 'kazakhstan2014.txt');
const KAZ_UPR_INFO = join(TERMAN, 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const SVN_REPORT_3 = join(SLOVENIA, 'cycle3', 'A_HRC_43_15_Working_Group_Report.md');
const UHRI_FIXTURE = join(import.meta.dirname, '..', '..', 'imports', 'parsers', 'uhri-json.fixture.json');

const MATRICES = [
  {
    docx: 'UPR20__Slovenia_ThematicListRecommendations_E.docx',
    csv: 'slovenia_cycle2_session20_thematic_list.csv',
    cycle: 2,
    positions: { supported: 142, noted: 21 },
    // The reference CSV is wrong on two rows (see ohchr-matrix.test.ts): ICRMW is no state, and 115.8 lost its states.
    errata: {
      '115.6': { recommending_states: 'Iran (Islamic Republic of)' },
      '115.8': {
        recommending_states: 'Senegal | Sierra Leone | Venezuela (Bolivarian Republic of) | Peru | Uruguay',
      },
    } as Record<string, Record<string, string>>,
  },
  {
    docx: 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
    csv: 'slovenia_cycle3_session34_thematic_list.csv',
    cycle: 3,
    positions: { supported: 182, noted: 33 },
    errata: {},
  },
  {
    docx: 'upr48-slovenia-thematic-list-of-recommendatio.docx',
    csv: 'slovenia_cycle4_session48_thematic_list.csv',
    cycle: 4,
    positions: { supported: 217, noted: 37 },
    errata: {},
  },
];
const matrix = (docx: string) => join(SLOVENIA, 'original-docx', docx);

const scratch = mkdtempSync(join(tmpdir(), 'upr-documents-'));

describe.each(testDialects())('importing UN documents on %s', (dialect) => {
  let database: TestDatabase;
  let service: ImportService;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new ImportService(database.db);
  });
  afterAll(() => database.cleanup());

  /** Position counts of one review, without the zero ones. */
  const positions = async (state: string, cycle: number) => {
    const stats = await new StatsService(database.db).stats({ state, cycle });
    return Object.fromEntries(Object.entries(stats.byPosition).filter(([, n]) => n > 0));
  };
  const total = async (state: string, cycle?: number) =>
    (await new StatsService(database.db).stats({ state, ...(cycle ? { cycle } : {}) })).total;
  const record = async (state: string, cycle: number, paragraph: string) => {
    const row = await database.db
      .selectFrom('recommendations')
      .selectAll()
      .where('state_under_review', '=', state)
      .where('cycle', '=', cycle)
      .where('paragraph', '=', paragraph)
      .executeTakeFirstOrThrow();
    const links = (await new RecommendationRepository(database.db).linksOf([row.id])).get(row.id);
    return { ...row, links: links ?? { recommendingStates: [], terms: [], translations: {} } };
  };

  describe('Slovenia’s three OHCHR thematic lists', () => {
    it.each(MATRICES)(
      '$docx imports with its positions, states and terms as the reference CSV has them',
      async ({ docx, csv, cycle, positions: expected, errata }) => {
        const report = await service.importFile(matrix(docx));
        expect(report.ok, report.error).toBe(true);
        expect(report.format).toBe('ohchr-matrix');
        expect(report.problems).toEqual([]);
        const count = expected.supported + expected.noted;
        expect([report.rowsRead, report.added]).toEqual([count, count]);
        expect(await positions('SVN', cycle)).toEqual(expected);
        expect(await mismatches(database, cycle, csv, errata)).toEqual([]);
      },
    );

    it('links themes, SDGs and affected persons as terms', async () => {
      const rec = await record('SVN', 3, '121.1');
      const byTaxonomy = (taxonomy: string) =>
        rec.links.terms.filter((t) => t.taxonomy === taxonomy && t.origin === 'imported').map((t) => t.label);
      expect(rec.links.recommendingStates).toEqual(['FRA', 'LTU']);
      expect(byTaxonomy('ohchr-theme').length).toBeGreaterThan(0);
      expect(byTaxonomy('affected-persons').length).toBeGreaterThan(0);
      const sdgLinks = await database.db
        .selectFrom('recommendation_terms')
        .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
        .innerJoin('recommendations', 'recommendations.id', 'recommendation_terms.recommendation_id')
        .where('terms.taxonomy_code', '=', 'sdg')
        .where('recommendations.state_under_review', '=', 'SVN')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(sdgLinks.n)).toBeGreaterThan(100);
    });

    it('changes nothing when a list is imported again', async () => {
      const report = await service.importFile(matrix(MATRICES[1]?.docx ?? ''));
      expect([report.added, report.updated, report.unchanged]).toEqual([0, 0, 215]);
      expect(report.disagreements).toEqual([]);
    });
  });

  describe('Kazakhstan’s Working Group reports, then the UPR Info rows of the same sessions', () => {
    it('2014 (A/HRC/28/10): 194 recommendations under paragraphs 124, 125 and 126', async () => {
      const report = await service.importFile(KAZ_2014);
      expect(report.ok, report.error).toBe(true);
      expect([report.format, report.added]).toEqual(['wg-report', 194]);
      const byParagraph = await framings('KAZ', 2);
      // 125 "enjoy the support ... in the process of being implemented": supported, as the report says.
      expect(byParagraph).toEqual({ '124 supported': 47, '125 supported': 96, '126 noted': 51 });
      expect(await record('KAZ', 2, '124.1')).toMatchObject({
        session: 20,
        document_symbol: 'A/HRC/28/10',
        position_source: 'A/HRC/28/10 para 124',
        links: { recommendingStates: ['MEX'] },
      });
    });

    it('2010 (A/HRC/14/10): 128 recommendations kept as 95.1-95.102 and 97.1-97.26', async () => {
      const report = await service.importFile(KAZ_2010);
      expect(report.ok, report.error).toBe(true);
      expect(report.added).toBe(128);
      expect(await framings('KAZ', 1)).toEqual({ '95 supported': 102, '97 pending': 26 });
      const paragraphs = await database.db
        .selectFrom('recommendations')
        .select('paragraph')
        .where('state_under_review', '=', 'KAZ')
        .where('cycle', '=', 1)
        .execute();
      const expected = [
        ...Array.from({ length: 102 }, (_, i) => `95.${i + 1}`),
        ...Array.from({ length: 26 }, (_, i) => `97.${i + 1}`),
      ];
      expect(paragraphs.map((p) => p.paragraph).sort()).toEqual(expected.sort());
    });

    it('the UPR Info rows fill the pending positions and join their paragraphs, nothing duplicated', async () => {
      const report = await service.importFile(KAZ_UPR_INFO);
      expect(report.ok, report.error).toBe(true);
      expect(report.added).toBe(0);
      expect(report.matching?.reviews).toEqual([
        { review: 'KAZ cycle 1 (session 7)', paragraphs: 128, rows: 129, pairedRows: 129, records: 128 },
        { review: 'KAZ cycle 2 (session 20)', paragraphs: 194, rows: 198, pairedRows: 198, records: 194 },
      ]);
      // UPR Info repeats a joint recommendation once per state: 129 rows for 128 paragraphs, 198 for 194.
      expect(report.matching?.joint).toEqual([
        { paragraph: '95.3', rows: [13, 100], states: ['SVN', 'KOR'] },
        { paragraph: '125.8', rows: [185, 186], states: ['ESP', 'HUN'] },
        { paragraph: '125.9', rows: [187, 188, 189], states: ['ARG', 'PRT', 'URY'] },
        { paragraph: '126.8', rows: [284, 285], states: ['ESP', 'HUN'] },
      ]);
      expect(report.matching?.unpaired).toEqual([]);
      expect(report.matching?.withoutRow).toEqual([]);
      expect(report.matching?.similar.map((s) => s.paragraph)).toEqual(['124.42', '125.1', '126.44']);
      // The addendum moved 126.27 to supported: UPR Info records it, the report could not.
      expect(report.disagreements).toEqual([
        expect.objectContaining({ paragraph: '126.27', field: 'position', kept: 'incoming' }),
      ]);
      expect(await total('KAZ')).toBe(322);
      // The Council's records: cycle 1, 121 accepted and 7 not; cycle 2, 144 supported and 50 noted.
      expect(await positions('KAZ', 1)).toEqual({ supported: 121, noted: 7 });
      expect(await positions('KAZ', 2)).toEqual({ supported: 144, noted: 50 });
    });

    it('a paragraph carries its UPR Info issues, action category and every state', async () => {
      const joint = await record('KAZ', 1, '95.3');
      expect(joint.links.recommendingStates).toEqual(['KOR', 'SVN']);
      expect(joint.action_category).toBe(5);
      expect(joint.links.terms.map((t) => t.label)).toContain('International instruments');
      const filled = await record('KAZ', 1, '97.1');
      expect([filled.position, filled.position_source]).toEqual(['noted', 'UPR Info']);
    });

    it('importing the rows or the reports again changes nothing', async () => {
      for (const file of [KAZ_UPR_INFO, KAZ_2014, KAZ_2010]) {
        const report = await service.importFile(file);
        expect([report.added, report.updated], file).toEqual([0, 0]);
      }
      expect(await total('KAZ')).toBe(322);
      // The report's provisional position does not undo the response UPR Info recorded.
      expect((await record('KAZ', 2, '126.27')).position).toBe('supported');
    });

    it('--prefer incoming lets the report win the disagreement (shown here as a dry run)', async () => {
      const report = await service.importFile(KAZ_2014, { prefer: 'incoming', dryRun: true });
      expect([report.ok, report.updated, report.unchanged]).toEqual([true, 1, 193]);
      expect(report.disagreements).toEqual([
        expect.objectContaining({ paragraph: '126.27', existing: 'supported (UPR Info)', kept: 'incoming' }),
      ]);
      expect((await record('KAZ', 2, '126.27')).position).toBe('supported');
    });
  });

  describe('Slovenia cycle 3: the Working Group report, then the thematic list', () => {
    let db: TestDatabase;
    let imports: ImportService;
    beforeAll(async () => {
      db = await openTestDatabase(dialect);
      imports = new ImportService(db.db);
    });
    afterAll(() => db.cleanup());
    const svn3 = async () => (await new StatsService(db.db).stats({ state: 'SVN', cycle: 3 })).byPosition;

    it('meet in 215 records: the list fills the positions the report left pending and adds the themes', async () => {
      const first = await imports.importFile(SVN_REPORT_3);
      expect([first.format, first.added]).toEqual(['wg-report', 215]);
      expect(await svn3()).toMatchObject({ supported: 58, pending: 157 });
      const second = await imports.importFile(matrix(MATRICES[1]?.docx ?? ''));
      expect([second.added, second.updated]).toEqual([0, 215]);
      expect(second.disagreements).toEqual([]);
      expect(await svn3()).toMatchObject({ supported: 182, noted: 33, pending: 0 });
      const count = await db.db
        .selectFrom('recommendations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(215);
    });

    it('the same report as PDF and as DOCX finds the same records and changes nothing', async () => {
      const lines = readFileSync(SVN_REPORT_3, 'utf8').split('\n');
      for (const [name, content] of [
        ['A_HRC_43_15.pdf', textPdf(lines)],
        ['A_HRC_43_15.docx', textDocx(lines)],
      ] as const) {
        const path = join(scratch, `${dialect}-${name}`);
        writeFileSync(path, content);
        const report = await imports.importFile(path);
        expect(report.ok, report.error).toBe(true);
        expect([report.format, report.rowsRead, report.unchanged]).toEqual(['wg-report', 215, 215]);
        expect(report.disagreements).toEqual([]);
      }
    });

    it('a further source adds its terms to the record’s, never replacing them', async () => {
      const before = await linkedTerms(db, '121.1');
      const report = await imports.importFile(UHRI_FIXTURE, { skipInvalid: true });
      expect(report.ok, report.error).toBe(true);
      expect(report.format).toBe('uhri-json');
      const after = await linkedTerms(db, '121.1');
      expect(after).toEqual(expect.arrayContaining(before));
      expect(after).toContain('Enforced disappearances');
      expect(await svn3()).toMatchObject({ supported: 182, noted: 33 });
    });
  });

  /** `124 supported: 47`: the position of each framing paragraph's recommendations. */
  async function framings(state: string, cycle: number): Promise<Record<string, number>> {
    const rows = await database.db
      .selectFrom('recommendations')
      .select(['paragraph', 'position'])
      .where('state_under_review', '=', state)
      .where('cycle', '=', cycle)
      .execute();
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const key = `${row.paragraph?.split('.')[0]} ${row.position}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
});

async function linkedTerms(database: TestDatabase, paragraph: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('recommendation_terms')
    .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
    .innerJoin('recommendations', 'recommendations.id', 'recommendation_terms.recommendation_id')
    .where('recommendations.paragraph', '=', paragraph)
    .where('recommendations.state_under_review', '=', 'SVN')
    .select('terms.label_en')
    .execute();
  return rows.map((r) => r.label_en).sort();
}

/**
 * Every record of a Slovenia cycle against its reference CSV: position, source of position, recommending
 * states and the imported terms, the reference resolved exactly as an import resolves names. One line per
 * disagreement, so that a failure says which rows and fields differ.
 */
async function mismatches(
  database: TestDatabase,
  cycle: number,
  csv: string,
  errata: Record<string, Record<string, string>>,
): Promise<string[]> {
  const reference: Record<string, string>[] = parse(readFileSync(join(SLOVENIA, 'derived', csv)), {
    columns: true,
    bom: true,
  });
  const taxonomies = new TaxonomyRepository(database.db);
  const terms = new Map();
  for (const t of await taxonomies.listTaxonomies()) terms.set(t.code, await taxonomies.index(t.code));
  const resolver = new RecordResolver(
    new StateResolver(await new StateRepository(database.db).aliasMap()),
    terms,
    new Set(['UPR']),
    {},
  );
  const rows = await database.db
    .selectFrom('recommendations')
    .selectAll()
    .where('state_under_review', '=', 'SVN')
    .where('cycle', '=', cycle)
    .execute();
  const links = await new RecommendationRepository(database.db).linksOf(rows.map((r) => r.id));
  const byParagraph = new Map(rows.map((r) => [r.paragraph, r]));
  const list = (value: string | undefined) => (value ? value.split(' | ') : []);
  const out: string[] = [];
  if (rows.length !== reference.length)
    out.push(`${rows.length} records, ${reference.length} in the reference`);
  for (const raw of reference) {
    const ref = { ...raw, ...errata[raw.paragraph ?? ''] };
    const row = byParagraph.get(ref.paragraph ?? '');
    if (!row) {
      out.push(`${ref.paragraph}: not imported`);
      continue;
    }
    const { record, problems } = resolver.resolve({
      row: 0,
      stateUnderReview: 'Slovenia',
      cycle,
      text: 'reference',
      recommendingStates: list(ref.recommending_states),
      terms: {
        'ohchr-theme': list(ref.themes),
        'ohchr-theme-primary': list(ref.primary_theme),
        sdg: list(ref.sdgs),
        'affected-persons': list(ref.affected_persons),
      },
    });
    if (!record) {
      out.push(`${ref.paragraph}: reference does not resolve: ${problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const linked = links.get(row.id);
    const imported = (linked?.terms ?? []).filter((t) => t.origin === 'imported').map((t) => t.termId);
    const fields: [string, unknown, unknown][] = [
      ['position', row.position, ref.position?.toLowerCase()],
      ['position_source', row.position_source, ref.source_of_position],
      ['recommending_states', linked?.recommendingStates, record.recommendingStates],
      ['terms', imported.sort((a, b) => a - b), record.termIds],
    ];
    for (const [field, actual, expected] of fields) {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        out.push(
          `${ref.paragraph} ${field}: imported ${JSON.stringify(actual)}, reference ${JSON.stringify(expected)}`,
        );
      }
    }
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxOf as docx, zip } from '../../modules/imports/import.fixtures.ts';
import { looksLikeOhchrMatrix, parseOhchrMatrix } from './ohchr-matrix.ts';
import type { ParseResult } from './types.ts';

const DATA = new URL('../../../../shared/data/upr/slovenia-tracker/', import.meta.url);

type ReferenceRow = Record<string, string>;

/** Corrections to a reference CSV by paragraph, each with its reason in a comment. */
type Errata = Record<string, Partial<ReferenceRow>>;

/**
 * The cycle-2 reference CSV is wrong on two rows; applied to the reference before comparing.
 * 115.8 reads `Ratify ICRMW (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of),Peru, Uruguay);`:
 * the CSV's heuristic gave up on the nested parentheses and left the states empty.
 * 115.6 ends `...Members of Their Families (ICRMW) (Iran (Islamic Republic of));`: ICRMW is the
 * convention's acronym, not a recommending state.
 */
const CYCLE2_ERRATA: Errata = {
  '115.6': { recommending_states: 'Iran (Islamic Republic of)' },
  '115.8': {
    recommending_states: 'Senegal | Sierra Leone | Venezuela (Bolivarian Republic of) | Peru | Uruguay',
  },
};

const MATRICES = [
  {
    docx: 'UPR20__Slovenia_ThematicListRecommendations_E.docx',
    csv: 'slovenia_cycle2_session20_thematic_list.csv',
    document: { stateUnderReview: 'Slovenia', cycle: 2, session: 20 },
    positions: { supported: 142, noted: 21 },
    errata: CYCLE2_ERRATA,
  },
  {
    docx: 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
    csv: 'slovenia_cycle3_session34_thematic_list.csv',
    document: { stateUnderReview: 'Slovenia', cycle: 3, session: 34 },
    positions: { supported: 182, noted: 33 },
    errata: {},
  },
  {
    docx: 'upr48-slovenia-thematic-list-of-recommendatio.docx',
    csv: 'slovenia_cycle4_session48_thematic_list.csv',
    document: { stateUnderReview: 'Slovenia', cycle: 4, session: 48 },
    positions: { supported: 217, noted: 37 },
    errata: {},
  },
];

const list = (value: string | undefined) => (value ? value.split(' | ') : []);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function compare(result: ParseResult, reference: ReferenceRow[], errata: Errata): string[] {
  const mismatches: string[] = [];
  const parsed = new Map(result.recommendations.map((rec) => [rec.paragraph, rec]));
  for (const paragraph of parsed.keys()) {
    if (!reference.some((row) => row.paragraph === paragraph))
      mismatches.push(`${paragraph}: not in reference`);
  }
  for (const raw of reference) {
    const row = { ...raw, ...errata[raw.paragraph ?? ''] };
    const rec = parsed.get(row.paragraph);
    if (!rec) {
      mismatches.push(`${row.paragraph}: not parsed`);
      continue;
    }
    const terms = rec.terms ?? {};
    const fields: [string, unknown, unknown][] = [
      ['position', rec.position, row.position?.toLowerCase()],
      ['positionSource', rec.positionSource, row.source_of_position],
      ['recommendingStates', rec.recommendingStates, list(row.recommending_states)],
      ['primaryTheme', terms['ohchr-theme-primary'], list(row.primary_theme)],
      ['themes', terms['ohchr-theme'] ?? [], list(row.themes)],
      ['sdgs', terms.sdg ?? [], list(row.sdgs)],
      ['affectedPersons', terms['affected-persons'] ?? [], list(row.affected_persons)],
      // The reference keeps the states in the text; ours must be its beginning.
      ['text', squash(row.recommendation_text ?? '').startsWith(squash(rec.text)), true],
    ];
    for (const [field, actual, expected] of fields) {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(
          `${row.paragraph} ${field}: parsed ${JSON.stringify(actual)}, reference ${JSON.stringify(expected)}`,
        );
      }
    }
  }
  return mismatches;
}

describe.each(MATRICES)('parseOhchrMatrix on $docx', ({ docx, csv, document, positions, errata }) => {
  let result: ParseResult;
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = readFileSync(new URL(`original-docx/${docx}`, DATA));
    result = await parseOhchrMatrix(buffer, docx);
  });

  it('reads the review, the counts and the positions', () => {
    expect(result.format).toBe('ohchr-matrix');
    expect(result.document).toEqual(document);
    expect(result.problems).toEqual([]);
    const counts: Record<string, number> = {};
    for (const rec of result.recommendations)
      counts[rec.position ?? ''] = (counts[rec.position ?? ''] ?? 0) + 1;
    expect(counts).toEqual(positions);
    expect(
      result.recommendations.every((rec) => rec.cycle === document.cycle && rec.mechanism === 'UPR'),
    ).toBe(true);
  });

  it('agrees with the reference CSV row by row', () => {
    const reference: ReferenceRow[] = parse(readFileSync(new URL(`derived/${csv}`, DATA)), {
      columns: true,
      bom: true,
    });
    expect(result.recommendations).toHaveLength(reference.length);
    expect(compare(result, reference, errata)).toEqual([]);
  });

  it('is detected as a matrix', async () => {
    expect(await looksLikeOhchrMatrix(buffer)).toBe(true);
  });
});

describe('parseOhchrMatrix on other files', () => {
  it('rejects a buffer that is not a DOCX', async () => {
    await expect(
      parseOhchrMatrix(Buffer.from('Recommendation,Position\n1,Supported\n'), 'x.csv'),
    ).rejects.toThrow(/x\.csv: not a valid DOCX file/);
    await expect(parseOhchrMatrix(zip({ 'hello.txt': 'hello' }))).rejects.toThrow(/not a valid DOCX file/);
    expect(await looksLikeOhchrMatrix(Buffer.from('not a zip'))).toBe(false);
  });

  it('rejects a truncated DOCX', async () => {
    const real = readFileSync(new URL(`original-docx/${MATRICES[0]?.docx}`, DATA));
    await expect(parseOhchrMatrix(real.subarray(0, real.length / 2))).rejects.toThrow(
      /not a valid DOCX file/,
    );
  });

  it('rejects a DOCX that is not a thematic list', async () => {
    const letter = docx(paragraph('Dear colleagues, please find attached the recommendations.'));
    expect(await looksLikeOhchrMatrix(letter)).toBe(false);
    await expect(parseOhchrMatrix(letter, 'letter.docx')).rejects.toThrow(
      /letter\.docx: not an OHCHR thematic list of recommendations/,
    );
  });

  it('reads a small matrix, reporting the rows it cannot read', async () => {
    const matrix = docx(
      paragraph('Universal Periodic Review of Kazakhstan (3rd cycle – 34th session)') +
        table(
          row(
            cell('Recommendation and recommending State'),
            cell('Position of the State under review'),
            cell('Human rights themes and groups of persons'),
            cell('Relevant SDGs'),
          ),
          row(cell('Theme: Death penalty', 4)),
          row(
            cell(
              '95.1 Abolish the death penalty (Iran (Islamic Republic of)) (Bolivarian Republic of Venezuela);',
              'Source of Position: A/HRC/43/10/Add.1 - Para.3',
            ),
            cell('Supported in part'),
            cell('- Death penalty', 'Groups of Persons: ', '- Persons deprived of their liberty'),
            cell('- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS'),
          ),
          row(cell('Abolish the death penalty (France);'), cell('Supported'), cell(), cell()),
          row(cell('95.3 Ratify ILO Convention (No. 189) (Philippines).'), cell('Pending'), cell(), cell()),
          row(cell('95.4 Consider the matter (Chile);'), cell('Maybe later'), cell(), cell()),
        ),
    );
    expect(await looksLikeOhchrMatrix(matrix)).toBe(true);
    const result = await parseOhchrMatrix(matrix, 'kaz.docx');
    expect(result.document).toEqual({ stateUnderReview: 'Kazakhstan', cycle: 3, session: 34 });
    expect(result.recommendations.map((rec) => [rec.paragraph, rec.position])).toEqual([
      ['95.1', 'supported_in_part'],
      ['95.3', 'pending'],
      ['95.4', 'unknown'],
    ]);
    expect(result.recommendations[0]).toMatchObject({
      row: 3,
      text: 'Abolish the death penalty',
      recommendingStates: ['Iran (Islamic Republic of)', 'Bolivarian Republic of Venezuela'],
      positionSource: 'A/HRC/43/10/Add.1 - Para.3',
      stateUnderReview: 'Kazakhstan',
      terms: {
        'ohchr-theme': ['Death penalty'],
        'ohchr-theme-primary': ['Death penalty'],
        'affected-persons': ['Persons deprived of their liberty'],
        sdg: ['16 - PEACE, JUSTICE AND STRONG INSTITUTIONS'],
      },
    });
    expect(result.recommendations[1]).toMatchObject({
      text: 'Ratify ILO Convention (No. 189)',
      recommendingStates: ['Philippines'],
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'kaz.docx',
        row: 4,
        message: expect.stringMatching(/no paragraph number/),
      }),
      expect.objectContaining({
        file: 'kaz.docx',
        row: 6,
        message: expect.stringMatching(/unknown position "Maybe later"/),
      }),
    ]);
  });
});

// A minimal DOCX writer for the synthetic cases: stored (uncompressed) ZIP entries, WordprocessingML body.

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function cell(...content: (string | number)[]): string {
  const span =
    typeof content.at(-1) === 'number' ? `<w:tcPr><w:gridSpan w:val="${content.pop()}"/></w:tcPr>` : '';
  return `<w:tc>${span}${content.map((text) => paragraph(String(text))).join('') || '<w:p/>'}</w:tc>`;
}

import { describe, expect, it } from 'vitest';
import {
  mapPosition,
  parseLabelCell,
  parseRecommendationCell,
  splitRecommendingStates,
} from './ohchr-matrix.cells.ts';
import { readHtml } from './ohchr-matrix.html.ts';

describe('splitRecommendingStates', () => {
  it.each([
    ['Ratify the ICPPED (France) (Lithuania);', 'Ratify the ICPPED', ['France', 'Lithuania']],
    ['Ratify the OP (Portugal, Slovakia);', 'Ratify the OP', ['Portugal', 'Slovakia']],
    [
      'Combat racism (Bolivarian Republic of Venezuela);',
      'Combat racism',
      ['Bolivarian Republic of Venezuela'],
    ],
    [
      'Ratify ICRMW (ICRMW) (Iran (Islamic Republic of)); ',
      'Ratify ICRMW (ICRMW)',
      ['Iran (Islamic Republic of)'],
    ],
    [
      'Ratify ICRMW (Senegal, Venezuela (Bolivarian Republic of),Peru);',
      'Ratify ICRMW',
      ['Senegal', 'Venezuela (Bolivarian Republic of)', 'Peru'],
    ],
    [
      'Ratify Convention No. 189 (No. 189) (Philippines).',
      'Ratify Convention No. 189 (No. 189)',
      ['Philippines'],
    ],
    [
      'Accede (the former Yugoslav Republic of Macedonia);',
      'Accede',
      ['the former Yugoslav Republic of Macedonia'],
    ],
    ['Do A; do B (Brazil);', 'Do A; do B', ['Brazil']],
    ['Do A (Egypt);do B (Peru); do C (Egypt);', 'Do A (Egypt);do B (Peru); do C', ['Egypt', 'Peru']],
    ['Do A (Egypt); do B without a state', 'Do A (Egypt); do B without a state', ['Egypt']],
    ['No state at all;', 'No state at all', []],
  ])('%s', (input, text, states) => {
    expect(splitRecommendingStates(input)).toEqual({ text, states });
  });
});

describe('parseRecommendationCell', () => {
  it('reads the number, the text and the source of position', () => {
    expect(
      parseRecommendationCell(['121.1 Ratify (France);', 'Source of Position: A/HRC/43/15 - Para 121']),
    ).toEqual({
      paragraph: '121.1',
      text: 'Ratify',
      recommendingStates: ['France'],
      positionSource: 'A/HRC/43/15 - Para 121',
    });
  });

  it('explains a cell without a paragraph number', () => {
    expect(parseRecommendationCell(['Ratify (France);'])).toMatch(/no paragraph number/);
  });
});

describe('parseLabelCell', () => {
  it('splits themes, SDGs and affected persons under their sub-headings', () => {
    const cell = [
      '- Death penalty',
      'SDGs:',
      '- 16 - PEACE',
      'Affected persons: ',
      '- Children',
      'Groups of Persons:',
    ];
    expect(parseLabelCell(cell, 'themes')).toEqual({
      themes: ['Death penalty'],
      sdgs: ['16 - PEACE'],
      affectedPersons: ['Children'],
    });
  });

  it('keeps UHRI codes as written', () => {
    expect(parseLabelCell(['A12 Acceptance of international norms'], 'themes').themes).toEqual([
      'A12 Acceptance of international norms',
    ]);
  });
});

describe('mapPosition', () => {
  it.each([
    ['Supported', 'supported'],
    ['Noted', 'noted'],
    ['Supported in part', 'supported_in_part'],
    ['Partially supported', 'supported_in_part'],
    ['Pending', 'pending'],
    ['', 'unknown'],
    ['Maybe', undefined],
  ])('%s → %s', (cell, position) => {
    expect(mapPosition(cell)).toBe(position);
  });
});

describe('readHtml', () => {
  it('places spanned and merged cells on their grid columns', () => {
    const html =
      '<p>Title &amp; more</p><table><tr><td colspan="2"><p>a</p></td><td rowspan="2"><p>b</p></td></tr>' +
      '<tr><td><p>c<br />d</p></td><td><table><tr><td><p>nested</p></td></tr></table></td></tr></table>';
    const { tables, paragraphs } = readHtml(html);
    expect(paragraphs).toEqual(['Title & more']);
    const texts = tables[0]?.map((row) => Array.from(row.cells, (cell) => cell?.paragraphs));
    expect(texts).toEqual([
      [['a'], undefined, ['b']],
      [['c', 'd'], ['nested'], ['b']],
    ]);
  });
});

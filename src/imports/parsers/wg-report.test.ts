import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocumentText } from './document-text.ts';
import type { ParsedRecommendation, ParseResult } from './types.ts';
import { looksLikeWgReport, parseWgReport, positionOf } from './wg-report.ts';
import { splitRecommendingStates, splitStateList } from './wg-report-states.ts';

const data = (...parts: string[]) => path.resolve(process.cwd(), '../shared/data/upr', ...parts);
const FILES = {
  kaz2010: data('uprs-terman/v1-wg-report-texts/kazakhstan2010.txt'),
  kaz2014: data('uprs-terman/v1-wg-report-texts/kazakhstan2014.txt'),
  // The repository's file names do not match their content (see its PROVENANCE.md): this one is A/HRC/14/15.
  svn1: data('slovenia-tracker/cycle1/A_HRC_WG_6_7_SVN_3_Stakeholder_Summary.md'),
  svn1Addendum: data('slovenia-tracker/cycle1/A_HRC_14_15_Working_Group_Report.md'),
  svn2: data('slovenia-tracker/cycle2/A_HRC_28_15_Working_Group_Report.md'),
  svn3: data('slovenia-tracker/cycle3/A_HRC_43_15_Working_Group_Report.md'),
  svn4: data('slovenia-tracker/cycle4/A_HRC_59_15_Working_Group_Report.md'),
};
type FileKey = keyof typeof FILES;

const results = {} as Record<FileKey, ParseResult>;
beforeAll(async () => {
  for (const [key, file] of Object.entries(FILES) as [FileKey, string][]) {
    const { text } = await extractDocumentText(readFileSync(file), path.basename(file));
    results[key] = parseWgReport(text, path.basename(file));
  }
});

const rec = (key: FileKey, paragraph: string): ParsedRecommendation => {
  const found = results[key].recommendations.find((r) => r.paragraph === paragraph);
  if (!found) throw new Error(`${key}: no recommendation ${paragraph}`);
  return found;
};
const countBy = (recs: ParsedRecommendation[], pick: (r: ParsedRecommendation) => string) => {
  const counts: Record<string, number> = {};
  for (const r of recs) counts[pick(r)] = (counts[pick(r)] ?? 0) + 1;
  return counts;
};
const framingOf = (r: ParsedRecommendation) => `${r.paragraph?.split('.')[0]} ${r.position}`;

describe('parseWgReport on Kazakhstan 2014 (A/HRC/28/10, cycle 2, Mac Roman with CR line endings)', () => {
  it('finds 194 recommendations under paragraphs 124, 125 and 126', () => {
    const result = results.kaz2014;
    expect(result.format).toBe('wg-report');
    expect(result.document).toEqual({
      stateUnderReview: 'Kazakhstan',
      session: 20,
      cycle: 2,
      symbol: 'A/HRC/28/10',
    });
    expect(result.recommendations).toHaveLength(194);
    // 124 "enjoy the support ... already implemented", 125 "enjoy the support ... in the process of being
    // implemented", 126 "did not enjoy the support ... would thus be noted".
    expect(countBy(result.recommendations, framingOf)).toEqual({
      '124 supported': 47,
      '125 supported': 96,
      '126 noted': 51,
    });
    expect(result.problems).toEqual([]);
  });

  it('reads exact recommendations', () => {
    expect(rec('kaz2014', '124.1')).toMatchObject({
      row: 1,
      mechanism: 'UPR',
      stateUnderReview: 'Kazakhstan',
      cycle: 2,
      session: 20,
      documentSymbol: 'A/HRC/28/10',
      recommendingStates: ['Mexico'],
      position: 'supported',
      positionSource: 'A/HRC/28/10 para 124',
    });
    expect(rec('kaz2014', '124.1').text).toBe(
      'Adopt legislative measures to criminalize torture, violence against women and trafficking in persons in line with international standards',
    );
    expect(rec('kaz2014', '124.37').recommendingStates).toEqual(['Iran (Islamic republic of)']);
    expect(rec('kaz2014', '125.9')).toMatchObject({
      recommendingStates: ['Portugal', 'Uruguay', 'Argentina'],
    });
    expect(rec('kaz2014', '125.9').text).toMatch(/Cultural Rights \(OP-ICESCR\)$/);
    // The footnote marker glued to "employment1" is dropped.
    expect(rec('kaz2014', '125.27').text).toMatch(/in the area of employment$/);
    expect(rec('kaz2014', '126.20').text).toContain('strong points or areas for improvement');
    expect(rec('kaz2014', '126.51')).toMatchObject({
      recommendingStates: ['Uruguay'],
      position: 'noted',
      positionSource: 'A/HRC/28/10 para 126',
    });
  });

  it('gives 198 recommendation-state pairs, as UPR Info counts them', () => {
    const pairs = results.kaz2014.recommendations.reduce((n, r) => n + r.recommendingStates.length, 0);
    expect(pairs).toBe(198);
  });
});

describe('parseWgReport on Kazakhstan 2010 (A/HRC/14/10, cycle 1 numbering)', () => {
  it('finds 128 recommendations: 95.1-95.102 supported, 97.1-97.26 pending', () => {
    const result = results.kaz2010;
    expect(result.document).toEqual({
      stateUnderReview: 'Kazakhstan',
      session: 7,
      cycle: 1,
      symbol: 'A/HRC/14/10',
    });
    expect(result.recommendations).toHaveLength(128);
    expect(countBy(result.recommendations, framingOf)).toEqual({ '95 supported': 102, '97 pending': 26 });
    expect(result.recommendations.map((r) => r.paragraph).slice(0, 3)).toEqual(['95.1', '95.2', '95.3']);
    expect(result.recommendations.at(-1)?.paragraph).toBe('97.26');
    expect(result.problems).toEqual([]);
  });

  it('keeps items 95-97 of paragraph 95 apart from paragraphs 96 and 97', () => {
    expect(rec('kaz2010', '95.96').recommendingStates).toEqual(['Kuwait']);
    expect(rec('kaz2010', '95.97').recommendingStates).toEqual(['Malaysia']);
    expect(rec('kaz2010', '95.102')).toMatchObject({
      recommendingStates: ['Morocco'],
      position: 'supported',
    });
    expect(rec('kaz2010', '95.102').text).toMatch(/^To share its experience regarding its innovative/);
    // Paragraph 96 lists no recommendation: it says which of paragraph 95's are already implemented.
    expect(results.kaz2010.notes?.[0]).toMatch(
      /^para 96: Kazakhstan considers that recommendations Nos\. 7, 8,/,
    );
  });

  it('reads joint recommendations, footnote markers and page-broken items', () => {
    const joint = rec('kaz2010', '95.3');
    expect(joint.recommendingStates).toEqual(['Slovenia', 'Republic of Korea']);
    expect(joint.text).toBe(
      'To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); ratify the Convention on the Rights of Persons with Disabilities',
    );
    expect(rec('kaz2010', '95.38').recommendingStates).toEqual(['Slovenia']);
    expect(rec('kaz2010', '97.10').text).toContain('adopted in 2005 on the elimination of extremism');
    expect(rec('kaz2010', '97.1')).toMatchObject({
      recommendingStates: ['Algeria'],
      position: 'pending',
      positionSource: 'A/HRC/14/10 para 97',
    });
  });
});

describe('parseWgReport on Slovenia (markdown conversions of the UN PDFs)', () => {
  it('cycle 1, A/HRC/14/15: 97 recommendations to be examined (para 111)', () => {
    const result = results.svn1;
    expect(result.document).toEqual({
      stateUnderReview: 'Slovenia',
      session: 7,
      cycle: 1,
      symbol: 'A/HRC/14/15',
    });
    expect(countBy(result.recommendations, framingOf)).toEqual({ '111 pending': 97 });
    expect(rec('svn1', '111.1').recommendingStates).toEqual([
      'Algeria',
      'Egypt',
      'Bosnia and Herzegovina',
      'Argentina',
    ]);
    expect(rec('svn1', '111.15').recommendingStates).toEqual(['United Kingdom']);
  });

  it('cycle 1 addendum: no conclusions section', () => {
    expect(results.svn1Addendum.recommendations).toEqual([]);
    expect(results.svn1Addendum.problems[0]?.message).toMatch(
      /^no "Conclusions and\/or recommendations" section found/,
    );
  });

  it('cycle 2, A/HRC/28/15: 163 recommendations to be examined (para 115)', () => {
    const result = results.svn2;
    expect(result.document).toEqual({
      stateUnderReview: 'Slovenia',
      session: 20,
      cycle: 2,
      symbol: 'A/HRC/28/15',
    });
    expect(countBy(result.recommendations, framingOf)).toEqual({ '115 pending': 163 });
    expect(rec('svn2', '115.8').recommendingStates).toEqual([
      'Senegal',
      'Sierra Leone',
      'Venezuela (Bolivarian Republic of)',
      'Peru',
      'Uruguay',
    ]);
    expect(rec('svn2', '115.6').recommendingStates).toEqual(['Iran (Islamic Republic of)']);
    expect(rec('svn2', '115.38').recommendingStates).toEqual(['Egypt', 'Peru', 'Azerbaijan']);
    expect(rec('svn2', '115.72').recommendingStates).toEqual(['the former Yugoslav Republic of Macedonia']);
    // The page footnote "Conclusions and recommendations have not been edited." is not part of 115.12.
    expect(rec('svn2', '115.12').text).toMatch(/currently under examination$/);
  });

  it('cycle 3, A/HRC/43/15: 215 recommendations, 121.x supported and 122.x pending', () => {
    const result = results.svn3;
    expect(result.document).toEqual({
      stateUnderReview: 'Slovenia',
      session: 34,
      cycle: 3,
      symbol: 'A/HRC/43/15',
    });
    expect(countBy(result.recommendations, framingOf)).toEqual({ '121 supported': 58, '122 pending': 157 });
    expect(rec('svn3', '121.1')).toMatchObject({
      recommendingStates: ['France', 'Lithuania'],
      text: 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance',
    });
    expect(rec('svn3', '121.3').recommendingStates).toEqual([
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
    expect(rec('svn3', '121.3').text).toMatch(/Forced Labour Convention, 1930 \(No\. 29\)$/);
    expect(rec('svn3', '122.157')).toMatchObject({ recommendingStates: ['Costa Rica'], position: 'pending' });
  });

  it('cycle 4, A/HRC/59/15: 254 recommendations to be examined (para 140)', () => {
    const result = results.svn4;
    expect(result.document).toEqual({
      stateUnderReview: 'Slovenia',
      session: 48,
      cycle: 4,
      symbol: 'A/HRC/59/15',
    });
    expect(countBy(result.recommendations, framingOf)).toEqual({ '140 pending': 254 });
    expect(rec('svn4', '140.1').recommendingStates).toEqual([
      'Algeria',
      'Cabo Verde',
      'Paraguay',
      'South Sudan',
      'Sri Lanka',
      'Togo',
      'Uruguay',
      'Bolivarian Republic of Venezuela',
    ]);
    expect(rec('svn4', '140.254').text).toBe(
      'Strengthen measures to reduce statelessness and ensure the protection of stateless persons',
    );
  });

  it.each(Object.keys(FILES).filter((k) => k !== 'svn1Addendum'))(
    '%s: every recommendation names a state',
    (key) => {
      const missing = results[key as FileKey].recommendations
        .filter((r) => r.recommendingStates.length === 0)
        .map((r) => r.paragraph);
      expect(missing).toEqual([]);
      expect(results[key as FileKey].problems).toEqual([]);
    },
  );
});

describe('parseWgReport on PDF-extracted text', () => {
  const pdfText = [
    'United Nations A/HRC/99/10',
    'Report of the Working Group on the Universal Periodic Review*',
    '* The annex is circulated as received.',
    'Utopia',
    '1. The Working Group held its forty-first session from 1 to 12 November 2022.',
    'II. Conclusions and/or recommendations',
    '80. The following recommendations will be examined by Utopia:',
    '80.1 Ratify the Optional Protocol (Slovenia and Austria); 80.2 Abolish the death penalty',
    '',
    'GE.22-12345 (E)',
    '7',
    'A/HRC/99/10',
    '',
    'for all crimes (Trinidad and Tobago, Iran (Islamic Republic of));',
    '80.3 Adopt a national plan of action on non-',
    'discrimination;',
    '1 The recommendation was made in writing.',
    '81. The following recommendations did not enjoy the support of Utopia and would thus be noted:',
    '81.1 Ratify the Rome Statute (Saint Vincent and the Grenadines) (Peru).',
    '82. All conclusions and/or recommendations contained in the present report reflect the position.',
  ].join('\n');

  it('drops page furniture, joins wrapped lines and reports a missing state', () => {
    const result = parseWgReport(pdfText, 'utopia.pdf');
    expect(result.document).toEqual({
      stateUnderReview: 'Utopia',
      session: 41,
      cycle: 4,
      symbol: 'A/HRC/99/10',
    });
    expect(
      result.recommendations.map((r) => [r.paragraph, r.position, r.recommendingStates, r.text]),
    ).toEqual([
      ['80.1', 'pending', ['Slovenia', 'Austria'], 'Ratify the Optional Protocol'],
      [
        '80.2',
        'pending',
        ['Trinidad and Tobago', 'Iran (Islamic Republic of)'],
        'Abolish the death penalty for all crimes',
      ],
      ['80.3', 'pending', [], 'Adopt a national plan of action on non-discrimination'],
      ['81.1', 'noted', ['Saint Vincent and the Grenadines', 'Peru'], 'Ratify the Rome Statute'],
    ]);
    expect(result.problems).toEqual([
      { file: 'utopia.pdf', row: 3, message: 'recommendation 80.3 names no recommending state' },
    ]);
  });

  it('reports a text with no conclusions section', () => {
    const result = parseWgReport('National report of Utopia\n1. Introduction', 'x.txt');
    expect(result.recommendations).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'x.txt', message: 'no "Conclusions and/or recommendations" section found' },
    ]);
  });
});

describe('helpers', () => {
  it('positionOf reads the framing paragraph', () => {
    expect(positionOf('The following recommendations enjoy the support of X:')).toBe('supported');
    expect(positionOf('did not enjoy the support of X and would thus be noted')).toBe('noted');
    expect(positionOf('will be examined by X, which will provide responses in due time')).toBe('pending');
    expect(positionOf('X will respond in due time')).toBe('pending');
    expect(positionOf('have been examined by X and enjoy the support of X')).toBe('supported');
    expect(
      positionOf('X considers that they are already implemented or in the process of implementation'),
    ).toBe('supported');
    expect(positionOf('The following recommendations were rejected')).toBe('noted');
    expect(positionOf('The delegation thanked all')).toBe('unknown');
  });

  it('splits state lists only where names end', () => {
    expect(splitStateList('Bosnia and Herzegovina, Antigua and Barbuda and Peru')).toEqual([
      'Bosnia and Herzegovina',
      'Antigua and Barbuda',
      'Peru',
    ]);
    expect(splitStateList('Venezuela (Bolivarian Republic of), Iran (Islamic Republic of)')).toEqual([
      'Venezuela (Bolivarian Republic of)',
      'Iran (Islamic Republic of)',
    ]);
    expect(splitRecommendingStates('Ratify ICRMW (ICRMW) (Iran (Islamic Republic of));').states).toEqual([
      'Iran (Islamic Republic of)',
    ]);
    expect(splitRecommendingStates('Ratify the Istanbul Convention (Paris Principles)').states).toEqual([]);
  });

  it('looksLikeWgReport', () => {
    expect(looksLikeWgReport(readFileSync(FILES.svn3, 'utf8'))).toBe(true);
    expect(looksLikeWgReport('Summary of Stakeholders’ submissions on Utopia')).toBe(false);
  });
});

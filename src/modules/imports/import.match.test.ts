import { describe, expect, it } from 'vitest';
import {
  compactText,
  jointParts,
  overlap,
  type ParagraphRecord,
  ReviewParagraphs,
  sameText,
} from './import.match.ts';

const paragraph = (id: number, number: string, states: string[], text: string): ParagraphRecord => ({
  id,
  paragraph: number,
  session: 7,
  states,
  text,
});

const review = () =>
  new ReviewParagraphs([
    paragraph(
      1,
      '95.3',
      ['KOR', 'SVN'],
      'To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); ratify the Convention on the Rights of Persons with Disabilities',
    ),
    paragraph(
      2,
      '95.8',
      ['LAO'],
      'To continue its cooperation with the United Nations and other international organizations',
    ),
    paragraph(3, '95.40', ['FRA'], 'Ratify OP-CAT'),
    paragraph(4, '95.41', ['ESP'], 'Ratify OP-CAT'),
    paragraph(5, '95.60', ['FRA'], 'Ratify OP-CAT'),
    paragraph(
      6,
      '124.42',
      ['CHL'],
      'Adopt a comprehensive law to fight discrimination, pursuing to the recommendations issued both by the Committee on the Elimination of Racial Discrimination (CERD) and the Committee on the Elimination of Discrimination against Women (CEDAW)',
    ),
  ]);

const row = (state: string, text: string, session: number | null = 7) => ({
  row: 1,
  session,
  recommendingStates: state ? [state] : [],
  text,
});

describe('ReviewParagraphs.match', () => {
  it('finds each state’s part of a joint recommendation', () => {
    const r = review();
    const slovenia = r.match(
      row('SVN', 'Consider ratifying the Convention on the Rights of Persons with Disabilities'),
    );
    const korea = r.match(row('KOR', 'Ratify the Convention on the Rights of Persons with Disabilities'));
    expect([slovenia.record?.paragraph, slovenia.record && slovenia.how]).toEqual(['95.3', 'equal']);
    expect(korea.record?.paragraph).toBe('95.3');
  });

  it('pairs a text whose only differences are the leading "To", punctuation and case', () => {
    const result = review().match(
      row('LAO', 'continue its cooperation with the United Nations and other international organizations.'),
    );
    expect(result.record?.paragraph).toBe('95.8');
  });

  it('pairs a very similar text (acronyms dropped) and says it was similar, not equal', () => {
    const result = review().match(
      row(
        'CHL',
        'Adopt a comprehensive law to fight discrimination, pursuing to the recommendations issued both by the Committee on the Elimination of Racial Discrimination and the Committee on the Elimination of Discrimination against Women',
      ),
    );
    expect(result.record?.paragraph).toBe('124.42');
    expect(result.record && result.how).toBe('similar');
    expect(result.record && result.score).toBeGreaterThanOrEqual(0.9);
  });

  it('spreads one state’s identical texts over its paragraphs, and keeps other states’ apart', () => {
    const r = review();
    expect(r.match(row('FRA', 'Ratify OP-CAT')).record?.paragraph).toBe('95.40');
    expect(r.match(row('FRA', 'Ratify OP-CAT')).record?.paragraph).toBe('95.60');
    expect(r.match(row('ESP', 'Ratify OP-CAT')).record?.paragraph).toBe('95.41');
  });

  it('says why a row pairs with nothing', () => {
    const r = review();
    expect(r.match(row('DEU', 'Ratify OP-CAT'))).toEqual({
      reason: "its text is paragraph 95.40's, but the report gives that paragraph to FRA",
    });
    expect(r.match(row('ESP', 'Abolish the death penalty'))).toMatchObject({
      reason: expect.stringMatching(
        /^no paragraph of ESP has this text \(closest 95\.41, 0\.\d\d of words shared\)$/,
      ),
    });
    expect(r.match(row('FRA', 'Ratify OP-CAT', 20))).toEqual({
      reason: 'no paragraph of this review names FRA',
    });
  });

  it('takes a row without a recommending state by text alone', () => {
    expect(review().match(row('', 'Ratify OP-CAT')).record?.paragraph).toBe('95.40');
  });
});

describe('text helpers', () => {
  it('jointParts splits at state groups that close a part', () => {
    expect(jointParts('Ratify CRPD (Slovenia); ratify the Convention (Peru, Chile); sign it')).toEqual([
      'Ratify CRPD',
      'ratify the Convention',
      'sign it',
    ]);
    expect(jointParts('Ratify the Convention (CRPD); and sign it')).toEqual([]);
    expect(jointParts('One recommendation')).toEqual([]);
  });

  it('compactText keeps letters and digits', () => {
    expect(compactText('To continue ... well.being (2018–2028)')).toBe(
      compactText('Continue wellbeing 20182028'),
    );
  });

  it('overlap is shared words over the longer text’s words', () => {
    expect(overlap(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'c']))).toBe(0.75);
    expect(overlap(new Set(), new Set(['a']))).toBe(0);
  });

  it('sameText ignores whitespace, case, quotes and dashes, nothing else', () => {
    expect(sameText('the State’s health care', "the state's healthcare")).toBe(true);
    expect(sameText('community‑based  options', 'community-based options')).toBe(true);
    expect(sameText('Ratify the Convention', 'Ratify the Conventions')).toBe(false);
  });
});

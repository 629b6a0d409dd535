import { describe, expect, it } from 'vitest';
import type { RecommendationRow } from '../../db/schema.ts';
import type { RecommendationLinks } from '../recommendations/recommendation.repository.ts';
import { combineRows, planMerge, positionRank } from './import.merge.ts';
import type { ResolvedRecommendation } from './resolve.ts';

const row = (overrides: Partial<RecommendationRow> = {}): RecommendationRow => ({
  id: 1,
  natural_key: 'UPR:KAZ:c2:p126.27',
  mechanism_code: 'UPR',
  state_under_review: 'KAZ',
  cycle: 2,
  session: 20,
  paragraph: '126.27',
  document_symbol: 'A/HRC/28/10',
  text: 'Put in place measures to guarantee the exclusion by the judiciary of evidence obtained under torture',
  text_lang: 'en',
  position: 'noted',
  position_source: 'A/HRC/28/10 para 126',
  action_category: null,
  archived: 0,
  published: 1,
  batch_id: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  version: 1,
  detected_lang: 'en',
  detected_lang_confidence: 0.9,
  ...overrides,
});

const links = (overrides: Partial<RecommendationLinks> = {}): RecommendationLinks => ({
  recommendingStates: ['AUT'],
  terms: [
    {
      termId: 10,
      taxonomy: 'ohchr-theme',
      code: 'D',
      label: 'x',
      labels: { en: 'x', ru: 'x', kk: 'x' },
      origin: 'imported',
      confidence: null,
    },
  ],
  translations: {},
  ...overrides,
});

const incoming = (overrides: Partial<ResolvedRecommendation> = {}): ResolvedRecommendation => ({
  row: 304,
  naturalKey: 'UPR:KAZ:c2:s20:AUT:abc',
  mechanism: 'UPR',
  stateUnderReview: 'KAZ',
  cycle: 2,
  session: 20,
  paragraph: null,
  documentSymbol: null,
  text: 'Put in place measures to guarantee the exclusion by the judiciary of evidence obtained under torture',
  textLang: 'en',
  translations: {},
  recommendingStates: ['AUT'],
  position: 'supported',
  positionSource: 'UPR Info',
  actionCategory: 4,
  archived: false,
  termIds: [10, 20],
  ...overrides,
});

describe('planMerge', () => {
  it('fills a pending position, adds terms and fills the action category, without a disagreement', () => {
    const plan = planMerge(
      row({ position: 'pending', position_source: 'A/HRC/14/10 para 97' }),
      links(),
      incoming(),
    );
    expect(plan.columns).toEqual({ position: 'supported', position_source: 'UPR Info', action_category: 4 });
    expect(plan.addTerms).toEqual([20]);
    expect(plan.disagreements).toEqual([]);
    expect(plan.changed).toBe(true);
  });

  it('never replaces a position with pending or unknown', () => {
    const plan = planMerge(
      row(),
      links(),
      incoming({ position: 'pending', actionCategory: null, termIds: [10] }),
    );
    expect(plan.changed).toBe(false);
  });

  it('by default, a position recorded after the responses replaces the report’s, and says so', () => {
    const plan = planMerge(row(), links(), incoming());
    expect(plan.columns.position).toBe('supported');
    expect(plan.disagreements).toEqual([
      {
        row: 304,
        key: 'UPR:KAZ:c2:p126.27',
        paragraph: '126.27',
        field: 'position',
        existing: 'noted (A/HRC/28/10 para 126)',
        incoming: 'supported (UPR Info)',
        kept: 'incoming',
      },
    ]);
    // The report imported again does not undo it.
    const back = planMerge(
      row({ position: 'supported', position_source: 'UPR Info' }),
      links(),
      incoming({ position: 'noted', positionSource: 'A/HRC/28/10 para 126', actionCategory: null }),
    );
    expect(back.columns).toEqual({});
    expect(back.disagreements[0]?.kept).toBe('existing');
  });

  it('--prefer decides every disagreement', () => {
    const existing = planMerge(row(), links(), incoming(), { prefer: 'existing' });
    expect(existing.columns.position).toBeUndefined();
    const text = planMerge(row(), links(), incoming({ text: 'Something else entirely' }), {
      prefer: 'incoming',
    });
    expect(text.columns.text).toBe('Something else entirely');
    expect(text.disagreements.map((d) => [d.field, d.kept])).toEqual([
      ['position', 'incoming'],
      ['text', 'incoming'],
    ]);
  });

  it('keeps the existing text by default, and ignores typographic differences', () => {
    const cosmetic = planMerge(
      row(),
      links(),
      incoming({
        text: 'Put in place measures to guarantee the exclusion by the judiciary of evidence obtained under  torture',
        position: 'noted',
        actionCategory: null,
        termIds: [10],
      }),
    );
    expect(cosmetic.changed).toBe(false);
    expect(cosmetic.disagreements).toEqual([]);
    const real = planMerge(
      row(),
      links(),
      incoming({ text: 'Abolish the death penalty', position: 'noted' }),
    );
    expect(real.columns.text).toBeUndefined();
    expect(real.disagreements.map((d) => [d.field, d.kept])).toEqual([['text', 'existing']]);
  });

  it('leaves the text of a record paired by similarity alone, and adds the row’s state', () => {
    const plan = planMerge(
      row(),
      links(),
      incoming({ text: 'Put in place measures', recommendingStates: ['DEU'] }),
      {
        fuzzy: true,
      },
    );
    expect(plan.columns.text).toBeUndefined();
    expect(plan.addStates).toEqual(['DEU']);
  });

  it('adds a missing translation and keeps a different one', () => {
    const plan = planMerge(
      row(),
      links({ translations: { ru: 'Принять меры' } }),
      incoming({ position: 'noted', translations: { ru: 'Другой текст', kk: 'Шаралар' } }),
    );
    expect(plan.translations).toEqual({ ru: 'Принять меры', kk: 'Шаралар' });
    expect(plan.disagreements.map((d) => [d.field, d.kept])).toEqual([['translation:ru', 'existing']]);
  });
});

describe('positionRank', () => {
  it('orders the report, UPR Info and OHCHR’s lists', () => {
    expect(positionRank('A/HRC/28/10 para 126')).toBe(1);
    expect(positionRank('para 95')).toBe(1);
    expect(positionRank('UPR Info')).toBe(2);
    expect(positionRank('A/HRC/43/15/Add.1 - Para. 3')).toBe(3);
    expect(positionRank('A/HRC/43/15 - Para 121')).toBe(3);
    expect(positionRank('UHRI A/HRC/43/15')).toBe(3);
    expect(positionRank(null)).toBe(0);
  });
});

describe('combineRows', () => {
  it('joins the rows of a joint recommendation', () => {
    const combined = combineRows([
      incoming({ recommendingStates: ['SVN'], actionCategory: 3, termIds: [1] }),
      incoming({ recommendingStates: ['KOR'], actionCategory: 5, termIds: [2] }),
    ]);
    expect(combined).toMatchObject({
      recommendingStates: ['KOR', 'SVN'],
      actionCategory: 5,
      termIds: [1, 2],
      position: 'supported',
    });
  });

  it('reads rows that disagree on the position as supported in part', () => {
    const combined = combineRows([incoming(), incoming({ position: 'noted' })]);
    expect(combined.position).toBe('supported_in_part');
  });
});

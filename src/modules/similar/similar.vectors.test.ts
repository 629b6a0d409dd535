/** TF-IDF vectors, treaty acronyms and average-linkage groups, without a database. */
import { describe, expect, it } from 'vitest';
import { averageLinkageGroups } from './similar.groups.ts';
import { SimilarityIndex, textTerms } from './similar.vectors.ts';

const doc = (id: number, state: string, cycle: number, text: string) => ({
  id,
  state,
  cycle,
  text,
  lang: 'en',
});

describe('similarity of recommendation texts', () => {
  it('spells out treaty acronyms and joins one word family', () => {
    expect(textTerms('Ratify OP-CAT', 'en')).toEqual(
      textTerms('Ratify the Optional Protocol to the Convention against Torture', 'en'),
    );
    expect(textTerms('Accede to the Second Optional Protocol to ICCPR', 'en')).toEqual(
      expect.arrayContaining(['death', 'penalti', 'abolish']),
    );
    expect(textTerms('Пытки запрещены', 'ru')).toEqual(['пытк', 'запрещ']);
  });

  it('scores identical texts 1, unrelated 0, and finds neighbours through the inverted index', () => {
    const index = SimilarityIndex.build([
      doc(1, 'KAZ', 2, 'Abolish the death penalty'),
      doc(2, 'KAZ', 1, 'Abolish the death penalty'),
      doc(3, 'KGZ', 1, 'Proceed with the abolition of the death penalty'),
      doc(4, 'KGZ', 1, 'Ensure access to education for girls'),
      doc(5, 'UZB', 1, 'Ratify the Second Optional Protocol to ICCPR'),
    ]);
    expect(index.cosine(0, 1)).toBeCloseTo(1, 5);
    expect(index.cosine(0, 3)).toBe(0);
    const others = index.nearest(0, 10, (j) => index.states[j] !== 'KAZ');
    expect(others.map((o) => index.ids[o.index])).toEqual([3, 5]);
    expect(others[0]?.score).toBeGreaterThan(others[1]?.score as number);
  });
});

describe('average-linkage groups', () => {
  const matrix = [
    [1, 0.9, 0.8, 0.05, 0],
    [0.9, 1, 0.7, 0, 0],
    [0.8, 0.7, 1, 0.35, 0],
    [0.05, 0, 0.35, 1, 0.6],
    [0, 0, 0, 0.6, 1],
  ];
  const similarity = (i: number, j: number) => matrix[i]?.[j] as number;

  it('merges while the mean similarity reaches the threshold, never chaining through one member', () => {
    expect(averageLinkageGroups(5, similarity, 0.5)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    // Single linkage would chain 0-1-2-3-4 through 2-3 (0.35); the mean between the groups is far lower.
    expect(averageLinkageGroups(5, similarity, 0.3)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(averageLinkageGroups(5, similarity, 0.95)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fts5Expression, tsqueryTexts } from './search.query.ts';
import { snippet } from './search.snippet.ts';
import { fleetingVowelVariants, fold, indexTokens, parseQuery, stem } from './search.text.ts';

describe('search text', () => {
  it('folds case and ё', () => {
    expect(fold('Ёлка ЁЖИК Tortured')).toBe('елка ежик tortured');
  });

  it('stems like PostgreSQL configurations: ASCII words in English, Cyrillic in Russian', () => {
    expect(indexTokens('Пыткам подвергались prisoners', 'ru')).toEqual({
      stemmed: 'пытк подверга prison',
      plain: '',
    });
    expect(indexTokens('Tortured 2014', 'en')).toEqual({ stemmed: 'tortur 2014', plain: '' });
    expect(indexTokens('Азаптауға қарсы', 'kk')).toEqual({ stemmed: '', plain: 'азаптауға қарсы' });
    expect(stem('russian', 'covid19')).toBe('covid19');
  });

  it('joins Russian forms with a fleeting vowel', () => {
    expect(fleetingVowelVariants('пытки')).toContain('пыток');
    expect(fleetingVowelVariants('пыток')).toEqual(['пытк']);
    expect(fleetingVowelVariants('ребенка')).toContain('ребенок');
    expect(fleetingVowelVariants('права')).toEqual([]);
    expect(fleetingVowelVariants('torture')).toEqual([]);
  });

  it('parses words, phrases, exclusions and drops bare stop words', () => {
    expect(parseQuery('the "death penalty" -abolition ill-treatment -"right to life" и')).toEqual([
      { words: ['death', 'penalty'], phrase: true, negated: false },
      { words: ['abolition'], phrase: false, negated: true },
      { words: ['ill', 'treatment'], phrase: true, negated: false },
      { words: ['right', 'to', 'life'], phrase: true, negated: true },
    ]);
    expect(parseQuery('"unclosed phrase')).toEqual([
      { words: ['unclosed', 'phrase'], phrase: true, negated: false },
    ]);
    expect(parseQuery('* ( ) " NEAR')).toEqual([{ words: ['near'], phrase: false, negated: false }]);
  });

  it('writes the same unit for FTS5 and PostgreSQL', () => {
    const [unit] = parseQuery('пытки');
    if (!unit) throw new Error('no unit');
    expect(fts5Expression(unit)).toBe(
      '(stemmed : ("пытки" OR "пытк" OR "пыток" OR "пытек") OR plain : "пытки" *)',
    );
    expect(tsqueryTexts(unit)).toEqual({ stemmed: "'пытки':A | 'пыток':A | 'пытек':A", plain: "'пытки':*B" });
  });

  it('highlights matched words and escapes the rest', () => {
    const units = parseQuery('torture "death penalty"');
    expect(snippet([{ text: 'Abolish the death penalty & <torture>.', lang: 'en' }], units)?.text).toBe(
      'Abolish the <mark>death</mark> <mark>penalty</mark> &amp; &lt;<mark>torture</mark>&gt;.',
    );
    const long = `${'word '.repeat(50)}tortured ${'word '.repeat(50)}`;
    const cut = snippet([{ text: long, lang: 'en' }], units)?.text ?? '';
    expect(cut).toMatch(/^….*<mark>tortured<\/mark>.*…$/);
    expect(snippet([{ text: 'Азаптауға қарсы', lang: 'kk' }], parseQuery('азаптау'))?.text).toBe(
      '<mark>Азаптауға</mark> қарсы',
    );
  });
});

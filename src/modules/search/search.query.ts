/**
 * One parsed query unit, written for each dialect: an FTS5 expression over the columns `stemmed` and
 * `plain` (SQLite), or the text of two `to_tsquery` calls (PostgreSQL; weight A = stemmed, B = plain).
 * Both say the same thing: the word's stems in stemmed text, or the word as a prefix in plain text.
 *
 * @example
 *   fts5Expression({ words: ['пытки'], phrase: false, negated: false });
 *   // '(stemmed : ("пытки" OR "пытк" OR "пыток" OR "пытек") OR plain : "пытки" *)'
 */
import { type QueryUnit, queryForms, stem, stemAlternatives } from './search.text.ts';

const quote = (word: string) => `"${word}"`;

export function fts5Expression(unit: QueryUnit): string {
  if (!unit.phrase) {
    const word = unit.words[0] as string;
    const stems = stemAlternatives(word).map(quote).join(' OR ');
    return `(stemmed : (${stems}) OR plain : ${quote(word)} *)`;
  }
  const phrases = new Set([
    unit.words.map((w) => stem('english', w)).join(' '),
    unit.words.map((w) => stem('russian', w)).join(' '),
  ]);
  const stemmed = [...phrases].map(quote).join(' OR ');
  return `(stemmed : (${stemmed}) OR plain : ${quote(unit.words.join(' '))})`;
}

/** Texts for `to_tsquery('english', stemmed) || to_tsquery('russian', stemmed) || to_tsquery('simple', plain)`. */
export function tsqueryTexts(unit: QueryUnit): { stemmed: string; plain: string } {
  const lexeme = (word: string, suffix: string) => `'${word}':${suffix}`;
  if (!unit.phrase) {
    const word = unit.words[0] as string;
    const forms = queryForms(word).map((form) => lexeme(form, 'A'));
    return { stemmed: forms.join(' | '), plain: lexeme(word, '*B') };
  }
  return {
    stemmed: unit.words.map((w) => lexeme(w, 'A')).join(' <-> '),
    plain: unit.words.map((w) => lexeme(w, 'B')).join(' <-> '),
  };
}

/**
 * Highlighted snippets, built in TypeScript from the stored text so that both dialects show the same:
 * the words that match the query wrapped in `<mark>`, the rest HTML-escaped, cut to a window of words.
 *
 * @example
 *   snippet([{ text: 'States tortured people.', lang: 'en' }], parseQuery('torture'));
 *   // { text: 'States <mark>tortured</mark> people.', lang: 'en' }
 */
import { configOf, type QueryUnit, stem, stemAlternatives, words } from './search.text.ts';

export interface Snippet {
  /** HTML: matched words in `<mark>`, everything else escaped. */
  text: string;
  lang: string;
}

const WINDOW = 32;
const BEFORE = 8;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Picks the text with the most matched words and highlights them. */
export function snippet(texts: { text: string; lang: string }[], units: QueryUnit[]): Snippet | undefined {
  const positive = units.filter((u) => !u.negated);
  let best: { text: string; lang: string; tokens: ReturnType<typeof words>; marks: boolean[] } | undefined;
  let bestCount = -1;
  for (const { text, lang } of texts) {
    const tokens = words(text);
    const marks = markTokens(tokens, lang, positive);
    const count = marks.filter(Boolean).length;
    if (count > bestCount) {
      best = { text: text.normalize('NFC'), lang, tokens, marks };
      bestCount = count;
    }
  }
  if (!best) return undefined;
  const first = Math.max(0, best.marks.indexOf(true));
  const from =
    best.tokens.length <= WINDOW ? 0 : Math.max(0, Math.min(first - BEFORE, best.tokens.length - WINDOW));
  const to = Math.min(best.tokens.length, from + WINDOW);
  const start = from === 0 ? 0 : (best.tokens[from]?.start ?? 0);
  const end = to >= best.tokens.length ? best.text.length : (best.tokens[to - 1]?.end ?? best.text.length);
  let html = from === 0 ? '' : '…';
  let cursor = start;
  for (let i = from; i < to; i++) {
    const token = best.tokens[i];
    if (!token || !best.marks[i]) continue;
    html += `${escapeHtml(best.text.slice(cursor, token.start))}<mark>${escapeHtml(best.text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  html += escapeHtml(best.text.slice(cursor, end));
  if (end < best.text.length) html += '…';
  return { text: html, lang: best.lang };
}

function markTokens(tokens: { word: string }[], lang: string, units: QueryUnit[]): boolean[] {
  const config = configOf(lang);
  const marks = tokens.map(() => false);
  const matches = (token: string, word: string, prefix: boolean): boolean => {
    if (!config) return prefix ? token.startsWith(word) : token === word;
    const stemmed = stem(config, token);
    return stemmed === stem('english', word) || stemmed === stem('russian', word);
  };
  for (const unit of units) {
    if (!unit.phrase) {
      const word = unit.words[0] as string;
      const stems = new Set(stemAlternatives(word));
      tokens.forEach((t, i) => {
        if (config ? stems.has(stem(config, t.word)) : t.word.startsWith(word)) marks[i] = true;
      });
      continue;
    }
    for (let i = 0; i + unit.words.length <= tokens.length; i++) {
      if (unit.words.every((w, k) => matches(tokens[i + k]?.word ?? '', w, false)))
        for (let k = 0; k < unit.words.length; k++) marks[i + k] = true;
    }
  }
  return marks;
}

/**
 * How text becomes search tokens, the same at index and at query time, mirroring PostgreSQL's
 * configurations so that SQLite FTS5 and PostgreSQL answer alike:
 * - `english`: every word through the Snowball English stemmer;
 * - `russian`: ASCII words through the English stemmer, the others through the Russian one
 *   (PostgreSQL's `russian` configuration maps `asciiword` to `english_stem`);
 * - anything else (Kazakh): folded words, matched by prefix (`simple`).
 * Words with a digit are never stemmed (PostgreSQL's `numword` and `int` go to `simple`).
 * Folding: NFC, lower case, `ё` -> `е`.
 *
 * @example
 *   indexTokens('Пыткам подвергались', 'ru'); // { stemmed: 'пытк подверга', plain: '' }
 */
import snowball from 'snowball-stemmers';
import { STOP_WORDS } from './search.stopwords.ts';

export type StemConfig = 'english' | 'russian';

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/** Folded words of a text with their offsets in the NFC form of the text. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const nfc = text.normalize('NFC');
  const result: { word: string; start: number; end: number }[] = [];
  for (const match of nfc.matchAll(WORD)) {
    result.push({ word: fold(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return result;
}

/** Stems already computed, per configuration: a corpus repeats a few tens of thousands of words. */
const caches: Record<StemConfig, Map<string, string>> = { english: new Map(), russian: new Map() };
const MAX_CACHED = 250_000;

/** The stem of one folded word under a configuration. */
export function stem(config: StemConfig, word: string): string {
  const cache = caches[config];
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = /\p{N}/u.test(word)
    ? word
    : (config === 'english' || /^[a-z]+$/.test(word) ? english : russian).stem(word);
  if (cache.size < MAX_CACHED) cache.set(word, result);
  return result;
}

/** The configuration PostgreSQL indexes a language with; `undefined`: not stemmed, matched by prefix. */
export function configOf(lang: string): StemConfig | undefined {
  if (lang === 'en') return 'english';
  if (lang === 'ru') return 'russian';
  return undefined;
}

/** What the SQLite index stores for one text: stemmed words (English, Russian) or plain folded words. */
export function indexTokens(text: string, lang: string): { stemmed: string; plain: string } {
  const config = configOf(lang);
  // Offsets are not needed here: fold the whole text once instead of word by word.
  const list = fold(text).match(WORD) ?? [];
  if (!config) return { stemmed: '', plain: list.join(' ') };
  return { stemmed: list.map((w) => stem(config, w)).join(' '), plain: '' };
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The words a query word stands for: itself and its fleeting-vowel forms (each stemmed later). */
export function queryForms(word: string): string[] {
  return [word, ...fleetingVowelVariants(word)];
}

/** Stems of a query word in the stemmed column: each form under both configurations, as PostgreSQL does. */
export function stemAlternatives(word: string): string[] {
  const stems = new Set<string>();
  for (const form of queryForms(word)) {
    stems.add(stem('english', form));
    stems.add(stem('russian', form));
  }
  return [...stems];
}

const CONSONANT = 'бвгджзклмнпрстфхцчшщ';

/**
 * Russian fleeting vowels: `пытка`/`пыток`, `ребенок`/`ребенка`, `отец`/`отца` share no Snowball stem.
 * For a stem ending in a consonant + `к`/`ц`, the word with `о`/`е` inserted; for one ending in a
 * consonant + `о`/`е` + `к`/`ц`, the word without it. Each variant is then stemmed like the query word,
 * on both dialects.
 */
export function fleetingVowelVariants(word: string): string[] {
  if (word.length < 4 || /[a-z\p{N}]/u.test(word)) return [];
  const base = stem('russian', word);
  const last = base.at(-1) ?? '';
  if (last !== 'к' && last !== 'ц') return [];
  const before = base.at(-2) ?? '';
  const head = base.slice(0, -1);
  if (CONSONANT.includes(before)) return [`${head}о${last}`, `${head}е${last}`];
  const third = base.at(-3) ?? '';
  if ((before === 'о' || before === 'е') && CONSONANT.includes(third) && base.length >= 4)
    return [`${base.slice(0, -2)}${last}`];
  return [];
}

export interface QueryUnit {
  /** One word, or several that must be adjacent (a quoted phrase or a hyphenated word). */
  words: string[];
  phrase: boolean;
  negated: boolean;
}

/**
 * Parses what a user types: words (all required), `"quoted phrases"`, `-word` and `-"phrase"` to exclude.
 * Bare stop words are dropped (PostgreSQL does not index them).
 *
 * @example
 *   parseQuery('"death penalty" -abolition torture');
 */
export function parseQuery(input: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  const pattern = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  for (const match of input.matchAll(pattern)) {
    const quoted = match[2];
    const negated = (quoted !== undefined ? match[1] : match[3]) === '-';
    const list = words(quoted ?? match[4] ?? '').map((w) => w.word);
    if (list.length === 0) continue;
    if (list.length === 1) {
      const word = list[0] as string;
      if (isStopWord(word)) continue;
      units.push({ words: [word], phrase: false, negated });
      continue;
    }
    units.push({ words: list, phrase: true, negated });
  }
  return units;
}

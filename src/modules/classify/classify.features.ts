/**
 * What a recommendation looks like to the auto-tagging model: named sparse features drawn from its text
 * (folded and stemmed as search does, see `search.text.ts`) and from its recommending states.
 * - `w:` stemmed words and `b:` bigrams of stems (stop words kept: "consider ratifying" is not "ratify");
 * - `f:`/`f2:`/`f3:` the first one to three words: the verb that opens a recommendation tells its action
 *   category ("Continue" is 2, "Consider ratifying" is 3...), and words at the start are weighed apart;
 * - `s:` each recommending state: states keep to their subjects from one review to the next;
 * - `k:` the character 4-grams of each word, padded with a space at both ends: the parts of words that
 *   stemming misses ("traffick" in "anti-trafficking", "disab" in "disabilities") and misspellings;
 * - `c:` the character 3- to 6-grams of the first 25 characters, for the action category only (see
 *   `ACTION_ONLY`): they tell "Continue to", "Consider", "Take measures to" and "Ratify" apart in any of their
 *   spellings, and raise its macro-F1 by about a point, where the issues lose a point with them.
 *
 * @example
 *   featuresOf({ text: 'Ratify the OP-CAT', states: ['FRA'] });
 *   // Map { 'w:ratifi' => 1, 'w:the' => 1, ..., 'f:ratifi' => 1, 's:FRA' => 1 }
 */
import { fold, stem } from '../search/search.text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The prefix of the features that only the action category learns from. */
export const ACTION_ONLY = 'c:';
/** The prefix of the words' character 4-grams, weighed as a part of their own (see `Vectorizer.vector`). */
export const WORD_GRAMS = 'k:';
const GRAM = 4;
/** How much of the opening of a recommendation the `c:` features cover, and their lengths. */
const OPENING = { characters: 25, shortest: 3, longest: 6 } as const;

export interface ClassifierInput {
  text: string;
  /** The recommending states' ISO3 codes. */
  states: readonly string[];
}

/** The folded, stemmed words of a text (English stems: the UPR Info corpus is in English). */
export function tokens(text: string): string[] {
  const list = fold(text).match(WORD) ?? [];
  return list.map((w) => stem('english', w));
}

/** Named features with their counts in one recommendation. */
export function featuresOf(input: ClassifierInput): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string) => features.set(name, (features.get(name) ?? 0) + 1);
  const folded = fold(input.text).match(WORD) ?? [];
  const stems = folded.map((w) => stem('english', w));
  for (let i = 0; i < stems.length; i++) {
    add(`w:${stems[i]}`);
    if (i > 0) add(`b:${stems[i - 1]}_${stems[i]}`);
  }
  if (stems.length > 0) add(`f:${stems[0]}`);
  if (stems.length > 1) add(`f2:${stems[0]}_${stems[1]}`);
  if (stems.length > 2) add(`f3:${stems[0]}_${stems[1]}_${stems[2]}`);
  for (const word of folded) {
    const padded = ` ${word} `;
    for (let i = 0; i + GRAM <= padded.length; i++) add(`${WORD_GRAMS}${padded.slice(i, i + GRAM)}`);
  }
  for (const state of input.states) add(`s:${state}`);
  const opening = fold(input.text).slice(0, OPENING.characters);
  for (let n = OPENING.shortest; n <= OPENING.longest; n++)
    for (let i = 0; i + n <= opening.length; i++) add(`${ACTION_ONLY}${opening.slice(i, i + n)}`);
  return features;
}

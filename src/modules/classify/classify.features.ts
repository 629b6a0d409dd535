/**
 * What a recommendation looks like to the auto-tagging model: named sparse features drawn from its text
 * (folded and stemmed as search does, see `search.text.ts`) and from its recommending states.
 * - `w:` stemmed words and `b:` bigrams of stems (stop words kept: "consider ratifying" is not "ratify");
 * - `f:`/`f2:`/`f3:` the first one to three words: the verb that opens a recommendation tells its action
 *   category ("Continue" is 2, "Consider ratifying" is 3...), and words at the start are weighed apart;
 * - `s:` each recommending state: states keep to their subjects from one review to the next.
 *
 * @example
 *   featuresOf({ text: 'Ratify the OP-CAT', states: ['FRA'] });
 *   // Map { 'w:ratifi' => 1, 'w:the' => 1, ..., 'f:ratifi' => 1, 's:FRA' => 1 }
 */
import { fold, stem } from '../search/search.text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

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
  for (const state of input.states) add(`s:${state}`);
  return features;
}

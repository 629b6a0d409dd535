/** What streaming parsers yield: recommendations, problems and notes, in file order. */
import type { ParsedRecommendation, ParseProblem } from './types.ts';

export type ParseEvent =
  | { type: 'recommendation'; recommendation: ParsedRecommendation }
  | { type: 'problem'; problem: ParseProblem }
  | { type: 'note'; note: string };

/** Thrown for a file that cannot be read at all (wrong header, not this format): nothing is imported. */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

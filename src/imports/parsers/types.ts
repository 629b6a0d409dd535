/**
 * What every parser returns: recommendation rows in one shape, whatever the file's format, and the
 * problems it met. Parsers are pure (no database): names of states, issues and themes stay as written
 * in the file; the import service resolves them and reports what it cannot resolve.
 */

export type ParsedPosition = 'supported' | 'supported_in_part' | 'noted' | 'pending' | 'unknown';

export interface ParsedRecommendation {
  /** 1-based row (CSV/XLSX line, table row, paragraph order) for error messages. */
  row: number;
  /** Mechanism code, `UPR` unless the source says otherwise. */
  mechanism?: string;
  /** State under review as written (name or ISO3). */
  stateUnderReview?: string;
  cycle?: number;
  session?: number;
  /** Paragraph number as in the document: `124.1`, `95.12`. */
  paragraph?: string;
  documentSymbol?: string;
  text: string;
  /** ISO 639-1 code of `text`, when the source says it. */
  textLang?: string;
  /** Other-language texts of the same recommendation, by ISO 639-1 code. */
  translations?: Record<string, string>;
  /** Recommending states as written; empty when the source gives none. */
  recommendingStates: string[];
  position?: ParsedPosition;
  positionSource?: string;
  actionCategory?: number;
  /** Labels by taxonomy code (`upr-info-issue`, `ohchr-theme`, `sdg`, `affected-persons`), as written. */
  terms?: Record<string, string[]>;
  /** The identity key when the file carries one (our own exports do). */
  key?: string;
  archived?: boolean;
}

export interface ParseProblem {
  file?: string;
  row?: number;
  column?: string;
  message: string;
}

export interface ParseResult {
  format: string;
  recommendations: ParsedRecommendation[];
  problems: ParseProblem[];
  /** What the document says of itself (state, cycle, session, symbol), when it does. */
  document?: { stateUnderReview?: string; cycle?: number; session?: number; symbol?: string };
  /** Rows that are not recommendations and were left aside on purpose (e.g. voluntary pledges). */
  notes?: string[];
}

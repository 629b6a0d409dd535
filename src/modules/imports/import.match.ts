/**
 * Finds the paragraph of a Working Group report (or thematic list) that a UPR Info row restates. UPR Info
 * has no paragraph numbers and splits a joint recommendation into one row per recommending state, each
 * with that state's part of the text; the report keeps one paragraph with every state's part.
 *
 * @example
 * const review = new ReviewParagraphs([{ id: 7, paragraph: '95.3', session: 7, states: ['SVN', 'KOR'],
 *   text: 'To consider ratifying the CRPD (Slovenia); ratify the CRPD' }]);
 * review.match({ row: 2, session: 7, recommendingStates: ['KOR'], text: 'Ratify the CRPD' });
 * // → { record: { paragraph: '95.3', ... }, score: 1, how: 'equal' }
 */
import { looksLikeStateList } from '../../imports/parsers/wg-report-states.ts';
import { decodeEntities } from '../taxonomies/term-label.ts';

/** A paragraph-keyed record of the registry, as the matcher needs it. */
export interface ParagraphRecord {
  id: number;
  paragraph: string;
  session: number | null;
  /** ISO3 codes. */
  states: string[];
  text: string;
}

export interface RowToMatch {
  row: number;
  session: number | null;
  /** ISO3 codes; empty when the source could not tell the state. */
  recommendingStates: string[];
  text: string;
}

export type MatchResult =
  | { record: ParagraphRecord; score: number; how: 'equal' | 'similar' }
  | { record?: undefined; reason: string };

/** Token overlap at or above which two texts are taken as the same recommendation. */
export const SIMILAR = 0.9;

interface Prepared {
  record: ParagraphRecord;
  /** The whole text, then each state's part of a joint recommendation. */
  parts: { compact: string; tokens: Set<string> }[];
}

export class ReviewParagraphs {
  private readonly prepared: Prepared[];
  /** Paragraph id → states whose row already matched it, to spread identical texts over their paragraphs. */
  private readonly taken = new Map<number, Set<string>>();

  constructor(records: ParagraphRecord[]) {
    this.prepared = records.map((record) => ({
      record,
      parts: [record.text, ...jointParts(record.text)].map((text) => ({
        compact: compactText(text),
        tokens: new Set(tokensOf(text)),
      })),
    }));
  }

  get size(): number {
    return this.prepared.length;
  }

  match(row: RowToMatch): MatchResult {
    const compact = compactText(row.text);
    const tokens = new Set(tokensOf(row.text));
    const scored = this.prepared
      .filter(
        ({ record }) => row.session === null || record.session === null || record.session === row.session,
      )
      .map((candidate) => ({ candidate, score: bestScore(candidate, compact, tokens) }))
      .sort((a, b) => b.score - a.score);
    const state = row.recommendingStates[0];
    const ofState = scored.filter(({ candidate }) => !state || candidate.record.states.includes(state));
    const best = ofState[0];
    if (best && best.score >= SIMILAR) {
      // Same text in several paragraphs of one state (it repeated itself): the first one it has not used yet.
      const ties = ofState.filter((s) => s.score === best.score);
      const chosen = ties.find((s) => !state || !this.taken.get(s.candidate.record.id)?.has(state)) ?? best;
      const record = chosen.candidate.record;
      if (state) this.taken.set(record.id, (this.taken.get(record.id) ?? new Set()).add(state));
      return { record, score: chosen.score, how: chosen.score === 1 ? 'equal' : 'similar' };
    }
    const other = scored[0];
    if (other && other.score >= SIMILAR) {
      const { paragraph, states } = other.candidate.record;
      return {
        reason: `its text is paragraph ${paragraph}'s, but the report gives that paragraph to ${states.join(', ') || 'no state'}`,
      };
    }
    if (state && ofState.length === 0) return { reason: `no paragraph of this review names ${state}` };
    return {
      reason: best
        ? `no paragraph of ${state ?? 'any state'} has this text (closest ${best.candidate.record.paragraph}, ${best.score.toFixed(2)} of words shared)`
        : 'the review has no paragraph to match',
    };
  }
}

function bestScore(candidate: Prepared, compact: string, tokens: Set<string>): number {
  let best = 0;
  for (const part of candidate.parts) {
    if (part.compact === compact) return 1;
    best = Math.max(best, overlap(part.tokens, tokens));
  }
  return best;
}

/** Shared words over the longer text's words: 1 for the same words, below 0.9 once a clause differs. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / Math.max(a.size, b.size);
}

/**
 * The parts of a joint recommendation, each without its states:
 * `Ratify CRPD (Slovenia); ratify the Convention` → `Ratify CRPD`, `ratify the Convention`.
 */
export function jointParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\s*\(((?:[^()]|\([^()]*\))*)\)\s*;\s*/g)) {
    if (!looksLikeStateList(m[1] ?? '', true)) continue;
    parts.push(text.slice(start, m.index));
    start = (m.index ?? 0) + m[0].length;
  }
  if (parts.length === 0) return [];
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Letters and digits only, folded: `To continue ... well.being` and `Continue ... wellbeing` meet. */
export function compactText(text: string): string {
  return tokensOf(text).join('');
}

function tokensOf(text: string): string[] {
  const words = decodeEntities(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Cycle-1 reports write "To ratify ..."; UPR Info drops the "To".
  return words[0] === 'to' ? words.slice(1) : words;
}

/**
 * Whether two texts say the same, ignoring what typesetting changes: whitespace, case, curly quotes and
 * dash variants (`health care`/`healthcare`, `State’s`/`State's`, `community‑based`/`community-based`).
 */
export function sameText(a: string, b: string): boolean {
  return typographicFold(a) === typographicFold(b);
}

function typographicFold(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();
}

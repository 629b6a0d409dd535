/**
 * Pairs rows without a paragraph number (UPR Info) with the paragraph-keyed records of the same review
 * (from a Working Group report or thematic list) during one import, and says what did not pair one to one.
 * Paired rows are held until the end of the file, so that the rows of one joint recommendation, wherever
 * they stand in the file, are merged into their paragraph at once.
 */
import { type ParagraphRecord, ReviewParagraphs } from './import.match.ts';
import { type ImportRepository, reviewId } from './import.repository.ts';
import type { ResolvedRecommendation } from './resolve.ts';

export interface MatchingReport {
  /** Per review that has paragraphs: how many rows of the file met them. */
  reviews: { review: string; paragraphs: number; rows: number; pairedRows: number; records: number }[];
  /** Paragraphs that several rows restate: joint recommendations, listed by UPR Info once per state. */
  joint: { paragraph: string; rows: number[]; states: string[] }[];
  /** Rows paired by similar (not equal) text, for a reader to check. */
  similar: { row: number; paragraph: string; score: number }[];
  /** Rows paired with no paragraph: imported as records of their own. */
  unpaired: { row: number; state: string | null; reason: string }[];
  /** Paragraphs of the sessions the file covers that no row restates. */
  withoutRow: { review: string; paragraph: string; states: string[] }[];
}

export interface PairedGroup {
  recordId: number;
  rows: ResolvedRecommendation[];
}

interface Review {
  label: string;
  records: ParagraphRecord[];
  matcher: ReviewParagraphs;
  rows: number;
  sessions: Set<number>;
}

export class ParagraphPairing {
  private readonly loadedStates = new Set<string>();
  private readonly reviews = new Map<string, Review>();
  private readonly groups = new Map<number, ResolvedRecommendation[]>();
  private readonly similar: MatchingReport['similar'] = [];
  private readonly unpaired: MatchingReport['unpaired'] = [];

  constructor(private readonly repository: ImportRepository) {}

  /** Holds the records that restate a paragraph of their review; returns the others, to be imported as they are. */
  async take(records: ResolvedRecommendation[]): Promise<ResolvedRecommendation[]> {
    const candidates = records.filter(
      (r) => r.paragraph === null && r.mechanism === 'UPR' && r.cycle !== null,
    );
    if (candidates.length === 0) return records;
    await this.load([...new Set(candidates.map((r) => r.stateUnderReview))]);
    const held = new Set<ResolvedRecommendation>();
    for (const record of candidates) {
      const review = this.reviews.get(
        reviewId({ state: record.stateUnderReview, cycle: record.cycle as number }),
      );
      if (!review) continue;
      review.rows++;
      if (record.session !== null) review.sessions.add(record.session);
      const result = review.matcher.match(record);
      const state = record.recommendingStates[0] ?? null;
      if (!result.record) {
        this.unpaired.push({ row: record.row, state, reason: result.reason });
        continue;
      }
      if (result.how === 'similar') {
        this.similar.push({ row: record.row, paragraph: result.record.paragraph, score: result.score });
      }
      const group = this.groups.get(result.record.id) ?? [];
      group.push(record);
      this.groups.set(result.record.id, group);
      held.add(record);
    }
    return held.size === 0 ? records : records.filter((r) => !held.has(r));
  }

  /** The held rows, grouped by the record they restate. */
  paired(): PairedGroup[] {
    return [...this.groups].map(([recordId, rows]) => ({ recordId, rows }));
  }

  get pairedRows(): number {
    let n = 0;
    for (const rows of this.groups.values()) n += rows.length;
    return n;
  }

  /** The report, or undefined when the file met no review with paragraphs. */
  report(): MatchingReport | undefined {
    const touched = [...this.reviews.values()]
      .filter((review) => review.rows > 0)
      .sort((a, b) => a.label.localeCompare(b.label));
    if (touched.length === 0) return undefined;
    const paragraphOf = new Map<number, ParagraphRecord>();
    for (const review of touched) for (const record of review.records) paragraphOf.set(record.id, record);
    const report: MatchingReport = {
      reviews: [],
      joint: [],
      similar: this.similar,
      unpaired: this.unpaired,
      withoutRow: [],
    };
    for (const [id, rows] of this.groups) {
      if (rows.length < 2) continue;
      report.joint.push({
        paragraph: paragraphOf.get(id)?.paragraph ?? String(id),
        rows: rows.map((r) => r.row),
        states: rows.flatMap((r) => r.recommendingStates),
      });
    }
    for (const review of touched) {
      let pairedRows = 0;
      let records = 0;
      const without: MatchingReport['withoutRow'] = [];
      for (const record of review.records) {
        const rows = this.groups.get(record.id);
        if (rows) {
          records++;
          pairedRows += rows.length;
        } else if (record.session === null || review.sessions.has(record.session)) {
          without.push({ review: review.label, paragraph: record.paragraph, states: record.states });
        }
      }
      // Listed only when the file covers the review (most paragraphs met), not when it touches it in passing.
      if (records * 2 >= review.records.length) report.withoutRow.push(...without);
      report.reviews.push({
        review: review.label,
        paragraphs: review.records.length,
        rows: review.rows,
        pairedRows,
        records,
      });
    }
    return report;
  }

  private async load(states: string[]): Promise<void> {
    const missing = states.filter((s) => !this.loadedStates.has(s));
    if (missing.length === 0) return;
    for (const state of missing) this.loadedStates.add(state);
    for (const [key, records] of await this.repository.paragraphRecords(missing)) {
      const [state, cycle] = key.split(':c');
      const sessions = [...new Set(records.map((r) => r.session).filter((s) => s !== null))].sort(
        (a, b) => (a as number) - (b as number),
      );
      const label = `${state} cycle ${cycle}${sessions.length ? ` (session ${sessions.join(', ')})` : ''}`;
      this.reviews.set(key, {
        label,
        records,
        matcher: new ReviewParagraphs(records),
        rows: 0,
        sessions: new Set(),
      });
    }
  }
}

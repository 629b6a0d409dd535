/** The queries only imports need: a review's paragraph-keyed records, to merge other sources into them. */
import type { Kysely } from 'kysely';
import type { DB, RecommendationRow } from '../../db/schema.ts';
import type { ParagraphRecord } from './import.match.ts';

/** One review of one state: `KAZ` in cycle 2. */
export interface ReviewKey {
  state: string;
  cycle: number;
}

export const reviewId = (review: ReviewKey): string => `${review.state}:c${review.cycle}`;

export class ImportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The UPR records with a paragraph number of the given states, grouped by review. */
  async paragraphRecords(states: string[]): Promise<Map<string, ParagraphRecord[]>> {
    const byReview = new Map<string, ParagraphRecord[]>();
    if (states.length === 0) return byReview;
    const rows = await this.db
      .selectFrom('recommendations')
      .select(['id', 'state_under_review', 'cycle', 'session', 'paragraph', 'text'])
      .where('mechanism_code', '=', 'UPR')
      .where('paragraph', 'is not', null)
      .where('cycle', 'is not', null)
      .where('state_under_review', 'in', states)
      .orderBy('id')
      .execute();
    const recordStates = await this.recommendingStates(rows.map((row) => row.id));
    for (const row of rows) {
      const key = reviewId({ state: row.state_under_review, cycle: row.cycle as number });
      const list = byReview.get(key) ?? [];
      list.push({
        id: row.id,
        paragraph: row.paragraph as string,
        session: row.session,
        states: recordStates.get(row.id) ?? [],
        text: row.text,
      });
      byReview.set(key, list);
    }
    return byReview;
  }

  /** How many UPR records of a review have no paragraph number (UPR Info rows, typically). */
  async countWithoutParagraph(review: ReviewKey): Promise<number> {
    const row = await this.db
      .selectFrom('recommendations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mechanism_code', '=', 'UPR')
      .where('state_under_review', '=', review.state)
      .where('cycle', '=', review.cycle)
      .where('paragraph', 'is', null)
      .where('archived', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async rowsByIds(ids: number[]): Promise<Map<number, RecommendationRow>> {
    const result = new Map<number, RecommendationRow>();
    for (let i = 0; i < ids.length; i += 5_000) {
      const rows = await this.db
        .selectFrom('recommendations')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 5_000))
        .execute();
      for (const row of rows) result.set(row.id, row);
    }
    return result;
  }

  private async recommendingStates(ids: number[]): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>();
    for (let i = 0; i < ids.length; i += 5_000) {
      const rows = await this.db
        .selectFrom('recommending_states')
        .select(['recommendation_id', 'state_iso3'])
        .where('recommendation_id', 'in', ids.slice(i, i + 5_000))
        .orderBy('state_iso3')
        .execute();
      for (const row of rows) {
        const list = result.get(row.recommendation_id) ?? [];
        list.push(row.state_iso3);
        result.set(row.recommendation_id, list);
      }
    }
    return result;
  }
}

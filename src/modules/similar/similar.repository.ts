/** Texts to compare, precomputed repeats and the rows shown beside a recommendation: all their SQL lives here. */
import { type Kysely, sql } from 'kysely';
import { idIn, insertBatchSize } from '../../db/dialect.ts';
import type { DB, Position } from '../../db/schema.ts';
import type { SimilarDoc } from './similar.vectors.ts';

export interface SimilarRow {
  id: number;
  stateUnderReview: string;
  cycle: number | null;
  paragraph: string | null;
  text: string;
  position: Position;
  published: boolean;
}

export class SimilarRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every unarchived recommendation's text, in id order. */
  async documents(): Promise<SimilarDoc[]> {
    const rows = await this.db
      .selectFrom('recommendations')
      .select(['id', 'state_under_review', 'cycle', 'text', 'text_lang'])
      .where('archived', '=', 0)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      state: r.state_under_review,
      cycle: r.cycle,
      text: r.text,
      lang: r.text_lang,
    }));
  }

  /**
   * Changes whenever a recommendation is added, edited or archived (recommendations are never deleted): when
   * the index is stale. Two index lookups, no scan.
   */
  async fingerprint(): Promise<string> {
    const [last, changed] = await Promise.all([
      this.db
        .selectFrom('recommendations')
        .select((eb) => eb.fn.max('id').as('v'))
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('recommendations')
        .select((eb) => eb.fn.max('updated_at').as('v'))
        .executeTakeFirstOrThrow(),
    ]);
    return `${last.v}:${changed.v}`;
  }

  /** The states under review of the rows an import batch wrote. */
  async statesOfBatch(batchId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('recommendations')
      .select('state_under_review')
      .distinct()
      .where('batch_id', '=', batchId)
      .execute();
    return rows.map((r) => r.state_under_review);
  }

  /** Replaces the repeats of the recommendations of `states` (all when undefined) by `rows`. */
  async replaceRepeats(
    states: string[] | undefined,
    rows: { recommendation_id: number; earlier_id: number; score: number }[],
  ): Promise<void> {
    let removal = this.db.deleteFrom('recommendation_repeats');
    if (states)
      removal = removal.where('recommendation_id', 'in', (eb) =>
        eb.selectFrom('recommendations').select('id').where('state_under_review', 'in', states),
      );
    if (!states || states.length > 0) await removal.execute();
    const size = insertBatchSize(3);
    for (let i = 0; i < rows.length; i += size)
      await this.db
        .insertInto('recommendation_repeats')
        .values(rows.slice(i, i + size))
        .execute();
  }

  /** The earlier recommendations a recommendation repeats, best first. */
  async repeatsOf(id: number): Promise<{ earlierId: number; score: number }[]> {
    const rows = await this.db
      .selectFrom('recommendation_repeats')
      .select(['earlier_id', 'score'])
      .where('recommendation_id', '=', id)
      .orderBy('score', 'desc')
      .orderBy('earlier_id')
      .execute();
    return rows.map((r) => ({ earlierId: r.earlier_id, score: Number(r.score) }));
  }

  async countRepeats(): Promise<number> {
    const row = await this.db
      .selectFrom('recommendation_repeats')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Rows to show, unarchived only, in the order of `ids`. */
  async rows(ids: number[]): Promise<SimilarRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('recommendations')
      .select(['id', 'state_under_review', 'cycle', 'paragraph', 'text', 'position', 'published'])
      .where(idIn(this.db, 'recommendations.id', ids))
      .where('archived', '=', 0)
      .execute();
    const byId = new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          stateUnderReview: r.state_under_review,
          cycle: r.cycle,
          paragraph: r.paragraph,
          text: r.text,
          position: r.position,
          published: r.published === 1,
        },
      ]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
